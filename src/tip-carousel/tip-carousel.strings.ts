import type { CoreStrings } from '../core/core.strings.js';

/** Every string `<digi-tip-carousel>` shows or announces; override any through `strings`. */
export interface TipCarouselStrings extends CoreStrings {
  /** The carousel's name with the built-in tips. */
  label: string;
  /** The carousel's name with custom tips (when `label` is not set). */
  customLabel: string;
  /**
   * A short line naming the source of the built-in tips: the article and its two municipal
   * directors. Shown with the built-in tips only; custom tips have no credit.
   */
  credit: string;
  /** `aria-roledescription` of the carousel. */
  carousel: string;
  /** `aria-roledescription` of the slide (its name is its picker button's). */
  slide: string;
  /** The visible position, hidden from screen readers (the tabs tell it): `{n}` of `{total}`. */
  position: string;
  previous: string;
  next: string;
  /** The name of the slide picker. */
  picker: string;
  /** A picker button's name, and so the slide's: `{n}`, `{title}`. */
  pickerItem: string;
  startRotation: string;
  stopRotation: string;
}

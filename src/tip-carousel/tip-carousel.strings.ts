import type { Lang } from '../core/lang.js';
import { coreStrings, type CoreStrings } from '../core/strings.js';

/** Every string `<digi-tip-carousel>` shows or announces; override any through `strings`. */
export interface TipCarouselStrings extends CoreStrings {
  /** The carousel's name with the built-in tips. */
  label: string;
  /** The carousel's name with custom tips (when `label` is not set). */
  customLabel: string;
  /** `aria-roledescription` of the carousel. */
  carousel: string;
  /** `aria-roledescription` of each slide. */
  slide: string;
  /** A slide's name and the visible position: `{n}` of `{total}`. */
  position: string;
  previous: string;
  next: string;
  /** The name of the slide picker. */
  picker: string;
  /** A picker button's name: `{n}`, `{title}`. */
  pickerItem: string;
  startRotation: string;
  stopRotation: string;
}

export const tipCarouselStrings: Record<Lang, TipCarouselStrings> = {
  da: {
    ...coreStrings.da,
    label: '13 råd om digitalt lederskab',
    customLabel: 'Gode råd',
    carousel: 'karrusel',
    slide: 'dias',
    position: '{n} af {total}',
    previous: 'Forrige råd',
    next: 'Næste råd',
    picker: 'Vælg råd',
    pickerItem: 'Råd {n}: {title}',
    startRotation: 'Start automatisk skift',
    stopRotation: 'Stop automatisk skift',
  },
  en: {
    ...coreStrings.en,
    label: '13 tips on digital leadership',
    customLabel: 'Tips',
    carousel: 'carousel',
    slide: 'slide',
    position: '{n} of {total}',
    previous: 'Previous tip',
    next: 'Next tip',
    picker: 'Choose a tip',
    pickerItem: 'Tip {n}: {title}',
    startRotation: 'Start automatic rotation',
    stopRotation: 'Stop automatic rotation',
  },
};

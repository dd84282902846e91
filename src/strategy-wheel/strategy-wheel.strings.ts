import type { CoreStrings } from '../core/core.strings.js';

/** Every string `<digi-strategy-wheel>` shows or announces; override any through `strings`. */
export interface StrategyWheelStrings extends CoreStrings {
  /** The wheel's (tab list's) name with the built-in themes. */
  label: string;
  /** The wheel's name with custom themes (when `label` is not set). */
  customLabel: string;
  /**
   * A short line naming the source of the built-in themes: they are Esbjerg Kommune's (so they do
   * not read as another municipality's own strategy), from the article and its two municipal
   * directors. Shown with the built-in themes only; custom themes have no credit.
   */
  credit: string;
  /** The heading over a theme's examples. */
  examples: string;
}

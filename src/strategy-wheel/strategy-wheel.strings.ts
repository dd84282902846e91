import type { CoreStrings } from '../core/core.strings.js';

/** Every string `<digi-strategy-wheel>` shows or announces; override any through `strings`. */
export interface StrategyWheelStrings extends CoreStrings {
  /** The wheel's (tab list's) name with the built-in themes. */
  label: string;
  /** The wheel's name with custom themes (when `label` is not set). */
  customLabel: string;
  /** A segment's (tab's) name: `{n}`, `{title}`. */
  tab: string;
  /** The heading over a theme's examples. */
  examples: string;
}

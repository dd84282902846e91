// The wheel's languages and content loading: the wiring the core reads.
import type { ContentSpec } from '../core/digi-element.js';
import { da } from './strategy-wheel.da.js';
import type { StrategyWheelStrings } from './strategy-wheel.strings.js';
import type { StrategyWheelContent } from './strategy-wheel.types.js';

/** Languages and loading: Danish is bundled, English and the loader come when needed. */
export const strategyWheelSpec: ContentSpec<StrategyWheelContent, StrategyWheelStrings> = {
  da,
  en: () => import('./strategy-wheel.en.js').then((m) => m.en),
  loader: () => import('./strategy-wheel.schema.js').then((m) => m.loader),
};

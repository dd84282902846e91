// The wheel's one public door: everything other modules (the package entries, the builder, the
// integrations, tests) may use of it. Importing it registers nothing; `define.ts` registers.
export { DigiStrategyWheel, PALETTE } from './strategy-wheel.js';
export {
  MAX_EXAMPLES,
  MAX_THEMES,
  MIN_THEMES,
  strategyWheelLimits,
  type StrategyTheme,
  type StrategyWheelContent,
  type ThemeLink,
} from './strategy-wheel.types.js';
export { strategyWheelSpec } from './strategy-wheel.content.js';
export { checkWheel, strategyWheelSchema, themeSchema } from './strategy-wheel.schema.js';
export type { StrategyWheelStrings } from './strategy-wheel.strings.js';
export { da as strategyWheelDa } from './strategy-wheel.da.js';
export { en as strategyWheelEn } from './strategy-wheel.en.js';
export { DigiThemeSelectEvent, type DigiThemeSelectDetail } from './theme-select-event.js';

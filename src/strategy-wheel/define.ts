import { defineElement } from '../core/define.js';
import { DigiStrategyWheel } from './strategy-wheel.js';

defineElement('digi-strategy-wheel', DigiStrategyWheel);

declare global {
  interface HTMLElementTagNameMap {
    'digi-strategy-wheel': DigiStrategyWheel;
  }
}

export { DigiStrategyWheel };
export type { StrategyTheme, ThemeLink, StrategyWheelContent } from './strategy-wheel.types.js';
export type { StrategyWheelStrings } from './strategy-wheel.strings.js';
export { DigiThemeSelectEvent, type DigiThemeSelectDetail } from './theme-select-event.js';
export { DigiErrorEvent, type DigiErrorDetail, type DigiErrorReason } from '../core/events.js';

import type { ValidationStrings } from './problems.js';
import type { LoadStrings } from './validate.js';

/**
 * UI strings every widget shares: loading and the notices. `{name}` marks a placeholder filled by
 * `format()`. The messages for failed loads and validation (`fetchFailed`, `'v.text'`, …) live in
 * the lazily loaded part of the core and can be overridden here too.
 */
export interface CoreStrings extends ValidationStrings, Partial<LoadStrings> {
  loading: string;
  errorHeading: string;
  warningHeading: string;
  invalidAttribute: string;
  unsupportedLang: string;
  partFailed: string;
}

/** The shared strings in Danish (the English ones load with a widget's English pack). */
export const coreStringsDa: CoreStrings = {
  loading: 'Henter indhold …',
  errorHeading: 'Indholdet kan ikke vises',
  warningHeading: 'Bemærk',
  invalidAttribute: '{name}="{value}" er ugyldig, så {fallback} bruges i stedet.',
  unsupportedLang: 'Sproget "{value}" findes ikke, så teksten vises på dansk.',
  partFailed: 'En del af widgetten kunne ikke hentes fra serveren. Prøv at genindlæse siden.',
};

import type { CoreStrings } from './core.strings.js';

/** The shared strings in Danish (bundled; the English ones load with a widget's English pack). */
export const coreStringsDa: CoreStrings = {
  loading: 'Henter indhold …',
  errorHeading: 'Indholdet kan ikke vises',
  warningHeading: 'Bemærk',
  invalidAttribute: '{name}="{value}" er ugyldig, så {fallback} bruges i stedet.',
  unsupportedLang: 'Sproget "{value}" findes ikke, så teksten vises på dansk.',
  partFailed: 'En del af widgetten kunne ikke hentes fra serveren. Prøv at genindlæse siden.',
};

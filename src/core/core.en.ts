import type { CoreStrings } from './core.strings.js';

/** The shared strings in English; imported only by the widgets' English packs. */
export const coreStringsEn: CoreStrings = {
  loading: 'Loading content …',
  errorHeading: 'The content cannot be shown',
  warningHeading: 'Note',
  invalidAttribute: '{name}="{value}" is not valid. Using {fallback} instead.',
  unsupportedLang: 'The language "{value}" is not available. Showing Danish.',
  partFailed: 'Part of the widget could not be loaded from the server. Try reloading the page.',
};

import type { CoreStrings } from './core.strings.js';

/** The shared strings in English; imported only by the widgets' English packs. */
export const coreStringsEn: CoreStrings = {
  loading: 'Loading content …',
  errorHeading: 'The content cannot be shown',
  warningHeading: 'Note',
  invalidAttribute: '{name}="{value}" is not valid, so {fallback} is used instead.',
  unsupportedLang: 'The language "{value}" is not available, so the text is shown in Danish.',
  partFailed: 'Part of the widget could not be loaded from the server. Try reloading the page.',
};

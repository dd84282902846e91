import type { Lang } from './lang.js';

/**
 * UI strings every widget shares: loading, the error notice and validation messages.
 * `{name}` marks a placeholder filled by `format()`.
 */
export interface CoreStrings {
  loading: string;
  errorHeading: string;
  warningHeading: string;
  fetchFailed: string;
  timeout: string;
  networkFailed: string;
  invalidJson: string;
  invalidContent: string;
  moreProblems: string;
  contentRoot: string;
  invalidAttribute: string;
  unsupportedLang: string;
  'v.missing': string;
  'v.text': string;
  'v.list': string;
  'v.object': string;
  'v.number': string;
  'v.integer': string;
  'v.min-items': string;
  'v.max-items': string;
  'v.min-value': string;
  'v.max-value': string;
  'v.url': string;
  'v.color': string;
  'v.id': string;
  'v.duplicate-id': string;
  'v.unknown-ref': string;
  'v.invalid': string;
}

export const coreStrings: Record<Lang, CoreStrings> = {
  da: {
    loading: 'Henter indhold …',
    errorHeading: 'Indholdet kan ikke vises',
    warningHeading: 'Bemærk',
    fetchFailed: 'Filen {src} kunne ikke hentes (HTTP {status}).',
    timeout: 'Filen {src} svarede ikke inden for {seconds} sekunder.',
    networkFailed: 'Filen {src} kunne ikke hentes. Tjek adressen, og at serveren tillader det.',
    invalidJson: 'Indholdet er ikke gyldig JSON. Tjek kommaer, anførselstegn og klammer.',
    invalidContent: 'Indholdet følger ikke formatet: {problem}',
    moreProblems: '(og {count} fejl mere)',
    contentRoot: 'Indholdet',
    invalidAttribute: '{name}="{value}" er ikke gyldig. Bruger {fallback} i stedet.',
    unsupportedLang: 'Sproget "{value}" findes ikke. Viser dansk.',
    'v.missing': 'mangler',
    'v.text': 'skal være en tekst, der ikke er tom',
    'v.list': 'skal være en liste',
    'v.object': 'skal være et objekt',
    'v.number': 'skal være et tal',
    'v.integer': 'skal være et helt tal',
    'v.min-items': 'skal have mindst {n}',
    'v.max-items': 'må højst have {n}',
    'v.min-value': 'skal være mindst {n}',
    'v.max-value': 'må højst være {n}',
    'v.url': 'skal være et http(s)-link eller et relativt link',
    'v.color': 'skal være en farve som #1a6b3c',
    'v.id': 'må kun indeholde små bogstaver, tal og bindestreg',
    'v.duplicate-id': 'bruges to gange (id skal være unikt)',
    'v.unknown-ref': 'henviser til et id, der ikke findes',
    'v.invalid': 'er ikke gyldig',
  },
  en: {
    loading: 'Loading content …',
    errorHeading: 'The content cannot be shown',
    warningHeading: 'Note',
    fetchFailed: 'The file {src} could not be loaded (HTTP {status}).',
    timeout: 'The file {src} did not answer within {seconds} seconds.',
    networkFailed:
      'The file {src} could not be loaded. Check the address and that the server allows it.',
    invalidJson: 'The content is not valid JSON. Check commas, quotes and brackets.',
    invalidContent: 'The content does not follow the format: {problem}',
    moreProblems: '(and {count} more)',
    contentRoot: 'The content',
    invalidAttribute: '{name}="{value}" is not valid. Using {fallback} instead.',
    unsupportedLang: 'The language "{value}" is not available. Showing Danish.',
    'v.missing': 'is missing',
    'v.text': 'must be a non-empty string',
    'v.list': 'must be a list',
    'v.object': 'must be an object',
    'v.number': 'must be a number',
    'v.integer': 'must be a whole number',
    'v.min-items': 'must have at least {n}',
    'v.max-items': 'must have at most {n}',
    'v.min-value': 'must be at least {n}',
    'v.max-value': 'must be at most {n}',
    'v.url': 'must be an http(s) or relative link',
    'v.color': 'must be a colour like #1a6b3c',
    'v.id': 'may only hold lower-case letters, digits and hyphens',
    'v.duplicate-id': 'is used twice (ids must be unique)',
    'v.unknown-ref': 'refers to an id that does not exist',
    'v.invalid': 'is not valid',
  },
};

// The types of the strings the core shows: the widgets' shared UI strings, and the keys of the
// messages for failed loads and refused content (the messages themselves load with the
// validator, core/validate.ts). Types only, imported by everything that shows a notice.

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

/** What is wrong with a piece of content, as a key into the validation messages. */
export type ProblemCode =
  | 'missing'
  | 'text'
  | 'list'
  | 'object'
  | 'number'
  | 'integer'
  | 'min-items'
  | 'max-items'
  | 'min-value'
  | 'max-value'
  | 'url'
  | 'color'
  | 'id'
  | 'key'
  | 'duplicate-id'
  | 'unknown-ref'
  | 'invalid';

/** Overrides of the validation messages, through a widget's `strings` (`'v.text'`, …). */
export type ValidationStrings = Partial<Record<`v.${ProblemCode}`, string>>;

/** The messages for failed loads; each can be overridden through a widget's `strings`. */
export interface LoadStrings {
  fetchFailed: string;
  timeout: string;
  networkFailed: string;
  invalidJson: string;
  invalidContent: string;
  moreProblems: string;
}

// Types shared by the core and the lazily loaded validators; no code, so nothing here pulls the
// schema library into the main bundle.
import type { Lang } from './lang.js';
import type { CoreStrings, ProblemCode } from './core.strings.js';

/** One thing wrong with content: where it is (`tips[3].title`) and what. */
export interface ContentProblem {
  readonly path: string;
  readonly code: ProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly problems: readonly ContentProblem[] };

/** Why content or an attribute was refused (the `reason` of `digi-error`). */
export type DigiErrorReason =
  'fetch-failed' | 'timeout' | 'invalid-json' | 'invalid-content' | 'invalid-attribute';

/** Something a widget refused, told to the editor, the developer and the page. */
export interface Problem {
  readonly reason: DigiErrorReason;
  readonly path?: string;
  /** The sentence shown to the editor, in `lang`, honouring overrides in `strings`. */
  readonly notice: (strings: CoreStrings, lang: Lang) => string;
}

/** How many items a list of the content may hold (both ends included). */
export interface ListLimits {
  readonly min: number;
  readonly max: number;
}

/** Where content comes from, in order of precedence. */
export type ContentSource = 'property' | 'src' | 'inline' | 'children' | 'builtin';

/** What the core asks a widget's content loader to load. */
export interface LoadRequest {
  readonly source: Exclude<ContentSource, 'builtin'>;
  readonly host: HTMLElement;
  /** The `content` property, for `property`. */
  readonly value?: unknown;
  /** The URL, for `src`. */
  readonly src?: string;
  /** The text of the inline JSON script, for `inline`. */
  readonly text?: string;
  readonly signal: AbortSignal;
}

/** The result of a load: content, a problem, or nothing when a newer load aborted this one. */
export type LoadOutcome<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly problem: Problem }
  | undefined;

/**
 * A widget's loader for content other than the built-in: fetching, parsing, reading children and
 * validating. A separate chunk, loaded only when such content is used.
 */
export interface ContentLoader<T> {
  load(request: LoadRequest): Promise<LoadOutcome<T>>;
}

import * as v from 'valibot';
import { format } from './format.js';
import type { CoreStrings } from './strings.js';
import { isSafeHref } from './url.js';

/** What is wrong, as a key into the `v.*` strings. */
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
  | 'duplicate-id'
  | 'unknown-ref'
  | 'invalid';

/** One thing wrong with content, where it is (`tips[3].title`) and what. */
export interface ContentProblem {
  readonly path: string;
  readonly code: ProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly problems: readonly ContentProblem[] };

const CODES = new Set<string>([
  'missing',
  'text',
  'list',
  'object',
  'number',
  'integer',
  'min-items',
  'max-items',
  'min-value',
  'max-value',
  'url',
  'color',
  'id',
  'duplicate-id',
  'unknown-ref',
  'invalid',
]);

const BY_TYPE: Record<string, ProblemCode> = {
  string: 'text',
  non_empty: 'text',
  array: 'list',
  object: 'object',
  loose_object: 'object',
  number: 'number',
  integer: 'integer',
  min_value: 'min-value',
  max_value: 'max-value',
  hex_color: 'color',
};

/** A valibot path as a JSON path: `tips[3].title`. */
export function pathOf(items: readonly v.IssuePathItem[] | undefined): string {
  let path = '';
  for (const item of items ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

function toProblem(issue: v.BaseIssue<unknown>): ContentProblem {
  const path = pathOf(issue.path);
  if (issue.kind === 'schema' && issue.received === 'undefined') return { path, code: 'missing' };
  const code: ProblemCode = CODES.has(issue.message)
    ? (issue.message as ProblemCode)
    : (BY_TYPE[issue.type] ?? 'invalid');
  const n = issue.requirement;
  return typeof n === 'number' ? { path, code, params: { n } } : { path, code };
}

/**
 * Checks `input` against a schema, then against `check` (rules a schema cannot say, like unique
 * ids). Every problem names its path. Never throws.
 */
export function validate<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  check?: (data: T) => ContentProblem[],
): ValidationResult<T> {
  const result = v.safeParse(schema, input);
  if (!result.success) return { ok: false, problems: result.issues.map(toProblem) };
  const problems = check?.(result.output) ?? [];
  return problems.length ? { ok: false, problems } : { ok: true, data: result.output };
}

/** A problem as one sentence in the given strings: `tips[3].title: must be a non-empty string`. */
export function describeProblem(problem: ContentProblem, strings: CoreStrings): string {
  const message = format(strings[`v.${problem.code}`], problem.params);
  return `${problem.path || strings.contentRoot}: ${message}`;
}

/** Problems for every id used more than once in `items`, at `<listPath>[i].id`. */
export function duplicateIds(
  items: readonly { readonly id?: string | undefined }[],
  listPath: string,
): ContentProblem[] {
  const seen = new Set<string>();
  const problems: ContentProblem[] = [];
  items.forEach((item, index) => {
    if (item.id === undefined) return;
    if (seen.has(item.id))
      problems.push({ path: `${listPath}[${index}].id`, code: 'duplicate-id' });
    seen.add(item.id);
  });
  return problems;
}

// Schema pieces every widget's content uses. Messages are problem codes (see ProblemCode).

/** A string with something in it besides white space. */
export const text = () => v.pipe(v.string('text'), v.trim(), v.nonEmpty('text'));

/** An id: lower-case letters, digits and hyphens, usable in URLs and element ids. */
export const id = () => v.pipe(v.string('id'), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'id'));

/** A link that is http(s) or relative: never `javascript:`. */
export const href = () =>
  v.pipe(v.string('url'), v.trim(), v.nonEmpty('url'), v.check(isSafeHref, 'url'));

/** A link with its visible text. */
export const link = () => v.object({ href: href(), text: text() }, 'object');

/** A list of `item` with between `min` and `max` entries. */
export const list = <T extends v.GenericSchema>(item: T, min: number, max: number) =>
  v.pipe(v.array(item, 'list'), v.minLength(min, 'min-items'), v.maxLength(max, 'max-items'));

// The loading and validation side of the core. Only the lazily loaded `<widget>.schema.ts`
// modules import this file, so fetching, the schema library and every error message load only
// when content other than the built-in is used.
import * as v from 'valibot';
import { format } from './format.js';
import type { Lang } from './lang.js';
import { fetchJson, parseJson, SRC_TIMEOUT_MS } from './load.js';
import type {
  ContentLoader,
  ContentProblem,
  LoadOutcome,
  LoadRequest,
  Problem,
  ValidationResult,
} from './problems.js';
import type { CoreStrings, LoadStrings, ProblemCode, ValidationStrings } from './core.strings.js';
import { isSafeHref } from './url.js';

/** The messages for failed loads, by language. Exported for docs/messages.md. @internal */
export const loadMessages: Record<Lang, LoadStrings> = {
  da: {
    fetchFailed: 'Filen {src} kunne ikke hentes (HTTP {status}).',
    timeout: 'Filen {src} blev ikke hentet inden for {seconds} sekunder.',
    networkFailed:
      'Filen {src} kunne ikke hentes. Tjek adressen, og om serveren tillader, at siden henter ' +
      'den.',
    invalidJson: 'Indholdet er ikke gyldig JSON. Tjek kommaer, anførselstegn og klammer.',
    invalidContent: 'Indholdet følger ikke formatet: {problem}',
    moreProblems: '(og {count} fejl mere)',
  },
  en: {
    fetchFailed: 'The file {src} could not be loaded (HTTP {status}).',
    timeout: 'The file {src} did not load within {seconds} seconds.',
    networkFailed:
      'The file {src} could not be loaded. Check the address, and that the server lets this page ' +
      'load it.',
    invalidJson: 'The content is not valid JSON. Check commas, quotes and brackets.',
    invalidContent: 'The content does not follow the format: {problem}',
    moreProblems: '(and {count} more)',
  },
};

/** A load problem whose sentence is `key` in the editor's language, or its override. */
const problem = (
  reason: Problem['reason'],
  key: keyof LoadStrings,
  params: Record<string, string | number> = {},
  path?: string,
): Problem => ({
  reason,
  ...(path === undefined ? {} : { path }),
  notice: (s: CoreStrings, lang) => format(s[key] ?? loadMessages[lang][key], params),
});

/** Content problems, by language and problem code. Exported for docs/messages.md. @internal */
export const messages: Record<Lang, Record<ProblemCode, string>> = {
  da: {
    missing: 'mangler',
    text: 'skal indeholde tekst',
    list: 'skal være en liste',
    object: 'skal være et objekt',
    number: 'skal være et tal',
    integer: 'skal være et helt tal',
    'min-items': 'skal have mindst {n}',
    'max-items': 'må højst have {n}',
    'min-value': 'skal være mindst {n}',
    'max-value': 'må højst være {n}',
    url: 'skal være et http(s)-link eller et relativt link',
    color: 'skal være en farve, fx #1a6b3c',
    id: 'må kun indeholde små bogstaver, tal og bindestreger',
    key: 'er ikke et gyldigt id (brug små bogstaver, tal og bindestreger)',
    'duplicate-id': 'bruges mere end én gang, men skal være unikt',
    'unknown-ref': 'henviser til et id, der ikke findes',
    invalid: 'er ugyldig',
  },
  en: {
    missing: 'is missing',
    text: 'must contain text',
    list: 'must be a list',
    object: 'must be an object',
    number: 'must be a number',
    integer: 'must be a whole number',
    'min-items': 'must have at least {n}',
    'max-items': 'must have at most {n}',
    'min-value': 'must be at least {n}',
    'max-value': 'must be at most {n}',
    url: 'must be an http(s) or relative link',
    color: 'must be a colour such as #1a6b3c',
    id: 'may only contain lower-case letters, digits and hyphens',
    key: 'is not a valid id (use lower-case letters, digits and hyphens)',
    'duplicate-id': 'is used more than once but must be unique',
    'unknown-ref': 'refers to an id that does not exist',
    invalid: 'is not valid',
  },
};

/** The problem of a valibot issue by its type, when the schema gave no code as its message. */
const BY_TYPE = new Map<string, ProblemCode>([
  ['string', 'text'],
  ['non_empty', 'text'],
  ['array', 'list'],
  ['object', 'object'],
  ['loose_object', 'object'],
  ['number', 'number'],
  ['integer', 'integer'],
  ['min_value', 'min-value'],
  ['max_value', 'max-value'],
  ['hex_color', 'color'],
]);

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
  const code: ProblemCode = Object.hasOwn(messages.en, issue.message)
    ? (issue.message as ProblemCode)
    : (BY_TYPE.get(issue.type) ?? 'invalid');
  const n = issue.requirement;
  return typeof n === 'number' ? { path, code, params: { n } } : { path, code };
}

/** A problem's message without its path: `must be a non-empty string`. */
export function problemMessage(
  problem: ContentProblem,
  lang: Lang,
  overrides: ValidationStrings = {},
): string {
  return format(overrides[`v.${problem.code}`] ?? messages[lang][problem.code], problem.params);
}

/** A problem as one sentence: `tips[3].title: must be a non-empty string`. */
export function describeProblem(
  problem: ContentProblem,
  lang: Lang,
  overrides: ValidationStrings = {},
): string {
  const message = problemMessage(problem, lang, overrides);
  return `${problem.path || (lang === 'en' ? 'The content' : 'Indholdet')}: ${message}`;
}

/**
 * Checks content against `schema`, then `check` (rules a schema cannot state: unique ids,
 * references). Every problem names its path. Never throws.
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

/**
 * A widget's content loader: fetches `src`, parses inline JSON, reads children with
 * `fromChildren`, and validates the result with `schema` and `check`.
 */
export function createLoader<T>(
  schema: v.GenericSchema<unknown, T>,
  check?: (data: T) => ContentProblem[],
  fromChildren?: (host: HTMLElement) => unknown,
): ContentLoader<T> {
  return {
    async load(request: LoadRequest): Promise<LoadOutcome<T>> {
      const src = request.src ?? '';
      const result =
        request.source === 'src'
          ? await fetchJson(src, request.signal)
          : request.source === 'inline'
            ? parseJson(request.text ?? '')
            : {
                kind: 'ok' as const,
                json: request.source === 'children' ? fromChildren?.(request.host) : request.value,
              };
      if (request.signal.aborted) return undefined;
      switch (result.kind) {
        case 'aborted':
          return undefined;
        case 'http':
          return {
            ok: false,
            problem: problem('fetch-failed', 'fetchFailed', { src, status: result.status }),
          };
        case 'network':
          return { ok: false, problem: problem('fetch-failed', 'networkFailed', { src }) };
        case 'timeout':
          return {
            ok: false,
            problem: problem('timeout', 'timeout', { src, seconds: SRC_TIMEOUT_MS / 1000 }),
          };
        case 'invalid-json':
          return { ok: false, problem: problem('invalid-json', 'invalidJson') };
        case 'ok':
          break;
      }
      const checked = validate(schema, result.json, check);
      if (checked.ok) return checked;
      const [first, ...rest] = checked.problems;
      return {
        ok: false,
        problem: {
          reason: 'invalid-content',
          path: first!.path,
          notice: (s: CoreStrings, lang) =>
            format(s.invalidContent ?? loadMessages[lang].invalidContent, {
              problem: describeProblem(first!, lang, s),
            }) +
            (rest.length
              ? ` ${format(s.moreProblems ?? loadMessages[lang].moreProblems, { count: rest.length })}`
              : ''),
        },
      };
    },
  };
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

/** What an id looks like: lower-case letters, digits and hyphens. */
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** An id: lower-case letters, digits and hyphens, usable in URLs and element ids. */
export const id = () => v.pipe(v.string('id'), v.regex(ID, 'id'));

const isRecord = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * An object of numbers by id (`{ "anna": 2 }`), for content that refers to its items by id.
 * `v.record` drops the keys `constructor` and `prototype` without a word (valid ids that name
 * real items); here every own key is kept, and a key that cannot be an id (`__proto__`,
 * `toString`) is refused at its path. The result has no prototype, so a lookup by id finds only
 * what the content holds.
 */
export const numbersById = () =>
  v.pipe(
    v.custom<Record<string, unknown>>(isRecord, 'object'),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      for (const [key, value] of Object.entries(dataset.value)) {
        const at = (origin: 'key' | 'value'): [v.ObjectPathItem] => [
          { type: 'object', origin, input: dataset.value, key, value },
        ];
        if (!ID.test(key)) addIssue({ message: 'key', input: key, path: at('key') });
        else if (typeof value !== 'number' || !Number.isFinite(value))
          addIssue({ message: 'number', input: value, path: at('value') });
      }
    }),
    v.transform((input) => {
      const byId = Object.create(null) as Record<string, number>;
      for (const [key, value] of Object.entries(input)) byId[key] = value as number;
      return byId;
    }),
    // The JSON Schema of the same (valibot cannot convert the custom check itself).
    v.metadata({
      type: 'object',
      propertyNames: { type: 'string', pattern: ID.source },
      additionalProperties: { type: 'number' },
    }),
  );

/** A link that is http(s) or relative: never `javascript:`. */
export const href = () =>
  v.pipe(v.string('url'), v.trim(), v.nonEmpty('url'), v.check(isSafeHref, 'url'));

/** A link with its visible text. */
export const link = () => v.object({ href: href(), text: text() }, 'object');

/** A list of `item` with between `min` and `max` entries. */
export const list = <T extends v.GenericSchema>(item: T, min: number, max: number) =>
  v.pipe(v.array(item, 'list'), v.minLength(min, 'min-items'), v.maxLength(max, 'max-items'));

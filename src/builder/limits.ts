// Size limits, checked before anything is drawn or saved: content is refused when a list holds
// more items than the widget allows (its own limits: 100 tips, 50 questions …) or its JSON text is
// larger than any real content needs. Counting is cheap; drawing 10,000 tips in the forms is not.
import type { WidgetKind } from './builder-types.js';
import type { NounKey } from './forms/forms.strings.js';
import { kindOf, own, WIDGET_KINDS } from './kinds.js';

/** The most UTF-8 bytes a content document may take up: far more than 100 long tips need. */
export const MAX_CONTENT_BYTES = 500_000;

/** The most characters a saved draft (every widget's content and the choices) may take up. */
export const MAX_STATE_LENGTH = WIDGET_KINDS.length * MAX_CONTENT_BYTES + 50_000;

/** Content over a limit. */
export type SizeProblem =
  | { readonly type: 'bytes'; readonly max: number }
  | {
      readonly type: 'items';
      /** The list, `tips` or `questions[3].options`. */
      readonly path: string;
      readonly noun: NounKey;
      readonly count: number;
      readonly max: number;
      /** The item holding the list, for a nested list: `question` number 4. */
      readonly owner?: { readonly noun: NounKey; readonly n: number } | undefined;
    };

/**
 * The size in UTF-8 bytes of `text`, as far as it matters: text with more characters than the
 * limit has at least as many bytes, and is not encoded to find out how many more.
 */
export function textBytes(text: string): number {
  return text.length > MAX_CONTENT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/** Whether a text of `bytes` is over the limit: the problem, or undefined. */
export const bytesProblem = (bytes: number): SizeProblem | undefined =>
  bytes > MAX_CONTENT_BYTES ? { type: 'bytes', max: MAX_CONTENT_BYTES } : undefined;

/**
 * The first list of `json` (content for widget `kind`) with more items than the widget allows,
 * or undefined. Only counts: lists that are not lists are the validation's business.
 */
export function itemsProblem(kind: WidgetKind, json: unknown): SizeProblem | undefined {
  const { lists } = kindOf(kind);
  for (const spec of lists) {
    const [outer, inner] = spec.path.split('.') as [string, string | undefined];
    const items = own(json, outer);
    if (!Array.isArray(items)) continue;
    if (inner === undefined) {
      if (items.length > spec.max)
        return { type: 'items', path: outer, noun: spec.noun, count: items.length, max: spec.max };
      continue;
    }
    const owner = lists.find((l) => l.path === outer)!.noun;
    for (const [i, item] of items.entries()) {
      const nested = own(item, inner);
      if (Array.isArray(nested) && nested.length > spec.max)
        return {
          type: 'items',
          path: `${outer}[${i}].${inner}`,
          noun: spec.noun,
          count: nested.length,
          max: spec.max,
          owner: { noun: owner, n: i + 1 },
        };
    }
  }
  return undefined;
}

/** The first limit `draft` (content for `kind`) is over: its lists first, then its size. */
export function sizeProblem(kind: WidgetKind, draft: unknown): SizeProblem | undefined {
  return itemsProblem(kind, draft) ?? bytesProblem(textBytes(JSON.stringify(draft)));
}

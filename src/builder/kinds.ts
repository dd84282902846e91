// What the builder knows about each widget. The widgets themselves (name, tag) come from the
// registry, src/widgets.json; what the builder adds is here: its content form, its built-in
// content in both languages, its validation (the widget's own schema and check, nothing
// duplicated), its lists and their limits (the widget's own constants), how a JSON document is
// recognised as its content, and the attributes its preview and snippet carry.
import {
  archetypeQuizDa,
  archetypeQuizEn,
  archetypeQuizLimits,
  archetypeQuizSchema,
  checkQuiz,
} from '../archetype-quiz/index.js';
import type { ListLimits, ValidationResult } from '../core/problems.js';
import { validate } from '../core/validate.js';
import {
  checkWheel,
  strategyWheelDa,
  strategyWheelEn,
  strategyWheelLimits,
  strategyWheelSchema,
  type StrategyWheelContent,
} from '../strategy-wheel/index.js';
import {
  checkTips,
  tipCarouselDa,
  tipCarouselEn,
  tipCarouselLimits,
  tipCarouselSchema,
} from '../tip-carousel/index.js';
import registry from '../widgets.json' with { type: 'json' };
import type { BuilderLang, WidgetKind } from './builder-types.js';
import type { NounKey } from './forms/forms.strings.js';

/** Attributes of an element: a value, `true` for a boolean attribute, `undefined` for none. */
export type Attributes = Readonly<Record<string, string | true | undefined>>;

/**
 * One list of a widget's content and its limits: `questions` at the top, or `questions.options`
 * for the list `options` in each item of `questions`.
 */
export interface ListSpec extends ListLimits {
  readonly path: string;
  /** What its items are called (the forms' nouns). */
  readonly noun: NounKey;
  /** Whether its items are objects (fields of their own) or strings. */
  readonly items: 'object' | 'string';
}

/** What the builder adds to a widget of the registry. */
interface KindDetails {
  /** The element name of its content form. */
  readonly formTag: string;
  /** The suggested name of a downloaded content file. */
  readonly fileName: string;
  /** Its one on/off attribute an editor can set: autoplay, persist, rotate. */
  readonly flag: 'autoplay' | 'persist' | 'rotate';
  /** Every list of its content, top-level lists first. */
  readonly lists: readonly ListSpec[];
  /** The built-in content, as a fresh copy the editor may change. */
  builtin(lang: BuilderLang): unknown;
  /** The widget's own validation. */
  validate(draft: unknown): ValidationResult<unknown>;
  /**
   * The preview's attributes besides `lang`, `label` and the content: the on/off setting where
   * the preview should honour it, and the tip or theme (index) the editor is working on.
   */
  previewAttributes(content: unknown, flag: boolean, followed: number | undefined): Attributes;
}

/** One widget as the builder sees it. */
export interface KindSpec extends KindDetails {
  readonly name: WidgetKind;
  /** The widget's element name. */
  readonly tag: string;
  /** The CDN file that registers it alone. */
  readonly bundle: string;
}

const copy = <T>(value: T): T => structuredClone(value);
const list = (path: string, noun: NounKey, limits: ListLimits, items: ListSpec['items']) =>
  ({ path, noun, min: limits.min, max: limits.max, items }) as const;

const DETAILS: Readonly<Record<WidgetKind, KindDetails>> = {
  'tip-carousel': {
    formTag: 'digi-builder-tips-form',
    fileName: 'raad.json',
    flag: 'autoplay',
    lists: [list('tips', 'tip', tipCarouselLimits.tips, 'object')],
    builtin: (lang) => copy((lang === 'en' ? tipCarouselEn : tipCarouselDa).content),
    validate: (draft) => validate(tipCarouselSchema, draft, checkTips),
    previewAttributes: (_content, flag, followed) => ({
      start: followed === undefined ? undefined : String(followed + 1),
      autoplay: flag || undefined,
    }),
  },
  'archetype-quiz': {
    formTag: 'digi-builder-quiz-form',
    fileName: 'selvtest.json',
    flag: 'persist',
    lists: [
      list('archetypes', 'archetype', archetypeQuizLimits.archetypes, 'object'),
      list('questions', 'question', archetypeQuizLimits.questions, 'object'),
      list('questions.options', 'option', archetypeQuizLimits.options, 'object'),
      list('archetypes.strengths', 'strength', archetypeQuizLimits.strengths, 'string'),
    ],
    builtin: (lang) => copy((lang === 'en' ? archetypeQuizEn : archetypeQuizDa).content),
    validate: (draft) => validate(archetypeQuizSchema, draft, checkQuiz),
    // No `persist`: the preview must not keep answers in the editor's browser.
    previewAttributes: () => ({}),
  },
  'strategy-wheel': {
    formTag: 'digi-builder-wheel-form',
    fileName: 'strategihjul.json',
    flag: 'rotate',
    lists: [
      list('themes', 'theme', strategyWheelLimits.themes, 'object'),
      list('themes.examples', 'example', strategyWheelLimits.examples, 'string'),
    ],
    builtin: (lang) => copy((lang === 'en' ? strategyWheelEn : strategyWheelDa).content),
    validate: (draft) => validate(strategyWheelSchema, draft, checkWheel),
    previewAttributes: (content, flag, followed) => ({
      selected:
        followed === undefined ? undefined : (content as StrategyWheelContent).themes[followed]?.id,
      rotate: flag || undefined,
    }),
  },
};

const hasDetails = (name: string): name is WidgetKind => Object.hasOwn(DETAILS, name);

/** The widgets, in the registry's order, by name. */
const SPECS: ReadonlyMap<WidgetKind, KindSpec> = new Map(
  registry.widgets.map(({ name, tag }): [WidgetKind, KindSpec] => {
    if (!hasDetails(name)) throw new Error(`The builder knows no widget "${name}"`);
    return [name, { ...DETAILS[name], name, tag, bundle: `${name}.js` }];
  }),
);

/** The widgets an editor can build, in the registry's order. */
export const WIDGET_KINDS: readonly WidgetKind[] = [...SPECS.keys()];

/** Whether `value` names a widget (its own name, never one every object inherits). */
export const isWidgetKind = (value: unknown): value is WidgetKind =>
  typeof value === 'string' && SPECS.has(value as WidgetKind);

/** The builder's knowledge of widget `kind`. */
export const kindOf = (kind: WidgetKind): KindSpec => SPECS.get(kind)!;

/** The element names of every widget: the look's CSS applies to them. */
export const WIDGET_TAGS: readonly string[] = WIDGET_KINDS.map((kind) => kindOf(kind).tag);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value of `object`'s own property `key`, never an inherited one. */
export const own = (object: unknown, key: string): unknown =>
  isObject(object) && Object.hasOwn(object, key) ? object[key] : undefined;

/**
 * The widget a parsed JSON document is content for, judged by its lists (`tips`, `questions`,
 * `themes`), and the document as a draft the forms can show: missing lists of objects become
 * empty ones. `undefined` when no widget's lists are there, or one is not a list of objects
 * (nor are a question's options): the forms could not show such a document.
 */
export function toDraft(json: unknown): { kind: WidgetKind; draft: unknown } | undefined {
  if (!isObject(json)) return undefined;
  const kind = WIDGET_KINDS.find((k) =>
    kindOf(k).lists.some((l) => !l.path.includes('.') && Object.hasOwn(json, l.path)),
  );
  if (!kind) return undefined;
  const draft = fillLists(json, kindOf(kind).lists, '');
  return draft && { kind, draft };
}

/** `node` with each list of objects under `prefix` present (empty when missing), or undefined. */
function fillLists(
  node: Record<string, unknown>,
  lists: readonly ListSpec[],
  prefix: string,
): Record<string, unknown> | undefined {
  const filled: Record<string, unknown> = { ...node };
  for (const spec of lists) {
    const key = spec.path.slice(prefix.length);
    if (spec.items !== 'object' || !spec.path.startsWith(prefix) || key.includes('.')) continue;
    const items = own(node, key) ?? [];
    if (!Array.isArray(items) || !items.every(isObject)) return undefined;
    const nested = lists.some((l) => l.path.startsWith(`${spec.path}.`));
    const inner = nested ? items.map((item) => fillLists(item, lists, `${spec.path}.`)) : items;
    if (inner.includes(undefined)) return undefined;
    filled[key] = inner;
  }
  return filled;
}

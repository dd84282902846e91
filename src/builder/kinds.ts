// What the builder knows about each widget: its tags, its built-in content in both languages, how
// its content is validated (the widget's own schema and check, nothing duplicated) and how a JSON
// file is recognised as its content.
import {
  archetypeQuizSchema,
  checkQuiz,
  archetypeQuizDa as quizDa,
  archetypeQuizEn as quizEn,
} from '../archetype-quiz/index.js';
import type { ValidationResult } from '../core/problems.js';
import { validate } from '../core/validate.js';
import {
  checkWheel,
  strategyWheelSchema,
  strategyWheelDa as wheelDa,
  strategyWheelEn as wheelEn,
} from '../strategy-wheel/index.js';
import {
  checkTips,
  tipCarouselSchema,
  tipCarouselDa as tipsDa,
  tipCarouselEn as tipsEn,
} from '../tip-carousel/index.js';
import type { BuilderLang, WidgetKind } from './builder-types.js';

/** One widget as the builder sees it. */
export interface KindSpec {
  /** The widget's element name. */
  readonly tag: string;
  /** The element name of its content form. */
  readonly formTag: string;
  /** The CDN file that registers it alone. */
  readonly bundle: string;
  /** The suggested name of a downloaded content file. */
  readonly fileName: string;
  /** Its one on/off attribute an editor can set: autoplay, persist, rotate. */
  readonly flag: 'autoplay' | 'persist' | 'rotate';
  /** The lists at the top of its JSON: every one must be a list of objects for the form. */
  readonly lists: readonly string[];
  /** The built-in content, as a fresh copy the editor may change. */
  builtin(lang: BuilderLang): unknown;
  /** The widget's own validation. */
  validate(draft: unknown): ValidationResult<unknown>;
}

const copy = <T>(value: T): T => structuredClone(value);

export const KINDS: Readonly<Record<WidgetKind, KindSpec>> = {
  'tip-carousel': {
    tag: 'digi-tip-carousel',
    formTag: 'digi-builder-tips-form',
    bundle: 'tip-carousel.js',
    fileName: 'raad.json',
    flag: 'autoplay',
    lists: ['tips'],
    builtin: (lang) => copy((lang === 'en' ? tipsEn : tipsDa).content),
    validate: (draft) => validate(tipCarouselSchema, draft, checkTips),
  },
  'archetype-quiz': {
    tag: 'digi-archetype-quiz',
    formTag: 'digi-builder-quiz-form',
    bundle: 'archetype-quiz.js',
    fileName: 'selvtest.json',
    flag: 'persist',
    lists: ['archetypes', 'questions'],
    builtin: (lang) => copy((lang === 'en' ? quizEn : quizDa).content),
    validate: (draft) => validate(archetypeQuizSchema, draft, checkQuiz),
  },
  'strategy-wheel': {
    tag: 'digi-strategy-wheel',
    formTag: 'digi-builder-wheel-form',
    bundle: 'strategy-wheel.js',
    fileName: 'strategihjul.json',
    flag: 'rotate',
    lists: ['themes'],
    builtin: (lang) => copy((lang === 'en' ? wheelEn : wheelDa).content),
    validate: (draft) => validate(strategyWheelSchema, draft, checkWheel),
  },
};

export const WIDGET_KINDS = Object.keys(KINDS) as WidgetKind[];

export const isWidgetKind = (value: unknown): value is WidgetKind =>
  typeof value === 'string' && value in KINDS;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The widget a parsed JSON document is content for, judged by its lists (`tips`, `questions`,
 * `themes`), and the document as a draft the forms can show: missing lists become empty ones.
 * `undefined` when no widget's lists are there, or one is not a list of objects (nor are a
 * question's options): the forms could not show such a document.
 */
export function toDraft(json: unknown): { kind: WidgetKind; draft: unknown } | undefined {
  if (!isObject(json)) return undefined;
  const kind = WIDGET_KINDS.find((k) => KINDS[k].lists.some((key) => key in json));
  if (!kind) return undefined;
  const objects = (value: unknown): value is Record<string, unknown>[] =>
    Array.isArray(value) && value.every(isObject);
  const draft: Record<string, unknown> = { ...json };
  for (const key of KINDS[kind].lists) {
    const list = draft[key] ?? [];
    if (!objects(list)) return undefined;
    draft[key] = list;
  }
  if (kind === 'archetype-quiz') {
    const questions = draft['questions'] as Record<string, unknown>[];
    if (!questions.every((q) => objects(q['options'] ?? []))) return undefined;
    draft['questions'] = questions.map((q) => ({ ...q, options: q['options'] ?? [] }));
  }
  return { kind, draft };
}

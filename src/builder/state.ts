// The builder's saved state: its one shape (the field tables below), its version, its defaults,
// and its reading from and writing to `localStorage`. Reading is tolerant: a field that is
// missing, unknown or malformed falls back to its default alone, and a draft over a size limit
// is left out, so a poisoned or damaged saved draft never keeps the builder from opening. What
// could not be used is reported, for the builder to say so.
import { removeStored, writeStored } from '../controllers/storage.js';
import { HEADING_LEVELS, type PaneHeadingLevel } from '../sharepoint-pane.js';
import type { BuilderLang, WidgetKind } from './builder-types.js';
import { isWidgetKind, kindOf, own, toDraft, WIDGET_KINDS } from './kinds.js';
import { MAX_STATE_LENGTH, sizeProblem, type SizeProblem } from './limits.js';
import { readLook, DEFAULT_LOOK, type Look } from './look.js';
import { FRAME_WIDTHS, TARGETS } from './targets.js';

/** Where the state is kept in `localStorage`, as `{ "version": "2", "value": state }`. */
export const STORAGE_KEY = 'digi-builder';
/** The version of the shape below. */
export const STATE_VERSION = '2';
/** Where version 1 (before 0.2) kept it; read once, moved to {@link STORAGE_KEY}. */
export const LEGACY_KEY = 'digi-builder:v1';

/** The name of the look's CSS file, until the editor names it. */
export const DEFAULT_CSS_NAME = 'digileder-udseende.css';

/** Why a saved state, or part of it, was not used. */
export type LoadProblem =
  | { readonly type: 'unreadable' }
  | { readonly type: 'version'; readonly version: unknown }
  | { readonly type: 'too-large'; readonly max: number }
  | { readonly type: 'partly' }
  | { readonly type: 'draft'; readonly kind: WidgetKind; readonly size: SizeProblem };

/** A field's value read from storage, or this when it is there but unusable. */
const INVALID = Symbol('invalid');
type Read<T> = T | typeof INVALID;

/** One saved field: its default and how a stored value is read. */
interface Field<T> {
  readonly fallback: T;
  read(value: unknown, kind: WidgetKind, report: (problem: LoadProblem) => void): Read<T>;
}

const field = <T>(fallback: T, read: Field<T>['read']): Field<T> => ({ fallback, read });
const string = (fallback: string) => field(fallback, (v) => (typeof v === 'string' ? v : INVALID));
const optionalString = field<string | undefined>(undefined, (v) =>
  typeof v === 'string' ? v : INVALID,
);
const oneOf = <T extends string>(values: readonly T[]) =>
  field<T>(values[0]!, (v) => (values.includes(v as T) ? (v as T) : INVALID));
const optionalLang = field<BuilderLang | undefined>(undefined, (v) =>
  v === 'da' || v === 'en' ? v : INVALID,
);

/**
 * A widget's draft: content its form can show, within the widget's limits. `undefined` until the
 * widget is first shown, when it is made from the built-in content.
 */
const draftField = field<unknown>(undefined, (value, kind, report) => {
  const shaped = toDraft(value);
  if (shaped?.kind !== kind) return INVALID;
  const size = sizeProblem(kind, shaped.draft);
  if (!size) return shaped.draft;
  report({ type: 'draft', kind, size });
  return undefined;
});

/** What is kept for each widget. */
const WIDGET_FIELDS = {
  draft: draftField,
  /** The content's language, set on the widget. */
  lang: optionalLang,
  /** The content file's name (content as a file); the widget's default name when unset. */
  jsonName: optionalString,
  /** The widget's accessible name (its `label`); a built-in one when empty. */
  label: string(''),
  /** The widget's on/off attribute: autoplay, persist or rotate. */
  flag: field(false, (v) => (typeof v === 'boolean' ? v : INVALID)),
  /** The level of the widget's headings, from the SharePoint pane's choices; 0 for its own. */
  headingLevel: field<PaneHeadingLevel>(0, (v) =>
    ([0, ...HEADING_LEVELS] as unknown[]).includes(v) ? (v as PaneHeadingLevel) : INVALID,
  ),
  /** The iframe's title (WCAG 4.1.2): required before its code is given. */
  frameTitle: string(''),
};

/** What is kept for the builder as a whole. */
const STATE_FIELDS = {
  /** The widget being built. */
  kind: field<WidgetKind>(WIDGET_KINDS[0]!, (v) => (isWidgetKind(v) ? v : INVALID)),
  look: field<Look>({ ...DEFAULT_LOOK }, (v) => {
    const { look, invalid } = readLook(v);
    return invalid ? INVALID : look;
  }),
  /** The preview's width. */
  width: oneOf(['desktop', 'phone'] as const),
  /** Whether the content goes in the snippet or in a file beside it. */
  mode: oneOf(['inline', 'src'] as const),
  /** The hosting folder the editor typed; the builder's default when unset. */
  base: optionalString,
  cssName: string(DEFAULT_CSS_NAME),
  /** The language the editor switched the builder to; the page's when unset. */
  uiLang: optionalLang,
  /** Where the widget goes: an HTML block, the SharePoint web part or an iframe. */
  target: oneOf(TARGETS),
  /** The SharePoint folder the content file goes in; unset when the editor has not said. */
  library: optionalString,
  /** The embed page's folder the editor typed; `../embed/` beside the builder when unset. */
  embedBase: optionalString,
  /** The narrowest the iframe gets, in CSS pixels: its suggested height follows. */
  frameWidth: oneOf(FRAME_WIDTHS),
};

type Values<F> = { readonly [K in keyof F]: F[K] extends Field<infer T> ? T : never };

/** What is kept for one widget. */
export type WidgetState = Values<typeof WIDGET_FIELDS>;

/** Everything the builder keeps between visits: version {@link STATE_VERSION}. */
export type BuilderState = Values<typeof STATE_FIELDS> & {
  readonly widgets: Readonly<Record<WidgetKind, WidgetState>>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads `fields` from `source`: each one that is there and usable, else its default. */
function readFields<F extends Record<string, Field<unknown>>>(
  fields: F,
  source: unknown,
  kind: WidgetKind,
  report: (problem: LoadProblem) => void,
): Values<F> {
  if (source !== undefined && !isRecord(source)) report({ type: 'partly' });
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(fields)) {
    const value = own(source, name);
    const read = value === undefined ? spec.fallback : spec.read(value, kind, report);
    if (read === INVALID) report({ type: 'partly' });
    values[name] = read === INVALID ? spec.fallback : read;
  }
  return values as Values<F>;
}

/**
 * A saved state (version {@link STATE_VERSION}) as the builder can use it, and what could not be
 * used. Never throws; anything it cannot use is left at its default.
 */
export function parseState(value: unknown): { state: BuilderState; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const report = (problem: LoadProblem) => {
    if (problem.type !== 'partly' || !problems.some((p) => p.type === 'partly'))
      problems.push(problem);
  };
  const saved = readFields(STATE_FIELDS, value, WIDGET_KINDS[0]!, report);
  const widgetsValue = own(value, 'widgets');
  if (widgetsValue !== undefined && !isRecord(widgetsValue)) report({ type: 'partly' });
  const widgets = Object.fromEntries(
    WIDGET_KINDS.map((kind) => [
      kind,
      readFields(WIDGET_FIELDS, own(widgetsValue, kind), kind, report),
    ]),
  ) as Record<WidgetKind, WidgetState>;
  return { state: { ...saved, widgets }, problems };
}

/** The state of a builder opened for the first time. */
export const defaultState = (): BuilderState => parseState(undefined).state;

/** A version 1 state (separate records per setting) in the shape of version 2. */
export function fromVersion1(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const widgets: Record<string, unknown> = {};
  for (const kind of WIDGET_KINDS) {
    const settings = own(own(value, 'settings'), kind);
    widgets[kind] = {
      draft: own(own(value, 'drafts'), kind),
      lang: own(own(value, 'langs'), kind),
      jsonName: own(own(value, 'jsonNames'), kind),
      label: own(settings, 'label'),
      flag: own(settings, 'flag'),
    };
  }
  const keep = ['kind', 'look', 'width', 'mode', 'base', 'cssName', 'uiLang'];
  return { ...Object.fromEntries(keep.map((key) => [key, own(value, key)])), widgets };
}

/** Reads `key` from `localStorage`: its text, `null` when empty, `undefined` when out of reach. */
function readText(key: string): string | null | undefined {
  try {
    return localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

/** The stored text read as a state, and what could not be used. */
function readState(text: string, legacy: boolean): ReturnType<typeof parseState> {
  if (text.length > MAX_STATE_LENGTH)
    return { state: defaultState(), problems: [{ type: 'too-large', max: MAX_STATE_LENGTH }] };
  const saved: unknown = JSON.parse(text);
  const version = own(saved, 'version');
  if (version === undefined || !Object.hasOwn(saved as object, 'value'))
    return { state: defaultState(), problems: [{ type: 'unreadable' }] };
  const expected = legacy ? '1' : STATE_VERSION;
  if (version !== expected)
    return { state: defaultState(), problems: [{ type: 'version', version }] };
  const value = own(saved, 'value');
  return parseState(legacy ? fromVersion1(value) : value);
}

/**
 * The saved state, or the default one, and what of it could not be used. Never throws: storage
 * out of reach is no saved state; text that is not ours, too large, of another version, or that
 * makes reading throw is reported.
 */
export function loadState(): { state: BuilderState; problems: readonly LoadProblem[] } {
  let text = readText(STORAGE_KEY);
  const legacy = text === null;
  if (legacy) text = readText(LEGACY_KEY);
  if (text === null || text === undefined) return { state: defaultState(), problems: [] };
  try {
    return readState(text, legacy);
  } catch {
    return { state: defaultState(), problems: [{ type: 'unreadable' }] };
  }
}

/** Keeps `state`; false when the browser refuses. A version 1 state is then moved here. */
export function saveState(state: BuilderState): boolean {
  const saved = writeStored(STORAGE_KEY, STATE_VERSION, state);
  if (saved) removeStored(LEGACY_KEY);
  return saved;
}

/** Forgets the saved state, of every version. */
export function clearState(): void {
  removeStored(STORAGE_KEY);
  removeStored(LEGACY_KEY);
}

/** `state` with widget `kind`'s record changed by `patch`. */
export function withWidget(
  state: BuilderState,
  kind: WidgetKind,
  patch: Partial<WidgetState>,
): BuilderState {
  return { ...state, widgets: { ...state.widgets, [kind]: { ...state.widgets[kind], ...patch } } };
}

/** The content file's name for widget `kind`: the editor's, else the widget's default. */
export const jsonNameOf = (state: BuilderState, kind: WidgetKind): string =>
  state.widgets[kind].jsonName ?? kindOf(kind).fileName;

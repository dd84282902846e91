// The embed page's address: which parameters each widget takes, what form their values have, and
// the parsing of a query string into one widget's settings or a list of problems. Pure functions,
// no DOM: the embed page, the builder and the tests read the same table.
import { toSupportedLang, type Lang } from '../core/lang.js';

/** The form a parameter's value must have. */
export type ParameterKind =
  /** `name`, `name=`, `name=true` turn it on; `name=false` leaves it off. */
  | 'boolean'
  /** A number of seconds: digits, with up to three decimals (`15`, `7.5`). */
  | 'seconds'
  /** A tip number from 1 (`3`), or `today`. */
  | 'start'
  /** A whole number from 1 to 6. */
  | 'heading-level'
  /** Plain text of at most {@link MAX_TEXT} characters, used only as an accessible name. */
  | 'text'
  /** A theme id: lower-case letters, digits and hyphens (the grammar of the content's ids). */
  | 'theme-id';

/**
 * The settings each widget takes as URL parameters: its documented attributes (see
 * custom-elements.json; a test keeps the two in step) besides `src` and `lang`, which every widget
 * takes. Keyed by the widget's name in src/widgets.json.
 */
export const EMBED_PARAMETERS = {
  'tip-carousel': {
    autoplay: 'boolean',
    interval: 'seconds',
    start: 'start',
    label: 'text',
    'heading-level': 'heading-level',
  },
  'archetype-quiz': {
    persist: 'boolean',
    label: 'text',
    'heading-level': 'heading-level',
  },
  'strategy-wheel': {
    selected: 'theme-id',
    rotate: 'boolean',
    label: 'text',
    'heading-level': 'heading-level',
  },
} as const satisfies Record<string, Readonly<Record<string, ParameterKind>>>;

/** A widget the embed page can show. */
export type EmbedWidget = keyof typeof EMBED_PARAMETERS;

/** The widgets, in the registry's order. */
export const EMBED_WIDGETS = Object.keys(EMBED_PARAMETERS) as readonly EmbedWidget[];

/** The parameters every widget takes, besides its own settings. */
export const COMMON_PARAMETERS = ['widget', 'lang', 'src', 'id'] as const;

/** The longest `label`, in characters. */
export const MAX_TEXT = 100;
/** The longest `src`, in characters. */
export const MAX_SRC = 2000;

const FORMS: Readonly<Record<ParameterKind, RegExp>> = {
  boolean: /^(true|false|)$/,
  seconds: /^\d{1,4}(\.\d{1,3})?$/,
  start: /^([1-9]\d{0,3}|today)$/,
  'heading-level': /^[1-6]$/,
  // Something besides white space, and no control characters; the length is checked on its own.
  // eslint-disable-next-line no-control-regex
  text: /^(?=[^]*\S)[^\u0000-\u001f\u007f]+$/,
  // The content's id grammar (core/validate.ts `id()`), at most 64 characters.
  'theme-id': /^[a-z0-9][a-z0-9-]{0,63}$/,
};

/** The frame's own name, echoed in its height messages: letters, digits, `-` and `_`. */
const FRAME_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A language tag whose language is Danish or English (`da`, `en`, `da-DK`, `en-GB`). */
const LANG_TAG = /^(da|en)(-[A-Za-z0-9]{1,8})*$/i;

/**
 * True for a `src` the URL parser takes as written: no control characters (it drops tabs and
 * line breaks), no backslash (it reads one as `/`), no space at either end (it trims them).
 * Spaces inside are fine: they are sent as `%20`.
 */
function isPlainSrc(src: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !!src && src.length <= MAX_SRC && !/[\u0000-\u001f\u007f\\]|^ | $/.test(src);
}

/** True when `value` has the form `kind` asks for. */
export function hasForm(kind: ParameterKind, value: string): boolean {
  if (kind === 'text' && value.length > MAX_TEXT) return false;
  return FORMS[kind].test(value);
}

/** What is wrong with an address. Names are only ever ones from the table, never the reader's. */
export type EmbedProblem =
  | { readonly code: 'missing-widget' }
  | { readonly code: 'unknown-widget' }
  /** A parameter no widget takes (its name is not repeated back: it may be anyone's text). */
  | { readonly code: 'unknown-parameter' }
  /** A parameter of another widget. */
  | { readonly code: 'not-for-widget'; readonly name: string; readonly widget: EmbedWidget }
  | { readonly code: 'repeated'; readonly name: string }
  | { readonly code: 'invalid-lang' }
  | { readonly code: 'invalid-id' }
  | { readonly code: 'invalid-src' }
  | { readonly code: 'invalid-value'; readonly name: string; readonly kind: ParameterKind };

/** One widget with its settings, as the address asks for it. */
export interface EmbedRequest {
  readonly widget: EmbedWidget;
  /** The language tag given, or `undefined` (the page's Danish). */
  readonly lang?: string | undefined;
  /** The content address as given (not yet checked against the allowed origins). */
  readonly src?: string | undefined;
  /** The frame's name for its height messages. */
  readonly id?: string | undefined;
  /** The element's attributes: a value, or `true` for a boolean attribute that is on. */
  readonly attributes: Readonly<Record<string, string | true>>;
}

/**
 * What the address asks for. `lang` is the language of the page's own words; `id` is the frame's
 * name when the address gives a well-formed one (even when it is refused), else `null`.
 */
export type ParsedAddress = { readonly lang: Lang; readonly id: string | null } &
  /** No widget asked for (nothing, or only `lang`): the page shows its help. */
  (
    | { readonly kind: 'help' }
    | { readonly kind: 'widget'; readonly request: EmbedRequest }
    | { readonly kind: 'refused'; readonly problems: readonly EmbedProblem[] }
  );

const isWidget = (name: string): name is EmbedWidget => Object.hasOwn(EMBED_PARAMETERS, name);

/** Every parameter name any widget takes. */
const knownNames = new Set<string>([
  ...COMMON_PARAMETERS,
  ...Object.values(EMBED_PARAMETERS).flatMap((p) => Object.keys(p)),
]);

/**
 * Reads the embed page's query string (`?widget=tip-carousel&lang=en&autoplay`). Every problem is
 * collected; one is enough to refuse the address.
 */
export function parseEmbedAddress(search: string | URLSearchParams): ParsedAddress {
  const params = new URLSearchParams(search);
  const rawLang = params.getAll('lang');
  const lang = (rawLang.length === 1 && toSupportedLang(rawLang[0])) || 'da';
  const ids = params.getAll('id');
  const frame = ids.length === 1 && FRAME_ID.test(ids[0]!) ? ids[0]! : null;
  const names = [...new Set(params.keys())];
  const helpOnly = names.every((name) => name === 'lang' || name === 'id');
  if (helpOnly && rawLang.length <= 1 && ids.length <= 1 && (!ids.length || frame)) {
    if (!rawLang.length || LANG_TAG.test(rawLang[0]!)) return { kind: 'help', lang, id: frame };
  }

  const problems: EmbedProblem[] = [];
  const value = (name: string): string | undefined => {
    const all = params.getAll(name);
    if (all.length > 1) problems.push({ code: 'repeated', name });
    return all[0];
  };

  const widgetValue = value('widget');
  const widget = widgetValue !== undefined && isWidget(widgetValue) ? widgetValue : undefined;
  if (widgetValue === undefined) problems.push({ code: 'missing-widget' });
  else if (!widget) problems.push({ code: 'unknown-widget' });

  const langValue = value('lang');
  if (langValue !== undefined && !LANG_TAG.test(langValue)) problems.push({ code: 'invalid-lang' });
  const id = value('id');
  if (id !== undefined && !FRAME_ID.test(id)) problems.push({ code: 'invalid-id' });
  const src = value('src');
  if (src !== undefined && !isPlainSrc(src)) problems.push({ code: 'invalid-src' });

  const attributes: Record<string, string | true> = {};
  let unknown = false;
  for (const name of names) {
    if ((COMMON_PARAMETERS as readonly string[]).includes(name)) continue;
    if (!knownNames.has(name)) {
      unknown = true;
      continue;
    }
    if (!widget) continue;
    const settings: Readonly<Record<string, ParameterKind>> = EMBED_PARAMETERS[widget];
    const kind = settings[name];
    if (!kind) {
      problems.push({ code: 'not-for-widget', name, widget });
      continue;
    }
    const given = value(name)!;
    if (!hasForm(kind, given)) problems.push({ code: 'invalid-value', name, kind });
    else if (kind !== 'boolean') attributes[name] = given;
    else if (given !== 'false') attributes[name] = true;
  }
  if (unknown) problems.push({ code: 'unknown-parameter' });

  if (problems.length || !widget) return { kind: 'refused', lang, id: frame, problems };
  return {
    kind: 'widget',
    lang,
    id: frame,
    request: { widget, lang: langValue, src, id, attributes },
  };
}

/** What the builder (or anyone) passes to {@link embedAddress}. */
export interface EmbedAddressOptions {
  /** The embed page's address, e.g. `https://www.kommune.dk/assets/digileder/embed/`. */
  readonly page: string;
  readonly widget: EmbedWidget;
  readonly lang?: string | undefined;
  readonly src?: string | undefined;
  readonly id?: string | undefined;
  /** Settings by parameter name: a value, or `true` / `false` for a boolean one. */
  readonly settings?: Readonly<Record<string, string | boolean>> | undefined;
}

/**
 * The address of the embed page showing `widget` with these settings, in the table's order, with
 * a boolean that is on written as `name` alone and one that is off left out. Throws on a setting
 * the widget does not take or a value of the wrong form: an address the page would refuse.
 */
export function embedAddress(options: EmbedAddressOptions): string {
  const params: string[] = [`widget=${options.widget}`];
  const add = (name: string, value: string) =>
    params.push(`${name}=${encodeURIComponent(value).replace(/%2F/g, '/').replace(/%3A/g, ':')}`);
  if (options.lang !== undefined) add('lang', options.lang);
  if (options.src !== undefined) add('src', options.src);
  if (options.id !== undefined) add('id', options.id);
  const table: Readonly<Record<string, ParameterKind>> = EMBED_PARAMETERS[options.widget];
  const settings = options.settings ?? {};
  for (const name of Object.keys(settings))
    if (!Object.hasOwn(table, name))
      throw new RangeError(`${options.widget} takes no parameter "${name}"`);
  for (const [name, kind] of Object.entries(table)) {
    const setting = settings[name];
    if (setting === undefined || setting === false) continue;
    if (setting === true) {
      if (kind !== 'boolean') throw new RangeError(`"${name}" needs a value`);
      params.push(name);
    } else add(name, setting);
  }
  const address = `${options.page}?${params.join('&')}`;
  const parsed = parseEmbedAddress(new URL(address, 'https://example.invalid/').search);
  if (parsed.kind !== 'widget')
    throw new RangeError(`The embed page would refuse this address: ${address}`);
  return address;
}

// The web part's properties (what SharePoint saves with the page), their defaults, and what they
// mean for the widget element: read with `settingsOf`, never straight from the saved bag, so an
// old, partial or hand-edited bag still gives a working widget.
import {
  DEFAULT_INTERVAL,
  isWidgetName,
  MAX_TIPS,
  MIN_INTERVAL,
  toSupportedLang,
  WIDGETS,
  type Lang,
  type WidgetName,
} from '@digileder/widgets/integration.js';

export type ContentSource = 'builtin' | 'address' | 'pasted';
export type LanguageChoice = 'page' | 'da' | 'en';
export type StartChoice = 'first' | 'today' | 'number';

/** The saved properties. Every field may be missing or of the wrong type in an old page. */
export interface IDigilederWidgetsWebPartProps {
  widget: WidgetName;
  contentSource: ContentSource;
  contentAddress: string;
  contentJson: string;
  language: LanguageChoice;
  label: string;
  /** 0: the widget's own level. */
  headingLevel: number;
  autoplay: boolean;
  interval: number;
  start: StartChoice;
  startNumber: string;
  persist: boolean;
  rotate: boolean;
}

export const DEFAULTS: Readonly<IDigilederWidgetsWebPartProps> = {
  widget: 'tip-carousel',
  contentSource: 'builtin',
  contentAddress: '',
  contentJson: '',
  language: 'page',
  label: '',
  headingLevel: 0,
  autoplay: false,
  interval: DEFAULT_INTERVAL,
  start: 'first',
  startNumber: '1',
  persist: false,
  rotate: false,
};

/** The longest autoplay interval the pane offers, in seconds. */
export const MAX_INTERVAL = 60;
export { MAX_TIPS, MIN_INTERVAL };

const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const flag = (value: unknown): boolean => value === true;

/** A tip number typed by the editor, or `undefined` when it is not a whole number in range. */
export function tipNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : Number(text(value).trim() || NaN);
  return Number.isInteger(n) && n >= 1 && n <= MAX_TIPS ? n : undefined;
}

/** The address of a content file, resolved against the page, or why it cannot be used. */
export type AddressCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly problem: 'missing' | 'invalid' | 'foreign' };

/**
 * Resolves `value` against `page`. Only files on the page's own origin are used: SharePoint
 * sends the reader's session with them, and nothing is fetched from anywhere else.
 */
export function resolveAddress(value: string, page: string): AddressCheck {
  const trimmed = value.trim();
  if (!trimmed) return { ok: false, problem: 'missing' };
  let url: URL;
  try {
    url = new URL(trimmed, page);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: 'invalid' };
  if (url.origin !== new URL(page).origin) return { ok: false, problem: 'foreign' };
  return { ok: true, url: url.href };
}

/** Everything the element is made from: two equal settings give the same element. */
export interface WidgetSettings {
  readonly widget: WidgetName;
  readonly tag: string;
  readonly lang: Lang;
  readonly content:
    | { readonly kind: 'builtin' }
    | { readonly kind: 'address'; readonly check: AddressCheck }
    | { readonly kind: 'pasted'; readonly json: string };
  readonly label?: string;
  readonly headingLevel?: number;
  readonly attributes: Readonly<Record<string, string | true>>;
}

/**
 * The settings for the element from the saved `properties`, the page's UI culture (its
 * `da-DK`, `en-US` …) and the page's address.
 */
export function settingsOf(
  properties: Partial<Record<keyof IDigilederWidgetsWebPartProps, unknown>>,
  uiCulture: string,
  page: string,
): WidgetSettings {
  const widget = isWidgetName(properties.widget) ? properties.widget : DEFAULTS.widget;
  const language = oneOf(properties.language, ['page', 'da', 'en'], DEFAULTS.language);
  const source = oneOf(
    properties.contentSource,
    ['builtin', 'address', 'pasted'],
    DEFAULTS.contentSource,
  );
  const label = text(properties.label).trim();
  const level = Number(properties.headingLevel);
  const attributes: Record<string, string | true> = {};
  if (widget === 'tip-carousel') {
    if (flag(properties.autoplay)) {
      attributes['autoplay'] = true;
      const interval = Number(properties.interval);
      attributes['interval'] = String(
        Number.isFinite(interval)
          ? Math.min(MAX_INTERVAL, Math.max(MIN_INTERVAL, Math.round(interval)))
          : DEFAULTS.interval,
      );
    }
    const start = oneOf(properties.start, ['first', 'today', 'number'], DEFAULTS.start);
    if (start === 'today') attributes['start'] = 'today';
    else if (start === 'number')
      attributes['start'] = String(tipNumber(properties.startNumber) ?? 1);
  }
  if (widget === 'archetype-quiz' && flag(properties.persist)) attributes['persist'] = true;
  if (widget === 'strategy-wheel' && flag(properties.rotate)) attributes['rotate'] = true;
  return {
    widget,
    tag: WIDGETS.find((w) => w.name === widget)!.tag,
    lang: language === 'page' ? (toSupportedLang(uiCulture) ?? 'da') : language,
    content:
      source === 'address'
        ? { kind: 'address', check: resolveAddress(text(properties.contentAddress), page) }
        : source === 'pasted'
          ? { kind: 'pasted', json: text(properties.contentJson) }
          : { kind: 'builtin' },
    ...(label ? { label } : {}),
    ...(Number.isInteger(level) && level >= 2 && level <= 6 ? { headingLevel: level } : {}),
    attributes,
  };
}

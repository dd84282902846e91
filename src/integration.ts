// The door for hosts that place the widgets from outside a plain HTML page: the SharePoint web part
// (integrations/sharepoint/) and any other integration (`@digileder/widgets/integration.js`).
// Importing it registers nothing. It gives the widgets by name, a registration that warns once,
// a check of content that is exactly the widget's own (its loader: fetching, parsing, schema,
// rules and messages), and what mapping a host's colours onto the `--digi-*` tokens needs.
import { archetypeQuizSpec, DigiArchetypeQuiz } from './archetype-quiz/index.js';
import type { Lang } from './core/lang.js';
import type { DigiErrorReason, LoadRequest } from './core/problems.js';
import { DigiStrategyWheel, strategyWheelSpec } from './strategy-wheel/index.js';
import { DigiTipCarousel, tipCarouselSpec } from './tip-carousel/index.js';
import registry from './widgets.json' with { type: 'json' };

export {
  contrastRatio,
  DARK_TEXT,
  GRAPHIC_CONTRAST,
  HEX_COLOR,
  LIGHT_TEXT,
  TEXT_CONTRAST,
  textColorOn,
} from './core/contrast.js';
export { toSupportedLang, type Lang } from './core/lang.js';
export { TOKENS, tokenDefault, type TokenName } from './core/tokens.js';
export { PALETTE } from './strategy-wheel/index.js';
export { DEFAULT_INTERVAL, MAX_TIPS, MIN_INTERVAL } from './tip-carousel/index.js';
export type { DigiErrorReason } from './core/problems.js';

const specs = {
  'tip-carousel': tipCarouselSpec,
  'archetype-quiz': archetypeQuizSpec,
  'strategy-wheel': strategyWheelSpec,
} as const;

const elements = {
  'tip-carousel': DigiTipCarousel,
  'archetype-quiz': DigiArchetypeQuiz,
  'strategy-wheel': DigiStrategyWheel,
} as const;

/** A widget's name in `src/widgets.json`: `tip-carousel`, `archetype-quiz`, `strategy-wheel`. */
export type WidgetName = keyof typeof specs;

/** One widget: its name, its element's tag and its class. */
export interface WidgetEntry {
  readonly name: WidgetName;
  readonly tag: string;
  readonly element: CustomElementConstructor;
}

/** True when `value` names a widget. */
export const isWidgetName = (value: unknown): value is WidgetName =>
  typeof value === 'string' && Object.hasOwn(specs, value);

/** Every widget, in the registry's order. */
export const WIDGETS: readonly WidgetEntry[] = registry.widgets
  .filter((widget) => isWidgetName(widget.name))
  .map(({ name, tag }) => ({
    name: name as WidgetName,
    tag,
    element: elements[name as WidgetName],
  }));

/**
 * Registers every widget whose tag is free. Where a tag is already defined (the CDN bundle or
 * another copy of the package got there first), the first definition wins; one warning names
 * every such tag. Returns those tags.
 */
export function defineWidgets(target: CustomElementRegistry = customElements): string[] {
  const taken: string[] = [];
  for (const { tag, element } of WIDGETS) {
    const existing = target.get(tag);
    if (!existing) target.define(tag, element);
    else if (existing !== element) taken.push(tag);
  }
  if (taken.length)
    console.warn(
      `${taken.map((tag) => `<${tag}>`).join(', ')} already defined by another copy of ` +
        '@digileder/widgets; the first definition is used.',
    );
  return taken;
}

/** Content to check: JSON text, or the address of a JSON file. */
export type ContentInput = { readonly text: string } | { readonly src: string };

/** The outcome of a check: the content, or the sentence the widget itself would show. */
export type ContentCheck =
  | { readonly ok: true; readonly content: unknown }
  | {
      readonly ok: false;
      readonly reason: DigiErrorReason;
      readonly path?: string | undefined;
      readonly message: string;
    };

/**
 * Checks content for `widget` exactly as the widget does: JSON text as its inline JSON, an
 * address as its `src` (fetched like the widget fetches, with the same time limit), then its
 * schema and rules. A problem comes with the widget's own message in `lang`. Resolves with
 * `undefined` when `signal` aborts first; never rejects on bad content.
 */
export async function checkContent(
  widget: WidgetName,
  input: ContentInput,
  lang: Lang,
  signal: AbortSignal = new AbortController().signal,
): Promise<ContentCheck | undefined> {
  const spec = specs[widget];
  const [loader, pack] = await Promise.all([
    spec.loader(),
    lang === 'en' ? spec.en() : Promise.resolve(spec.da),
  ]);
  // The loaders read the host only for light-DOM children, which neither source uses.
  const host = document.createElement('div');
  const request: LoadRequest =
    'text' in input
      ? { source: 'inline', host, text: input.text, signal }
      : { source: 'src', host, src: input.src, signal };
  const outcome = await loader.load(request);
  if (!outcome) return undefined;
  if (outcome.ok) return { ok: true, content: outcome.data };
  const { reason, path, notice } = outcome.problem;
  return { ok: false, reason, path, message: notice(pack.strings, lang) };
}

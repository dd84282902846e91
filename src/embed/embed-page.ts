// The embed page itself: reads its address, checks `src` against the allowed origins, and shows
// one widget, its help, or a message saying why it shows nothing. Then it reports its height to
// the page that holds its iframe. Everything is made with DOM APIs (the page's CSP allows no
// inline script or style).
import type { Lang } from '../core/lang.js';
import { reportHeight, type MessageTarget } from './embed-height.js';
import {
  EMBED_WIDGETS,
  parseEmbedAddress,
  type EmbedRequest,
  type EmbedWidget,
} from './embed-params.js';
import {
  checkSource,
  CONFIG_FILE,
  parseConfig,
  restrictConnections,
  type ConfigResult,
} from './embed-source.js';
import { WIDGET_NAMES } from './embed-names.js';
import type { EmbedStrings, RefusalReason } from './embed-strings.js';

/** How each widget's code is loaded: only the one asked for is fetched. */
const WIDGET_CLASSES: Readonly<Record<EmbedWidget, () => Promise<CustomElementConstructor>>> = {
  'tip-carousel': () => import('../tip-carousel/define.js').then((m) => m.DigiTipCarousel),
  'archetype-quiz': () => import('../archetype-quiz/define.js').then((m) => m.DigiArchetypeQuiz),
  'strategy-wheel': () => import('../strategy-wheel/define.js').then((m) => m.DigiStrategyWheel),
};

/** How long the configuration file may take before the page gives up on it. */
const CONFIG_TIMEOUT_MS = 10_000;

/**
 * Reads the configuration file at `url`: its JSON, `undefined` when there is none (HTTP 404), or
 * a rejection when it cannot be read.
 */
export async function fetchConfig(url: string): Promise<unknown> {
  const response = await fetch(url, {
    cache: 'no-cache',
    credentials: 'same-origin',
    signal: AbortSignal.timeout(CONFIG_TIMEOUT_MS),
  });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return JSON.parse(await response.text()) as unknown;
}

export interface EmbedPageOptions {
  /** The page's own address (`location.href`). */
  readonly href: string;
  /** Where the height messages go (`window.parent`), or `undefined` when not in a frame. */
  readonly parent?: MessageTarget | undefined;
  /** Reads the configuration file; {@link fetchConfig} by default. */
  readonly readConfig?: (url: string) => Promise<unknown>;
}

export type EmbedOutcome =
  | { readonly kind: 'help' }
  | { readonly kind: 'refused'; readonly reasons: readonly RefusalReason[] }
  | { readonly kind: 'widget'; readonly element: HTMLElement };

/** The allowed origins from the configuration file, or why it cannot be used. */
async function readAllowedOrigins(
  href: string,
  read: (url: string) => Promise<unknown>,
): Promise<ConfigResult> {
  try {
    const json = await read(new URL(CONFIG_FILE, href).href);
    return json === undefined ? { ok: true, config: { allowedOrigins: [] } } : parseConfig(json);
  } catch {
    return { ok: false, path: '' };
  }
}

/**
 * The checked address of the request's `src` and the origins the page may fetch from, or why the
 * request is refused. The configuration file is read only for a `src` on another origin.
 */
async function resolveSource(
  request: EmbedRequest,
  options: EmbedPageOptions,
): Promise<{ src?: string; origins: readonly string[] } | RefusalReason> {
  if (request.src === undefined) return { origins: [] };
  let check = checkSource(request.src, options.href);
  let origins: readonly string[] = [];
  if (!check.ok && check.reason === 'foreign') {
    const config = await readAllowedOrigins(options.href, options.readConfig ?? fetchConfig);
    if (!config.ok) return { code: 'config', path: config.path || undefined };
    origins = config.config.allowedOrigins;
    check = checkSource(request.src, options.href, origins);
  }
  return check.ok ? { src: check.url.href, origins } : { code: 'src', reason: check.reason };
}

/** Creates the widget the request asks for, with its settings, or resolves to why it cannot. */
async function createWidget(
  doc: Document,
  request: EmbedRequest,
  options: EmbedPageOptions,
): Promise<HTMLElement | RefusalReason> {
  const source = await resolveSource(request, options);
  if ('code' in source) return source;
  restrictConnections(doc, source.origins);
  let widgetClass: CustomElementConstructor;
  try {
    widgetClass = await WIDGET_CLASSES[request.widget]();
  } catch {
    return { code: 'load' };
  }
  const element = new widgetClass();
  for (const [name, value] of Object.entries(request.attributes))
    element.setAttribute(name, value === true ? '' : value);
  if (source.src) element.setAttribute('src', source.src);
  return element;
}

/** The page's words in `lang`, loaded only for its help or a refusal. */
const loadStrings = (lang: Lang): Promise<EmbedStrings> =>
  import('./embed-strings.js').then((m) => m.embedStrings(lang));

/** The help shown when the address names no widget. */
function renderHelp(doc: Document, s: EmbedStrings): HTMLElement {
  const section = doc.createElement('section');
  section.className = 'help';
  const heading = doc.createElement('h1');
  heading.textContent = s.helpHeading;
  section.append(heading);
  for (const text of s.help) {
    const p = doc.createElement('p');
    p.textContent = text;
    section.append(p);
  }
  return section;
}

/** The message shown instead of a widget. */
function renderRefusal(
  doc: Document,
  s: EmbedStrings,
  reasons: readonly RefusalReason[],
  origin: string,
): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'refusal';
  box.setAttribute('role', 'alert');
  const heading = doc.createElement('h1');
  heading.textContent = s.refusedHeading;
  const list = doc.createElement('ul');
  const context = { origin, widgets: EMBED_WIDGETS.join(', ') };
  for (const reason of reasons) {
    const item = doc.createElement('li');
    item.textContent = s.problem(reason, context);
    list.append(item);
  }
  box.append(heading, list);
  if (reasons.some((r) => r.code !== 'config' && r.code !== 'load')) {
    const outro = doc.createElement('p');
    outro.textContent = s.refusedOutro;
    box.append(outro);
  }
  return box;
}

/**
 * Fills `root` with what the page's address asks for and, in a frame, reports its height to the
 * parent. Resolves to what was shown.
 */
export async function startEmbed(
  doc: Document,
  root: HTMLElement,
  options: EmbedPageOptions,
): Promise<EmbedOutcome> {
  const address = parseEmbedAddress(new URL(options.href).search);
  const request = address.kind === 'widget' ? address.request : undefined;
  doc.documentElement.lang = request?.lang ?? address.lang;

  let outcome: EmbedOutcome;
  if (address.kind === 'help') outcome = { kind: 'help' };
  else if (address.kind === 'refused') outcome = { kind: 'refused', reasons: address.problems };
  else {
    const created = await createWidget(doc, address.request, options);
    outcome =
      created instanceof HTMLElement
        ? { kind: 'widget', element: created }
        : { kind: 'refused', reasons: [created] };
  }

  // In a frame the host page has the main landmark; a page of its own gets one.
  const show = (content: HTMLElement) => {
    if (options.parent) root.replaceChildren(content);
    else {
      const main = doc.createElement('main');
      main.append(content);
      root.replaceChildren(main);
    }
  };
  if (outcome.kind === 'widget') {
    doc.title = WIDGET_NAMES[address.lang][request!.widget];
    show(outcome.element);
    await (outcome.element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  } else {
    const s = await loadStrings(address.lang);
    if (outcome.kind === 'help') {
      doc.title = s.helpTitle;
      show(renderHelp(doc, s));
    } else {
      doc.title = s.refusedTitle;
      const origin = new URL(options.href).origin;
      show(renderRefusal(doc, s, outcome.reasons, origin));
      console.error(
        `@digileder/widgets embed page: the address ${options.href} is refused:`,
        outcome.reasons,
      );
    }
  }
  if (options.parent)
    reportHeight(root, {
      target: options.parent,
      id: address.id,
      widget: outcome.kind === 'widget' ? request!.widget : null,
    });
  return outcome;
}

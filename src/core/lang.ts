import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages with built-in strings and content. */
export type Lang = 'da' | 'en';

/** The language used when nothing else applies, and for every language we do not have. */
export const DEFAULT_LANG: Lang = 'da';

/** Maps a BCP 47 tag to a supported language (`en-GB` → `en`), or `undefined`. */
export function toSupportedLang(tag: string | null | undefined): Lang | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'da' || base === 'en' ? base : undefined;
}

/**
 * The nearest non-empty `lang` attribute of the element or its ancestors, crossing shadow roots,
 * or `null` when the page sets none.
 */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute('lang');
      if (value && value.trim()) return value.trim();
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

type LangHost = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LangController>();
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function watch(root: Node): void {
  if (watched.has(root)) return;
  observer ??= new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  watched.add(root);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Resolves a host's language from its own `lang`, its ancestors' (crossing shadow roots) and the
 * document's, and re-renders the host when any of them changes.
 */
export class LangController implements ReactiveController {
  /** The supported language the host renders in. */
  lang: Lang = DEFAULT_LANG;

  readonly #host: LangHost;

  constructor(host: LangHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    let root = this.#host.getRootNode();
    while (root instanceof ShadowRoot) {
      watch(root);
      root = root.host.getRootNode();
    }
    watch(root);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads the language chain; requests an update when the result changed. @internal */
  refresh(): void {
    const lang = toSupportedLang(inheritedLang(this.#host)) ?? DEFAULT_LANG;
    if (lang !== this.lang) {
      this.lang = lang;
      this.#host.requestUpdate();
    }
  }
}

import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CONTENT_CHILDREN } from './children.js';
import { property, state } from './decorators.js';
import { DigiErrorEvent } from './events.js';
import { format } from './format.js';
import { LangController, toSupportedLang, type Lang } from './lang.js';
import type { ContentLoader, ContentSource, Problem } from './problems.js';
import { alertIcon } from './templates.js';
import type { CoreStrings } from './core.strings.js';

export type { ContentSource, Problem };

/** One language's UI strings and built-in content. */
export interface LanguagePack<T, S> {
  readonly strings: S;
  readonly content: T;
}

/**
 * What a widget tells the core about its content and languages. Danish is bundled; English and
 * the loader for custom content (fetching, the schema library, messages) are separate chunks,
 * loaded when first needed.
 */
export interface ContentSpec<T, S> {
  readonly da: LanguagePack<T, S>;
  readonly en: () => Promise<LanguagePack<T, S>>;
  readonly loader: () => Promise<ContentLoader<T>>;
  /** True when light-DOM children can hold content (read by the loader). */
  readonly readsChildren?: boolean;
}

export type ContentState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T; readonly source: ContentSource }
  | { readonly status: 'error'; readonly problem: Problem };

// Lazily loaded parts, shared by every instance of a widget: spec → English pack, and
// spec → validator.
const packs = new WeakMap<object, unknown>();
const packLoads = new WeakMap<object, Promise<unknown>>();
const loaders = new WeakMap<object, Promise<unknown>>();

/**
 * The base of every widget: language, content loading and validation, and the error notice.
 * A widget supplies its content spec and `renderContent()`. What is declared here (the
 * `digi-error` event, the `base` and `notice` parts, and the shared `--digi-*` custom properties,
 * which the manifest takes from the token table in core/tokens.ts) every widget inherits in
 * custom-elements.json; a widget documents only its own.
 *
 * @fires {DigiErrorEvent} digi-error - Content or an attribute was refused; `detail` is
 *   `{ reason, path?, message }`.
 * @slot - Shown while content loads: light-DOM children stay readable until the widget is ready.
 * @csspart base - The wrapper around everything the widget renders.
 * @csspart notice - A message for the editor when content or an attribute is wrong.
 */
export abstract class DigiElement<T, S extends CoreStrings> extends LitElement {
  /** URL of a JSON document with the content (same origin, or served with CORS). */
  @property() src?: string;

  /** The accessible name of the widget; a built-in one is used when unset. */
  @property() label?: string;

  /** Content as an object in the widget's JSON format; wins over `src` and inline JSON. */
  @property({ attribute: false }) content?: T;

  /** Overrides for any UI string, by key (see the widget's strings type). */
  @property({ attribute: false }) strings: Partial<S> = {};

  /** The content in use, or why there is none. @internal */
  @state() protected contentState: ContentState<T> = { status: 'loading' };

  @state() private attributeProblems: ReadonlyMap<string, Problem> = new Map();

  readonly #langController = new LangController(this);
  /** Where the content in use comes from. */
  #source: ContentSource = 'builtin';
  #loadAbort?: AbortController;
  #pending?: Promise<unknown>;
  #reloadOnConnect?: boolean;
  #childObserver?: MutationObserver;
  #packRequested?: boolean;
  #packFailed?: boolean;

  /** The widget's content format, languages and validator. @internal */
  protected abstract readonly spec: ContentSpec<T, S>;

  /** The language the widget renders in: `da` or `en`. */
  get language(): Lang {
    return this.#langController.lang;
  }

  /** The strings in use: the language's (Danish until it has loaded) with `strings` on top. @internal */
  protected get t(): S {
    return { ...(this.#pack(this.language) ?? this.spec.da).strings, ...this.strings };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#childObserver = new MutationObserver(() => {
      if (this.content === undefined && !this.src) this.#loadContent();
    });
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.#reloadOnConnect) {
      this.#reloadOnConnect = false;
      this.#loadContent();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    if (this.#loadAbort) {
      this.#loadAbort.abort();
      this.#loadAbort = undefined;
      this.#reloadOnConnect = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('content') || changed.has('src')) this.#loadContent();
    if (this.#source === 'builtin') {
      // Built-in content follows the language; the old language stays until the new one loads.
      const pack = this.#pack(this.language);
      const state = this.contentState;
      if (pack && !(state.status === 'ready' && state.data === pack.content)) {
        this.contentState = { status: 'ready', data: pack.content, source: 'builtin' };
        this.contentChanged(pack.content, state.status === 'ready' && state.source === 'builtin');
      }
    }
    const own = this.getAttribute('lang')?.trim();
    this.#setProblem(
      'lang',
      own && !toSupportedLang(own)
        ? {
            reason: 'invalid-attribute',
            path: 'lang',
            notice: (s) => format(s.unsupportedLang, { value: own }),
          }
        : undefined,
    );
  }

  /** Waits for pending language packs and validation too, not only for rendering. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pending) {
      await this.#pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Called when content becomes ready; `languageOnly` is true when only the built-in content's
   * language changed (keep the reader's place). @internal
   */
  protected abstract contentChanged(data: T, languageOnly: boolean): void;

  /** Renders the widget once content is ready. @internal */
  protected abstract renderContent(data: T, strings: S): TemplateResult;

  /**
   * Records (or, with `undefined`, clears) a problem with an attribute. A new problem is reported
   * once; the widget keeps working with a fallback value.
   */
  #setProblem(name: string, problem: Problem | undefined): void {
    const old = this.attributeProblems.get(name);
    const describe = (p?: Problem) => p?.notice(this.t, this.language);
    if (describe(old) === describe(problem)) return;
    const next = new Map(this.attributeProblems);
    if (problem) next.set(name, problem);
    else next.delete(name);
    this.attributeProblems = next;
    if (problem) this.#report(problem);
  }

  /**
   * Refuses the value of attribute `name` (`ok` false) with a notice saying `fallback` is used
   * instead, or withdraws an earlier refusal (`ok` true). The notice quotes the attribute as
   * written while it holds `value`, else `value` (set as a property). @internal
   */
  protected checkAttribute(
    name: string,
    value: unknown,
    ok: boolean,
    fallback: string | number,
  ): void {
    const written = this.getAttribute(name);
    const shown =
      written !== null && (written === value || Object.is(Number(written), value))
        ? written
        : String(value);
    this.#setProblem(
      name,
      ok
        ? undefined
        : {
            reason: 'invalid-attribute',
            path: name,
            notice: (s) => format(s.invalidAttribute, { name, value: shown, fallback }),
          },
    );
  }

  /**
   * `value` as a heading level: a whole number from 1 to 6. Anything else (as `heading-level`) is
   * refused like any attribute and the nearest level used, or `fallback` when it is no number;
   * unset (`null`) means `fallback`. @internal
   */
  protected headingLevelOf(value: number | null | undefined, fallback: number): number {
    const level = Math.min(6, Math.max(1, Math.trunc(value ?? fallback) || fallback));
    this.checkAttribute('heading-level', value, value == null || value === level, level);
    return level;
  }

  /** The credit line `text` while the built-in content is on show; none for custom content. @internal */
  protected creditFor(text: string): string | undefined {
    return this.#source === 'builtin' ? text : undefined;
  }

  /** The accessible name: `label`, else `builtin` with the built-in content, else `custom`. @internal */
  protected nameFor(builtin: string, custom: string): string {
    return this.label ?? (this.#source === 'builtin' ? builtin : custom);
  }

  /** The loaded pack for `lang`; starts loading it when missing. */
  #pack(lang: Lang): LanguagePack<T, S> | undefined {
    if (lang === 'da') return this.spec.da;
    const loaded = packs.get(this.spec) as LanguagePack<T, S> | undefined;
    if (loaded) return loaded;
    if (this.#packFailed) return this.spec.da;
    let load = packLoads.get(this.spec);
    if (!load) {
      load = this.spec.en().then((pack) => {
        packs.set(this.spec, pack);
      });
      packLoads.set(this.spec, load);
    }
    if (!this.#packRequested) {
      this.#packRequested = true;
      this.#track(
        load
          .then(
            () => this.requestUpdate(),
            () => {
              packLoads.delete(this.spec);
              this.#packFailed = true;
              this.#setProblem('pack', {
                reason: 'fetch-failed',
                path: 'lang',
                notice: (s) => s.partFailed,
              });
            },
          )
          .finally(() => {
            this.#packRequested = false;
          }),
      );
    }
    return undefined;
  }

  /** Lets `updateComplete` wait for `work`. */
  #track(work: Promise<unknown>): void {
    const done = work.finally(() => {
      if (this.#pending === done) this.#pending = undefined;
    });
    this.#pending = done;
  }

  #loadContent(): void {
    this.#loadAbort?.abort();
    this.#loadAbort = undefined;
    const script = this.querySelector(':scope > script[type="application/json"]');
    const children = this.spec.readsChildren && this.querySelector(CONTENT_CHILDREN);
    const source: ContentSource =
      this.content !== undefined
        ? 'property'
        : this.src
          ? 'src'
          : script
            ? 'inline'
            : children
              ? 'children'
              : 'builtin';
    this.#source = source;
    if (source === 'builtin') return; // willUpdate shows the language's pack
    this.contentState = { status: 'loading' };
    if (source === 'src' && !this.isConnected) {
      // Removed before its first update: fetch when it is back in the page.
      this.#reloadOnConnect = true;
      return;
    }
    const abort = new AbortController();
    this.#loadAbort = abort;
    let loader = loaders.get(this.spec) as Promise<ContentLoader<T>> | undefined;
    if (!loader) {
      loader = this.spec.loader();
      loaders.set(this.spec, loader);
    }
    const request = {
      source,
      host: this,
      value: this.content,
      text: script?.textContent,
      signal: abort.signal,
      src: this.src,
    };
    const work = loader.then(
      async (l) => {
        const outcome = await l.load(request);
        if (!outcome || abort.signal.aborted) return;
        this.#loadAbort = undefined;
        if (outcome.ok) {
          this.contentState = { status: 'ready', data: outcome.data, source };
          this.contentChanged(outcome.data, false);
        } else {
          this.#fail(outcome.problem);
        }
      },
      () => {
        loaders.delete(this.spec);
        if (!abort.signal.aborted)
          this.#fail({ reason: 'fetch-failed', notice: (s) => s.partFailed });
      },
    );
    // Waiting for the network is not part of updateComplete; parsing and validation are.
    if (source !== 'src') this.#track(work);
  }

  #fail(problem: Problem): void {
    this.#loadAbort = undefined;
    this.contentState = { status: 'error', problem };
    this.#report(problem);
  }

  #report(problem: Problem): void {
    const message = problem.notice(this.t, this.language);
    console.error(`<${this.localName}> ${message}`);
    this.dispatchEvent(new DigiErrorEvent({ reason: problem.reason, path: problem.path, message }));
  }

  protected override render(): TemplateResult {
    const s = this.t;
    const state = this.contentState;
    return html`<div class="base" part="base" lang=${this.language}>
      ${[...this.attributeProblems.values()].map((p) => this.#renderNotice(p, s, false))}
      ${
        state.status === 'ready'
          ? this.renderContent(state.data, s)
          : state.status === 'error'
            ? this.#renderNotice(state.problem, s, true)
            : html`<div class="loading" role="status">
                ${this.#source === 'src' ? s.loading : nothing}<slot></slot>
              </div>`
      }
    </div>`;
  }

  #renderNotice(problem: Problem, s: S, error: boolean): TemplateResult {
    return html`<div
      class="notice"
      part="notice"
      data-severity=${error ? 'error' : 'warning'}
      role=${error ? 'alert' : 'status'}
    >
      ${alertIcon}
      <p>
        <strong>${error ? s.errorHeading : s.warningHeading}:</strong>
        ${problem.notice(s, this.language)}
      </p>
    </div>`;
  }
}

import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type * as v from 'valibot';
import { DigiErrorEvent, type DigiErrorReason } from './events.js';
import { format } from './format.js';
import { LangController, toSupportedLang, type Lang } from './lang.js';
import { fetchJson, parseJson, SRC_TIMEOUT_MS, type LoadResult } from './load.js';
import { coreStrings, type CoreStrings } from './strings.js';
import { describeProblem, validate, type ContentProblem } from './validate.js';

/** Where the content on screen came from, in order of precedence. */
export type ContentSource = 'property' | 'src' | 'inline' | 'children' | 'builtin';

/** What a widget tells the core about its content. */
export interface ContentSpec<T> {
  /** The runtime schema (its JSON Schema export ships in `schemas/`). */
  readonly schema: v.GenericSchema<unknown, T>;
  /** Rules a schema cannot state, such as unique ids. */
  readonly check?: (data: T) => ContentProblem[];
  /** Content that needs no configuration, per language. */
  readonly builtin: Readonly<Record<Lang, T>>;
}

/** Something the widget refused, told to the editor, the developer and the page. */
export interface Problem {
  readonly reason: DigiErrorReason;
  readonly path?: string;
  /** For developers, in English: goes to `console.error` and `digi-error`. */
  readonly message: string;
  /** For the editor, in the widget's language. */
  readonly notice: (strings: CoreStrings) => string;
}

export type ContentState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T; readonly source: ContentSource }
  | { readonly status: 'error'; readonly problem: Problem };

const alertIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
  <circle cx="12" cy="12" r="10"></circle>
  <path d="M12 7v6M12 17h.01"></path>
</svg>`;

/**
 * The base of every widget: language, content loading and validation, and the error notice.
 * A widget supplies its content spec, its strings and `renderContent()`.
 *
 * @fires {DigiErrorEvent} digi-error - Content could not be loaded or used, or an attribute was refused.
 * @csspart base - The wrapper around everything the widget renders.
 * @csspart notice - The message shown when content or an attribute is wrong.
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

  private readonly langController = new LangController(this);
  private loadAbort?: AbortController;
  private loadedLang?: Lang;
  private reloadOnConnect = false;
  private childObserver?: MutationObserver;

  /** The widget's content format, validation and built-in content. @internal */
  protected abstract readonly spec: ContentSpec<T>;

  /** The widget's UI strings per language, core strings included. @internal */
  protected abstract readonly dictionaries: Readonly<Record<Lang, S>>;

  /** The language the widget renders in: `da` or `en`. */
  get language(): Lang {
    return this.langController.lang;
  }

  /** The strings in use: the language's dictionary with `strings` on top. @internal */
  protected get t(): S {
    return { ...this.dictionaries[this.language], ...this.strings };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver = new MutationObserver(() => this.handleChildrenChange());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.reloadOnConnect) {
      this.reloadOnConnect = false;
      this.loadContent();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    if (this.loadAbort) {
      this.loadAbort.abort();
      this.loadAbort = undefined;
      this.reloadOnConnect = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('content') || changed.has('src')) {
      this.loadContent();
    } else if (
      this.contentState.status === 'ready' &&
      this.contentState.source === 'builtin' &&
      this.loadedLang !== this.language
    ) {
      this.useContent(this.spec.builtin[this.language], 'builtin', true);
    }
    this.checkLangAttribute();
  }

  /**
   * Called when content becomes ready; `languageOnly` is true when only the built-in content's
   * language changed (keep the reader's place). @internal
   */
  protected abstract contentChanged(data: T, languageOnly: boolean): void;

  /** Content from light-DOM children, for widgets that read them; `undefined` when none. @internal */
  protected contentFromChildren(): unknown {
    return undefined;
  }

  /** Renders the widget once content is ready. @internal */
  protected abstract renderContent(data: T, strings: S): TemplateResult;

  /**
   * Records (or, with `undefined`, clears) a problem with an attribute. A new problem is reported
   * once; the widget keeps working with a fallback value. @internal
   */
  protected setAttributeProblem(name: string, problem: Problem | undefined): void {
    const old = this.attributeProblems.get(name);
    if (old?.message === problem?.message) return;
    const next = new Map(this.attributeProblems);
    if (problem) next.set(name, problem);
    else next.delete(name);
    this.attributeProblems = next;
    if (problem) this.report(problem);
  }

  /** A refused attribute value with the value used instead. @internal */
  protected invalidAttribute(name: string, value: string, fallback: string | number): Problem {
    return {
      reason: 'invalid-attribute',
      path: name,
      message: `${name}="${value}" is not valid; using ${fallback}.`,
      notice: (s) => format(s.invalidAttribute, { name, value, fallback }),
    };
  }

  private handleChildrenChange(): void {
    if (this.content === undefined && !this.src) this.loadContent();
  }

  private loadContent(): void {
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    if (this.content !== undefined) {
      this.useContent(this.content, 'property');
      return;
    }
    if (this.src) {
      this.contentState = { status: 'loading' };
      const abort = new AbortController();
      this.loadAbort = abort;
      const src = this.src;
      void fetchJson(src, abort.signal).then((result) => {
        if (abort.signal.aborted) return;
        this.loadAbort = undefined;
        this.handleLoaded(result, src, 'src');
      });
      return;
    }
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      this.handleLoaded(parseJson(script.textContent), undefined, 'inline');
      return;
    }
    const children = this.contentFromChildren();
    if (children !== undefined) {
      this.useContent(children, 'children');
      return;
    }
    this.useContent(this.spec.builtin[this.language], 'builtin');
  }

  private handleLoaded(result: LoadResult, src: string | undefined, source: ContentSource): void {
    const where = src ? `src "${src}"` : 'the inline JSON';
    switch (result.kind) {
      case 'ok':
        this.useContent(result.json, source);
        return;
      case 'aborted':
        return;
      case 'http':
        this.fail({
          reason: 'fetch-failed',
          message: `Could not load ${where}: HTTP ${result.status}.`,
          notice: (s) => format(s.fetchFailed, { src: src ?? '', status: result.status }),
        });
        return;
      case 'network':
        this.fail({
          reason: 'fetch-failed',
          message: `Could not load ${where}: network error or CORS refused.`,
          notice: (s) => format(s.networkFailed, { src: src ?? '' }),
        });
        return;
      case 'timeout':
        this.fail({
          reason: 'timeout',
          message: `Could not load ${where}: no answer within ${SRC_TIMEOUT_MS / 1000} s.`,
          notice: (s) => format(s.timeout, { src: src ?? '', seconds: SRC_TIMEOUT_MS / 1000 }),
        });
        return;
      case 'invalid-json':
        this.fail({
          reason: 'invalid-json',
          message: `Could not parse ${where} as JSON: ${result.detail}`,
          notice: (s) => s.invalidJson,
        });
        return;
    }
  }

  private useContent(raw: unknown, source: ContentSource, languageOnly = false): void {
    // Built-in content is checked by the test suite, not on every page load.
    const result =
      source === 'builtin'
        ? { ok: true as const, data: raw as T }
        : validate(this.spec.schema, raw, this.spec.check);
    if (result.ok) {
      this.contentState = { status: 'ready', data: result.data, source };
      this.loadedLang = this.language;
      this.contentChanged(result.data, languageOnly);
      return;
    }
    const [first, ...rest] = result.problems;
    const en = coreStrings.en;
    const all = result.problems.map((p) => describeProblem(p, en)).join('; ');
    this.fail({
      reason: 'invalid-content',
      path: first!.path,
      message: `Content does not match the schema: ${all}`,
      notice: (s) =>
        format(s.invalidContent, { problem: describeProblem(first!, s) }) +
        (rest.length ? ` ${format(s.moreProblems, { count: rest.length })}` : ''),
    });
  }

  private fail(problem: Problem): void {
    this.contentState = { status: 'error', problem };
    this.report(problem);
  }

  private report(problem: Problem): void {
    console.error(`<${this.localName}> ${problem.message}`);
    const detail =
      problem.path === undefined
        ? { reason: problem.reason, message: problem.message }
        : { reason: problem.reason, path: problem.path, message: problem.message };
    this.dispatchEvent(new DigiErrorEvent(detail));
  }

  private checkLangAttribute(): void {
    const own = this.getAttribute('lang')?.trim();
    this.setAttributeProblem(
      'lang',
      own && !toSupportedLang(own)
        ? {
            reason: 'invalid-attribute',
            path: 'lang',
            message: `lang="${own}" is not supported (da, en); using da.`,
            notice: (s) => format(s.unsupportedLang, { value: own }),
          }
        : undefined,
    );
  }

  protected override render(): TemplateResult {
    const s = this.t;
    const state = this.contentState;
    return html`<div class="base" part="base" lang=${this.language}>
      ${[...this.attributeProblems.values()].map((p) => this.renderNotice(p, s, 'warning'))}
      ${
        state.status === 'ready'
          ? this.renderContent(state.data, s)
          : state.status === 'error'
            ? this.renderNotice(state.problem, s, 'error')
            : html`<p class="loading" role="status">${s.loading}</p>`
      }
    </div>`;
  }

  private renderNotice(problem: Problem, s: S, severity: 'error' | 'warning'): TemplateResult {
    return html`<div
      class="notice"
      part="notice"
      data-severity=${severity}
      role=${severity === 'error' ? 'alert' : 'status'}
    >
      ${alertIcon}
      <p>
        <strong>${severity === 'error' ? s.errorHeading : s.warningHeading}:</strong>
        ${problem.notice(s)}
      </p>
    </div>`;
  }
}

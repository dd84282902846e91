import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state as reactive } from 'lit/decorators.js';
import '../archetype-quiz/define.js';
import { LangController } from '../core/lang.js';
import type { ContentProblem, ValidationResult } from '../core/problems.js';
import { baseStyles } from '../core/styles.js';
import '../strategy-wheel/define.js';
import '../tip-carousel/define.js';
import type { BuilderLang } from './builder-types.js';
import type { BuilderStrings } from './embed-builder.strings.js';
import { builderStyles } from './embed-builder.styles.js';
import { kindOf, type KindSpec } from './kinds.js';
import { builderStrings, loadMessage } from './messages.js';
import {
  clearState,
  defaultState,
  loadState,
  saveState,
  withWidget,
  type BuilderState,
  type WidgetState,
} from './state.js';
import { chooseStep } from './steps/choose-step.js';
import { contentStep } from './steps/content-step.js';
import { lookStep } from './steps/look-step.js';
import { applyLook, previewStep } from './steps/preview-step.js';
import { placeStep } from './steps/place-step.js';
import { startStep } from './steps/start-step.js';
import { newSession, type Session, type StepHost } from './steps/step-host.js';

export { STORAGE_KEY } from './state.js';

/**
 * The editor's embed builder: choose a widget, start from built-in content or a JSON file, edit
 * the content in a form, set the look, preview it at desktop and phone width, and copy the
 * snippet for the page. The draft is kept in `localStorage` (see state.ts); a saved draft it
 * cannot open is reported, and the builder opens all the same.
 *
 * Not part of the widget bundles: the builder page (`builder/index.html`, built to
 * `dist/builder/`) loads it through `src/builder/define.ts`, which also registers the forms.
 * Each step of the page is a module of its own (steps/); this element holds the state they
 * share and puts them together.
 *
 * @summary Builds a widget with the editor's own content, and the snippet that embeds it.
 * @csspart base - The wrapper around the whole builder.
 */
export class DigiEmbedBuilder extends LitElement implements StepHost {
  static override styles = [baseStyles, builderStyles];

  /** The default hosting folder of the widget files; `../cdn/` beside the builder when unset. */
  @property({ attribute: 'default-base' }) defaultBase?: string;

  /** What is kept between visits. @internal */
  @reactive() state: BuilderState = defaultState();

  /** What is held while the builder is open. @internal */
  @reactive() session: Session = newSession(this.state);

  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly langController = new LangController(this);
  private readonly results = new WeakMap<object, ValidationResult<unknown>>();
  private readonly lastValidByKind = new Map<string, unknown>();
  private loaded = false;

  /** The builder's language: the one chosen with the switch, else the page's. */
  get language(): BuilderLang {
    return this.state.uiLang ?? this.langController.lang;
  }

  /** @internal */
  get s(): BuilderStrings {
    return builderStrings(this.language);
  }

  /** @internal */
  get spec(): KindSpec {
    return kindOf(this.state.kind);
  }

  /** @internal */
  get widget(): WidgetState {
    return this.state.widgets[this.state.kind];
  }

  /** @internal */
  get contentLang(): BuilderLang {
    return this.widget.lang ?? this.language;
  }

  /** @internal */
  get result(): ValidationResult<unknown> {
    const { draft } = this.widget;
    const cacheable = typeof draft === 'object' && draft !== null;
    let result = cacheable ? this.results.get(draft) : undefined;
    if (!result) {
      result = this.spec.validate(draft);
      if (cacheable) this.results.set(draft, result);
    }
    return result;
  }

  /** @internal */
  get problems(): readonly ContentProblem[] {
    const { result } = this;
    return result.ok ? [] : result.problems;
  }

  /** @internal */
  get lastValid(): unknown {
    return this.lastValidByKind.get(this.state.kind);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loaded) return;
    this.loaded = true;
    const { state, problems } = loadState();
    this.state = state;
    this.session = newSession(state, problems);
  }

  protected override willUpdate(): void {
    // A widget shown for the first time starts from its built-in content.
    if (this.widget.draft === undefined) {
      const lang = this.contentLang;
      this.state = withWidget(this.state, this.state.kind, {
        draft: this.spec.builtin(lang),
        lang,
      });
    }
    const { result } = this;
    if (result.ok) this.lastValidByKind.set(this.state.kind, result.data);
  }

  protected override updated(): void {
    applyLook(this);
  }

  /** Changes what is kept (and keeps it) and what is held while open. @internal */
  change(state?: Partial<BuilderState>, session?: Partial<Session>): void {
    let next = { ...this.session, ...session };
    if (state) {
      this.state = { ...this.state, ...state };
      if (!saveState(this.state)) next = { ...next, notice: this.s.storageFailed };
      // The saved draft that could not be opened is replaced now, as the notice said.
      else next = { ...next, loadProblems: [] };
    }
    this.session = next;
  }

  /** Changes what is kept for the chosen widget. @internal */
  changeWidget(patch: Partial<WidgetState>, session?: Partial<Session>): void {
    this.change({ widgets: withWidget(this.state, this.state.kind, patch).widgets }, session);
  }

  /** Asks to start over: opens the confirmation dialog. */
  askReset(): void {
    this.dialog?.showModal();
  }

  private reset(): void {
    clearState();
    this.state = defaultState();
    this.lastValidByKind.clear();
    this.session = { ...newSession(this.state), notice: this.s.resetDone };
    this.dialog?.close();
  }

  private switchLanguage(): void {
    this.change({ uiLang: this.language === 'en' ? 'da' : 'en' }, { loadMessage: undefined });
  }

  protected override render(): TemplateResult {
    const { s } = this;
    return html`<div class="base builder" part="base" lang=${this.language}>
      <div class="toolbar">
        <button
          type="button"
          class="button"
          lang=${this.language === 'en' ? 'da' : 'en'}
          aria-label=${s.languageSwitchLabel}
          @click=${this.switchLanguage}
        >
          ${s.languageSwitch}
        </button>
        <button type="button" class="button" @click=${this.askReset}>${s.reset}</button>
      </div>
      <p class="status" role="status">${this.session.notice}</p>
      ${this.renderLoadProblems(s)} ${chooseStep(this)} ${startStep(this)} ${contentStep(this)}
      ${lookStep(this)} ${previewStep(this)} ${placeStep(this)} ${this.renderResetDialog(s)}
    </div>`;
  }

  /** What of the saved draft could not be opened, and the way to start over. */
  private renderLoadProblems(s: BuilderStrings): TemplateResult | typeof nothing {
    const problems = this.session.loadProblems;
    if (!problems.length) return nothing;
    return html`<div class="stored" role="alert">
      ${problems.map((problem) => html`<p>${loadMessage(problem, this.language)}</p>`)}
      <p>${s.storedChoice}</p>
      <div class="row">
        <button type="button" class="button" @click=${this.askReset}>${s.storedReset}</button>
      </div>
    </div>`;
  }

  private renderResetDialog(s: BuilderStrings): TemplateResult {
    return html`<dialog aria-labelledby="reset-heading" aria-describedby="reset-text">
      <h2 id="reset-heading">${s.resetTitle}</h2>
      <p id="reset-text">${s.resetText}</p>
      <div class="row">
        <button type="button" class="button" autofocus @click=${() => this.dialog?.close()}>
          ${s.resetCancel}
        </button>
        <button type="button" class="button danger" @click=${this.reset}>${s.resetConfirm}</button>
      </div>
    </dialog>`;
  }
}

import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../archetype-quiz/define.js';
import { contrastRatio, HEX_COLOR, TEXT_CONTRAST } from '../core/contrast.js';
import { format } from '../core/format.js';
import { LangController } from '../core/lang.js';
import type { ValidationResult } from '../core/problems.js';
import { baseStyles } from '../core/styles.js';
import { problemMessage } from '../core/validate.js';
import { readStored, removeStored, writeStored } from '../controllers/storage.js';
import '../strategy-wheel/define.js';
import type { StrategyWheelContent } from '../strategy-wheel/index.js';
import '../tip-carousel/define.js';
import type {
  BuilderLang,
  ContentForm,
  ContentProblem,
  DraftChangeEvent,
  WidgetKind,
} from './builder-types.js';
import { da } from './embed-builder.da.js';
import { en } from './embed-builder.en.js';
import type { BuilderStrings } from './embed-builder.strings.js';
import { builderStyles } from './embed-builder.styles.js';
import { isWidgetKind, KINDS, toDraft, WIDGET_KINDS } from './kinds.js';
import { placeOf } from './places.js';
import {
  DEFAULT_LOOK,
  FONTS,
  lookCss,
  lookProperties,
  ON_ACCENT,
  RADII,
  SURFACE,
  toLook,
  type Look,
} from './look.js';
import { buildSnippet, toBase, toFileName, type ContentMode } from './snippet.js';

/** Where the draft is kept in `localStorage`. */
export const STORAGE_KEY = 'digi-builder:v1';
const STORAGE_VERSION = '1';
const DEFAULT_CSS_NAME = 'digileder-udseende.css';

type Width = 'desktop' | 'phone';

/** Everything the builder keeps between visits. */
interface Saved {
  kind: WidgetKind;
  drafts: Partial<Record<WidgetKind, unknown>>;
  langs: Partial<Record<WidgetKind, BuilderLang>>;
  look: Look;
  width: Width;
  mode: ContentMode;
  base?: string | undefined;
  jsonNames: Partial<Record<WidgetKind, string>>;
  settings: Partial<Record<WidgetKind, WidgetSettings>>;
  cssName: string;
  uiLang?: BuilderLang | undefined;
}

/** What an editor can set on the element besides its content. */
interface WidgetSettings {
  /** The `label` attribute: the widget's accessible name. */
  label?: string | undefined;
  /** The widget's on/off attribute (autoplay, persist or rotate). */
  flag?: boolean | undefined;
}

interface Message {
  readonly text: string;
  readonly error: boolean;
}

const isLang = (value: unknown): value is BuilderLang => value === 'da' || value === 'en';
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/**
 * The editor's embed builder: choose a widget, start from built-in content or a JSON file, edit
 * the content in a form, set the look, preview it at desktop and phone width, and copy the
 * snippet for the page. The draft is kept in `localStorage` under `digi-builder:v1`.
 *
 * Not part of the widget bundles: the builder page (`builder/index.html`, built to
 * `dist/builder/`) loads it through `src/builder/define.ts`, which also registers the forms.
 *
 * @summary Builds a widget with the editor's own content, and the snippet that embeds it.
 * @csspart base - The wrapper around the whole builder.
 */
export class DigiEmbedBuilder extends LitElement {
  static override styles = [baseStyles, builderStyles];

  /** The default hosting folder of the widget files; `../cdn/` beside the builder when unset. */
  @property({ attribute: 'default-base' }) defaultBase?: string;

  @state() private uiLang?: BuilderLang;
  @state() private kind: WidgetKind = 'tip-carousel';
  @state() private drafts: Partial<Record<WidgetKind, unknown>> = {};
  @state() private langs: Partial<Record<WidgetKind, BuilderLang>> = {};
  @state() private look: Look = { ...DEFAULT_LOOK };
  @state() private accentText = DEFAULT_LOOK.accent;
  @state() private width: Width = 'desktop';
  @state() private mode: ContentMode = 'inline';
  @state() private baseText?: string;
  @state() private jsonNames: Partial<Record<WidgetKind, string>> = {};
  @state() private settings: Partial<Record<WidgetKind, WidgetSettings>> = {};
  @state() private cssName = DEFAULT_CSS_NAME;
  @state() private pasteText = '';
  @state() private loadMessage?: Message;
  @state() private notice = '';
  @state() private copyStatus = '';
  @state() private snippetRequested = false;
  @state() private alertProblems = false;
  /** The tip or theme (index) whose field the editor was last in: the preview shows it. */
  @state() private followed?: { kind: WidgetKind; index: number };

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('#snippet') private snippetArea?: HTMLTextAreaElement;
  @query('#blocked') private blockedBox?: HTMLElement;

  private readonly langController = new LangController(this);
  private readonly results = new WeakMap<object, ValidationResult<unknown>>();
  private readonly lastValid = new Map<WidgetKind, unknown>();
  private restored = false;

  /** The builder's language: the one chosen with the switch, else the page's. */
  get language(): BuilderLang {
    return this.uiLang ?? this.langController.lang;
  }

  private get t(): BuilderStrings {
    return this.language === 'en' ? en : da;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.restored) {
      this.restored = true;
      this.restore(readStored(STORAGE_KEY, STORAGE_VERSION));
    }
  }

  protected override updated(): void {
    // The look goes on the preview through the CSSOM: a style attribute (what styleMap writes
    // first) is blocked by a strict Content-Security-Policy, the builder page's own included.
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (!frame) return;
    const properties = lookProperties(this.look);
    for (const name of ['--digi-color-accent', '--digi-font-family', '--digi-radius']) {
      const value = properties[name];
      if (value === undefined) frame.style.removeProperty(name);
      else frame.style.setProperty(name, value);
    }
  }

  /** Asks to start over: opens the confirmation dialog. */
  askReset(): void {
    this.dialog?.showModal();
  }

  /** The draft of the chosen widget, made from built-in content when there is none yet. */
  private get draft(): unknown {
    let draft = this.drafts[this.kind];
    if (draft === undefined) {
      // Made while rendering: kept, with its language, without asking for another update.
      const lang = this.contentLang;
      draft = KINDS[this.kind].builtin(lang);
      this.drafts[this.kind] = draft;
      this.langs[this.kind] = lang;
    }
    return draft;
  }

  private get contentLang(): BuilderLang {
    return this.langs[this.kind] ?? this.language;
  }

  /** The chosen widget's draft, validated with the widget's own schema and check. */
  private get result(): ValidationResult<unknown> {
    const draft = this.draft;
    const key = record(draft);
    let result = this.results.get(key);
    if (!result) {
      result = KINDS[this.kind].validate(draft);
      this.results.set(key, result);
    }
    if (result.ok) this.lastValid.set(this.kind, result.data);
    return result;
  }

  private get problems(): readonly ContentProblem[] {
    const result = this.result;
    return result.ok ? [] : result.problems;
  }

  private get base(): string | undefined {
    return toBase(this.baseText ?? this.defaultBase ?? new URL('../cdn/', location.href).href);
  }

  private get jsonName(): string {
    return this.jsonNames[this.kind] ?? KINDS[this.kind].fileName;
  }

  /** The element's attributes besides `lang` and `src`, from the editor's settings. */
  private get elementAttributes(): Record<string, string | true> {
    const settings = this.settings[this.kind] ?? {};
    const attributes: Record<string, string | true> = {};
    const label = settings.label?.trim();
    if (label) attributes['label'] = label;
    if (settings.flag) attributes[KINDS[this.kind].flag] = true;
    return attributes;
  }

  private restore(value: unknown): void {
    const saved = record(value);
    if (isWidgetKind(saved['kind'])) this.kind = saved['kind'];
    const drafts = record(saved['drafts']);
    const langs = record(saved['langs']);
    const names = record(saved['jsonNames']);
    const settings = record(saved['settings']);
    for (const kind of WIDGET_KINDS) {
      const shaped = toDraft(drafts[kind]);
      if (shaped?.kind === kind) this.drafts[kind] = shaped.draft;
      if (isLang(langs[kind])) this.langs[kind] = langs[kind];
      if (typeof names[kind] === 'string') this.jsonNames[kind] = names[kind];
      const set = record(settings[kind]);
      this.settings[kind] = {
        label: typeof set['label'] === 'string' ? set['label'] : undefined,
        flag: set['flag'] === true,
      };
    }
    this.look = toLook(saved['look']);
    this.accentText = this.look.accent;
    if (saved['width'] === 'phone') this.width = 'phone';
    if (saved['mode'] === 'src') this.mode = 'src';
    if (typeof saved['base'] === 'string') this.baseText = saved['base'];
    if (typeof saved['cssName'] === 'string') this.cssName = saved['cssName'];
    if (isLang(saved['uiLang'])) this.uiLang = saved['uiLang'];
  }

  /** Keeps the draft; tells the editor once when the browser refuses. */
  private save(): void {
    const saved: Saved = {
      kind: this.kind,
      drafts: this.drafts,
      langs: this.langs,
      look: this.look,
      width: this.width,
      mode: this.mode,
      base: this.baseText,
      jsonNames: this.jsonNames,
      settings: this.settings,
      cssName: this.cssName,
      uiLang: this.uiLang,
    };
    if (!writeStored(STORAGE_KEY, STORAGE_VERSION, saved)) this.notice = this.t.storageFailed;
  }

  private setDraft(kind: WidgetKind, draft: unknown): void {
    this.drafts = { ...this.drafts, [kind]: draft };
    this.alertProblems = false;
    this.copyStatus = '';
  }

  private handleDraftChange(event: DraftChangeEvent): void {
    event.stopPropagation();
    this.setDraft(this.kind, event.draft);
    this.save();
  }

  private handleKind(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (!isWidgetKind(value)) return;
    this.kind = value;
    this.loadMessage = undefined;
    this.copyStatus = '';
    this.alertProblems = false;
    this.save();
  }

  private startFromBuiltin(lang: BuilderLang): void {
    this.langs = { ...this.langs, [this.kind]: lang };
    this.setDraft(this.kind, KINDS[this.kind].builtin(lang));
    this.loadMessage = { text: format(this.t.loaded, { problems: '' }).trim(), error: false };
    this.save();
  }

  private handleContentLang(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isLang(value)) this.langs = { ...this.langs, [this.kind]: value };
    this.save();
  }

  private async handleFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.loadMessage = { text: this.t.readFailed, error: true };
      return;
    } finally {
      // Choosing the same file again (after fixing it elsewhere) is a change too.
      input.value = '';
    }
    this.loadJson(text);
  }

  private handlePaste(): void {
    if (!this.pasteText.trim()) {
      this.loadMessage = { text: this.t.pasteEmpty, error: true };
      return;
    }
    this.loadJson(this.pasteText);
  }

  /** Loads a JSON document as the draft of the widget it is for; says what happened. */
  private loadJson(text: string): void {
    const s = this.t;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.loadMessage = { text: s.invalidJson, error: true };
      return;
    }
    const shaped = toDraft(json);
    if (!shaped) {
      this.loadMessage = { text: s.notContent, error: true };
      return;
    }
    const other = shaped.kind !== this.kind;
    this.kind = shaped.kind;
    this.setDraft(shaped.kind, shaped.draft);
    this.loadMessage = {
      text: format(other ? s.loadedOther : s.loaded, {
        kind: s[`kind.${shaped.kind}`],
        problems: this.countText(),
      }),
      error: false,
    };
    this.save();
  }

  private countText(): string {
    const count = this.problems.length;
    const s = this.t;
    return count === 0
      ? s.problemsNone
      : count === 1
        ? s.problemsOne
        : format(s.problemsMany, { count });
  }

  private focusProblem(problem: ContentProblem): void {
    const form = this.renderRoot.querySelector<HTMLElement & Partial<ContentForm<unknown>>>(
      KINDS[this.kind].formTag,
    );
    if (form?.focusField?.(problem.path)) return;
    form?.focus();
  }

  private handleAccentPicker(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.look = { ...this.look, accent: value };
    this.accentText = value;
    this.save();
  }

  private handleAccentText(event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    this.accentText = value;
    if (HEX_COLOR.test(value)) {
      this.look = { ...this.look, accent: value.toLowerCase() };
      this.save();
    }
  }

  private handleLook(key: 'font' | 'radius', event: Event): void {
    this.look = { ...this.look, [key]: (event.target as HTMLSelectElement).value };
    this.save();
  }

  private handleWidth(event: Event): void {
    this.width = (event.target as HTMLInputElement).value === 'phone' ? 'phone' : 'desktop';
    this.save();
  }

  private handleMode(event: Event): void {
    this.mode = (event.target as HTMLInputElement).value === 'src' ? 'src' : 'inline';
    this.copyStatus = '';
    this.save();
  }

  private handleText(key: 'base' | 'json' | 'css', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (key === 'base') this.baseText = value;
    else if (key === 'json') this.jsonNames = { ...this.jsonNames, [this.kind]: value };
    else this.cssName = value;
    this.copyStatus = '';
    this.save();
  }

  private handleSetting(key: keyof WidgetSettings, event: Event): void {
    const input = event.target as HTMLInputElement;
    const value = key === 'flag' ? input.checked : input.value;
    this.settings = {
      ...this.settings,
      [this.kind]: { ...this.settings[this.kind], [key]: value },
    };
    this.copyStatus = '';
    this.save();
  }

  private switchLanguage(): void {
    this.uiLang = this.language === 'en' ? 'da' : 'en';
    this.loadMessage = undefined;
    this.save();
  }

  private reset(): void {
    removeStored(STORAGE_KEY);
    this.kind = 'tip-carousel';
    this.drafts = {};
    this.langs = {};
    this.look = { ...DEFAULT_LOOK };
    this.accentText = DEFAULT_LOOK.accent;
    this.width = 'desktop';
    this.mode = 'inline';
    this.baseText = undefined;
    this.jsonNames = {};
    this.settings = {};
    this.cssName = DEFAULT_CSS_NAME;
    this.pasteText = '';
    this.loadMessage = undefined;
    this.copyStatus = '';
    this.snippetRequested = false;
    this.alertProblems = false;
    this.lastValid.clear();
    this.uiLang = undefined;
    this.dialog?.close();
    this.notice = this.t.resetDone;
  }

  /** The snippet for the chosen widget, or `undefined` while the draft or a setting is invalid. */
  private snippet(): string | undefined {
    const result = this.result;
    const base = this.base;
    const css = lookCss(this.look);
    const jsonName = toFileName(this.jsonName, 'json');
    const cssName = toFileName(this.cssName, 'css');
    if (!result.ok || !base || (this.mode === 'src' && !jsonName) || (css && !cssName))
      return undefined;
    return buildSnippet({
      kind: this.kind,
      content: result.data,
      lang: this.contentLang,
      attributes: this.elementAttributes,
      base,
      mode: this.mode,
      jsonName: jsonName ?? '',
      cssName: css ? cssName : undefined,
    });
  }

  private async makeSnippet(): Promise<void> {
    this.snippetRequested = true;
    this.copyStatus = '';
    this.alertProblems = !this.result.ok;
    await this.updateComplete;
    const area = this.snippetArea;
    // The caret at the start, so the code shows from its first line.
    area?.setSelectionRange(0, 0);
    (area ?? this.blockedBox)?.focus();
  }

  private async copy(): Promise<void> {
    const text = this.snippet();
    const area = this.snippetArea;
    if (!text || !area) return;
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = this.t.copied;
    } catch {
      area.focus();
      area.select();
      // The old way, for browsers that refuse the clipboard API here (no secure context).
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      this.copyStatus = document.execCommand('copy') ? this.t.copied : this.t.copyFailed;
    }
  }

  private download(name: string, text: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = name;
    anchor.hidden = true;
    this.renderRoot.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
  }

  /** The content as a file: to host (mode `src`), or to keep and open again later. */
  private downloadJson(): void {
    const result = this.result;
    const name = toFileName(this.jsonName, 'json') ?? KINDS[this.kind].fileName;
    if (result.ok)
      this.download(name, `${JSON.stringify(result.data, null, 2)}\n`, 'application/json');
  }

  private downloadCss(): void {
    const css = lookCss(this.look);
    const name = toFileName(this.cssName, 'css');
    if (css && name) this.download(name, css, 'text/css');
  }

  protected override render(): TemplateResult {
    const s = this.t;
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
      <p class="status" role="status">${this.notice}</p>
      ${this.renderWidgetStep(s)} ${this.renderStartStep(s)} ${this.renderContentStep(s)}
      ${this.renderLookStep(s)} ${this.renderPreviewStep(s)} ${this.renderSnippetStep(s)}
      ${this.renderResetDialog(s)}
    </div>`;
  }

  private renderWidgetStep(s: BuilderStrings): TemplateResult {
    return html`<section class="step">
      <fieldset>
        <legend><h2>${s.widgetHeading}</h2></legend>
        <p class="hint" id="widget-hint">${s.widgetHint}</p>
        ${WIDGET_KINDS.map(
          (kind) =>
            html`<label class="choice">
              <input
                type="radio"
                name="kind"
                value=${kind}
                .checked=${kind === this.kind}
                aria-describedby="widget-hint"
                @change=${this.handleKind}
              />
              ${s[`kind.${kind}`]}
            </label>`,
        )}
      </fieldset>
    </section>`;
  }

  private renderStartStep(s: BuilderStrings): TemplateResult {
    const message = this.loadMessage;
    return html`<section class="step" aria-labelledby="start-heading">
      <h2 id="start-heading">${s.startHeading}</h2>
      <p class="hint">${s.startHint}</p>
      <div class="row">
        <button type="button" class="button" @click=${() => this.startFromBuiltin('da')}>
          ${s.startDa}
        </button>
        <button type="button" class="button" @click=${() => this.startFromBuiltin('en')}>
          ${s.startEn}
        </button>
      </div>
      <div class="field">
        <label for="file">${s.openFile}</label>
        <span class="hint" id="file-hint">${s.openFileHint}</span>
        <input
          id="file"
          type="file"
          accept=".json,application/json"
          aria-describedby="file-hint"
          @change=${this.handleFile}
        />
      </div>
      <div class="field">
        <label for="paste">${s.pasteLabel}</label>
        <span class="hint" id="paste-hint">${s.pasteHint}</span>
        <textarea
          id="paste"
          rows="4"
          spellcheck="false"
          aria-describedby="paste-hint"
          .value=${this.pasteText}
          @input=${(e: Event) => {
            this.pasteText = (e.target as HTMLTextAreaElement).value;
          }}
        ></textarea>
        <div>
          <button type="button" class="button" @click=${this.handlePaste}>${s.pasteButton}</button>
        </div>
      </div>
      <p class="message" role="status">${message && !message.error ? message.text : nothing}</p>
      <p class="message error" role="alert">${message?.error ? message.text : nothing}</p>
      <div class="field">
        <label for="content-lang">${s.contentLang}</label>
        <select id="content-lang" @change=${this.handleContentLang}>
          <option value="da" lang="da" ?selected=${this.contentLang === 'da'}>Dansk</option>
          <option value="en" lang="en" ?selected=${this.contentLang === 'en'}>English</option>
        </select>
      </div>
    </section>`;
  }

  private renderContentStep(s: BuilderStrings): TemplateResult {
    const problems = this.problems;
    return html`<section class="step" aria-labelledby="content-heading">
      <h2 id="content-heading">${s.contentHeading}</h2>
      <p class="hint">${s.contentHint}</p>
      <p class="count" role="status" data-ok=${problems.length === 0}>${this.countText()}</p>
      ${problems.length ? this.renderSummary(s, problems, 'summary') : nothing} ${this.renderForm()}
    </section>`;
  }

  private renderSummary(
    s: BuilderStrings,
    problems: readonly ContentProblem[],
    id: string,
  ): TemplateResult {
    return html`<div class="summary" role="group" aria-labelledby="${id}-heading">
      <h3 id="${id}-heading">${s.summaryHeading}</h3>
      <p class="hint">${s.summaryHint}</p>
      <ul>
        ${problems.map((problem) => {
          const lang = this.language;
          const sentence = `${placeOf(problem.path, lang) || s.wholeContent}: ${problemMessage(problem, lang)}`;
          return html`<li>
            ${
              problem.path
                ? html`<button
                    type="button"
                    class="link"
                    @click=${() => this.focusProblem(problem)}
                  >
                    ${sentence}
                    <code class="path" aria-hidden="true">${problem.path}</code>
                  </button>`
                : sentence
            }
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const draft = this.draft;
    const problems = this.problems;
    const lang = this.language;
    switch (this.kind) {
      case 'tip-carousel':
        return html`<digi-builder-tips-form
          .draft=${draft}
          .problems=${problems}
          .lang=${lang}
          @draft-change=${this.handleDraftChange}
          @focusin=${this.followFocus}
        ></digi-builder-tips-form>`;
      case 'archetype-quiz':
        return html`<digi-builder-quiz-form
          .draft=${draft}
          .problems=${problems}
          .lang=${lang}
          @draft-change=${this.handleDraftChange}
          @focusin=${this.followFocus}
        ></digi-builder-quiz-form>`;
      case 'strategy-wheel':
        return html`<digi-builder-wheel-form
          .draft=${draft}
          .problems=${problems}
          .lang=${lang}
          @draft-change=${this.handleDraftChange}
          @focusin=${this.followFocus}
        ></digi-builder-wheel-form>`;
    }
  }

  /** The preview shows the tip or theme whose field the editor is in, also as they type. */
  private followFocus(event: FocusEvent): void {
    const field = event.composedPath()[0];
    const match = field instanceof Element ? /^f-(?:tips|themes)-(\d+)-/.exec(field.id) : null;
    if (match) this.followed = { kind: this.kind, index: Number(match[1]) };
  }

  private followedIndex(): number | undefined {
    return this.followed?.kind === this.kind ? this.followed.index : undefined;
  }

  private renderLookStep(s: BuilderStrings): TemplateResult {
    const look = this.look;
    const accentValid = HEX_COLOR.test(this.accentText);
    const ratios = [
      { text: s.contrastOnAccent, ratio: contrastRatio(look.accent, ON_ACCENT) },
      { text: s.contrastOnSurface, ratio: contrastRatio(look.accent, SURFACE) },
    ];
    const number = new Intl.NumberFormat(this.language, { maximumFractionDigits: 2 });
    return html`<section class="step" aria-labelledby="look-heading">
      <h2 id="look-heading">${s.lookHeading}</h2>
      <p class="hint">${s.lookHint}</p>
      <div class="field">
        <label for="accent">${s.accent}</label>
        <input
          id="accent"
          type="color"
          .value=${look.accent.length === 4 ? look.accent.replace(/\w/g, '$&$&') : look.accent}
          @input=${this.handleAccentPicker}
        />
      </div>
      <div class="field">
        <label for="accent-text">${s.accentText}</label>
        <span class="hint" id="accent-hint">${s.accentTextHint}</span>
        <input
          id="accent-text"
          type="text"
          spellcheck="false"
          autocomplete="off"
          .value=${this.accentText}
          aria-invalid=${accentValid ? 'false' : 'true'}
          aria-describedby=${accentValid ? 'accent-hint' : 'accent-hint accent-error'}
          @input=${this.handleAccentText}
        />
        ${accentValid ? nothing : html`<span class="error" id="accent-error">${s.accentInvalid}</span>`}
      </div>
      <div class="field">
        <label for="font">${s.font}</label>
        <select id="font" @change=${(e: Event) => this.handleLook('font', e)}>
          ${FONTS.map(
            (font) =>
              html`<option value=${font.value} ?selected=${font.value === look.font}>
                ${font.label[this.language]}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="radius">${s.radius}</label>
        <select id="radius" @change=${(e: Event) => this.handleLook('radius', e)}>
          ${RADII.map(
            (radius) =>
              html`<option value=${radius.value} ?selected=${radius.value === look.radius}>
                ${radius.label[this.language]}
              </option>`,
          )}
        </select>
      </div>
      <div class="contrast" role="group" aria-labelledby="contrast-heading">
        <h3 id="contrast-heading">${s.contrastHeading}</h3>
        <ul>
          ${ratios.map(({ text, ratio }) => {
            const low = ratio < TEXT_CONTRAST;
            const shown = number.format(Math.floor(ratio * 100) / 100);
            return html`<li class=${low ? 'low' : 'ok'} data-ratio=${ratio.toFixed(2)}>
              <span class="swatch" aria-hidden="true">${low ? '!' : '✓'}</span>
              <span
                >${format(text, { ratio: shown })}
                <strong>${low ? s.contrastLow : s.contrastOk}</strong></span
              >
            </li>`;
          })}
        </ul>
      </div>
    </section>`;
  }

  private renderPreviewStep(s: BuilderStrings): TemplateResult {
    const result = this.result;
    const content = result.ok ? result.data : this.lastValid.get(this.kind);
    const stale = !result.ok;
    return html`<section class="step preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${s.previewHeading}</h2>
      <p class="hint">${s.previewHint}</p>
      <fieldset class="inline">
        <legend>${s.width}</legend>
        ${(['desktop', 'phone'] as const).map(
          (width) =>
            html`<label class="choice">
              <input
                type="radio"
                name="width"
                value=${width}
                .checked=${this.width === width}
                @change=${this.handleWidth}
              />
              ${width === 'phone' ? s.widthPhone : s.widthDesktop}
            </label>`,
        )}
      </fieldset>
      ${
        stale
          ? html`<p class="note">${content === undefined ? s.previewNone : s.previewStale}</p>`
          : nothing
      }
      ${
        content === undefined
          ? nothing
          : html`<div class="frame" data-width=${this.width} data-stale=${stale} ?inert=${stale}>
              ${this.renderWidget(content)}
            </div>`
      }
    </section>`;
  }

  private renderWidget(content: unknown): TemplateResult {
    const lang = this.contentLang;
    const { label, flag = false } = this.settings[this.kind] ?? {};
    const name = label?.trim() || undefined;
    const followed = this.followedIndex();
    // No `persist` here: the preview must not keep answers in the editor's browser.
    switch (this.kind) {
      case 'tip-carousel':
        return html`<digi-tip-carousel
          lang=${lang}
          label=${ifDefined(name)}
          start=${ifDefined(followed === undefined ? undefined : String(followed + 1))}
          ?autoplay=${flag}
          .content=${content}
        ></digi-tip-carousel>`;
      case 'archetype-quiz':
        return html`<digi-archetype-quiz
          lang=${lang}
          label=${ifDefined(name)}
          .content=${content}
        ></digi-archetype-quiz>`;
      case 'strategy-wheel':
        return html`<digi-strategy-wheel
          lang=${lang}
          label=${ifDefined(name)}
          selected=${ifDefined(
            followed === undefined
              ? undefined
              : (content as StrategyWheelContent).themes[followed]?.id,
          )}
          ?rotate=${flag}
          .content=${content}
        ></digi-strategy-wheel>`;
    }
  }

  private renderSettings(s: BuilderStrings): TemplateResult {
    const settings = this.settings[this.kind] ?? {};
    const flag = KINDS[this.kind].flag;
    return html`<fieldset>
      <legend>${s.settings}</legend>
      <div class="field">
        <label for="label">${s.widgetLabel}</label>
        <span class="hint" id="label-hint">${s.widgetLabelHint}</span>
        <input
          id="label"
          type="text"
          autocomplete="off"
          .value=${settings.label ?? ''}
          aria-describedby="label-hint"
          @input=${(e: Event) => this.handleSetting('label', e)}
        />
      </div>
      <label class="choice">
        <input
          type="checkbox"
          name="flag"
          .checked=${settings.flag === true}
          @change=${(e: Event) => this.handleSetting('flag', e)}
        />
        ${s[`flag.${flag}`]}
      </label>
    </fieldset>`;
  }

  private renderSnippetStep(s: BuilderStrings): TemplateResult {
    const base = this.base;
    const css = lookCss(this.look);
    const jsonValid = toFileName(this.jsonName, 'json') !== undefined;
    const cssValid = toFileName(this.cssName, 'css') !== undefined;
    return html`<section class="step" aria-labelledby="snippet-heading">
      <h2 id="snippet-heading">${s.snippetHeading}</h2>
      <p class="hint">${s.snippetHint}</p>
      ${this.renderTextField('base', s.base, s.baseHint, this.baseText ?? base ?? '', base ? undefined : s.baseInvalid, 'url')}
      ${this.renderSettings(s)}
      <fieldset>
        <legend>${s.mode}</legend>
        ${(['inline', 'src'] as const).map(
          (mode) =>
            html`<label class="choice">
              <input
                type="radio"
                name="mode"
                value=${mode}
                .checked=${this.mode === mode}
                @change=${this.handleMode}
              />
              ${mode === 'src' ? s.modeSrc : s.modeInline}
            </label>`,
        )}
      </fieldset>
      ${
        this.mode === 'src'
          ? this.renderTextField(
              'json',
              s.jsonName,
              s.jsonNameHint,
              this.jsonName,
              jsonValid
                ? undefined
                : format(s.fileNameInvalid, { ext: 'json', example: KINDS[this.kind].fileName }),
            )
          : nothing
      }
      ${
        css
          ? html`<p class="hint">${s.cssWhy}</p>
              ${this.renderTextField(
                'css',
                s.cssName,
                s.cssNameHint,
                this.cssName,
                cssValid
                  ? undefined
                  : format(s.fileNameInvalid, { ext: 'css', example: DEFAULT_CSS_NAME }),
              )}`
          : html`<p class="hint">${s.noCss}</p>`
      }
      <div class="row">
        <button type="button" class="button primary" @click=${this.makeSnippet}>
          ${s.makeSnippet}
        </button>
      </div>
      ${this.snippetRequested ? this.renderSnippet(s, css) : nothing}
    </section>`;
  }

  private renderTextField(
    id: 'base' | 'json' | 'css',
    label: string,
    hint: string,
    value: string,
    error: string | undefined,
    type = 'text',
  ): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <span class="hint" id="${id}-hint">${hint}</span>
      <input
        id=${id}
        type=${type}
        spellcheck="false"
        autocomplete="off"
        .value=${value}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
        @input=${(e: Event) => this.handleText(id, e)}
      />
      ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
    </div>`;
  }

  private renderSnippet(s: BuilderStrings, css: string): TemplateResult {
    const problems = this.problems;
    const snippet = this.snippet();
    if (snippet === undefined) {
      return html`<div
        id="blocked"
        class="blocked"
        tabindex="-1"
        role=${this.alertProblems ? 'alert' : 'group'}
        aria-labelledby="blocked-heading"
      >
        <h3 id="blocked-heading">${s.blockedHeading}</h3>
        ${
          problems.length
            ? html`<p>${s.blockedText}</p>
                ${this.renderSummary(s, problems, 'blocked-summary')}`
            : html`<p>${s.blockedSettings}</p>`
        }
      </div>`;
    }
    return html`<div class="field">
        <label for="snippet">${s.snippetLabel}</label>
        <textarea
          id="snippet"
          class="code"
          readonly
          rows="10"
          spellcheck="false"
          .value=${snippet}
        ></textarea>
      </div>
      <div class="row">
        <button type="button" class="button primary" @click=${this.copy}>${s.copy}</button>
        <button type="button" class="button" @click=${this.downloadJson}>
          ${this.mode === 'src' ? s.downloadJson : s.saveJson}
        </button>
        ${
          css
            ? html`<button type="button" class="button" @click=${this.downloadCss}>
                ${s.downloadCss}
              </button>`
            : nothing
        }
      </div>
      <p class="message" role="status">${this.copyStatus}</p>`;
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

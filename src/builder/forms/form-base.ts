// What the three content forms share: the ContentForm properties, labelled fields, links and ids,
// and the edit cycle (a new draft to the shell; focus and announcement once it comes back). Where
// problems are shown is problem-places.ts; list editing with undo is list-editor.ts.
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { baseStyles } from '../../core/styles.js';
import { problemMessage } from '../../core/validate.js';
import {
  DraftChangeEvent,
  fieldId,
  type BuilderLang,
  type ContentForm,
  type ContentProblem,
} from '../builder-types.js';
import {
  describedBy,
  type FieldOptions,
  type FormHost,
  type ListOptions,
  type Pending,
} from './form-host.js';
import { da } from './forms.da.js';
import { en } from './forms.en.js';
import type { FormStrings } from './forms.strings.js';
import { formStyles } from './forms-styles.js';
import { ListEditor, type StringListOptions } from './list-editor.js';
import { join, REMOVE, setIn, slug, uniqueId } from './paths.js';
import { ProblemPlaces } from './problem-places.js';

export type { FieldOptions, ListOptions } from './form-host.js';

/**
 * The base of the content forms: renders `draft` with {@link renderForm}, fires
 * {@link DraftChangeEvent} on every edit, and shows each of `problems` at the field, item or list
 * its path names (a path with no field of its own goes to the nearest one that has).
 *
 * @internal
 */
export abstract class BuilderFormBase<T extends object>
  extends LitElement
  implements ContentForm<T>, FormHost
{
  static override styles = [baseStyles, formStyles];

  /** The content being edited; the form renders from it and keeps no copy. */
  @property({ attribute: false }) draft!: T;

  /** The validation problems of `draft` (all of them; each is shown at its field). */
  @property({ attribute: false }) problems: readonly ContentProblem[] = [];

  /** The builder's language, for labels and messages. */
  @property({ reflect: true }) override lang: BuilderLang = 'da';

  @state() private announcement = '';

  /** Where each problem is shown. @internal */
  readonly places = new ProblemPlaces();

  /** The lists' buttons and undo. */
  protected readonly lists = new ListEditor(this);

  private pending: Pending | undefined;

  /** The draft this form fired last: a draft other than it comes from elsewhere (a new file). */
  private fired: T | undefined;

  /**
   * Ids this form made (for new items, from their titles). Only these follow a title as it is
   * typed; ids that came with the content stay as they are, since snippets and saved answers
   * may name them.
   */
  private readonly madeIds = new Set<string>();

  /** The form's strings in its language. @internal */
  get s(): FormStrings {
    return this.lang === 'en' ? en : da;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draft') && this.draft !== this.fired) {
      // Content from elsewhere: nothing to undo or focus in it.
      this.lists.forget();
      this.pending = undefined;
    }
    if (changed.has('draft') && this.pending?.message) {
      this.announce(this.pending.message);
      this.pending = { ...this.pending, message: undefined };
    }
    const drafted = (this.draft as T | undefined) !== undefined;
    this.places.place(this.problems, drafted ? () => this.renderForm() : undefined);
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('draft') && this.pending) {
      const { focus } = this.pending;
      this.pending = undefined;
      focus?.()?.focus();
    }
    // A disclosure opens when a problem is inside; the editor closes it again.
    for (const details of this.renderRoot.querySelectorAll<HTMLDetailsElement>(
      'details:not([open])',
    )) {
      if (details.querySelector('.errors')) details.open = true;
    }
  }

  /**
   * Moves focus to the field `path` names, or to the nearest item or list holding it. False when
   * the form has nothing for that path.
   */
  focusField(path: string): boolean {
    const target = this.renderRoot.querySelector<HTMLElement>(
      `#${fieldId(this.places.homeOf(path))}`,
    );
    if (!target || target.hidden) return false;
    for (let node = target.parentElement; node; node = node.parentElement) {
      if (node instanceof HTMLDetailsElement) node.open = true;
    }
    if (!target.matches('input, select, textarea, button')) {
      // A list, item or group takes focus only here, and gives it up when left.
      target.tabIndex = -1;
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
    return true;
  }

  /** The form's fields for the draft. */
  protected abstract renderForm(): TemplateResult;

  override render(): TemplateResult {
    if ((this.draft as T | undefined) === undefined) return html``;
    const root = this.places.at('');
    return html`<div class="base form">
      <div id=${fieldId('')} ?hidden=${!root.length}>
        ${this.renderMessages('', this.s.contentProblem)}
      </div>
      ${this.renderForm()}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  /** A new id, `base` or `base-2` …, free among `taken`; it will follow its item's title. */
  protected makeId(base: string, taken: Iterable<unknown>): string {
    const id = uniqueId(base, new Set([...taken].map(String)));
    this.madeIds.add(id);
    return id;
  }

  /**
   * The id of an item whose title is now `title`: made from the title when the form made the
   * current id (or `fallback` while the title has no letters), else `id` unchanged.
   */
  protected idFor(id: unknown, title: string, fallback: string, taken: Iterable<unknown>): unknown {
    if (typeof id !== 'string' || !this.madeIds.has(id)) return id;
    return this.makeId(slug(title) || fallback, taken);
  }

  /** Hands a new draft to the shell; `pending` runs once the shell has handed it back. */
  commit(draft: T, pending?: Pending): void {
    this.pending = pending;
    this.fired = draft;
    this.dispatchEvent(new DraftChangeEvent<T>(draft));
  }

  /** Sets `path` to `value` (or removes it, for {@link REMOVE}) and commits. */
  protected edit(path: string, value: unknown): void {
    this.commit(setIn(this.draft, path, value));
  }

  /** Says `message` in the polite live region. */
  protected announce(message: string): void {
    // A repeated message must still change the region's text to be read again.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  /** Marks `path` as a place where problems are shown; returns its DOM id. */
  protected claim(path: string): string {
    return this.places.claim(path);
  }

  /** Whether `path` has problems shown there. */
  protected hasProblems(path: string): boolean {
    return this.places.at(path).length > 0;
  }

  /** The id of the message under `path`'s field, or undefined when it has no problems. */
  protected messageId(path: string): string | undefined {
    return this.places.messageId(path);
  }

  /** The problems shown at `path`, each as "Label: message" in the form's language. */
  renderMessages(path: string, label: string): TemplateResult | typeof nothing {
    const problems = this.places.at(path);
    if (!problems.length) return nothing;
    return html`<div class="errors" id=${`${fieldId(path)}--msg`}>
      ${problems.map(
        (problem) =>
          html`<p class="error">
            ${label}: ${problemMessage(problem, this.lang === 'en' ? 'en' : 'da')}
          </p>`,
      )}
    </div>`;
  }

  /** A labelled text field (input or textarea) with its hint and problems. */
  renderField(o: FieldOptions): TemplateResult {
    const id = this.claim(o.path);
    const hintId = o.hint ? `${id}--hint` : undefined;
    const noteId = o.note ? `${id}--note` : undefined;
    const invalid = this.hasProblems(o.path);
    const value = o.value === undefined ? '' : String(o.value);
    const onInput = (event: Event) => {
      const raw = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      if (o.onInput) o.onInput(raw);
      else this.edit(o.path, o.optional && raw === '' ? REMOVE : raw);
    };
    const described = describedBy(this.messageId(o.path), hintId, noteId);
    const label = html`<label for=${id}
      >${o.label}${o.optional ? html` <span class="hint-inline">${this.s.optional}</span>` : nothing}</label
    >`;
    const control = o.multiline
      ? html`<textarea
          id=${id}
          rows="4"
          .value=${live(value)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(described)}
          aria-required=${(o.required ?? !o.optional) ? 'true' : 'false'}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${id}
          type=${o.type ?? 'text'}
          .value=${live(value)}
          inputmode=${ifDefined(o.type === 'number' ? 'numeric' : undefined)}
          step=${ifDefined(o.type === 'number' ? (o.step ?? '1') : undefined)}
          autocomplete=${o.autocomplete ?? 'off'}
          spellcheck=${o.type === 'url' ? 'false' : 'true'}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(described)}
          aria-required=${(o.required ?? !o.optional) ? 'true' : 'false'}
          @input=${onInput}
        />`;
    return html`<div class="field">
      ${label} ${o.hint ? html`<p class="hint" id=${hintId!}>${o.hint}</p>` : nothing}
      ${this.renderMessages(o.path, o.label)} ${control}
      ${o.note ? html`<div id=${noteId!}>${o.note}</div>` : nothing}
    </div>`;
  }

  /** An optional link (text and address): both emptied, the link leaves the draft. */
  protected renderLink(path: string, link: { href: string; text: string } | undefined) {
    const set = (key: 'href' | 'text') => (value: string) => {
      const next = { href: link?.href ?? '', text: link?.text ?? '', [key]: value };
      // Keep the link's own key order (and any other keys it came with).
      const merged = link ? { ...link, [key]: value } : next;
      this.edit(path, merged.href === '' && merged.text === '' ? REMOVE : merged);
    };
    const id = this.claim(path);
    // Not in a disclosure: its fields stay focusable by id (the shell's end-to-end script).
    return html`<fieldset
      class="link"
      id=${id}
      aria-describedby=${ifDefined(describedBy(`${id}--hint`, this.messageId(path)))}
    >
      <legend>${this.s.link} <span class="hint-inline">${this.s.optional}</span></legend>
      <p class="hint" id=${`${id}--hint`}>${this.s.linkHint}</p>
      ${this.renderMessages(path, this.s.link)}
      ${this.renderField({
        path: join(path, 'text'),
        label: this.s.linkText,
        value: link?.text,
        optional: true,
        onInput: set('text'),
      })}
      ${this.renderField({
        path: join(path, 'href'),
        label: this.s.linkHref,
        value: link?.href,
        type: 'url',
        hint: this.s.hrefHint,
        optional: true,
        onInput: set('href'),
      })}
    </fieldset>`;
  }

  /** An id field inside an "advanced" disclosure. */
  protected renderId(
    path: string,
    value: string | undefined,
    required: boolean,
    onInput?: (value: string) => void,
  ): TemplateResult {
    return html`<details>
      <summary>${this.s.advanced}</summary>
      ${this.renderField({
        path,
        label: this.s.id,
        value,
        optional: !required,
        hint: required ? this.s.idHintRequired : this.s.idHint,
        autocomplete: 'off',
        onInput,
      })}
    </details>`;
  }

  /** A list of objects, each in its own fieldset, with add, remove, move up and down. */
  protected renderList<I>(o: ListOptions<I>): TemplateResult {
    return this.lists.render(o);
  }

  /** A list of strings (examples, strengths): one labelled input a row, with the same buttons. */
  protected renderStringList(o: StringListOptions): TemplateResult {
    return this.lists.renderStrings(o);
  }
}

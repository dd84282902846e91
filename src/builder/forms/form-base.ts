// What the three content forms share: the ContentForm properties, problems placed at the field
// (or item, or list) their path names, labelled fields, and list editing with buttons, focus
// management, announcements and undo.
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { format } from '../../core/format.js';
import { baseStyles } from '../../core/styles.js';
import { problemMessage } from '../../core/validate.js';
import {
  DraftChangeEvent,
  fieldId,
  type BuilderLang,
  type ContentForm,
  type ContentProblem,
} from '../builder-types.js';
import { formStrings, type FormStrings, type Noun } from './forms-strings.js';
import { formStyles } from './forms-styles.js';
import { getIn, join, moved, REMOVE, setIn, slug, uniqueId } from './paths.js';

/** The fewest and most items a list may hold. */
export interface Limits {
  min: number;
  max: number;
}

interface SchemaLike {
  readonly wrapped?: SchemaLike;
  readonly entries?: Readonly<Record<string, SchemaLike>>;
  readonly pipe?: readonly { readonly type: string; readonly requirement?: unknown }[];
}

/**
 * The length limits of the list `key` of an object schema, read from the widget's own schema
 * (its `minLength`/`maxLength` actions), so the forms and the validation never disagree.
 */
export function listLimits(objectSchema: unknown, key: string): Limits {
  let schema = (objectSchema as SchemaLike).entries?.[key];
  while (schema?.wrapped) schema = schema.wrapped;
  const requirement = (type: string) => {
    const value = schema?.pipe?.find((action) => action.type === type)?.requirement;
    return typeof value === 'number' ? value : undefined;
  };
  return { min: requirement('min_length') ?? 0, max: requirement('max_length') ?? Infinity };
}

/** The path one step up: `tips[2].title` → `tips[2]` → `tips` → ``. */
export function parentPath(path: string): string {
  return path.replace(/(?:\.?[^.[\]]+|\[\d+\])$/, '');
}

/** What a text field shows and edits. */
export interface FieldOptions {
  /** The path the field edits, and where its problems are. */
  path: string;
  label: string;
  value: string | number | undefined;
  hint?: string | undefined;
  /** A sentence shown under the field that is not an error (a contrast warning). */
  note?: TemplateResult | undefined;
  multiline?: boolean;
  type?: 'text' | 'url' | 'number';
  /** Optional fields say so in the label; emptied, their key leaves the draft. */
  optional?: boolean;
  /** Replaces the plain edit (a string; emptied, optional keys leave): gets the field's value. */
  onInput?: (value: string) => void;
  /** The control's `autocomplete`; `off` by default. */
  autocomplete?: string;
  /** Whether the field must be filled in; by default, when it is not optional. */
  required?: boolean;
  /** The `step` of a number field; `1` by default. */
  step?: string;
}

/** One list to edit: where it is, what its items are called, and how to show and make one. */
export interface ListOptions<I> {
  path: string;
  noun: keyof FormStrings['nouns'];
  /** The list's visible name (its legend). */
  label: string;
  items: readonly I[];
  limits: Limits;
  /** A heading level for the list's legend and its items' legends (top-level lists). */
  headings?: boolean;
  /** The item's title, shown in its legend ("Råd 3: Gør det konkret"). */
  title?: (item: I) => string;
  /** The fields of one item. */
  renderItem: (item: I, path: string, index: number) => TemplateResult;
  /** A new, empty item. */
  create: () => I;
  /** A hint under the list's legend. */
  hint?: string;
}

/** The item removed last, for undo. */
interface Removed {
  path: string;
  index: number;
  item: unknown;
  noun: Noun;
}

/** What to do once the shell has handed back the edited draft. */
interface Pending {
  focus?: () => HTMLElement | null | undefined;
  message?: string;
}

/**
 * The base of the content forms: renders `draft` with {@link renderForm}, fires
 * {@link DraftChangeEvent} on every edit, and shows each of `problems` at the field, item or list
 * its path names (a path with no field of its own goes to the nearest one that has).
 *
 * @internal
 */
export abstract class BuilderFormBase<T extends object>
  extends LitElement
  implements ContentForm<T>
{
  static override styles = [baseStyles, formStyles];

  /** The content being edited; the form renders from it and keeps no copy. */
  @property({ attribute: false }) draft!: T;

  /** The validation problems of `draft` (all of them; each is shown at its field). */
  @property({ attribute: false }) problems: readonly ContentProblem[] = [];

  /** The builder's language, for labels and messages. */
  @property({ reflect: true }) override lang: BuilderLang = 'da';

  @state() private announcement = '';

  @state() private removed: Removed | undefined;

  /** Paths that have a place to show problems (fields, items, lists), from the last render. */
  private claimed = new Set<string>();

  /** Problems by the path where they are shown. */
  private homes = new Map<string, ContentProblem[]>();

  private pending: Pending | undefined;

  /** The draft this form fired last: a draft other than it comes from elsewhere (a new file). */
  private fired: T | undefined;

  /**
   * Ids this form made (for new items, from their titles). Only these follow a title as it is
   * typed; ids that came with the content stay as they are, since snippets and saved answers
   * may name them.
   */
  private readonly madeIds = new Set<string>();

  /** The form's strings in its language. */
  protected get s(): FormStrings {
    return formStrings[this.lang === 'en' ? 'en' : 'da'];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draft') && this.draft !== this.fired) {
      // Content from elsewhere: nothing to undo or focus in it.
      this.removed = undefined;
      this.pending = undefined;
    }
    if (changed.has('draft') && this.pending?.message) {
      this.announce(this.pending.message);
      this.pending = { ...this.pending, message: undefined };
    }
    // A dry run of the render learns which paths have a place, so every problem finds one (with
    // no problems there is nothing to place; the real render claims the paths for focusField).
    this.claimed = new Set(['']);
    if ((this.draft as T | undefined) !== undefined && this.problems.length) this.renderForm();
    this.homes = new Map();
    for (const problem of this.problems) {
      const home = this.homeOf(problem.path);
      this.homes.set(home, [...(this.homes.get(home) ?? []), problem]);
    }
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
    const target = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(this.homeOf(path))}`);
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
    const rootProblems = this.homes.get('') ?? [];
    return html`<div class="base form">
      <div id=${fieldId('')} ?hidden=${!rootProblems.length}>
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

  /** Hands a new draft to the shell. */
  protected commit(draft: T, pending?: Pending): void {
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

  /** Marks `path` as a place where problems are shown. */
  protected claim(path: string): string {
    this.claimed.add(path);
    return fieldId(path);
  }

  /** The path where a problem at `path` is shown. */
  protected homeOf(path: string): string {
    let home = path;
    while (home && !this.claimed.has(home)) home = parentPath(home);
    return home;
  }

  /** Whether `path` has problems shown there. */
  protected hasProblems(path: string): boolean {
    return (this.homes.get(path)?.length ?? 0) > 0;
  }

  /**
   * The id of the message under `path`'s field, or undefined when it has no problems. Ids of a
   * field's parts end in `--msg`, `--hint` …: `fieldId` never makes a double hyphen.
   */
  protected messageId(path: string): string | undefined {
    return this.hasProblems(path) ? `${fieldId(path)}--msg` : undefined;
  }

  /** The problems shown at `path`, each as "Label: message" in the form's language. */
  protected renderMessages(path: string, label: string): TemplateResult | typeof nothing {
    const problems = this.homes.get(path);
    if (!problems?.length) return nothing;
    return html`<div class="errors" id=${`${fieldId(path)}--msg`}>
      ${problems.map(
        (problem) =>
          html`<p class="error">
            ${label}: ${problemMessage(problem, this.lang === 'en' ? 'en' : 'da')}
          </p>`,
      )}
    </div>`;
  }

  /** `aria-describedby` from ids, or nothing. */
  protected describedBy(...ids: (string | undefined)[]): string | undefined {
    const list = ids.filter(Boolean).join(' ');
    return list || undefined;
  }

  /** A labelled text field (input or textarea) with its hint and problems. */
  protected renderField(o: FieldOptions): TemplateResult {
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
    const describedBy = this.describedBy(this.messageId(o.path), hintId, noteId);
    const label = html`<label for=${id}
      >${o.label}${o.optional ? html` <span class="hint-inline">${this.s.optional}</span>` : nothing}</label
    >`;
    const control = o.multiline
      ? html`<textarea
          id=${id}
          rows="4"
          .value=${live(value)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy)}
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
          aria-describedby=${ifDefined(describedBy)}
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
      aria-describedby=${ifDefined(this.describedBy(`${id}--hint`, this.messageId(path)))}
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
    const noun = this.s.nouns[o.noun];
    const id = this.claim(o.path);
    const count = o.items.length;
    const footer = this.renderListFooter(o, noun);
    return html`<fieldset
      class="list"
      id=${id}
      aria-describedby=${ifDefined(this.describedBy(this.messageId(o.path), o.hint ? `${id}--hint` : undefined))}
    >
      <legend>${o.headings ? html`<h3>${o.label}</h3>` : o.label}</legend>
      ${this.renderMessages(o.path, o.label)}
      ${o.hint ? html`<p class="hint" id=${`${id}--hint`}>${o.hint}</p>` : nothing}
      <ol class="items">
        ${o.items.map((item, i) => {
          const path = join(o.path, i);
          const itemId = this.claim(path);
          const title = o.title?.(item).trim();
          const legend = format(title ? this.s.itemLegendTitled : this.s.itemLegend, {
            Noun: noun.One,
            n: i + 1,
            title: title ?? '',
          });
          return html`<li>
            <fieldset class="item" id=${itemId} aria-describedby=${ifDefined(this.messageId(path))}>
              <legend>${o.headings ? html`<h4>${legend}</h4>` : legend}</legend>
              ${this.renderMessages(path, format(this.s.itemLegend, { Noun: noun.One, n: i + 1 }))}
              ${o.renderItem(item, path, i)} ${this.renderTools(o.path, i, count, o.limits, noun)}
            </fieldset>
          </li>`;
        })}
      </ol>
      ${footer}
    </fieldset>`;
  }

  /** A list of strings (examples, strengths): one labelled input a row, with the same buttons. */
  protected renderStringList(o: {
    path: string;
    noun: keyof FormStrings['nouns'];
    label: string;
    itemLabel: string;
    items: readonly string[];
    limits: Limits;
  }): TemplateResult {
    const noun = this.s.nouns[o.noun];
    const id = this.claim(o.path);
    const count = o.items.length;
    const list: ListOptions<string> = {
      ...o,
      create: () => '',
      renderItem: () => html``,
    };
    return html`<fieldset
      class="list"
      id=${id}
      aria-describedby=${ifDefined(this.messageId(o.path))}
    >
      <legend>${o.label} <span class="hint-inline">${this.s.optional}</span></legend>
      ${this.renderMessages(o.path, o.label)}
      ${
        count
          ? html`<ol class="items">
              ${o.items.map(
                (item, i) =>
                  html`<li class="string-item">
                    ${this.renderField({
                      path: join(o.path, i),
                      label: format(o.itemLabel, { n: i + 1 }),
                      value: item,
                    })}
                    ${this.renderTools(o.path, i, count, o.limits, noun)}
                  </li>`,
              )}
            </ol>`
          : nothing
      }
      ${this.renderListFooter(list, noun)}
    </fieldset>`;
  }

  private renderTools(path: string, i: number, count: number, limits: Limits, noun: Noun) {
    const params = { noun: noun.one, n: i + 1 };
    const button = (
      action: 'up' | 'down' | 'remove',
      name: string,
      text: string,
      disabled: boolean,
    ) =>
      html`<button
        type="button"
        class="button"
        data-list=${path}
        data-index=${i}
        data-action=${action}
        aria-label=${format(name, params)}
        ?disabled=${disabled}
        @click=${() => this.handleTool(path, i, action, noun)}
      >
        ${text}
      </button>`;
    return html`<div class="tools">
      ${button('up', this.s.moveUp, this.s.up, i === 0)}
      ${button('down', this.s.moveDown, this.s.down, i === count - 1)}
      ${count > limits.min ? button('remove', this.s.remove, this.s.removeText, false) : nothing}
    </div>`;
  }

  private renderListFooter<I>(o: ListOptions<I>, noun: Noun) {
    const count = o.items.length;
    const removed = this.removed?.path === o.path ? this.removed : undefined;
    return html`<div class="footer">
      ${
        count < o.limits.max
          ? html`<button
              type="button"
              class="button"
              data-list=${o.path}
              data-action="add"
              @click=${() => this.handleAdd(o, noun)}
            >
              ${format(this.s.add, { noun: noun.one })}
            </button>`
          : html`<p class="hint">
              ${format(this.s.atMax, { max: o.limits.max, many: noun.many })}
            </p>`
      }
      ${
        removed
          ? html`<button
              type="button"
              class="button"
              data-list=${o.path}
              data-action="undo"
              aria-label=${format(this.s.undoName, { noun: noun.one, n: removed.index + 1 })}
              @click=${() => this.handleUndo(removed)}
            >
              ${this.s.undo}
            </button>`
          : nothing
      }
      ${
        count > 0 && count <= o.limits.min
          ? html`<p class="hint">
              ${format(this.s.atMin, {
                min: o.limits.min,
                noun: o.limits.min === 1 ? noun.one : noun.many,
              })}
            </p>`
          : nothing
      }
    </div>`;
  }

  private listAt(path: string): unknown[] {
    const items = getIn(this.draft, path);
    return Array.isArray(items) ? items : [];
  }

  /** The button `action` of item `index` in the list at `path`, if it is there and enabled. */
  private button(path: string, action: string, index?: number): HTMLButtonElement | null {
    const at = index === undefined ? '' : `[data-index="${index}"]`;
    const button = this.renderRoot.querySelector<HTMLButtonElement>(
      `button[data-list="${CSS.escape(path)}"][data-action="${action}"]${at}`,
    );
    return button && !button.disabled ? button : null;
  }

  /** The first field of item `index` in the list at `path`. */
  private firstField(path: string, index: number): HTMLElement | null {
    const item = join(path, index);
    const own = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(item)}`);
    if (own && own.localName !== 'fieldset') return own;
    return own?.querySelector<HTMLElement>('input, textarea, select') ?? own;
  }

  private handleTool(path: string, i: number, action: 'up' | 'down' | 'remove', noun: Noun) {
    const items = this.listAt(path);
    const n = i + 1;
    if (action === 'remove') {
      this.removed = { path, index: i, item: items[i], noun };
      this.commit(
        setIn(
          this.draft,
          path,
          items.filter((_, j) => j !== i),
        ),
        {
          // The next item's remove button, else (the last removed, or the list at its minimum)
          // the add button: after a removal the list is below its maximum, so it is there.
          focus: () => this.button(path, 'remove', i) ?? this.button(path, 'add'),
          message: format(this.s.removed, { Noun: noun.One, n }),
        },
      );
      return;
    }
    const to = action === 'up' ? i - 1 : i + 1;
    const other = action === 'up' ? 'down' : 'up';
    this.removed = undefined;
    this.commit(setIn(this.draft, path, moved(items, i, to)), {
      focus: () => this.button(path, action, to) ?? this.button(path, other, to),
      message: format(action === 'up' ? this.s.movedUp : this.s.movedDown, {
        Noun: noun.One,
        n,
        to: to + 1,
      }),
    });
  }

  private handleAdd<I>(o: ListOptions<I>, noun: Noun) {
    const items = this.listAt(o.path);
    this.removed = undefined;
    this.commit(setIn(this.draft, o.path, [...items, o.create()]), {
      focus: () => this.firstField(o.path, items.length),
      message: format(this.s.added, { Noun: noun.One, n: items.length + 1 }),
    });
  }

  private handleUndo(removed: Removed) {
    const items = [...this.listAt(removed.path)];
    const index = Math.min(removed.index, items.length);
    items.splice(index, 0, removed.item);
    this.removed = undefined;
    this.commit(setIn(this.draft, removed.path, items), {
      focus: () => this.firstField(removed.path, index),
      message: format(this.s.restored, { Noun: removed.noun.One, n: index + 1 }),
    });
  }
}

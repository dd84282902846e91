// List editing in the content forms: each item in its own fieldset, moved up and down, removed
// and added with buttons (never drag and drop), focus kept on the moved item's button or moved to
// the new item's first field, each change announced, and the last removal undoable.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { format } from '../../core/format.js';
import { fieldId } from '../builder-types.js';
import { describedBy, type FormHost, type Limits, type ListOptions } from './form-host.js';
import type { Noun, NounKey } from './forms.strings.js';
import { getIn, join, moved, setIn } from './paths.js';

type Tool = 'up' | 'down' | 'remove';

/** The item removed last, for undo. */
interface Removed {
  readonly path: string;
  readonly index: number;
  readonly item: unknown;
  readonly noun: Noun;
}

/** A list of strings (examples, strengths): one labelled input a row. */
export interface StringListOptions {
  path: string;
  noun: NounKey;
  label: string;
  /** The label of one row, with `{n}` for its number. */
  itemLabel: string;
  items: readonly string[];
  limits: Limits;
}

/** Renders a form's lists and carries out their buttons. */
export class ListEditor {
  private removed: Removed | undefined;

  constructor(private readonly host: FormHost) {}

  /** Forgets what could be undone: the draft now comes from elsewhere (a new file). */
  forget(): void {
    this.removed = undefined;
  }

  /** A list of objects, each in its own fieldset, with add, remove, move up and down. */
  render<I>(o: ListOptions<I>): TemplateResult {
    const { s, places } = this.host;
    const { noun, id, count } = this.start(o);
    return html`<fieldset
      class="list"
      id=${id}
      aria-describedby=${ifDefined(describedBy(places.messageId(o.path), o.hint ? `${id}--hint` : undefined))}
    >
      <legend>${o.headings ? html`<h3>${o.label}</h3>` : o.label}</legend>
      ${this.host.renderMessages(o.path, o.label)}
      ${o.hint ? html`<p class="hint" id=${`${id}--hint`}>${o.hint}</p>` : nothing}
      <ol class="items">
        ${o.items.map((item, i) => {
          const path = join(o.path, i);
          const itemId = places.claim(path);
          const title = o.title?.(item).trim();
          const legend = format(title ? s.itemLegendTitled : s.itemLegend, {
            Noun: noun.One,
            n: i + 1,
            title: title ?? '',
          });
          return html`<li>
            <fieldset
              class="item"
              id=${itemId}
              aria-describedby=${ifDefined(places.messageId(path))}
            >
              <legend>${o.headings ? html`<h4>${legend}</h4>` : legend}</legend>
              ${this.host.renderMessages(path, format(s.itemLegend, { Noun: noun.One, n: i + 1 }))}
              ${o.renderItem(item, path, i)} ${this.renderTools(o.path, i, count, o.limits, noun)}
            </fieldset>
          </li>`;
        })}
      </ol>
      ${this.renderFooter(o.path, count, o.limits, noun, o.create)}
    </fieldset>`;
  }

  /** A list of strings: one labelled input a row, with the same buttons. */
  renderStrings(o: StringListOptions): TemplateResult {
    const { s, places } = this.host;
    const { noun, id, count } = this.start(o);
    return html`<fieldset
      class="list"
      id=${id}
      aria-describedby=${ifDefined(places.messageId(o.path))}
    >
      <legend>${o.label} <span class="hint-inline">${s.optional}</span></legend>
      ${this.host.renderMessages(o.path, o.label)}
      ${
        count
          ? html`<ol class="items">
              ${o.items.map(
                (item, i) =>
                  html`<li class="string-item">
                    ${this.host.renderField({
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
      ${this.renderFooter(o.path, count, o.limits, noun, () => '')}
    </fieldset>`;
  }

  /** What a list's rendering starts with: its items' noun, its claimed id, its length. */
  private start(o: { noun: NounKey; path: string; items: readonly unknown[] }) {
    return {
      noun: this.host.s.nouns[o.noun],
      id: this.host.places.claim(o.path),
      count: o.items.length,
    };
  }

  private renderTools(path: string, i: number, count: number, limits: Limits, noun: Noun) {
    const { s } = this.host;
    const params = { noun: noun.one, n: i + 1 };
    const button = (action: Tool, name: string, text: string, disabled: boolean) =>
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
      ${button('up', s.moveUp, s.up, i === 0)}
      ${button('down', s.moveDown, s.down, i === count - 1)}
      ${count > limits.min ? button('remove', s.remove, s.removeText, false) : nothing}
    </div>`;
  }

  private renderFooter(
    path: string,
    count: number,
    limits: Limits,
    noun: Noun,
    create: () => unknown,
  ) {
    const { s } = this.host;
    const removed = this.removed?.path === path ? this.removed : undefined;
    return html`<div class="footer">
      ${
        count < limits.max
          ? html`<button
              type="button"
              class="button"
              data-list=${path}
              data-action="add"
              @click=${() => this.handleAdd(path, noun, create)}
            >
              ${format(s.add, { noun: noun.one })}
            </button>`
          : html`<p class="hint">${format(s.atMax, { max: limits.max, many: noun.many })}</p>`
      }
      ${
        removed
          ? html`<button
              type="button"
              class="button"
              data-list=${path}
              data-action="undo"
              aria-label=${format(s.undoName, { noun: noun.one, n: removed.index + 1 })}
              @click=${() => this.handleUndo(removed)}
            >
              ${s.undo}
            </button>`
          : nothing
      }
      ${
        count > 0 && count <= limits.min
          ? html`<p class="hint">
              ${format(s.atMin, { min: limits.min, noun: limits.min === 1 ? noun.one : noun.many })}
            </p>`
          : nothing
      }
    </div>`;
  }

  /** Keeps `removed` for undo (or nothing), and shows or hides the undo button. */
  private remember(removed: Removed | undefined): void {
    this.removed = removed;
    this.host.requestUpdate();
  }

  private listAt(path: string): unknown[] {
    const items = getIn(this.host.draft, path);
    return Array.isArray(items) ? items : [];
  }

  /** The button `action` of item `index` in the list at `path`, if it is there and enabled. */
  private button(path: string, action: string, index?: number): HTMLButtonElement | null {
    const at = index === undefined ? '' : `[data-index="${index}"]`;
    const button = this.host.renderRoot.querySelector<HTMLButtonElement>(
      `button[data-list="${CSS.escape(path)}"][data-action="${action}"]${at}`,
    );
    return button && !button.disabled ? button : null;
  }

  /** The first field of item `index` in the list at `path`. */
  private firstField(path: string, index: number): HTMLElement | null {
    const own = this.host.renderRoot.querySelector<HTMLElement>(`#${fieldId(join(path, index))}`);
    if (own && own.localName !== 'fieldset') return own;
    return own?.querySelector<HTMLElement>('input, textarea, select') ?? own;
  }

  private handleTool(path: string, i: number, action: Tool, noun: Noun) {
    const { s, draft } = this.host;
    const items = this.listAt(path);
    const n = i + 1;
    if (action === 'remove') {
      this.remember({ path, index: i, item: items[i], noun });
      this.host.commit(
        setIn(
          draft,
          path,
          items.filter((_, j) => j !== i),
        ),
        {
          // The next item's remove button, else (the last removed, or the list at its minimum)
          // the add button: after a removal the list is below its maximum, so it is there.
          focus: () => this.button(path, 'remove', i) ?? this.button(path, 'add'),
          message: format(s.removed, { Noun: noun.One, n }),
        },
      );
      return;
    }
    const to = action === 'up' ? i - 1 : i + 1;
    const other = action === 'up' ? 'down' : 'up';
    this.remember(undefined);
    this.host.commit(setIn(draft, path, moved(items, i, to)), {
      focus: () => this.button(path, action, to) ?? this.button(path, other, to),
      message: format(action === 'up' ? s.movedUp : s.movedDown, { Noun: noun.One, n, to: to + 1 }),
    });
  }

  private handleAdd(path: string, noun: Noun, create: () => unknown) {
    const items = this.listAt(path);
    this.remember(undefined);
    this.host.commit(setIn(this.host.draft, path, [...items, create()]), {
      focus: () => this.firstField(path, items.length),
      message: format(this.host.s.added, { Noun: noun.One, n: items.length + 1 }),
    });
  }

  private handleUndo(removed: Removed) {
    const items = [...this.listAt(removed.path)];
    const index = Math.min(removed.index, items.length);
    items.splice(index, 0, removed.item);
    this.remember(undefined);
    this.host.commit(setIn(this.host.draft, removed.path, items), {
      focus: () => this.firstField(removed.path, index),
      message: format(this.host.s.restored, { Noun: removed.noun.One, n: index + 1 }),
    });
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { contrastRatio, GRAPHIC_CONTRAST, HEX_COLOR, LIGHT_TEXT } from '../../core/contrast.js';
import { defineElement } from '../../core/define.js';
import { format } from '../../core/format.js';
import {
  PALETTE,
  strategyWheelLimits,
  type StrategyTheme,
  type StrategyWheelContent,
} from '../../strategy-wheel/index.js';
import { fieldId } from '../builder-types.js';
import { BuilderFormBase } from './form-base.js';
import { join, records, str, REMOVE, setIn } from './paths.js';

/** `#abc` → `#aabbcc`, lower case: what `<input type="color">` takes. */
function sixDigits(color: string): string {
  const digits = color.slice(1).toLowerCase();
  return `#${digits.length === 3 ? digits.replace(/./g, '$&$&') : digits}`;
}

/**
 * The editor's form for the strategy wheel's content: the themes, each with a title, a
 * description, examples, an optional link, an optional colour (with its contrast against white)
 * and an id.
 *
 * @tagname digi-builder-wheel-form
 * @summary Edits a StrategyWheelContent draft.
 *
 * @fires {DraftChangeEvent} draft-change - On every edit, with the whole new draft.
 */
export class DigiBuilderWheelForm extends BuilderFormBase<StrategyWheelContent> {
  private get themes(): readonly StrategyTheme[] {
    return records(this.draft.themes);
  }

  protected override renderForm(): TemplateResult {
    return this.renderList<StrategyTheme>({
      path: 'themes',
      noun: 'theme',
      label: this.s.themesHeading,
      items: this.themes,
      limits: strategyWheelLimits.themes,
      headings: true,
      title: (t) => str(t.title),
      create: () => ({
        id: this.makeId(
          `tema-${this.themes.length + 1}`,
          this.themes.map((t) => t.id),
        ),
        title: '',
        description: '',
      }),
      renderItem: (t, path, i) => this.renderTheme(t, path, i),
    });
  }

  private renderTheme(t: StrategyTheme, path: string, index: number): TemplateResult {
    const taken = this.themes.filter((_, i) => i !== index).map((x) => x.id);
    const onTitle = (title: string) => {
      let draft = setIn(this.draft, join(path, 'title'), title);
      const id = this.idFor(t.id, title, `tema-${index + 1}`, taken);
      if (id !== t.id) draft = setIn(draft, join(path, 'id'), id);
      this.commit(draft);
    };
    return html`${this.renderField({
      path: join(path, 'title'),
      label: this.s.themeTitle,
      value: t.title,
      onInput: onTitle,
    })}
    ${this.renderField({
      path: join(path, 'description'),
      label: this.s.description,
      value: t.description,
      multiline: true,
      hint: this.s.bodyHint,
    })}
    ${this.renderStringList({
      path: join(path, 'examples'),
      noun: 'example',
      label: this.s.examplesHeading,
      itemLabel: this.s.example,
      items: Array.isArray(t.examples) ? t.examples : [],
      limits: strategyWheelLimits.examples,
    })}
    ${this.renderLink(join(path, 'link'), t.link)}
    ${this.renderColor(t.color, join(path, 'color'), index)}
    ${this.renderId(join(path, 'id'), t.id, true)}`;
  }

  /** The segment's colour: the default, or one picked or typed, with its contrast on white. */
  private renderColor(color: string | undefined, path: string, index: number): TemplateResult {
    const fallback = PALETTE[index % PALETTE.length]!;
    const valid = typeof color === 'string' && HEX_COLOR.test(color.trim());
    const id = fieldId(path);
    const lang = this.lang === 'en' ? 'en' : 'da';
    let note: TemplateResult | undefined;
    if (valid) {
      const ratio = contrastRatio(color.trim(), LIGHT_TEXT);
      const shown = (Math.floor(ratio * 10) / 10).toLocaleString(lang);
      note =
        ratio < GRAPHIC_CONTRAST
          ? html`<p class="warning">${format(this.s.lowContrast, { ratio: shown })}</p>`
          : html`<p class="hint">${format(this.s.goodContrast, { ratio: shown })}</p>`;
    }
    const onDefault = (event: Event) =>
      this.edit(path, (event.target as HTMLInputElement).checked ? REMOVE : fallback);
    return html`<fieldset class="color">
      <legend>${this.s.color} <span class="hint-inline">${this.s.optional}</span></legend>
      <label class="check">
        <input
          type="checkbox"
          id=${`${id}--default`}
          .checked=${live(color === undefined)}
          @change=${onDefault}
        />
        ${this.s.defaultColor}
      </label>
      ${
        color === undefined
          ? nothing
          : html`<div class="color-row">
              <input
                type="color"
                id=${`${id}--picker`}
                aria-label=${this.s.colorPicker}
                .value=${live(sixDigits(valid ? color.trim() : fallback))}
                @input=${(event: Event) => this.edit(path, (event.target as HTMLInputElement).value)}
              />
              ${this.renderField({
                path,
                label: this.s.colorCode,
                value: color,
                hint: this.s.colorHint,
                note,
                onInput: (value) => this.edit(path, value),
              })}
            </div>`
      }
    </fieldset>`;
  }
}

defineElement('digi-builder-wheel-form', DigiBuilderWheelForm);

declare global {
  interface HTMLElementTagNameMap {
    'digi-builder-wheel-form': DigiBuilderWheelForm;
  }
}

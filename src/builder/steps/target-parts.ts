// What the three places a widget can go share: a labelled text field, the widget's settings (its
// name, its on/off setting, its heading level; as fields and as values) and whether the content
// is the built-in content.
import { html, nothing, type TemplateResult } from 'lit';
import { headingChoices, paneStrings, type PaneHeadingLevel } from '../../sharepoint-pane.js';
import type { WidgetState } from '../state.js';
import type { WidgetSettings } from '../targets.js';
import type { StepHost } from './step-host.js';

/** A labelled text field with its hint and, when invalid, its error. */
export function textField(
  id: string,
  label: string,
  hint: string,
  value: string,
  error: string | undefined,
  typed: (value: string) => void,
  options: { type?: string; required?: boolean } = {},
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <span class="hint" id="${id}-hint">${hint}</span>
    <input
      id=${id}
      type=${options.type ?? 'text'}
      spellcheck="false"
      autocomplete="off"
      ?required=${options.required ?? false}
      .value=${value}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
      @input=${(event: Event) => typed((event.target as HTMLInputElement).value)}
    />
    ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
  </div>`;
}

/** The widget's name for screen readers, its on/off setting and its heading level. */
export function settings(b: StepHost): TemplateResult {
  const { s, widget } = b;
  const set = (patch: Partial<WidgetState>) => b.changeWidget(patch, { copyStatus: '' });
  // The heading levels are the SharePoint pane's, so the builder offers what the pane offers.
  const pane = paneStrings(b.language);
  const level = (event: Event) =>
    set({ headingLevel: Number((event.target as HTMLSelectElement).value) as PaneHeadingLevel });
  return html`<fieldset>
    <legend>${s.settings}</legend>
    <div class="field">
      <label for="label">${s.widgetLabel}</label>
      <span class="hint" id="label-hint">${s.widgetLabelHint}</span>
      <input
        id="label"
        type="text"
        autocomplete="off"
        .value=${widget.label}
        aria-describedby="label-hint"
        @input=${(e: Event) => set({ label: (e.target as HTMLInputElement).value })}
      />
    </div>
    <div class="field">
      <label for="heading-level">${pane.headingLabel}</label>
      <span class="hint" id="heading-level-hint">${s.targets.headingHint}</span>
      <select id="heading-level" aria-describedby="heading-level-hint" @change=${level}>
        ${headingChoices(pane).map(
          (choice) =>
            html`<option value=${choice.key} ?selected=${choice.key === widget.headingLevel}>
              ${choice.text}
            </option>`,
        )}
      </select>
    </div>
    <label class="choice">
      <input
        type="checkbox"
        name="flag"
        .checked=${widget.flag}
        @change=${(e: Event) => set({ flag: (e.target as HTMLInputElement).checked })}
      />
      ${s[`flag.${b.spec.flag}`]}
    </label>
  </fieldset>`;
}

/** Whether the valid content is exactly the built-in content in its language: no file needed. */
export function isBuiltin(b: StepHost): boolean {
  const { result, spec } = b;
  if (!result.ok) return false;
  const builtin = spec.validate(spec.builtin(b.contentLang));
  return builtin.ok && JSON.stringify(builtin.data) === JSON.stringify(result.data);
}

/** The widget's settings as the editor made them: what the iframe code and the pane's steps take. */
export function widgetSettings(b: StepHost): WidgetSettings {
  const { spec, widget } = b;
  return {
    kind: spec.name,
    lang: b.contentLang,
    label: widget.label,
    flag: spec.flag,
    flagOn: widget.flag,
    headingLevel: widget.headingLevel,
  };
}

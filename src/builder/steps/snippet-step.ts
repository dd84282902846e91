// Step 6: the code for the page. Where the widget files are hosted, the widget's name and its
// on/off setting, whether the content goes in the code or in a file, the look's CSS file, and
// then the snippet itself (snippet-output.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../core/format.js';
import { lookCss } from '../look.js';
import { toFileName } from '../snippet.js';
import { DEFAULT_CSS_NAME, jsonNameOf, type WidgetState } from '../state.js';
import { radios } from './radios.js';
import { baseOf, makeSnippet, snippetOutput } from './snippet-output.js';
import type { StepHost } from './step-host.js';

/** A labelled text field of this step, with its hint and, when invalid, its error. */
function textField(
  b: StepHost,
  id: 'base' | 'json' | 'css',
  label: string,
  hint: string,
  value: string,
  error: string | undefined,
  type = 'text',
): TemplateResult {
  const typed = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    if (id === 'json') b.changeWidget({ jsonName: text }, { copyStatus: '' });
    else b.change(id === 'base' ? { base: text } : { cssName: text }, { copyStatus: '' });
  };
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
      @input=${typed}
    />
    ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
  </div>`;
}

/** The widget's name for screen readers and its on/off attribute. */
function settings(b: StepHost): TemplateResult {
  const { s, widget } = b;
  const set = (patch: Partial<WidgetState>) => b.changeWidget(patch, { copyStatus: '' });
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

/** Whether the content goes in the code or in a file beside the widget files. */
function mode(b: StepHost): TemplateResult {
  const { s } = b;
  return html`<fieldset>
    <legend>${s.mode}</legend>
    ${radios(
      'mode',
      ['inline', 'src'] as const,
      b.state.mode,
      (mode) => (mode === 'src' ? s.modeSrc : s.modeInline),
      (mode) => b.change({ mode }, { copyStatus: '' }),
    )}
  </fieldset>`;
}

export function snippetStep(b: StepHost): TemplateResult {
  const { s, state, spec } = b;
  const base = baseOf(b);
  const css = lookCss(state.look);
  const jsonName = jsonNameOf(state, spec.name);
  const invalidName = (name: string, ext: string, example: string) =>
    toFileName(name, ext) === undefined ? format(s.fileNameInvalid, { ext, example }) : undefined;
  return html`<section class="step" aria-labelledby="snippet-heading">
    <h2 id="snippet-heading">${s.snippetHeading}</h2>
    <p class="hint">${s.snippetHint}</p>
    ${textField(b, 'base', s.base, s.baseHint, state.base ?? base ?? '', base ? undefined : s.baseInvalid, 'url')}
    ${settings(b)} ${mode(b)}
    ${
      state.mode === 'src'
        ? textField(
            b,
            'json',
            s.jsonName,
            s.jsonNameHint,
            jsonName,
            invalidName(jsonName, 'json', spec.fileName),
          )
        : nothing
    }
    ${
      css
        ? html`<p class="hint">${s.cssWhy}</p>
            ${textField(
              b,
              'css',
              s.cssName,
              s.cssNameHint,
              state.cssName,
              invalidName(state.cssName, 'css', DEFAULT_CSS_NAME),
            )}`
        : html`<p class="hint">${s.noCss}</p>`
    }
    <div class="row">
      <button type="button" class="button primary" @click=${() => makeSnippet(b)}>
        ${s.makeSnippet}
      </button>
    </div>
    ${b.session.snippetRequested ? snippetOutput(b, css) : nothing}
  </section>`;
}

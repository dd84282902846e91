// Step 4: the look (accent colour, font, corners), with the accent colour's contrast told in
// text. The defaults are the widgets' own design tokens.
import { html, nothing, type TemplateResult } from 'lit';
import { contrastRatio, HEX_COLOR, TEXT_CONTRAST } from '../../core/contrast.js';
import { format } from '../../core/format.js';
import { DEFAULT_LOOK, FONTS, ON_ACCENT, RADII, SURFACE, type Look } from '../look.js';
import type { StepHost } from './step-host.js';

/** `#abc` → `#aabbcc`: what `<input type="color">` takes. */
const sixDigits = (color: string) => (color.length === 4 ? color.replace(/\w/g, '$&$&') : color);

function setLook(b: StepHost, patch: Partial<Look>, accentText?: string): void {
  b.change(
    { look: { ...b.state.look, ...patch } },
    accentText === undefined ? undefined : { accentText },
  );
}

function typeAccent(b: StepHost, event: Event): void {
  const value = (event.target as HTMLInputElement).value.trim();
  if (HEX_COLOR.test(value)) setLook(b, { accent: value.toLowerCase() }, value);
  else b.change(undefined, { accentText: value });
}

/** A select of `choices`, each labelled in the builder's language, the default marked. */
function choiceSelect<I extends string>(
  b: StepHost,
  key: 'font' | 'radius',
  label: string,
  choices: readonly { id: I; value: string }[],
  labels: Record<I, string>,
): TemplateResult {
  const current = b.state.look[key];
  return html`<div class="field">
    <label for=${key}>${label}</label>
    <select
      id=${key}
      @change=${(e: Event) => setLook(b, { [key]: (e.target as HTMLSelectElement).value })}
    >
      ${choices.map(
        (choice) =>
          html`<option value=${choice.value} ?selected=${choice.value === current}>
            ${
              choice.value === DEFAULT_LOOK[key]
                ? format(b.s.choiceDefault, { label: labels[choice.id] })
                : labels[choice.id]
            }
          </option>`,
      )}
    </select>
  </div>`;
}

function contrast(b: StepHost): TemplateResult {
  const { s } = b;
  const { accent } = b.state.look;
  const ratios = [
    { text: s.contrastOnAccent, ratio: contrastRatio(accent, ON_ACCENT) },
    { text: s.contrastOnSurface, ratio: contrastRatio(accent, SURFACE) },
  ];
  const number = new Intl.NumberFormat(b.language, { maximumFractionDigits: 2 });
  return html`<div class="contrast" role="group" aria-labelledby="contrast-heading">
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
  </div>`;
}

export function lookStep(b: StepHost): TemplateResult {
  const { s } = b;
  const { accentText } = b.session;
  const accentValid = HEX_COLOR.test(accentText);
  return html`<section class="step" aria-labelledby="look-heading">
    <h2 id="look-heading">${s.lookHeading}</h2>
    <p class="hint">${s.lookHint}</p>
    <div class="field">
      <label for="accent">${s.accent}</label>
      <input
        id="accent"
        type="color"
        .value=${sixDigits(b.state.look.accent)}
        @input=${(e: Event) => {
          const value = (e.target as HTMLInputElement).value;
          setLook(b, { accent: value }, value);
        }}
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
        .value=${accentText}
        aria-invalid=${accentValid ? 'false' : 'true'}
        aria-describedby=${accentValid ? 'accent-hint' : 'accent-hint accent-error'}
        @input=${(e: Event) => typeAccent(b, e)}
      />
      ${accentValid ? nothing : html`<span class="error" id="accent-error">${s.accentInvalid}</span>`}
    </div>
    ${choiceSelect(b, 'font', s.font, FONTS, s.fonts)}
    ${choiceSelect(b, 'radius', s.radius, RADII, s.radii)} ${contrast(b)}
  </section>`;
}

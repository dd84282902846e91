// Step 6 for an HTML block: where the widget files are hosted, whether the content goes in the
// code or in a file, the look's CSS file, and then the snippet itself (snippet-output.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../core/format.js';
import { lookCss } from '../look.js';
import { toFileName } from '../snippet.js';
import { DEFAULT_CSS_NAME, jsonNameOf } from '../state.js';
import { radios } from './radios.js';
import { baseOf, makeSnippet, snippetOutput } from './snippet-output.js';
import type { StepHost } from './step-host.js';
import { textField } from './target-parts.js';

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

/** `name` as a file name ending in `.ext`, or the sentence saying it is not one. */
export const invalidName = (b: StepHost, name: string, ext: string, example: string) =>
  toFileName(name, ext) === undefined ? format(b.s.fileNameInvalid, { ext, example }) : undefined;

/** The HTML block: the snippet for a page that may hold a script. */
export function htmlTarget(b: StepHost): TemplateResult {
  const { s, state, spec } = b;
  const base = baseOf(b);
  const css = lookCss(state.look);
  const jsonName = jsonNameOf(state, spec.name);
  const typed = (patch: Parameters<StepHost['change']>[0]) => b.change(patch, { copyStatus: '' });
  return html`<p class="hint">${s.targets.htmlHint}</p>
    ${textField(
      'base',
      s.base,
      s.baseHint,
      state.base ?? base ?? '',
      base ? undefined : s.baseInvalid,
      (value) => typed({ base: value }),
      { type: 'url' },
    )}
    ${mode(b)}
    ${
      state.mode === 'src'
        ? textField(
            'json',
            s.jsonName,
            s.jsonNameHint,
            jsonName,
            invalidName(b, jsonName, 'json', spec.fileName),
            (value) => b.changeWidget({ jsonName: value }, { copyStatus: '' }),
          )
        : nothing
    }
    ${
      css
        ? html`<p class="hint">${s.cssWhy}</p>
            ${textField(
              'css',
              s.cssName,
              s.cssNameHint,
              state.cssName,
              invalidName(b, state.cssName, 'css', DEFAULT_CSS_NAME),
              (value) => typed({ cssName: value }),
            )}`
        : html`<p class="hint">${s.noCss}</p>`
    }
    <div class="row">
      <button type="button" class="button primary" @click=${() => makeSnippet(b)}>
        ${s.makeSnippet}
      </button>
    </div>
    ${b.session.snippetRequested ? snippetOutput(b, css) : nothing}`;
}

// Step 6 for an iframe: the embed page's address, the frame's title (required: WCAG 2.1 4.1.2 and
// 2.4.1 ask every frame for a name), the narrowest width it gets and so its height, the content
// file beside the embed page (unless it is the built-in content), then the iframe code and the
// optional host-script line.
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../core/format.js';
import { MAX_TEXT, suggestedHeight } from '../../embed/index.js';
import { toBase, toFileName } from '../snippet.js';
import { jsonNameOf } from '../state.js';
import { FRAME_WIDTHS, iframeCode, resizeLine, type FrameWidth } from '../targets.js';
import { blockedBox, codeOutput, downloadJson, makeSnippet } from './snippet-output.js';
import { invalidName } from './snippet-step.js';
import type { StepHost } from './step-host.js';
import { isBuiltin, textField, widgetSettings } from './target-parts.js';

/** The embed page's folder: the editor's, else `../embed/` beside the builder. */
const embedOf = (b: StepHost): string | undefined =>
  toBase(b.state.embedBase ?? new URL('../embed/', location.href).href);

/** The iframe code, or the sentence saying what keeps it from being given. */
function frame(b: StepHost): { code: string } | { why?: string } {
  const { spec, widget, state } = b;
  const page = embedOf(b);
  const builtin = isBuiltin(b);
  const file = toFileName(jsonNameOf(state, spec.name), 'json');
  if (!b.result.ok || !page || (!builtin && !file)) return {};
  const made = iframeCode({
    ...widgetSettings(b),
    page,
    src: builtin ? undefined : file,
    title: widget.frameTitle,
    width: state.frameWidth,
  });
  if ('code' in made) return made;
  const t = b.s.targets;
  return {
    why:
      made.problem === 'title'
        ? t.frameTitleMissing
        : format(t.frameLabelTooLong, { max: MAX_TEXT }),
  };
}

function output(b: StepHost): TemplateResult {
  const { s } = b;
  const t = s.targets;
  const made = frame(b);
  const page = embedOf(b);
  if (!('code' in made) || !page) return blockedBox(b, 'why' in made ? made.why : undefined);
  return html`${codeOutput(
      b,
      {
        id: 'frame-code',
        label: t.frameCodeLabel,
        rows: 7,
        code: made.code,
        copied: t.frameCopied,
      },
      isBuiltin(b)
        ? nothing
        : html`<button type="button" class="button" @click=${() => downloadJson(b)}>
            ${s.downloadJson}
          </button>`,
    )}
    <div class="field">
      <label for="resize-line">${t.scriptLabel}</label>
      <span class="hint" id="resize-line-hint">${t.scriptHint}</span>
      <textarea
        id="resize-line"
        class="code"
        readonly
        rows="2"
        spellcheck="false"
        aria-describedby="resize-line-hint"
        .value=${resizeLine(page)}
      ></textarea>
    </div>`;
}

export function iframeTarget(b: StepHost): TemplateResult {
  const { s, state, spec, widget, session } = b;
  const t = s.targets;
  const page = embedOf(b);
  const jsonName = jsonNameOf(state, spec.name);
  const titleMissing = session.snippetRequested && !widget.frameTitle.trim();
  const width = (event: Event) =>
    b.change({ frameWidth: (event.target as HTMLSelectElement).value as FrameWidth });
  return html`<p class="hint">${t.frameHint}</p>
    ${textField(
      'frame-title',
      t.frameTitle,
      t.frameTitleHint,
      widget.frameTitle,
      titleMissing ? t.frameTitleMissing : undefined,
      (value) => b.changeWidget({ frameTitle: value }, { copyStatus: '' }),
      { required: true },
    )}
    ${textField(
      'embed-base',
      t.embedPage,
      t.embedPageHint,
      state.embedBase ?? page ?? '',
      page ? undefined : s.baseInvalid,
      (value) => b.change({ embedBase: value }, { copyStatus: '' }),
      { type: 'url' },
    )}
    <div class="field">
      <label for="frame-width">${t.frameWidth}</label>
      <span class="hint" id="frame-width-hint">${t.frameWidthHint}</span>
      <select id="frame-width" aria-describedby="frame-width-hint" @change=${width}>
        ${FRAME_WIDTHS.map(
          (value) =>
            html`<option value=${value} ?selected=${value === state.frameWidth}>
              ${format(t.frameWidthOption, {
                width: value,
                height: suggestedHeight(spec.name, Number(value)),
              })}
            </option>`,
        )}
      </select>
    </div>
    ${
      isBuiltin(b)
        ? html`<p class="hint">${t.builtinNoFile}</p>`
        : textField(
            'json',
            s.jsonName,
            t.frameJsonHint,
            jsonName,
            invalidName(b, jsonName, 'json', spec.fileName),
            (value) => b.changeWidget({ jsonName: value }, { copyStatus: '' }),
          )
    }
    <div class="row">
      <button
        type="button"
        class="button primary"
        @click=${() => makeSnippet(b, 'frame-code', !b.result.ok || !('code' in frame(b)))}
      >
        ${s.makeSnippet}
      </button>
    </div>
    ${session.snippetRequested ? output(b) : nothing}`;
}

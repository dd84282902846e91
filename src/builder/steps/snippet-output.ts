// The end of step 6 for an HTML block: the snippet for the page with Copy and the files to
// download, or, while the content or a setting is invalid, what to fix first. Copying, the content
// file and the box that says what blocks the code serve the other places too.
import { html, nothing, type TemplateResult } from 'lit';
import { lookCss } from '../look.js';
import { buildSnippet, toBase, toFileName } from '../snippet.js';
import { jsonNameOf } from '../state.js';
import { problemSummary } from './content-step.js';
import type { StepHost } from './step-host.js';

/** The hosting folder: the editor's, else the default, else `../cdn/` beside the builder. */
export const baseOf = (b: StepHost): string | undefined =>
  toBase(b.state.base ?? b.defaultBase ?? new URL('../cdn/', location.href).href);

/** The element's attributes besides `lang` and `src`, from the editor's settings. */
function elementAttributes(b: StepHost): Record<string, string | true> {
  const { label, flag } = b.widget;
  const attributes: Record<string, string | true> = {};
  if (label.trim()) attributes['label'] = label.trim();
  if (flag) attributes[b.spec.flag] = true;
  const level = b.widget.headingLevel;
  if (level) attributes['heading-level'] = String(level);
  return attributes;
}

/** The snippet for the chosen widget, or `undefined` while the draft or a setting is invalid. */
function snippet(b: StepHost): string | undefined {
  const { result, state } = b;
  const base = baseOf(b);
  const css = lookCss(state.look);
  const jsonName = toFileName(jsonNameOf(state, b.spec.name), 'json');
  const cssName = toFileName(state.cssName, 'css');
  if (!result.ok || !base || (state.mode === 'src' && !jsonName) || (css && !cssName))
    return undefined;
  return buildSnippet({
    kind: b.spec.name,
    content: result.data,
    lang: b.contentLang,
    attributes: elementAttributes(b),
    base,
    mode: state.mode,
    jsonName: jsonName ?? '',
    cssName: css ? cssName : undefined,
  });
}

/**
 * Shows the code (the snippet, or the iframe code in the textarea `#${id}`), or what blocks it,
 * and moves focus there.
 */
export async function makeSnippet(
  b: StepHost,
  id = 'snippet',
  blocked = !b.result.ok,
): Promise<void> {
  b.change(undefined, { snippetRequested: true, copyStatus: '', alertProblems: blocked });
  await b.updateComplete;
  const area = b.renderRoot.querySelector<HTMLTextAreaElement>(`#${id}`);
  // The caret at the start, so the code shows from its first line.
  area?.setSelectionRange(0, 0);
  (area ?? b.renderRoot.querySelector<HTMLElement>('#blocked'))?.focus();
}

/** Copies `text`, shown in the textarea `#${id}`, and says so with `copied`. */
export async function copyCode(
  b: StepHost,
  text: string | undefined,
  id: string,
  copied: string,
): Promise<void> {
  const area = b.renderRoot.querySelector<HTMLTextAreaElement>(`#${id}`);
  if (!text || !area) return;
  let done: boolean;
  try {
    await navigator.clipboard.writeText(text);
    done = true;
  } catch {
    area.focus();
    area.select();
    // The old way, for browsers that refuse the clipboard API here (no secure context).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    done = document.execCommand('copy');
  }
  b.change(undefined, { copyStatus: done ? copied : b.s.copyFailed });
}

function download(b: StepHost, name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.hidden = true;
  b.renderRoot.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** The content as a file: to host (mode `src`, a library, the embed page), or to keep. */
export function downloadJson(b: StepHost): void {
  const { result } = b;
  const name = toFileName(jsonNameOf(b.state, b.spec.name), 'json') ?? b.spec.fileName;
  if (result.ok) download(b, name, `${JSON.stringify(result.data, null, 2)}\n`, 'application/json');
}

function downloadCss(b: StepHost): void {
  const css = lookCss(b.state.look);
  const name = toFileName(b.state.cssName, 'css');
  if (css && name) download(b, name, css, 'text/css');
}

/** What keeps the code from being given: the content's problems, else `why` or the settings. */
export function blockedBox(b: StepHost, why?: string): TemplateResult {
  const { s, problems, session } = b;
  return html`<div
    id="blocked"
    class="blocked"
    tabindex="-1"
    role=${session.alertProblems ? 'alert' : 'group'}
    aria-labelledby="blocked-heading"
  >
    <h3 id="blocked-heading">${s.blockedHeading}</h3>
    ${
      problems.length
        ? html`<p>${s.blockedText}</p>
            ${problemSummary(b, problems, 'blocked-summary')}`
        : html`<p>${why ?? s.blockedSettings}</p>`
    }
  </div>`;
}

/**
 * Code to paste: `code` in the read-only textarea `#${id}` named `label`, a Copy button that says
 * `copied` when done, the `extra` buttons beside it, and the status line.
 */
export function codeOutput(
  b: StepHost,
  {
    id,
    label,
    rows,
    code,
    copied,
  }: { id: string; label: string; rows: number; code: string; copied: string },
  extra: TemplateResult | typeof nothing,
): TemplateResult {
  return html`<div class="field">
      <label for=${id}>${label}</label>
      <textarea
        id=${id}
        class="code"
        readonly
        rows=${rows}
        spellcheck="false"
        .value=${code}
      ></textarea>
    </div>
    <div class="row">
      <button type="button" class="button primary" @click=${() => copyCode(b, code, id, copied)}>
        ${b.s.copy}
      </button>
      ${extra}
    </div>
    <p class="message" role="status">${b.session.copyStatus}</p>`;
}

export function snippetOutput(b: StepHost, css: string): TemplateResult {
  const { s } = b;
  const text = snippet(b);
  if (text === undefined) return blockedBox(b);
  return codeOutput(
    b,
    { id: 'snippet', label: s.snippetLabel, rows: 10, code: text, copied: s.copied },
    html`<button type="button" class="button" @click=${() => downloadJson(b)}>
        ${b.state.mode === 'src' ? s.downloadJson : s.saveJson}
      </button>
      ${
        css
          ? html`<button type="button" class="button" @click=${() => downloadCss(b)}>
              ${s.downloadCss}
            </button>`
          : nothing
      }`,
  );
}

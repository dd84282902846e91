// Step 2: start from the built-in content, a JSON file or pasted JSON, and choose the content's
// language. Content over a size limit is refused before anything is drawn or saved.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { format } from '../../core/format.js';
import type { BuilderLang } from '../builder-types.js';
import { toDraft } from '../kinds.js';
import { bytesProblem, itemsProblem, textBytes, type SizeProblem } from '../limits.js';
import { sizeMessage } from '../messages.js';
import { withWidget } from '../state.js';
import { countText } from './content-step.js';
import type { StepHost } from './step-host.js';

function error(b: StepHost, text: string): void {
  b.change(undefined, { loadMessage: { text, error: true } });
}

function refuse(b: StepHost, problem: SizeProblem): void {
  error(b, format(b.s.notLoaded, { reason: sizeMessage(problem, b.language) }));
}

function startFromBuiltin(b: StepHost, lang: BuilderLang): void {
  b.changeWidget({ draft: b.spec.builtin(lang), lang }, { alertProblems: false, copyStatus: '' });
  b.change(undefined, {
    loadMessage: { text: format(b.s.loaded, { problems: '' }).trim(), error: false },
  });
}

/** Loads a JSON document as the draft of the widget it is for; says what happened. */
export function loadJson(b: StepHost, text: string): void {
  const { s } = b;
  const tooLarge = bytesProblem(textBytes(text));
  if (tooLarge) {
    refuse(b, tooLarge);
    return;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    error(b, s.invalidJson);
    return;
  }
  const shaped = toDraft(json);
  if (!shaped) {
    error(b, s.notContent);
    return;
  }
  const tooMany = itemsProblem(shaped.kind, shaped.draft);
  if (tooMany) {
    refuse(b, tooMany);
    return;
  }
  const other = shaped.kind !== b.spec.name;
  const { widgets } = withWidget(b.state, shaped.kind, { draft: shaped.draft });
  b.change({ kind: shaped.kind, widgets }, { alertProblems: false, copyStatus: '' });
  b.change(undefined, {
    loadMessage: {
      text: format(other ? s.loadedOther : s.loaded, {
        kind: s[`kind.${shaped.kind}`],
        problems: countText(b),
      }),
      error: false,
    },
  });
}

async function openFile(b: StepHost, event: Event): Promise<void> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  // Choosing the same file again (after fixing it elsewhere) is a change too.
  const reset = () => {
    input.value = '';
  };
  // Too large is known from the file's size: it is not read.
  const tooLarge = bytesProblem(file.size);
  if (tooLarge) {
    reset();
    refuse(b, tooLarge);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    error(b, b.s.readFailed);
    return;
  } finally {
    reset();
  }
  loadJson(b, text);
}

function paste(b: StepHost): void {
  const text = b.session.pasteText;
  if (!text.trim()) error(b, b.s.pasteEmpty);
  else loadJson(b, text);
}

export function startStep(b: StepHost): TemplateResult {
  const { s, session } = b;
  const message = session.loadMessage;
  const contentLang = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    if (value === 'da' || value === 'en') b.changeWidget({ lang: value });
  };
  return html`<section class="step" aria-labelledby="start-heading">
    <h2 id="start-heading">${s.startHeading}</h2>
    <p class="hint">${s.startHint}</p>
    <div class="row">
      <button type="button" class="button" @click=${() => startFromBuiltin(b, 'da')}>
        ${s.startDa}
      </button>
      <button type="button" class="button" @click=${() => startFromBuiltin(b, 'en')}>
        ${s.startEn}
      </button>
    </div>
    <div class="field">
      <label for="file">${s.openFile}</label>
      <span class="hint" id="file-hint">${s.openFileHint}</span>
      <input
        id="file"
        type="file"
        accept=".json,application/json"
        aria-describedby="file-hint"
        @change=${(e: Event) => openFile(b, e)}
      />
    </div>
    <div class="field">
      <label for="paste">${s.pasteLabel}</label>
      <span class="hint" id="paste-hint">${s.pasteHint}</span>
      <textarea
        id="paste"
        rows="4"
        spellcheck="false"
        aria-describedby="paste-hint"
        .value=${live(session.pasteText)}
        @input=${(e: Event) =>
          b.change(undefined, { pasteText: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      <div>
        <button type="button" class="button" @click=${() => paste(b)}>${s.pasteButton}</button>
      </div>
    </div>
    <p class="message" role="status">${message && !message.error ? message.text : nothing}</p>
    <p class="message error" role="alert">${message?.error ? message.text : nothing}</p>
    <div class="field">
      <label for="content-lang">${s.contentLang}</label>
      <select id="content-lang" @change=${contentLang}>
        <option value="da" lang="da" ?selected=${b.contentLang === 'da'}>Dansk</option>
        <option value="en" lang="en" ?selected=${b.contentLang === 'en'}>English</option>
      </select>
    </div>
  </section>`;
}

// Step 6 for the SharePoint web part: the content as a file for a document library (unless it is
// the built-in content), and the steps to take in the web part's pane, in the pane's own words.
import { html, nothing, type TemplateResult } from 'lit';
import { toFileName } from '../snippet.js';
import { jsonNameOf } from '../state.js';
import { paneSteps, toFolder } from '../targets.js';
import { blockedBox, downloadJson } from './snippet-output.js';
import { invalidName } from './snippet-step.js';
import type { StepHost } from './step-host.js';
import { isBuiltin, textField, widgetSettings } from './target-parts.js';

export function sharepointTarget(b: StepHost): TemplateResult {
  const { s, state, spec } = b;
  const t = s.targets;
  const builtin = isBuiltin(b);
  const jsonName = jsonNameOf(state, spec.name);
  const file = builtin ? undefined : toFileName(jsonName, 'json');
  const typedFolder = state.library?.trim() ?? '';
  const folder = typedFolder ? toFolder(typedFolder) : undefined;
  const fields = builtin
    ? html`<p class="hint">${t.builtinNoFile}</p>`
    : html`${textField(
        'json',
        s.jsonName,
        '',
        jsonName,
        invalidName(b, jsonName, 'json', spec.fileName),
        (value) => b.changeWidget({ jsonName: value }),
      )}
      ${textField(
        'library',
        t.spFolder,
        t.spFolderHint,
        state.library ?? '',
        typedFolder && !folder ? t.spFolderInvalid : undefined,
        (value) => b.change({ library: value }),
      )}`;
  const ready = b.result.ok && (builtin || file) && (!typedFolder || folder);
  const steps = ready
    ? paneSteps({ ...widgetSettings(b), uiLang: b.language, file, folder }, t)
    : undefined;
  return html`<p class="hint">${t.spHint}</p>
    ${fields}
    ${
      steps
        ? html`<h3 id="pane-steps-heading">${t.spStepsHeading}</h3>
            <ol class="pane-steps" aria-labelledby="pane-steps-heading">
              ${steps.map((step) => html`<li>${step}</li>`)}
            </ol>
            ${
              file
                ? html`<div class="row">
                    <button type="button" class="button primary" @click=${() => downloadJson(b)}>
                      ${s.downloadJson}
                    </button>
                  </div>`
                : nothing
            }`
        : blockedBox(b)
    }`;
}

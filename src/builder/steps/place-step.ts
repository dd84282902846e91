// Step 6: where the widget goes, as a native radio group: an HTML block (the snippet), the
// SharePoint web part (what to choose in its pane, and the content file) or an iframe (the code,
// with a title and a height). The widget's settings come first: every place takes them.
import { html, type TemplateResult } from 'lit';
import { format } from '../../core/format.js';
import { TOOLBOX } from '../../sharepoint-pane.js';
import { TARGETS, type Target } from '../targets.js';
import { iframeTarget } from './iframe-target.js';
import { radios } from './radios.js';
import { sharepointTarget } from './sharepoint-target.js';
import { htmlTarget } from './snippet-step.js';
import type { StepHost } from './step-host.js';
import { settings } from './target-parts.js';

const PARTS: Readonly<Record<Target, (b: StepHost) => TemplateResult>> = {
  html: htmlTarget,
  sharepoint: sharepointTarget,
  iframe: iframeTarget,
};

export function placeStep(b: StepHost): TemplateResult {
  const { s, state } = b;
  const t = s.targets;
  const label = (target: Target) =>
    format(t[`target.${target}`], { title: TOOLBOX.title[b.language] });
  const choose = (target: Target) =>
    b.change({ target }, { snippetRequested: false, copyStatus: '', alertProblems: false });
  return html`<section class="step" aria-labelledby="snippet-heading">
    <h2 id="snippet-heading">${s.snippetHeading}</h2>
    <p class="hint">${s.snippetHint}</p>
    <fieldset>
      <legend>${t.whereLegend}</legend>
      ${radios('target', TARGETS, state.target, label, choose)}
    </fieldset>
    ${settings(b)} ${PARTS[state.target](b)}
  </section>`;
}

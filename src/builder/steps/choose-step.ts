// Step 1: choose the widget. A native radio group: arrow keys move between the widgets.
import { html, type TemplateResult } from 'lit';
import type { WidgetKind } from '../builder-types.js';
import { WIDGET_KINDS } from '../kinds.js';
import { radios } from './radios.js';
import type { StepHost } from './step-host.js';

export function chooseStep(b: StepHost): TemplateResult {
  const { s } = b;
  const choose = (kind: WidgetKind) =>
    b.change({ kind }, { loadMessage: undefined, copyStatus: '', alertProblems: false });
  return html`<section class="step">
    <fieldset>
      <legend><h2>${s.widgetHeading}</h2></legend>
      <p class="hint" id="widget-hint">${s.widgetHint}</p>
      ${radios('kind', WIDGET_KINDS, b.spec.name, (kind) => s[`kind.${kind}`], choose, 'widget-hint')}
    </fieldset>
  </section>`;
}

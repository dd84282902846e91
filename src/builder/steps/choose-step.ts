// Step 1: choose the widget. A native radio group: arrow keys move between the widgets.
import { html, type TemplateResult } from 'lit';
import { isWidgetKind, WIDGET_KINDS } from '../kinds.js';
import type { StepHost } from './step-host.js';

export function chooseStep(b: StepHost): TemplateResult {
  const { s } = b;
  const choose = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    if (!isWidgetKind(value)) return;
    b.change({ kind: value }, { loadMessage: undefined, copyStatus: '', alertProblems: false });
  };
  return html`<section class="step">
    <fieldset>
      <legend><h2>${s.widgetHeading}</h2></legend>
      <p class="hint" id="widget-hint">${s.widgetHint}</p>
      ${WIDGET_KINDS.map(
        (kind) =>
          html`<label class="choice">
            <input
              type="radio"
              name="kind"
              value=${kind}
              .checked=${kind === b.spec.name}
              aria-describedby="widget-hint"
              @change=${choose}
            />
            ${s[`kind.${kind}`]}
          </label>`,
      )}
    </fieldset>
  </section>`;
}

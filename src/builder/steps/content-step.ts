// Step 3: the content, in the chosen widget's own form, with the count of problems and a summary
// that takes the editor to each one.
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { format } from '../../core/format.js';
import { problemMessage } from '../../core/validate.js';
import type { ContentForm, ContentProblem, DraftChangeEvent } from '../builder-types.js';
import { placeOf } from '../places.js';
import type { StepHost } from './step-host.js';

/** "Ingen fejl i indholdet." / "1 fejl …" / "3 fejl …", for the chosen widget's draft. */
export function countText(b: StepHost): string {
  const count = b.problems.length;
  const { s } = b;
  if (count === 0) return s.problemsNone;
  return count === 1 ? s.problemsOne : format(s.problemsMany, { count });
}

function focusProblem(b: StepHost, problem: ContentProblem): void {
  const form = b.renderRoot.querySelector<HTMLElement & Partial<ContentForm<unknown>>>(
    b.spec.formTag,
  );
  if (form?.focusField?.(problem.path)) return;
  form?.focus();
}

/** The problems, each a button to its field; `id` tells this summary from another. */
export function problemSummary(
  b: StepHost,
  problems: readonly ContentProblem[],
  id: string,
): TemplateResult {
  const { s, language } = b;
  return html`<div class="summary" role="group" aria-labelledby="${id}-heading">
    <h3 id="${id}-heading">${s.summaryHeading}</h3>
    <p class="hint">${s.summaryHint}</p>
    <ul>
      ${problems.map((problem) => {
        const place = placeOf(problem.path, language) || s.wholeContent;
        const sentence = `${place}: ${problemMessage(problem, language)}`;
        return html`<li>
          ${
            problem.path
              ? html`<button type="button" class="link" @click=${() => focusProblem(b, problem)}>
                  ${sentence}
                  <code class="path" aria-hidden="true">${problem.path}</code>
                </button>`
              : sentence
          }
        </li>`;
      })}
    </ul>
  </div>`;
}

/** The preview shows the tip or theme whose field the editor is in, also as they type. */
function follow(b: StepHost, event: FocusEvent): void {
  const field = event.composedPath()[0];
  const match = field instanceof Element ? /^f-(?:tips|themes)-(\d+)-/.exec(field.id) : null;
  if (match) b.change(undefined, { followed: { kind: b.spec.name, index: Number(match[1]) } });
}

export function contentStep(b: StepHost): TemplateResult {
  const { s, problems } = b;
  // The widget's own form: each kind names its tag, so nothing here knows the widgets.
  const tag = unsafeStatic(b.spec.formTag);
  const edited = (event: DraftChangeEvent) => {
    event.stopPropagation();
    b.changeWidget({ draft: event.draft }, { alertProblems: false, copyStatus: '' });
  };
  const form = staticHtml`<${tag}
    class="content-form"
    .draft=${b.widget.draft}
    .problems=${problems}
    .lang=${b.language}
    @draft-change=${edited}
    @focusin=${(e: FocusEvent) => follow(b, e)}
  ></${tag}>`;
  return html`<section class="step" aria-labelledby="content-heading">
    <h2 id="content-heading">${s.contentHeading}</h2>
    <p class="hint">${s.contentHint}</p>
    <p class="count" role="status" data-ok=${problems.length === 0}>${countText(b)}</p>
    ${problems.length ? problemSummary(b, problems, 'summary') : nothing} ${form}
  </section>`;
}

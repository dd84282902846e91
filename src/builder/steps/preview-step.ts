// Step 5: the real widget with the draft, at computer or phone width. While the draft is invalid
// it shows the last valid version, greyed and inert.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { attributes } from '../attributes.js';
import { LOOK_PROPERTIES, lookProperties } from '../look.js';
import { radios } from './radios.js';
import type { StepHost } from './step-host.js';

/**
 * Sets the look on the preview through the CSSOM: a style attribute (what styleMap writes first)
 * is blocked by a strict Content-Security-Policy, the builder page's own included.
 */
export function applyLook(b: StepHost): void {
  const frame = b.renderRoot.querySelector<HTMLElement>('.frame');
  if (!frame) return;
  const properties = lookProperties(b.state.look);
  for (const name of LOOK_PROPERTIES) {
    const value = properties[name];
    if (value === undefined) frame.style.removeProperty(name);
    else frame.style.setProperty(name, value);
  }
}

function widget(b: StepHost, content: unknown): TemplateResult {
  const { spec, widget: settings, session } = b;
  const followed = session.followed?.kind === spec.name ? session.followed.index : undefined;
  // Each kind names its tag and the attributes its preview takes.
  const tag = unsafeStatic(spec.tag);
  return staticHtml`<${tag}
    lang=${b.contentLang}
    label=${ifDefined(settings.label.trim() || undefined)}
    ${attributes(spec.previewAttributes(content, settings.flag, followed))}
    .content=${content}
  ></${tag}>`;
}

export function previewStep(b: StepHost): TemplateResult {
  const { s, result } = b;
  const content = result.ok ? result.data : b.lastValid;
  const stale = !result.ok;
  return html`<section class="step preview" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${s.previewHeading}</h2>
    <p class="hint">${s.previewHint}</p>
    <fieldset class="inline">
      <legend>${s.width}</legend>
      ${radios(
        'width',
        ['desktop', 'phone'] as const,
        b.state.width,
        (width) => (width === 'phone' ? s.widthPhone : s.widthDesktop),
        (width) => b.change({ width }),
      )}
    </fieldset>
    ${
      stale
        ? html`<p class="note">${content === undefined ? s.previewNone : s.previewStale}</p>`
        : nothing
    }
    ${
      content === undefined
        ? nothing
        : html`<div class="frame" data-width=${b.state.width} data-stale=${stale} ?inert=${stale}>
            ${widget(b, content)}
          </div>`
    }
  </section>`;
}

import { html, nothing, type TemplateResult } from 'lit';

// Pieces of markup more than one widget renders.

/** The alert icon of notices and messages: a circled exclamation mark, hidden from readers. */
export const alertIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
  <circle cx="12" cy="12" r="10"></circle>
  <path d="M12 7v6M12 17h.01"></path>
</svg>`;

/** `text` as paragraphs, a blank line starting a new one; `name` is their class and part. */
export const paragraphs = (text: string, name: string): TemplateResult[] =>
  text.split(/\n\s*\n/).map((p) => html`<p class=${name} part=${name}>${p}</p>`);

/**
 * The credit line under built-in content: where its ideas come from. `text` is `undefined` for
 * custom content, which carries no credit, and then nothing is rendered.
 */
export const credit = (text: string | undefined): TemplateResult | typeof nothing =>
  text ? html`<p class="credit" part="credit">${text}</p>` : nothing;

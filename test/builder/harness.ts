// What the builder's shell tests (shell.test.ts, targets.test.ts) share: the builder registered
// with stand-ins for its three content forms, the fixture, and helpers that read its shadow DOM
// and act on it as an editor would (type, select, click, press a button), record downloads and
// run axe once the preview has settled. The real forms are tested in forms.test.ts and, with the
// shell, end to end by test/e2e/builder-e2e.mjs.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { DraftChangeEvent, fieldId, type ContentProblem } from '../../src/builder/builder-types.js';
import { DigiEmbedBuilder } from '../../src/builder/embed-builder.js';
import { defineElement } from '../../src/core/define.js';
import { settle, shadow } from '../helpers.js';

/** A stand-in content form: shows the draft's size, records focusField calls, emits edits. */
export class StandInForm extends LitElement {
  static override properties = {
    draft: { attribute: false },
    problems: { attribute: false },
    lang: {},
  };

  draft: unknown;
  problems: readonly ContentProblem[] = [];
  override lang = 'da';
  readonly focused: string[] = [];

  focusField(path: string): boolean {
    this.focused.push(path);
    const field = this.shadowRoot?.querySelector<HTMLInputElement>(`#${fieldId(path)}`);
    if (!field) return false;
    field.focus();
    return true;
  }

  /** What the editor would do in the real form: a whole new draft. */
  edit(draft: unknown): void {
    this.dispatchEvent(new DraftChangeEvent(draft));
  }

  protected override render() {
    return html`${this.problems.map(
      (p) =>
        html`<label>${p.path}<input id=${fieldId(p.path)} aria-invalid="true" value="x" /></label>`,
    )}`;
  }
}
for (const tag of ['digi-builder-tips-form', 'digi-builder-quiz-form', 'digi-builder-wheel-form'])
  customElements.define(tag, class extends StandInForm {});
defineElement('digi-embed-builder', DigiEmbedBuilder);

/** Three tips, the last with a link: content that is not the built-in content. */
export const THREE_TIPS = {
  tips: [
    { title: 'Første råd', body: 'Tekst et.' },
    { title: 'Andet råd', body: 'Tekst to.' },
    {
      title: 'Tredje råd',
      body: 'Tekst tre.',
      link: { href: 'https://example.org/', text: 'Læs' },
    },
  ],
};

/** The builder page's font: wider than the browser's default serif, so narrow layouts show. */
export const PAGE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** A builder in the page's font, under an element of language `lang`, settled. */
export async function builder(lang = 'da'): Promise<DigiEmbedBuilder> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} style="font-family: ${PAGE_FONT}">
      <digi-embed-builder></digi-embed-builder>
    </div>`,
  );
  const el = wrapper.querySelector('digi-embed-builder')!;
  await settle(el);
  return el;
}

// Typed like querySelector itself: the caller names the element type it expects.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function $<E extends Element = HTMLElement>(el: Element, selector: string): E | null {
  return shadow(el).querySelector<E>(selector);
}
export const $$ = (el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(selector),
];
/** The text of `node`, white space collapsed. */
export const text = (node: Element | null | undefined) =>
  node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
/** The content form shown (a stand-in). */
export const form = (el: DigiEmbedBuilder) =>
  $<StandInForm>(el, 'digi-builder-tips-form, digi-builder-quiz-form, digi-builder-wheel-form')!;
/** The button named `label`; throws when there is none. */
export const button = (el: Element, label: string) => {
  const found = $$(el, 'button').find((b) => text(b) === label);
  if (!found) throw new Error(`No button "${label}"`);
  return found as HTMLButtonElement;
};
export const hasButton = (el: Element, label: string) =>
  $$(el, 'button').some((b) => text(b) === label);

/** An edit in the content form, as the real form sends it. */
export async function edit(el: DigiEmbedBuilder, draft: unknown): Promise<void> {
  form(el).edit(draft);
  await settle(el);
}

/** Types `value` into the field `selector` (one input event). */
export async function type(el: DigiEmbedBuilder, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
}

/** Chooses `value` in the select `selector` (one change event). */
export async function select(el: DigiEmbedBuilder, selector: string, value: string): Promise<void> {
  const field = $<HTMLSelectElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Clicks the radio button or checkbox `selector`. */
export async function choose(el: DigiEmbedBuilder, selector: string): Promise<void> {
  $<HTMLInputElement>(el, selector)!.click();
  await settle(el);
}

/** Clicks the button named `label`, and waits for what it starts. */
export async function press(el: DigiEmbedBuilder, label: string): Promise<void> {
  button(el, label).click();
  await settle(el);
  await settle(el);
}

/** Records the files the builder offers for download: their contents and file names. */
export function recordDownloads(): { blobs: Blob[]; names: string[] } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  sinon.stub(URL, 'createObjectURL').callsFake((blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

/**
 * axe on the builder, once the preview widget has its content (its `updateComplete` waits for the
 * content loader, imported on first use) and its fade-in has ended: mid-fade text is pale.
 */
export async function accessible(el: DigiEmbedBuilder): Promise<void> {
  await settle(el);
  const widget = $(el, '.frame > *');
  if (widget instanceof LitElement) {
    await widget.updateComplete;
    // A fade-in the widget cancels (a newer one replaced it) is as done as one that ended.
    for (let round = 0; round < 3; round++)
      await Promise.all(
        shadow(widget)
          .getAnimations()
          .map((animation) => animation.finished.catch(() => undefined)),
      );
  }
  await expect(el).to.be.accessible();
}

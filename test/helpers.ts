import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  sendMouse,
} from '@web/test-runner-commands';
import sinon from 'sinon';
import { coreStringsDa } from '../src/core/core.da.js';
import type { DigiErrorDetail, DigiErrorEvent } from '../src/core/events.js';
import { format } from '../src/core/format.js';

/** The engine running the tests, from its user agent (WebKitGTK's names neither Chrome nor Firefox). */
export const engine: 'Chromium' | 'Firefox' | 'WebKit' = navigator.userAgent.includes('Firefox/')
  ? 'Firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'Chromium'
    : 'WebKit';

/**
 * Only Chromium's launcher (puppeteer over CDP) emulates media features. Firefox (WebDriver BiDi)
 * and WebKitGTK (classic WebDriver) cannot switch `prefers-reduced-motion` in a running page, so
 * test/runner/engines.mjs starts each of them a second time with reduced motion set in the
 * browser itself (Firefox's `ui.prefersReducedMotion` pref, GTK's `gtk-enable-animations=0`) and
 * runs the tests named "reduced motion" there.
 */
export const emulatesMedia = engine === 'Chromium';

/** Whether this browser was started with reduced motion on (the second Firefox and WebKit runs). */
const startedReduced = matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * `it` for a test that needs `prefers-reduced-motion: reduce` from its first line. In Chromium it
 * is emulated; in the other engines the test runs in the browser started with reduced motion, and
 * is pending in the normal run, its title naming the engine and the reason. Never a silent skip.
 */
export function itUnderReducedMotion(title: string, test: () => Promise<void>): void {
  if (emulatesMedia) {
    it(title, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      await test();
    });
  } else if (startedReduced) {
    it(`${title} [${engine}: reduced motion set in the browser, not emulated]`, test);
  } else {
    it(
      `${title} [${engine}: no media emulation over WebDriver; runs in the ${engine} started with reduced motion]`,
    );
  }
}

/**
 * `it` for a test that switches media features while its page runs: Chromium only. Elsewhere the
 * test is pending, its title naming the engine and the reason.
 */
export function itSwitchingMedia(title: string, test: () => Promise<void>): void {
  if (emulatesMedia) it(title, test);
  else it(`${title} [${engine}: no media emulation over WebDriver to switch it in a running page]`);
}

/** Puts `prefers-reduced-motion` back to `no-preference` where it can be emulated (afterEach). */
export async function resetReducedMotion(): Promise<void> {
  if (emulatesMedia) await emulateMedia({ reducedMotion: 'no-preference' });
}

/**
 * Presses a chord of real keys (`pressChord('Shift', 'Tab')`): down in order, up in reverse. Works in
 * every launcher, WebDriver included (see the `digi-press` command in test/runner/plugins.mjs).
 */
export async function pressChord(...keys: string[]): Promise<void> {
  await executeServerCommand('digi-press', { keys });
}

/** The space bar's key name in every launcher (puppeteer over BiDi knows no `'Space'`). */
export const SPACE = ' ';

/** The viewport this test file started with (each engine's default window). */
const startViewport = { width: window.innerWidth, height: window.innerHeight };

/**
 * Sizes the viewport to `width` × `height` CSS pixels in every engine, so viewport media queries
 * follow (the `digi-viewport` command in test/runner/plugins.mjs: puppeteer's viewport in
 * Chromium and Firefox, the window less its toolbar over WebDriver in WebKit). `setViewport` from
 * @web/test-runner-commands knows no WebDriver. In WebKit MiniBrowser's toolbar keeps the viewport
 * at least 447 px wide here (the command fails below that), and WebKitGTK re-evaluates a shadow root's
 * viewport media queries on a resize only while an element using that stylesheet is in the page:
 * one created after the resize gets the old answer, so resize with the element connected.
 */
export async function setViewportSize(width: number, height: number): Promise<void> {
  await executeServerCommand('digi-viewport', { width, height });
}

/**
 * Puts the viewport back to the size this file started with (afterEach). WebKit keeps one window
 * for every test file, so a size left behind would follow into the next file.
 */
export async function restoreViewport(): Promise<void> {
  if (window.innerWidth !== startViewport.width || window.innerHeight !== startViewport.height)
    await setViewportSize(startViewport.width, startViewport.height);
}

/**
 * Releases the mouse buttons and moves the pointer near the page's top-left corner, off every
 * widget. Puppeteer's `resetMouse` over BiDi forgets the pointer's position without moving it in
 * Firefox (and a move to 0,0 right after is then no move at all), so the next test's widget could
 * render under the pointer and be hovered: a hovered carousel pauses its rotation.
 */
export async function parkMouse(): Promise<void> {
  await resetMouse();
  await sendMouse({ type: 'move', position: [1, 1] });
}

/**
 * A font with the same metrics in every engine, for tests that measure text against a fixed size.
 * The engines' default serif differs here (Chromium: Times New Roman, i.e. Liberation Serif;
 * Firefox and WebKit: DejaVu Serif, about 15 % wider), and a measurement must not depend on it.
 */
export const METRIC_FONT = "font-family: 'Times New Roman', 'Liberation Serif', serif";

/**
 * The title suffix of a test this engine runs differently, from `why` (one reason per engine):
 * `' [WebKit: reason]'` in an engine named there, `''` elsewhere.
 */
export function differently(why: Partial<Record<typeof engine, string>>): string {
  const reason = why[engine];
  return reason ? ` [${engine}: ${reason}]` : '';
}

/** The Layout Instability API (`layout-shift` entries) exists in Chromium only. */
export const layoutShiftApi = PerformanceObserver.supportedEntryTypes.includes('layout-shift');

/** Records every `type` event reaching `target`, so tests can count them exactly (zero too). */
export function recordEvents<E extends Event = Event>(target: EventTarget, type: string): E[] {
  const seen: E[] = [];
  target.addEventListener(type, (event) => seen.push(event as E));
  return seen;
}

/** Waits for mutation observers (language changes) and the render they cause. */
export async function settle(element: LitElement): Promise<void> {
  await Promise.resolve();
  await element.updateComplete;
  await element.updateComplete;
}

/** The element's shadow root. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Collects `console.error` calls made while `run` is active; the spy is restored afterwards. */
export async function captureConsoleErrors(run: () => Promise<void>): Promise<unknown[][]> {
  const spy = sinon.stub(console, 'error');
  try {
    await run();
    return spy.args;
  } finally {
    spy.restore();
  }
}

/** Centre of an element in viewport coordinates, for `sendMouse`. */
export function centre(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
}

/** Waits until every running animation in the element's shadow root has finished. */
export async function animationsDone(element: Element): Promise<void> {
  await Promise.all(
    shadow(element)
      .getAnimations()
      .map((animation) => animation.finished),
  );
}

/** What a refused piece of content left behind: the element, the one `digi-error`, the notice. */
export interface Refusal<E extends HTMLElement> {
  el: E;
  detail: DigiErrorDetail;
  /** The notice's text, white space collapsed. */
  text: string;
}

/**
 * Renders `template` (one widget with bad content) and checks what every refusal must do: exactly
 * one `digi-error` and one `console.error`, an alert notice in place of the widget (`widget`, a
 * selector into the shadow root, is absent), and no axe violation.
 */
export async function expectRefusal<E extends HTMLElement>(
  template: TemplateResult,
  tag: string,
  widget: string,
): Promise<Refusal<E>> {
  const errors: DigiErrorEvent[] = [];
  let el!: E;
  const notice = () => shadow(el).querySelector('[part="notice"]');
  const logged = await captureConsoleErrors(async () => {
    const wrapper = await fixture(
      html`<div @digi-error=${(e: DigiErrorEvent) => errors.push(e)}>${template}</div>`,
    );
    el = wrapper.querySelector<E>(tag)!;
    await waitUntil(notice, 'no notice shown');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  });
  expect(errors, 'digi-error events').to.have.length(1);
  expect(logged, 'console.error calls').to.have.length(1);
  expect(notice()!.getAttribute('role')).to.equal('alert');
  expect(shadow(el).querySelector(widget) === null, `no ${widget}`).to.equal(true);
  await animationsDone(el);
  await expect(el).to.be.accessible();
  return { el, detail: errors[0]!.detail, text: notice()!.textContent.replace(/\s+/g, ' ').trim() };
}

/**
 * Renders `<tag src="/test-src/never">` (a route that never answers) under a fake clock and checks
 * the timeout: a loading message first, nothing at 9 999 ms, then at 10 s the notice, exactly one
 * `digi-error` with reason `timeout` and one `console.error`.
 */
export async function expectSrcTimeout(tag: string): Promise<void> {
  const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const wrapper = await fixture(html`<div></div>`);
  const errors = recordEvents<DigiErrorEvent>(wrapper, 'digi-error');
  const logged = sinon.stub(console, 'error');
  try {
    const el = document.createElement(tag);
    if (!(el instanceof LitElement)) throw new Error(`<${tag}> is not a Lit element`);
    el.setAttribute('src', '/test-src/never');
    wrapper.append(el);
    await el.updateComplete;
    const notice = () => shadow(el).querySelector('[part="notice"]');
    const loading = shadow(el).querySelector('.loading')?.textContent.trim();
    expect(loading).to.equal('Henter indhold …');
    clock.tick(9_999);
    await el.updateComplete;
    expect(notice() === null, 'no notice before 10 s').to.equal(true);
    clock.tick(1);
    clock.restore();
    await waitUntil(notice, 'no timeout notice');
    expect(errors.map((e) => e.detail.reason)).to.deep.equal(['timeout']);
    expect(logged.callCount).to.equal(1);
    expect(notice()!.textContent).to.contain(
      '/test-src/never blev ikke hentet inden for 10 sekunder',
    );
  } finally {
    clock.restore();
    logged.restore();
  }
}

/** The Danish notice for a refused attribute: `name="value"` refused, `fallback` used instead. */
export const refusedAttribute = (name: string, value: string, fallback: string | number): string =>
  format(coreStringsDa.invalidAttribute, { name, value, fallback });

/**
 * Renders `template` (one widget whose attribute `name` holds the refused `value`) and checks what
 * every refused attribute does: exactly one `digi-error` `{ reason: 'invalid-attribute', path: name }`
 * and one `console.error`, both saying what the status notice says (that `fallback` is used
 * instead), the widget still rendered (`widget`, a selector into the shadow root), and no axe
 * violation.
 */
export async function expectAttributeRefusal<E extends LitElement>(
  template: TemplateResult,
  tag: string,
  widget: string,
  [name, value, fallback]: [name: string, value: string, fallback: string | number],
): Promise<E> {
  const errors: DigiErrorEvent[] = [];
  let el!: E;
  const logged = await captureConsoleErrors(async () => {
    const wrapper = await fixture(
      html`<div @digi-error=${(e: DigiErrorEvent) => errors.push(e)}>${template}</div>`,
    );
    el = wrapper.querySelector<E>(tag)!;
    await el.updateComplete;
  });
  const message = refusedAttribute(name, value, fallback);
  expect(errors.map((e) => e.detail)).to.deep.equal([
    { reason: 'invalid-attribute', path: name, message },
  ]);
  expect(logged.map((args) => args.join(' '))).to.deep.equal([`<${tag}> ${message}`]);
  const notice = shadow(el).querySelector('[part="notice"]');
  expect(notice?.getAttribute('role')).to.equal('status');
  expect(notice?.textContent.replace(/\s+/g, ' ')).to.contain(message);
  expect(shadow(el).querySelector(widget) !== null, `${widget} still there`).to.equal(true);
  await animationsDone(el);
  await expect(el).to.be.accessible();
  return el;
}

/**
 * Checks `heading-level` on a widget whose headings `outline(el)` lists (their `aria-level`s), and
 * whose headings for a top level `n` should read `expected(n)`: `heading-level="9"` is refused like
 * any attribute and 6 used; a good value clears the notice without an event; removing the
 * attribute gives the widget's default `fallback` without one; a value that is no number is
 * refused again, with `fallback`.
 */
export async function expectHeadingLevelChecked(
  template: TemplateResult,
  tag: string,
  widget: string,
  fallback: number,
  outline: (el: LitElement) => (string | null)[],
  expected: (level: number) => string[],
): Promise<void> {
  const el = await expectAttributeRefusal(template, tag, widget, ['heading-level', '9', 6]);
  expect(outline(el), 'heading-level="9"').to.deep.equal(expected(6));
  const notice = () => shadow(el).querySelector('[part="notice"]');
  const errors = recordEvents<DigiErrorEvent>(el, 'digi-error');
  const logged = await captureConsoleErrors(async () => {
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(outline(el), 'heading-level="4"').to.deep.equal(expected(4));
    expect(notice(), 'no notice for 4').to.equal(null);
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(outline(el), 'no heading-level').to.deep.equal(expected(fallback));
    expect(notice(), 'no notice without the attribute').to.equal(null);
    expect(errors, 'no digi-error for good values').to.have.length(0);
    el.setAttribute('heading-level', 'tre');
    await el.updateComplete;
  });
  expect(outline(el), 'heading-level="tre"').to.deep.equal(expected(fallback));
  const message = refusedAttribute('heading-level', 'tre', fallback);
  expect(errors.map((e) => e.detail.message)).to.deep.equal([message]);
  expect(logged).to.have.length(1);
  expect(notice()?.textContent.replace(/\s+/g, ' ')).to.contain(message);
}

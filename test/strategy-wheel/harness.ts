// What the wheel's test files share: queries into its shadow root, the accessibility tree,
// geometry (points inside a segment, angles on screen), example themes, fixtures and input.
// Each file runs `cleanUp` after every test.
import type AxeCore from 'axe-core';
import 'axe-core/axe.min.js';
import sinon from 'sinon';
import {
  type DigiStrategyWheel,
  DigiThemeSelectEvent,
  type StrategyTheme,
  type StrategyWheelContent,
  strategyWheelDa as da,
  strategyWheelEn as en,
} from '../../src/strategy-wheel/index.js';
import { type TemplateResult } from 'lit';
import {
  centre,
  deepActiveElement,
  parkMouse,
  pressChord,
  recordEvents,
  resetReducedMotion,
  shadow,
} from '../helpers.js';
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/strategy-wheel/define.js';
import type { FramedWidget } from '../reserve-frame.js';

/** The widget's files as the reserve tests load them in a frame (test/reserve-frame.ts). */
export const WHEEL_FILES: FramedWidget = {
  tag: 'digi-strategy-wheel',
  define: '/src/strategy-wheel/define.ts',
  reserveRule: '/src/strategy-wheel/strategy-wheel.reserve.css',
};

export const themesDa = da.content.themes;
export const themesEn = en.content.themes;
export const ids = themesDa.map((theme) => theme.id);

// ---------------------------------------------------------------------------------------------
// Queries

export const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<E>(selector),
];
export const text = (node: Element | null | undefined) =>
  node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
export const tablist = (el: Element) => shadow(el).querySelector<SVGSVGElement>('[role="tablist"]');
export const tabs = (el: Element) => $$<SVGGElement>(el, '[role="tab"]');
export const shapes = (el: Element) => $$<SVGPathElement>(el, '[part="segment"]');
export const numbers = (el: Element) => $$<SVGTextElement>(el, '[part="number"]');
export const panels = (el: Element) => $$(el, '[role="tabpanel"]');
export const shownPanels = (el: Element) =>
  panels(el).filter((panel) => getComputedStyle(panel).visibility === 'visible');
export const shownPanel = (el: Element) => shownPanels(el)[0];
export const legendItems = (el: Element) => $$(el, '[part="legend"] li');
export const notice = (el: Element) => $(el, '[part="notice"]');
export const centreText = (el: Element) => text($(el, '[part="centre"]'));
export const panelTitle = (el: Element) => text(shownPanel(el)?.querySelector('[part="title"]'));
export const tabNames = (el: Element) => tabs(el).map((tab) => tab.getAttribute('aria-label'));

/** A short name for an element in failure messages (whole DOM nodes make chai hang). */
export const nameOf = (node: Element | null | undefined) =>
  node
    ? `<${node.localName}${node.id ? `#${node.id}` : ''}> "${text(node).slice(0, 30)}"`
    : 'nothing';

/** Asserts that keyboard focus is on `target`, through shadow roots. */
export function expectFocus(target: Element | null | undefined, message = '') {
  const active = deepActiveElement();
  expect(active === target, `${message} focus is on ${nameOf(active)}, not ${nameOf(target)}`).to.be
    .true;
}

/** Asserts that theme `index` is the one selected, everywhere it shows. */
export function expectSelected(el: DigiStrategyWheel, index: number, title: string) {
  const all = tabs(el);
  const only = (value: boolean) => all.map((_, i) => (i === index ? value : !value));
  expect(
    all.map((tab) => tab.getAttribute('aria-selected') === 'true'),
    'aria-selected',
  ).to.deep.equal(only(true));
  expect(
    all.map((tab) => tab.tabIndex === 0),
    'tabindex 0 on the selected tab only',
  ).to.deep.equal(only(true));
  expect(
    all.map((tab) => tab.tabIndex === -1),
    'tabindex -1 on the others',
  ).to.deep.equal(only(false));
  expect(
    panels(el).map((panel) => panel.getAttribute('aria-labelledby')),
    'one panel, named by the selected tab',
  ).to.deep.equal([`tab-${index}`]);
  expect(
    all.map((tab) => tab.getAttribute('aria-controls')),
    'every tab controls the one panel',
  ).to.deep.equal(all.map(() => 'panel'));
  expect(
    legendItems(el).map((item) => item.hasAttribute('data-selected')),
    'legend',
  ).to.deep.equal(only(true));
  expect(panelTitle(el), 'panel title').to.equal(title);
  expect(centreText(el), 'centre').to.equal(title);
}

// ---------------------------------------------------------------------------------------------
// Accessibility tree: axe-core computes accessible names the way assistive technology does
// (aria-labelledby, aria-label, content), through shadow roots.

export const axe = () => (window as unknown as { axe: typeof AxeCore }).axe;

export function accessibleName(node: Element): string {
  axe().setup(document);
  try {
    return axe().commons.text.accessibleText(node);
  } finally {
    axe().teardown();
  }
}

// ---------------------------------------------------------------------------------------------
// Geometry: points inside a segment's shape, found with the shape's own hit test.

/** Points of a grid over the shape's bounding box that lie inside its fill (its user space). */
export function insidePoints(shape: SVGGeometryElement, steps = 24): DOMPoint[] {
  const box = shape.getBBox();
  const points: DOMPoint[] = [];
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const point = new DOMPoint(box.x + (box.width * i) / steps, box.y + (box.height * j) / steps);
      if (shape.isPointInFill(point)) points.push(point);
    }
  }
  return points;
}

export function mean(points: readonly DOMPoint[]): DOMPoint {
  const sum = points.reduce((a, p) => ({ x: a.x + p.x, y: a.y + p.y }), { x: 0, y: 0 });
  return new DOMPoint(sum.x / points.length, sum.y / points.length);
}

/** A point well inside `shape`, in viewport pixels (for `sendMouse`). */
export function pointIn(shape: SVGGeometryElement): [number, number] {
  const inside = insidePoints(shape);
  const middle = mean(inside);
  const nearest = inside.reduce((best, p) =>
    Math.hypot(p.x - middle.x, p.y - middle.y) < Math.hypot(best.x - middle.x, best.y - middle.y)
      ? p
      : best,
  );
  const screen = nearest.matrixTransform(shape.getScreenCTM()!);
  return [Math.round(screen.x), Math.round(screen.y)];
}

/** The centre of the wheel in viewport pixels. */
export function wheelCentre(el: Element): [number, number] {
  return centre(tablist(el)!);
}

/**
 * The direction of a shape's centroid from the wheel's centre, as drawn on screen (rotation
 * included), in degrees clockwise from the top, −180 to 180.
 */
export function angleOf(el: Element, shape: SVGGeometryElement): number {
  const matrix = shape.getScreenCTM()!;
  const c = mean(insidePoints(shape).map((p) => p.matrixTransform(matrix)));
  const [cx, cy] = wheelCentre(el);
  return (Math.atan2(c.x - cx, cy - c.y) * 180) / Math.PI;
}

/** The smallest difference between two angles in degrees. */
export const turnBetween = (a: number, b: number) =>
  Math.abs(((((a - b) % 360) + 540) % 360) - 180);

/** The rotation of an element's drawing on screen, in degrees (0 is upright). */
export const rotationOf = (node: SVGGraphicsElement) => {
  const m = node.getScreenCTM()!;
  return (Math.atan2(m.b, m.a) * 180) / Math.PI;
};

// ---------------------------------------------------------------------------------------------
// Content and fixtures

/** Our own example strategy themes, for custom content. */
export const TITLES = [
  'Digital borgerservice',
  'Velfærdsteknologi i hjemmet',
  'Data som fælles ressource',
  'Grøn og klog by',
  'Sikker og stabil IT-drift',
  'Digitale kompetencer for alle',
  'Automatisering af rutineopgaver',
  'Digital inklusion',
  'Åbne data og gennemsigtighed',
  'Den digitale folkeskole',
  'Sundhed og forebyggelse',
  'Samarbejde på tværs af forvaltninger',
];

/** `count` themes `tema-1` … with our titles; `extra(i)` adds or overrides fields. */
export function themes(
  count: number,
  extra: (i: number) => Partial<StrategyTheme> = () => ({}),
): StrategyWheelContent {
  return {
    themes: Array.from({ length: count }, (_, i) => {
      const title = TITLES[i % TITLES.length]!;
      return {
        id: `tema-${i + 1}`,
        title,
        description: `Hvad kommunen vil med ${title.toLowerCase()}.`,
        ...extra(i),
      };
    }),
  };
}

export async function wheel(
  template: TemplateResult = html`<digi-strategy-wheel></digi-strategy-wheel>`,
) {
  const el = await fixture<DigiStrategyWheel>(template);
  await el.updateComplete;
  return el;
}

/** A wheel between two buttons, inside a wrapper (which can carry `lang` and a width). */
export async function onPage(
  template: TemplateResult = html`<digi-strategy-wheel></digi-strategy-wheel>`,
  { lang = '', width = '', font = '' } = {},
) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style=${[width && `width: ${width}`, font].filter(Boolean).join('; ')}>
      <button id="before">før</button>
      ${template}
      <button id="after">efter</button>
    </div>`,
  );
  if (!lang) wrapper.removeAttribute('lang');
  const el = wrapper.querySelector('digi-strategy-wheel')!;
  await el.updateComplete;
  const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
  const after = wrapper.querySelector<HTMLButtonElement>('#after')!;
  return { wrapper, el, before, after };
}

export async function press(el: DigiStrategyWheel, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

export async function pressWith(el: DigiStrategyWheel, modifier: string, key: string) {
  await pressChord(modifier, key);
  await el.updateComplete;
}

/** From the button before the wheel, Tab onto the wheel's tab. */
export async function tabIn(el: DigiStrategyWheel, before: HTMLButtonElement) {
  before.focus();
  await press(el, 'Tab');
}

export async function click(el: DigiStrategyWheel, [x, y]: [number, number]) {
  await sendMouse({ type: 'click', position: [x, y] });
  await el.updateComplete;
}

/**
 * Clicks inside segment `index`, after checking that the point really hits that segment. It aims
 * after the next frame, as a reader aims at what is drawn: once, on a busy machine, a Firefox click
 * missed the segment it had aimed at right after a key press; not reproduced since.
 */
export async function clickSegment(el: DigiStrategyWheel, index: number) {
  await nextFrame();
  const shape = shapes(el)[index]!;
  const [x, y] = pointIn(shape);
  const hit = shadow(el).elementFromPoint(x, y);
  expect(hit === shape, `the point ${x},${y} hits ${nameOf(hit)}, not segment ${index + 1}`).to.be
    .true;
  await click(el, [x, y]);
}

export const selectEvents = (target: EventTarget) =>
  recordEvents<DigiThemeSelectEvent>(target, 'digi-theme-select');
export const details = (events: DigiThemeSelectEvent[]) =>
  events.map((event) => ({ ...event.detail }));

/** After every test: stubs restored, the mouse parked, motion back to normal. */
export async function cleanUp(): Promise<void> {
  sinon.restore();
  await parkMouse();
  await resetReducedMotion();
}

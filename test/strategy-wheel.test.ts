import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type AxeCore from 'axe-core';
import 'axe-core/axe.min.js';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../src/strategy-wheel/define.js';
import {
  contrastRatio,
  DARK_TEXT,
  GRAPHIC_CONTRAST,
  LIGHT_TEXT,
  TEXT_CONTRAST,
} from '../src/core/contrast.js';
import type { DigiErrorEvent } from '../src/core/events.js';
import {
  DigiThemeSelectEvent,
  PALETTE,
  strategyWheelDa as da,
  strategyWheelEn as en,
  type DigiStrategyWheel,
  type StrategyTheme,
  type StrategyWheelContent,
} from '../src/strategy-wheel/index.js';
import {
  animationsDone,
  expectRefusal,
  expectSrcTimeout,
  expectHeadingLevelChecked,
  refusedAttribute,
  captureConsoleErrors,
  centre,
  deepActiveElement,
  recordEvents,
  settle,
  shadow,
  differently,
  engine,
  itUnderReducedMotion,
  METRIC_FONT,
  pressChord,
  resetReducedMotion,
  parkMouse,
} from './helpers.js';

const themesDa = da.content.themes;
const themesEn = en.content.themes;
const ids = themesDa.map((theme) => theme.id);

// ---------------------------------------------------------------------------------------------
// Queries

const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<E>(selector),
];
const text = (node: Element | null | undefined) =>
  node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const tablist = (el: Element) => shadow(el).querySelector<SVGSVGElement>('[role="tablist"]');
const tabs = (el: Element) => $$<SVGGElement>(el, '[role="tab"]');
const shapes = (el: Element) => $$<SVGPathElement>(el, '[part="segment"]');
const numbers = (el: Element) => $$<SVGTextElement>(el, '[part="number"]');
const panels = (el: Element) => $$(el, '[role="tabpanel"]');
const shownPanels = (el: Element) =>
  panels(el).filter((panel) => getComputedStyle(panel).visibility === 'visible');
const shownPanel = (el: Element) => shownPanels(el)[0];
const legendItems = (el: Element) => $$(el, '[part="legend"] li');
const notice = (el: Element) => $(el, '[part="notice"]');
const centreText = (el: Element) => text($(el, '[part="centre"]'));
const panelTitle = (el: Element) => text(shownPanel(el)?.querySelector('[part="title"]'));
const tabNames = (el: Element) => tabs(el).map((tab) => tab.getAttribute('aria-label'));

/** A short name for an element in failure messages (whole DOM nodes make chai hang). */
const nameOf = (node: Element | null | undefined) =>
  node
    ? `<${node.localName}${node.id ? `#${node.id}` : ''}> "${text(node).slice(0, 30)}"`
    : 'nothing';

/** Asserts that keyboard focus is on `target`, through shadow roots. */
function expectFocus(target: Element | null | undefined, message = '') {
  const active = deepActiveElement();
  expect(active === target, `${message} focus is on ${nameOf(active)}, not ${nameOf(target)}`).to.be
    .true;
}

/** Asserts that theme `index` is the one selected, everywhere it shows. */
function expectSelected(el: DigiStrategyWheel, index: number, title: string) {
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

const axe = () => (window as unknown as { axe: typeof AxeCore }).axe;

function accessibleName(node: Element): string {
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
function insidePoints(shape: SVGGeometryElement, steps = 24): DOMPoint[] {
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

function mean(points: readonly DOMPoint[]): DOMPoint {
  const sum = points.reduce((a, p) => ({ x: a.x + p.x, y: a.y + p.y }), { x: 0, y: 0 });
  return new DOMPoint(sum.x / points.length, sum.y / points.length);
}

/** A point well inside `shape`, in viewport pixels (for `sendMouse`). */
function pointIn(shape: SVGGeometryElement): [number, number] {
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
function wheelCentre(el: Element): [number, number] {
  return centre(tablist(el)!);
}

/**
 * The direction of a shape's centroid from the wheel's centre, as drawn on screen (rotation
 * included), in degrees clockwise from the top, −180 to 180.
 */
function angleOf(el: Element, shape: SVGGeometryElement): number {
  const matrix = shape.getScreenCTM()!;
  const c = mean(insidePoints(shape).map((p) => p.matrixTransform(matrix)));
  const [cx, cy] = wheelCentre(el);
  return (Math.atan2(c.x - cx, cy - c.y) * 180) / Math.PI;
}

/** The smallest difference between two angles in degrees. */
const turnBetween = (a: number, b: number) => Math.abs(((((a - b) % 360) + 540) % 360) - 180);

/** The rotation of an element's drawing on screen, in degrees (0 is upright). */
const rotationOf = (node: SVGGraphicsElement) => {
  const m = node.getScreenCTM()!;
  return (Math.atan2(m.b, m.a) * 180) / Math.PI;
};

// ---------------------------------------------------------------------------------------------
// Content and fixtures

/** Our own example strategy themes, for custom content. */
const TITLES = [
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
function themes(
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

async function wheel(template: TemplateResult = html`<digi-strategy-wheel></digi-strategy-wheel>`) {
  const el = await fixture<DigiStrategyWheel>(template);
  await el.updateComplete;
  return el;
}

/** A wheel between two buttons, inside a wrapper (which can carry `lang` and a width). */
async function onPage(
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

async function press(el: DigiStrategyWheel, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function pressWith(el: DigiStrategyWheel, modifier: string, key: string) {
  await pressChord(modifier, key);
  await el.updateComplete;
}

/** From the button before the wheel, Tab onto the wheel's tab. */
async function tabIn(el: DigiStrategyWheel, before: HTMLButtonElement) {
  before.focus();
  await press(el, 'Tab');
}

async function click(el: DigiStrategyWheel, [x, y]: [number, number]) {
  await sendMouse({ type: 'click', position: [x, y] });
  await el.updateComplete;
}

/** Clicks inside segment `index`, after checking that the point really hits that segment. */
async function clickSegment(el: DigiStrategyWheel, index: number) {
  const shape = shapes(el)[index]!;
  const [x, y] = pointIn(shape);
  const hit = shadow(el).elementFromPoint(x, y);
  expect(hit === shape, `the point ${x},${y} hits ${nameOf(hit)}, not segment ${index + 1}`).to.be
    .true;
  await click(el, [x, y]);
}

const selectEvents = (target: EventTarget) =>
  recordEvents<DigiThemeSelectEvent>(target, 'digi-theme-select');
const details = (events: DigiThemeSelectEvent[]) => events.map((event) => ({ ...event.detail }));

afterEach(async () => {
  sinon.restore();
  await parkMouse();
  await resetReducedMotion();
});

describe('<digi-strategy-wheel>', () => {
  describe('with built-in content', () => {
    it('is a labelled SVG tablist of five numbered tabs, in Danish', async () => {
      const el = await wheel();
      const list = tablist(el)!;
      expect(list.localName).to.equal('svg');
      expect(list.getAttribute('aria-label')).to.equal('Esbjerg Kommunes digitaliseringstemaer');
      expect(accessibleName(list)).to.equal('Esbjerg Kommunes digitaliseringstemaer');
      expect(el.hasAttribute('label'), 'writes no label attribute').to.equal(false);

      const all = tabs(el);
      expect(all).to.have.length(5);
      expect(all.every((tab) => tab.localName === 'g' && tab.closest('svg') === list)).to.be.true;
      expect(tabNames(el)).to.deep.equal(themesDa.map((t) => t.title));
      expect(accessibleName(all[1]!)).to.equal('Sammenhængende service');
      expect(numbers(el).map((n) => n.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);

      // One panel: every tab controls it, and it is named by the selected tab.
      all.forEach((tab, i) => {
        const panel = shadow(el).getElementById(tab.getAttribute('aria-controls')!);
        expect(panel?.getAttribute('role'), `tab ${i + 1} controls a tabpanel`).to.equal(
          'tabpanel',
        );
      });
      expect(panels(el)).to.have.length(1);
      expect(panels(el)[0]!.getAttribute('aria-labelledby')).to.equal(all[0]!.id);
      expect(numbers(el).every((n) => n.closest('[aria-hidden="true"]'))).to.equal(true);
      expectSelected(el, 0, themesDa[0]!.title);
      expect(el.selected).to.equal('velfaerdsteknologi');
      expect(el.getAttribute('selected')).to.equal('velfaerdsteknologi');
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('has a legend of numbered titles that assistive technology skips', async () => {
      const el = await wheel();
      const legend = $(el, '[part="legend"]')!;
      expect(legend.localName).to.equal('ol');
      expect(legend.getAttribute('aria-hidden')).to.equal('true');
      expect(legendItems(el).map(text)).to.deep.equal(
        themesDa.map((t, i) => `${i + 1} ${t.title}`),
      );
      expect($(el, '[part="centre"]')!.getAttribute('aria-hidden')).to.equal('true');
      for (const part of $$(el, '.halo, .ring')) {
        expect(part.getAttribute('aria-hidden')).to.equal('true');
      }
    });

    it('shows the selected theme in the panel: title, description and examples', async () => {
      const el = await wheel();
      const panel = shownPanel(el)!;
      const title = panel.querySelector('[part="title"]')!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('3');
      expect(text(title)).to.equal(themesDa[0]!.title);
      expect($$(el, '#panel [part="description"]').map(text)).to.deep.equal([
        themesDa[0]!.description,
      ]);
      const examplesHeading = panel.querySelector('.examples-heading')!;
      expect(text(examplesHeading)).to.equal('Eksempler');
      expect(examplesHeading.getAttribute('aria-level')).to.equal('4');
      expect([...panel.querySelectorAll('[part="examples"] li')].map(text)).to.deep.equal(
        themesDa[0]!.examples,
      );
      expect(panel.querySelector('[part="link"]') === null, 'no link').to.be.true;
    });

    it('takes its name from label, and heading-level sets the outline (1–6)', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel label="Vores strategi" heading-level="2"></digi-strategy-wheel>`,
      );
      expect(tablist(el)!.getAttribute('aria-label')).to.equal('Vores strategi');
      const levels = () =>
        [...shownPanel(el)!.querySelectorAll('[role="heading"]')].map((h) =>
          h.getAttribute('aria-level'),
        );
      expect(levels()).to.deep.equal(['2', '3']);
      el.headingLevel = 6;
      await el.updateComplete;
      expect(levels()).to.deep.equal(['6', '6']);
      // Set as a property, the value set is what the notice quotes (the attribute still says 2).
      const logged = await captureConsoleErrors(async () => {
        el.headingLevel = 9;
        await el.updateComplete;
        expect(levels()).to.deep.equal(['6', '6']);
        el.headingLevel = -2;
        await el.updateComplete;
        expect(levels()).to.deep.equal(['1', '2']);
      });
      expect(logged.map((args) => args.join(' '))).to.deep.equal([
        `<digi-strategy-wheel> ${refusedAttribute('heading-level', '9', 6)}`,
        `<digi-strategy-wheel> ${refusedAttribute('heading-level', '-2', 1)}`,
      ]);
    });

    it('refuses a heading-level outside 1–6 like any attribute: notice, digi-error, console.error', async () => {
      await expectHeadingLevelChecked(
        html`<digi-strategy-wheel heading-level="9"></digi-strategy-wheel>`,
        'digi-strategy-wheel',
        '[part="tablist"]',
        3,
        (el) =>
          [...shownPanel(el)!.querySelectorAll('[role="heading"]')].map((h) =>
            h.getAttribute('aria-level'),
          ),
        (level) => [String(level), String(Math.min(6, level + 1))],
      );
    });

    it('keeps the same height for every theme (no jump while choosing)', async () => {
      const el = await wheel();
      const heights = new Set<number>();
      for (const id of ids) {
        el.selected = id;
        await el.updateComplete;
        heights.add(Math.round(el.getBoundingClientRect().height));
      }
      expect([...heights]).to.have.length(1);
    });
  });

  describe('the wheel', () => {
    for (const count of [2, 5, 12]) {
      it(`draws ${count} segments clockwise from the top, each with its number on it`, async () => {
        const el = await wheel(
          html`<digi-strategy-wheel .content=${themes(count)}></digi-strategy-wheel>`,
        );
        const all = shapes(el);
        expect(all).to.have.length(count);
        all.forEach((shape, i) => {
          const expected = (i * 360) / count;
          const angle = angleOf(el, shape);
          expect(turnBetween(angle, expected), `segment ${i + 1} at ${angle}°`).to.be.below(2);
          // The number sits wholly on its own segment.
          const number = numbers(el)[i]!;
          expect(number.textContent).to.equal(String(i + 1));
          const box = number.getBBox();
          for (const [x, y] of [
            [box.x, box.y],
            [box.x + box.width, box.y],
            [box.x, box.y + box.height],
            [box.x + box.width, box.y + box.height],
          ]) {
            expect(shape.isPointInFill(new DOMPoint(x, y)), `number ${i + 1} on its segment`).to.be
              .true;
          }
        });
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });
    }

    it('the selected segment stands out, and its outline is drawn on top', async () => {
      const el = await wheel();
      const [first, second] = shapes(el) as [SVGPathElement, SVGPathElement];
      const reach = (shape: SVGPathElement) => {
        const box = shape.getBBox();
        return Math.max(...[box.x, box.y, box.x + box.width, box.y + box.height].map(Math.abs));
      };
      expect(reach(first)).to.be.greaterThan(reach(second));
      const ring = $(el, '.ring')!;
      expect(ring.getAttribute('d')).to.equal(first.getAttribute('d'));
      expect(first.compareDocumentPosition(ring) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
        0,
      );
      el.selected = ids[3];
      await el.updateComplete;
      expect(ring.getAttribute('d')).to.equal(shapes(el)[3]!.getAttribute('d'));
      expect(reach(shapes(el)[3]!)).to.be.greaterThan(reach(first));
    });
  });

  describe('keyboard', () => {
    it('puts exactly one tab in the tab order: the selected one, then the panel', async () => {
      const { el, before, after } = await onPage(
        html`<digi-strategy-wheel selected="smart-kommune"></digi-strategy-wheel>`,
      );
      await tabIn(el, before);
      expectFocus(tabs(el)[2], 'Tab from the page:');
      await press(el, 'Tab');
      expectFocus($(el, '#panel'), 'second Tab:');
      await press(el, 'Tab');
      expectFocus(after, 'third Tab:');
      await pressWith(el, 'Shift', 'Tab');
      expectFocus($(el, '#panel'), 'Shift+Tab:');
      await pressWith(el, 'Shift', 'Tab');
      expectFocus(tabs(el)[2], 'second Shift+Tab:');
      await pressWith(el, 'Shift', 'Tab');
      expectFocus(before, 'third Shift+Tab:');
    });

    it('Right/Down go clockwise, Left/Up counter-clockwise, both wrap; Home/End; selection and focus follow', async () => {
      const { el, before } = await onPage();
      const events = selectEvents(el);
      await tabIn(el, before);
      const steps: [string, number][] = [
        ['ArrowRight', 1],
        ['ArrowDown', 2],
        ['ArrowLeft', 1],
        ['ArrowUp', 0],
        ['ArrowUp', 4],
        ['ArrowDown', 0],
        ['ArrowLeft', 4],
        ['ArrowRight', 0],
        ['End', 4],
        ['Home', 0],
      ];
      for (const [key, index] of steps) {
        await press(el, key);
        expectSelected(el, index, themesDa[index]!.title);
        expectFocus(tabs(el)[index], `${key} → tab ${index + 1}:`);
        expect(el.selected).to.equal(ids[index]);
        expect(el.getAttribute('selected')).to.equal(ids[index]);
      }
      expect(details(events)).to.deep.equal(steps.map(([, index]) => ({ id: ids[index], index })));
      expect(events.every((e) => e instanceof DigiThemeSelectEvent && e.bubbles && e.composed)).to
        .be.true;

      // Home on the first theme changes nothing, so tells nothing.
      await press(el, 'Home');
      expect(events).to.have.length(steps.length);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('the tabpanel is named by the selected tab', async () => {
      const { el, before } = await onPage();
      await tabIn(el, before);
      for (let i = 0; i < 5; i++) {
        const panel = shownPanel(el)!;
        expect(panel.getAttribute('aria-labelledby')).to.equal(`tab-${i}`);
        expect(accessibleName(panel)).to.equal(themesDa[i]!.title);
        await press(el, 'ArrowRight');
      }
    });

    it('leaves other keys, and arrows with Ctrl or Alt, to the browser', async () => {
      const { el, before } = await onPage();
      const events = selectEvents(el);
      const prevented: [string, boolean][] = [];
      const listener = (event: KeyboardEvent) =>
        prevented.push([event.key, event.defaultPrevented]);
      document.addEventListener('keydown', listener);
      try {
        await tabIn(el, before);
        await press(el, 'Enter');
        await press(el, 'a');
        await press(el, 'PageDown');
        await pressWith(el, 'Control', 'ArrowRight');
        await pressWith(el, 'Alt', 'ArrowDown');
        expectSelected(el, 0, themesDa[0]!.title);
        expectFocus(tabs(el)[0]);
        expect(events).to.have.length(0);
        await press(el, 'ArrowDown');
        expectSelected(el, 1, themesDa[1]!.title);
      } finally {
        document.removeEventListener('keydown', listener);
      }
      expect(prevented.filter(([key]) => !['Tab', 'Control', 'Alt'].includes(key))).to.deep.equal([
        ['Enter', false],
        ['a', false],
        ['PageDown', false],
        ['ArrowRight', false],
        ['ArrowDown', false],
        ['ArrowDown', true],
      ]);
    });

    it('draws a focus ring over the selected segment for keyboard focus, not for clicks', async () => {
      const { el, before } = await onPage();
      const ring = $(el, '.ring')!;
      const halo = $(el, '.halo')!;
      expect(getComputedStyle(ring).strokeWidth).to.equal('2px');
      await tabIn(el, before);
      expect(tabs(el)[0]!.matches(':focus-visible')).to.be.true;
      expect(getComputedStyle(ring).strokeWidth).to.equal('4px');
      expect(getComputedStyle(ring).stroke).to.equal('rgb(26, 26, 26)');
      expect(getComputedStyle(halo).strokeWidth).to.equal('9px');
      expect(getComputedStyle(halo).stroke).to.equal('rgb(255, 255, 255)');
      await press(el, 'ArrowLeft');
      expect(ring.getAttribute('d')).to.equal(shapes(el)[4]!.getAttribute('d'));
      expect(getComputedStyle(ring).strokeWidth).to.equal('4px');

      await clickSegment(el, 2);
      expectFocus(tabs(el)[2], 'a click focuses its tab:');
      expect(tabs(el)[2]!.matches(':focus-visible')).to.be.false;
      expect(getComputedStyle(ring).strokeWidth).to.equal('2px');
      expect(getComputedStyle(halo).strokeWidth).to.equal('0px');
      // The keyboard carries on from the clicked tab.
      await press(el, 'ArrowRight');
      expectSelected(el, 3, themesDa[3]!.title);
      expectFocus(tabs(el)[3]);
      expect(getComputedStyle(ring).strokeWidth).to.equal('4px');
    });
  });

  describe('pointer', () => {
    it('a click inside a segment selects it; a click on the selected one tells nothing', async () => {
      const el = await wheel();
      const events = selectEvents(el);
      for (const index of [2, 4, 0]) {
        await clickSegment(el, index);
        expectSelected(el, index, themesDa[index]!.title);
        expect(el.getAttribute('selected')).to.equal(ids[index]);
      }
      await clickSegment(el, 0);
      // Taps act at once: no double-tap zoom delay on the wheel.
      expect(getComputedStyle(tablist(el)!).touchAction).to.equal('manipulation');
      expect(details(events)).to.deep.equal([
        { id: ids[2], index: 2 },
        { id: ids[4], index: 4 },
        { id: ids[0], index: 0 },
      ]);
    });

    it('each of 12 segments answers a click on its own shape', async () => {
      const content = themes(12);
      const el = await wheel(html`<digi-strategy-wheel .content=${content}></digi-strategy-wheel>`);
      const events = selectEvents(el);
      const order = [6, 11, 1, 10, 2, 9, 3, 8, 4, 7, 5, 0];
      for (const index of order) {
        await clickSegment(el, index);
        expectSelected(el, index, TITLES[index]!);
      }
      expect(events.map((e) => e.detail.index)).to.deep.equal(order);
      expect(events.map((e) => e.detail.id)).to.deep.equal(order.map((i) => `tema-${i + 1}`));
    });

    it('a click on a legend entry selects its theme', async () => {
      const el = await wheel();
      const events = selectEvents(el);
      await click(el, centre(legendItems(el)[3]!));
      expectSelected(el, 3, themesDa[3]!.title);
      await click(el, centre(legendItems(el)[1]!.querySelector('span')!));
      expectSelected(el, 1, themesDa[1]!.title);
      await click(el, centre(legendItems(el)[1]!.querySelector('svg')!));
      expect(details(events)).to.deep.equal([
        { id: ids[3], index: 3 },
        { id: ids[1], index: 1 },
      ]);
    });

    it('a click in the hole of the donut selects nothing', async () => {
      const el = await wheel();
      const events = selectEvents(el);
      await click(el, wheelCentre(el));
      expectSelected(el, 0, themesDa[0]!.title);
      expect(events).to.have.length(0);
    });
  });

  describe('selected', () => {
    it('opens on the theme it names and follows later changes by code, without events', async () => {
      const events: DigiThemeSelectEvent[] = [];
      const wrapper = await fixture(
        html`<div @digi-theme-select=${(e: DigiThemeSelectEvent) => events.push(e)}>
          <digi-strategy-wheel selected="administrative-processer"></digi-strategy-wheel>
        </div>`,
      );
      const el = wrapper.querySelector('digi-strategy-wheel')!;
      await el.updateComplete;
      expectSelected(el, 3, themesDa[3]!.title);
      el.selected = 'smart-kommune';
      await el.updateComplete;
      expectSelected(el, 2, themesDa[2]!.title);
      expect(el.getAttribute('selected')).to.equal('smart-kommune');
      el.setAttribute('selected', ' sammenhaengende-service ');
      await el.updateComplete;
      expectSelected(el, 1, themesDa[1]!.title);
      el.removeAttribute('selected');
      await el.updateComplete;
      expectSelected(el, 0, themesDa[0]!.title);
      expect(el.getAttribute('selected')).to.equal(ids[0]);
      expect(events).to.have.length(0);
      expect(notice(el) === null, 'no notice').to.be.true;
    });

    it('an unknown id shows the first theme with a notice and one digi-error', async () => {
      const errors: DigiErrorEvent[] = [];
      let el!: DigiStrategyWheel;
      let before!: HTMLButtonElement;
      const logged = await captureConsoleErrors(async () => {
        ({ el, before } = await onPage(
          html`<digi-strategy-wheel
            selected="findes-ikke"
            @digi-error=${(e: DigiErrorEvent) => errors.push(e)}
          ></digi-strategy-wheel>`,
        ));
        expectSelected(el, 0, themesDa[0]!.title);
        expect(notice(el)!.getAttribute('role')).to.equal('status');
        expect(text(notice(el))).to.contain(
          'selected="findes-ikke" er ugyldig, så velfaerdsteknologi bruges i stedet.',
        );
        expect(el.getAttribute('selected'), 'the refused id stays beside its notice').to.equal(
          'findes-ikke',
        );
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });
      expect(logged).to.have.length(1);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.deep.equal({
        reason: 'invalid-attribute',
        path: 'selected',
        message: 'selected="findes-ikke" er ugyldig, så velfaerdsteknologi bruges i stedet.',
      });

      // The reader's choice replaces it, and the notice goes.
      const events = selectEvents(el);
      await tabIn(el, before);
      await press(el, 'ArrowRight');
      expect(el.getAttribute('selected')).to.equal(ids[1]);
      expect(notice(el) === null, 'notice gone').to.be.true;
      expect(details(events)).to.deep.equal([{ id: ids[1], index: 1 }]);
      expect(errors).to.have.length(1);
    });

    it('an unknown id set at run time falls back the same way, and a good one clears it', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel selected="smart-kommune"></digi-strategy-wheel>`,
      );
      const events = selectEvents(el);
      const errors = recordEvents<DigiErrorEvent>(el, 'digi-error');
      const logged = await captureConsoleErrors(async () => {
        el.selected = 'ukendt';
        await el.updateComplete;
      });
      expectSelected(el, 0, themesDa[0]!.title);
      expect(text(notice(el))).to.contain('selected="ukendt" er ugyldig');
      expect(errors.map((e) => e.detail.path)).to.deep.equal(['selected']);
      expect(logged).to.have.length(1);
      el.selected = 'kompetencer-til-fremtiden';
      await el.updateComplete;
      expectSelected(el, 4, themesDa[4]!.title);
      expect(notice(el) === null, 'notice gone').to.be.true;
      expect(events).to.have.length(0);
    });

    it('a selected id set while the content loads is applied when it arrives', async () => {
      const events: DigiThemeSelectEvent[] = [];
      const wrapper = await fixture(
        html`<div @digi-theme-select=${(e: DigiThemeSelectEvent) => events.push(e)}>
          <digi-strategy-wheel src="/test-src/never"></digi-strategy-wheel>
        </div>`,
      );
      const el = wrapper.querySelector('digi-strategy-wheel')!;
      await el.updateComplete;
      el.selected = 'groen-digital-omstilling';
      await el.updateComplete;
      expect(tablist(el) === null, 'still loading').to.be.true;
      el.src = '/test/fixtures/wheel-themes.json';
      await waitUntil(() => tablist(el), 'themes did not load');
      await el.updateComplete;
      expectSelected(el, 2, 'Grøn digital omstilling');
      expect(el.selected).to.equal('groen-digital-omstilling');
      expect(notice(el) === null, 'no notice').to.be.true;
      expect(events).to.have.length(0);
    });

    it('new content keeps a selected id it still has, and drops one it lost silently', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel .content=${themes(6)}></digi-strategy-wheel>`,
      );
      const errors = recordEvents(el, 'digi-error');
      const events = selectEvents(el);
      await clickSegment(el, 4);
      expect(el.selected).to.equal('tema-5');
      el.content = themes(8);
      await el.updateComplete;
      expectSelected(el, 4, TITLES[4]!);
      el.content = themes(3);
      await el.updateComplete;
      expectSelected(el, 0, TITLES[0]!);
      expect(el.selected).to.equal('tema-1');
      expect(notice(el) === null, 'no notice').to.be.true;
      expect(errors).to.have.length(0);
      expect(events).to.have.length(1);
    });
  });

  describe('rotate', () => {
    const transitions = (el: Element) =>
      shadow(el)
        .getAnimations()
        .filter((a): a is CSSTransition => a instanceof CSSTransition);

    it('turns the selected segment to the top, the short way round, animated', async () => {
      const { el, before } = await onPage(html`<digi-strategy-wheel rotate></digi-strategy-wheel>`);
      const all = shapes(el);
      expect(turnBetween(angleOf(el, all[0]!), 0)).to.be.below(2);
      expect(transitions(el)).to.have.length(0);
      const events = selectEvents(el);
      await tabIn(el, before);
      await press(el, 'End');
      const running = transitions(el);
      expect(running.length, 'transitions').to.be.greaterThan(0);
      expect(running.every((t) => t.transitionProperty === 'transform')).to.be.true;
      // Halfway, the wheel has turned 36° clockwise (the short way to theme 5), not 144° back.
      for (const t of running) {
        t.pause();
        t.currentTime = Number(t.effect!.getComputedTiming().duration) / 2;
      }
      expect(
        turnBetween(angleOf(el, all[0]!), 36),
        `halfway: ${angleOf(el, all[0]!)}°`,
      ).to.be.below(2);
      for (const t of running) t.finish();
      expect(turnBetween(angleOf(el, all[4]!), 0)).to.be.below(2);
      expect(turnBetween(angleOf(el, all[0]!), 72)).to.be.below(2);
      // The outline of the selected segment turns with it.
      const ring = $(el, '.ring') as unknown as SVGPathElement;
      expect(turnBetween(angleOf(el, ring), 0), `ring at ${angleOf(el, ring)}°`).to.be.below(2);
      // The numbers turn back, so they stay upright.
      for (const number of numbers(el)) expect(Math.abs(rotationOf(number))).to.be.below(0.5);
      expect(details(events)).to.deep.equal([{ id: ids[4], index: 4 }]);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('opens already turned to the selected theme, without spinning', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel rotate selected="smart-kommune"></digi-strategy-wheel>`,
      );
      expect(transitions(el)).to.have.length(0);
      expect(turnBetween(angleOf(el, shapes(el)[2]!), 0)).to.be.below(2);
    });

    itUnderReducedMotion('turns at once under reduced motion', async () => {
      const el = await wheel(html`<digi-strategy-wheel rotate></digi-strategy-wheel>`);
      expect(getComputedStyle($(el, '.turn')!).transitionDuration).to.equal('0s');
      await clickSegment(el, 3);
      expect(transitions(el)).to.have.length(0);
      expect(turnBetween(angleOf(el, shapes(el)[3]!), 0)).to.be.below(2);
      el.selected = ids[1];
      await el.updateComplete;
      expect(transitions(el)).to.have.length(0);
      expect(turnBetween(angleOf(el, shapes(el)[1]!), 0)).to.be.below(2);
    });

    itUnderReducedMotion(
      'without rotate the wheel stays put; turning rotate on and off moves it (reduced motion)',
      async () => {
        const el = await wheel(
          html`<digi-strategy-wheel selected="administrative-processer"></digi-strategy-wheel>`,
        );
        expect(getComputedStyle($(el, '.turn')!).transform).to.equal('none');
        expect(turnBetween(angleOf(el, shapes(el)[0]!), 0)).to.be.below(2);
        expect(turnBetween(angleOf(el, shapes(el)[3]!), 216)).to.be.below(2);
        el.rotate = true;
        await el.updateComplete;
        expect(el.hasAttribute('rotate')).to.be.true;
        expect(turnBetween(angleOf(el, shapes(el)[3]!), 0)).to.be.below(2);
        el.rotate = false;
        await el.updateComplete;
        expect(turnBetween(angleOf(el, shapes(el)[3]!), 216)).to.be.below(2);
      },
    );
  });

  describe('colours', () => {
    it('fills segments from the default palette with white numbers, and the legend matches', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel .content=${themes(12)}></digi-strategy-wheel>`,
      );
      const fills = shapes(el).map((s) => s.getAttribute('fill')!);
      expect(fills).to.deep.equal(PALETTE);
      expect(numbers(el).map((n) => n.getAttribute('fill'))).to.deep.equal(
        PALETTE.map(() => LIGHT_TEXT),
      );
      expect($$(el, '.swatch rect').map((c) => c.getAttribute('fill'))).to.deep.equal(PALETTE);
      expect($$(el, '.swatch text').map((t) => t.getAttribute('fill'))).to.deep.equal(
        PALETTE.map(() => LIGHT_TEXT),
      );
      for (const [i, fill] of fills.entries()) {
        expect(contrastRatio(fill, '#ffffff'), `segment ${i + 1} on white`).to.be.at.least(
          GRAPHIC_CONTRAST,
        );
        const number = numbers(el)[i]!.getAttribute('fill')!;
        expect(contrastRatio(fill, number), `number ${i + 1}`).to.be.at.least(TEXT_CONTRAST);
      }
    });

    it('uses a theme’s own colour, with a dark or white number, whichever reads better', async () => {
      const warn = sinon.stub(console, 'warn');
      const content = themes(4, (i) => (i < 3 ? { color: ['#1f6b3a', '#1098AD', '#73c'][i] } : {}));
      const el = await wheel(html`<digi-strategy-wheel .content=${content}></digi-strategy-wheel>`);
      expect(shapes(el).map((s) => s.getAttribute('fill'))).to.deep.equal([
        '#1f6b3a',
        '#1098AD',
        '#73c',
        PALETTE[3],
      ]);
      expect(numbers(el).map((n) => n.getAttribute('fill'))).to.deep.equal([
        LIGHT_TEXT,
        DARK_TEXT,
        LIGHT_TEXT,
        LIGHT_TEXT,
      ]);
      expect(warn.callCount).to.equal(0);
    });

    it('warns once in the console for each custom colour that fails contrast', async () => {
      const warn = sinon.stub(console, 'warn');
      const colours = ['#0059b3', '#ffff00', '#777777', '#fff'];
      const content = themes(4, (i) => ({ color: colours[i] }));
      const errors = recordEvents(document, 'digi-error');
      const { el, wrapper, before } = await onPage(
        html`<digi-strategy-wheel .content=${content}></digi-strategy-wheel>`,
      );
      const warnings = warn.args.map((args) => String(args[0]));
      expect(warnings).to.have.length(3);
      expect(warnings[0]).to.contain('themes[1].color #ffff00');
      expect(warnings[0]).to.contain('1.07:1 against white');
      expect(warnings[1]).to.contain('themes[2].color #777777');
      expect(warnings[1]).to.contain('4.48:1 for its number');
      expect(warnings[2]).to.contain('themes[3].color #fff');
      expect(warnings.every((w) => w.startsWith('<digi-strategy-wheel>'))).to.be.true;
      // Only a warning: the wheel works, with those colours.
      expect(shapes(el).map((s) => s.getAttribute('fill'))).to.deep.equal(colours);
      expect(notice(el) === null, 'no notice').to.be.true;
      expect(errors).to.have.length(0);
      // Using the wheel, or switching language, does not warn again.
      await tabIn(el, before);
      await press(el, 'ArrowRight');
      wrapper.lang = 'en';
      await settle(el);
      expect(warn.callCount).to.equal(3);
    });
  });

  describe('custom content', () => {
    it('loads themes from src, with the generic label, own colours and a link', async () => {
      const warn = sinon.stub(console, 'warn');
      const { el, before, after } = await onPage(
        html`<digi-strategy-wheel src="/test/fixtures/wheel-themes.json"></digi-strategy-wheel>`,
      );
      await waitUntil(() => tablist(el), 'themes did not load');
      await el.updateComplete;
      expect(tablist(el)!.getAttribute('aria-label')).to.equal('Temaer');
      expect(tabNames(el)).to.deep.equal([
        'Borgeren i centrum',
        'Data, der skaber værdi',
        'Grøn digital omstilling',
      ]);
      expect(shapes(el).map((s) => s.getAttribute('fill'))).to.deep.equal([
        '#1f6b3a',
        '#1098ad',
        '#7a3e9d',
      ]);
      expect(warn.callCount).to.equal(0);

      // Two paragraphs, examples and a link, which comes after the panel in the tab order.
      const panel = shownPanel(el)!;
      expect(panel.querySelectorAll('[part="description"]')).to.have.length(2);
      expect([...panel.querySelectorAll('[part="examples"] li')].map(text)).to.deep.equal([
        'Én digital indgang til alle ansøgninger',
        'Svar på henvendelser inden for to hverdage',
      ]);
      const link = panel.querySelector<HTMLAnchorElement>('[part="link"]')!;
      expect(link.getAttribute('href')).to.equal('https://www.example.dk/strategi/borgeren');
      expect(text(link)).to.equal('Læs hele indsatsen');
      await tabIn(el, before);
      await press(el, 'Tab');
      expectFocus(panel);
      await press(el, 'Tab');
      expectFocus(link, 'the link:');
      await press(el, 'Tab');
      expectFocus(after);
      await animationsDone(el);
      await expect(el).to.be.accessible();

      // A theme without examples has no examples heading; a relative link is fine.
      el.selected = 'data-der-skaber-vaerdi';
      await el.updateComplete;
      expect(shownPanel(el)!.querySelector('.examples-heading') === null, 'no heading').to.be.true;
      expect(shownPanel(el)!.querySelector('[part="link"]') === null, 'no link').to.be.true;
      el.selected = 'groen-digital-omstilling';
      await el.updateComplete;
      expect(shownPanel(el)!.querySelector('[part="link"]')!.getAttribute('href')).to.equal(
        '/intranet/klima-og-miljoe',
      );
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('reads inline JSON', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel>
          <script type="application/json">
            {
              "themes": [
                { "id": "en", "title": "Første tema", "description": "Fra siden." },
                { "id": "to", "title": "Andet tema", "description": "Også fra siden." }
              ]
            }
          </script>
        </digi-strategy-wheel>`,
      );
      expect(tabNames(el)).to.deep.equal(['Første tema', 'Andet tema']);
      expect(tablist(el)!.getAttribute('aria-label')).to.equal('Temaer');
    });

    it('the content property wins over src and inline JSON', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel src="/test/fixtures/wheel-themes.json" .content=${themes(2)}>
          <script type="application/json">
            { "themes": "ignored" }
          </script>
        </digi-strategy-wheel>`,
      );
      expect(tabNames(el)).to.deep.equal([TITLES[0]!, TITLES[1]!]);
    });

    for (const count of [2, 5, 12]) {
      it(`passes axe in every state with ${count} themes`, async () => {
        const { el, before } = await onPage(
          html`<digi-strategy-wheel .content=${themes(count)}></digi-strategy-wheel>`,
        );
        await animationsDone(el);
        await expect(el).to.be.accessible();
        await tabIn(el, before);
        await press(el, 'End');
        expectSelected(el, count - 1, TITLES[count - 1]!);
        await animationsDone(el);
        await expect(el).to.be.accessible();
        el.rotate = true;
        await press(el, 'ArrowRight');
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('bad content', () => {
    const failing = (template: TemplateResult) =>
      expectRefusal<DigiStrategyWheel>(template, 'digi-strategy-wheel', '[role="tablist"]');

    const withContent = (content: unknown) =>
      html`<digi-strategy-wheel .content=${content}></digi-strategy-wheel>`;

    it('a src that answers 404', async () => {
      const { detail, text } = await failing(
        html`<digi-strategy-wheel src="/test/fixtures/wheel-missing.json"></digi-strategy-wheel>`,
      );
      expect(detail.reason).to.equal('fetch-failed');
      expect(text).to.contain('/test/fixtures/wheel-missing.json kunne ikke hentes (HTTP 404)');
      expect(detail.message).to.contain('kunne ikke hentes (HTTP 404)');
    });

    it('a src that never answers fails after 10 s', async () => {
      await expectSrcTimeout('digi-strategy-wheel');
    });

    it('broken JSON from src, and inline', async () => {
      const fromSrc = await failing(
        html`<digi-strategy-wheel src="/test/fixtures/broken.json"></digi-strategy-wheel>`,
      );
      expect(fromSrc.detail.reason).to.equal('invalid-json');
      expect(fromSrc.text).to.contain('ikke gyldig JSON');
      const inline = await failing(
        html`<digi-strategy-wheel>
          <script type="application/json">
            { "themes": [ { "id": "a", }
          </script>
        </digi-strategy-wheel>`,
      );
      expect(inline.detail.reason).to.equal('invalid-json');
    });

    it('JSON of the wrong shape names the path: a theme with an empty title', async () => {
      const { detail, text } = await failing(
        html`<digi-strategy-wheel
          src="/test/fixtures/wheel-wrong-shape.json"
        ></digi-strategy-wheel>`,
      );
      expect(detail).to.include({ reason: 'invalid-content', path: 'themes[1].title' });
      expect(detail.message).to.contain('themes[1].title: skal indeholde tekst');
      expect(text).to.contain('themes[1].title: skal indeholde tekst');
    });

    it('0, 1 and 13 themes, missing themes, and content that is not an object', async () => {
      const none = await failing(withContent({ themes: [] }));
      expect(none.detail).to.include({ reason: 'invalid-content', path: 'themes' });
      expect(none.text).to.contain('themes: skal have mindst 2');
      const one = await failing(withContent(themes(1)));
      expect(one.detail.path).to.equal('themes');
      expect(one.text).to.contain('themes: skal have mindst 2');
      const thirteen = await failing(withContent(themes(13)));
      expect(thirteen.detail.path).to.equal('themes');
      expect(thirteen.text).to.contain('themes: må højst have 12');
      const missing = await failing(withContent({ temaer: themes(3).themes }));
      expect(missing.text).to.contain('themes: mangler');
      const notObject = await failing(withContent('hjul'));
      expect(notObject.text).to.contain('Indholdet: skal være et objekt');
    });

    it('a colour that is not #rgb or #rrggbb', async () => {
      const named = await failing(withContent(themes(3, (i) => (i === 0 ? { color: 'red' } : {}))));
      expect(named.detail.path).to.equal('themes[0].color');
      expect(named.text).to.contain('themes[0].color: skal være en farve, fx #1a6b3c');
      const short = await failing(
        withContent(themes(3, (i) => (i === 2 ? { color: '#12345' } : {}))),
      );
      expect(short.detail.path).to.equal('themes[2].color');
    });

    it('a javascript: link', async () => {
      const { detail, text } = await failing(
        withContent(
          themes(2, (i) =>
            i === 1 ? { link: { href: ' javascript:alert(1)', text: 'Klik her' } } : {},
          ),
        ),
      );
      expect(detail.path).to.equal('themes[1].link.href');
      expect(text).to.contain('skal være et http(s)-link eller et relativt link');
    });

    it('duplicate ids, and an id that is not lower-case letters, digits and hyphens', async () => {
      const duplicate = await failing(
        withContent(themes(4, (i) => (i === 2 ? { id: 'tema-1' } : {}))),
      );
      expect(duplicate.detail.path).to.equal('themes[2].id');
      expect(duplicate.text).to.contain('themes[2].id: bruges mere end én gang');
      const spaced = await failing(
        withContent(themes(2, (i) => (i === 0 ? { id: 'Tema 1' } : {}))),
      );
      expect(spaced.detail.path).to.equal('themes[0].id');
    });

    it('tells the editor in English when the wheel speaks English', async () => {
      const { detail, text } = await failing(
        html`<digi-strategy-wheel lang="en" .content=${themes(1)}></digi-strategy-wheel>`,
      );
      expect(text).to.contain('The content cannot be shown');
      expect(text).to.contain('themes: must have at least 2');
      expect(detail.message).to.contain('themes: must have at least 2');
    });

    it('shows hostile text as text, never as HTML', async () => {
      const hostile = '<img src=x onerror="window.__pwned = true">';
      const content = themes(3, (i) =>
        i === 1 ? { title: hostile, description: hostile, examples: [hostile] } : {},
      );
      const el = await wheel(
        html`<digi-strategy-wheel selected="tema-2" .content=${content}></digi-strategy-wheel>`,
      );
      expect(tabNames(el)[1]).to.equal(hostile);
      expectSelected(el, 1, hostile);
      expect(text(legendItems(el)[1])).to.equal(`2 ${hostile}`);
      expect(text(shownPanel(el)!.querySelector('[part="description"]'))).to.equal(hostile);
      expect(shadow(el).querySelector('img') === null, 'no img element').to.be.true;
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('one broken wheel leaves the others working', async () => {
      const logged = sinon.stub(console, 'error');
      const wrapper = await fixture(
        html`<div>
          <digi-strategy-wheel id="bad" .content=${{ themes: 'nej' }}></digi-strategy-wheel>
          <button id="before">før</button>
          <digi-strategy-wheel id="good"></digi-strategy-wheel>
        </div>`,
      );
      const good = wrapper.querySelector<DigiStrategyWheel>('#good')!;
      const bad = wrapper.querySelector<DigiStrategyWheel>('#bad')!;
      await bad.updateComplete;
      await good.updateComplete;
      logged.restore();
      expect(logged.callCount).to.equal(1);
      expect(notice(bad) !== null, 'notice on the broken wheel').to.be.true;
      expect(notice(good) === null, 'no notice on the good wheel').to.be.true;
      await tabIn(good, wrapper.querySelector<HTMLButtonElement>('#before')!);
      await press(good, 'ArrowLeft');
      expectSelected(good, 4, themesDa[4]!.title);
    });
  });

  describe('language', () => {
    it('speaks English under its own lang="en", with the English built-in themes', async () => {
      const el = await wheel(html`<digi-strategy-wheel lang="en"></digi-strategy-wheel>`);
      expect(tablist(el)!.getAttribute('aria-label')).to.equal(
        'Esbjerg Municipality’s digitalisation themes',
      );
      expect(tabNames(el)).to.deep.equal(themesEn.map((t) => t.title));
      expectSelected(el, 0, 'Tomorrow’s welfare technology');
      expect(text(shownPanel(el)!.querySelector('.examples-heading'))).to.equal('Examples');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('en');
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('follows the nearest ancestor’s lang, and a change keeps the selection', async () => {
      const { el, wrapper, before } = await onPage(undefined, { lang: 'en-GB' });
      const events = selectEvents(el);
      expectSelected(el, 0, themesEn[0]!.title);
      await tabIn(el, before);
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      expectSelected(el, 2, 'A smart municipality');

      wrapper.lang = 'da';
      await settle(el);
      expectSelected(el, 2, 'En smart kommune');
      expect(tablist(el)!.getAttribute('aria-label')).to.equal(
        'Esbjerg Kommunes digitaliseringstemaer',
      );
      expect(tabNames(el)[2]).to.equal('En smart kommune');
      expect(el.getAttribute('selected')).to.equal('smart-kommune');
      expectFocus(tabs(el)[2], 'focus stays:');

      el.setAttribute('lang', 'en');
      await settle(el);
      expectSelected(el, 2, 'A smart municipality');
      await press(el, 'ArrowRight');
      expectSelected(el, 3, themesEn[3]!.title);
      expect(details(events)).to.deep.equal([
        { id: ids[1], index: 1 },
        { id: ids[2], index: 2 },
        { id: ids[3], index: 3 },
      ]);
    });

    it('names custom themes “Themes” in English', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel lang="en" .content=${themes(3)}></digi-strategy-wheel>`,
      );
      expect(tablist(el)!.getAttribute('aria-label')).to.equal('Themes');
    });

    it('an unknown lang shows Danish and tells the editor', async () => {
      const errors: DigiErrorEvent[] = [];
      const logged = await captureConsoleErrors(async () => {
        const wrapper = await fixture(
          html`<div @digi-error=${(e: DigiErrorEvent) => errors.push(e)}>
            <digi-strategy-wheel lang="de"></digi-strategy-wheel>
          </div>`,
        );
        const el = wrapper.querySelector('digi-strategy-wheel')!;
        await el.updateComplete;
        expectSelected(el, 0, themesDa[0]!.title);
        expect(notice(el)!.getAttribute('role')).to.equal('status');
        expect(text(notice(el))).to.contain('Sproget "de" findes ikke, så teksten vises på dansk.');
        expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('da');
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });
      expect(errors.map((e) => [e.detail.reason, e.detail.path])).to.deep.equal([
        ['invalid-attribute', 'lang'],
      ]);
      expect(logged).to.have.length(1);
    });

    it('any UI string can be overridden through strings', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel
          .strings=${{ label: 'Strategiens hjul', examples: 'Det gør vi' }}
        ></digi-strategy-wheel>`,
      );
      expect(tablist(el)!.getAttribute('aria-label')).to.equal('Strategiens hjul');
      expect(tabNames(el)[0]).to.equal(themesDa[0]!.title);
      expect(text(shownPanel(el)!.querySelector('.examples-heading'))).to.equal('Det gør vi');
      el.content = themes(2);
      el.strings = { customLabel: 'Vores temaer' };
      await el.updateComplete;
      expect(tablist(el)!.getAttribute('aria-label')).to.equal('Vores temaer');
    });
  });

  describe('layout', () => {
    /**
     * Asserts that nothing sticks out of a 320 px wheel sideways, then runs axe. SVG shapes are
     * checked along their outlines: the bounding rectangle of a turned shape is the turned
     * rectangle's, larger than the shape.
     */
    async function fits(el: DigiStrategyWheel) {
      await animationsDone(el);
      const base = $(el, '[part="base"]')!;
      const box = el.getBoundingClientRect();
      expect(box.width).to.equal(320);
      expect(base.scrollWidth, 'horizontal scroll').to.be.at.most(base.clientWidth);
      const within = (x: number, what: string) => {
        expect(x, what).to.be.at.most(box.right + 0.5);
        expect(x, what).to.be.at.least(box.left - 0.5);
      };
      for (const child of base.querySelectorAll('*')) {
        if (child instanceof SVGGeometryElement) {
          const length = child.getTotalLength();
          const matrix = child.getScreenCTM()!;
          for (let k = 0; k < 64; k++) {
            within(
              child.getPointAtLength((length * k) / 64).matrixTransform(matrix).x,
              nameOf(child),
            );
          }
        } else if (!(child instanceof SVGGElement)) {
          const rect = child.getBoundingClientRect();
          if (rect.width === 0) continue;
          within(rect.left, nameOf(child));
          within(rect.right, nameOf(child));
        }
      }
      await expect(el).to.be.accessible();
    }

    /** True when the panel sits below the wheel and its legend. */
    const stacked = (el: Element) =>
      $(el, '.panels')!.getBoundingClientRect().top >=
      $(el, '.figure')!.getBoundingClientRect().bottom;
    /** True when the panel sits to the right of the wheel. */
    const beside = (el: Element) =>
      $(el, '.panels')!.getBoundingClientRect().left >=
      $(el, '.figure')!.getBoundingClientRect().right;

    it('fits 320 px, stacked, in Danish and English, with the focus ring on a side segment', async () => {
      for (const lang of ['da', 'en']) {
        const { el, before } = await onPage(
          html`<digi-strategy-wheel selected="sammenhaengende-service"></digi-strategy-wheel>`,
          { lang, width: '320px' },
        );
        expect(stacked(el), `${lang}: stacked`).to.be.true;
        await tabIn(el, before);
        await fits(el);
        await press(el, 'ArrowRight');
        await fits(el);
      }
    });

    it('fits 320 px with 12 long titles, the legend wrapping rather than clipping', async () => {
      const long = themes(12, (i) => ({
        title: `${TITLES[i]!} – en lang titel om kommunens arbejde med netop dette tema`,
      }));
      const { el } = await onPage(
        html`<digi-strategy-wheel rotate .content=${long}></digi-strategy-wheel>`,
        { width: '320px' },
      );
      await fits(el);
      for (const item of legendItems(el)) {
        const span = item.querySelector('span')!;
        expect(span.scrollWidth, 'legend entry width').to.be.at.most(span.clientWidth);
        expect(span.scrollHeight, 'legend entry height').to.be.at.most(span.clientHeight);
        expect(item.getBoundingClientRect().height).to.be.greaterThan(30); // wrapped
      }
      el.selected = 'tema-12';
      await el.updateComplete;
      await fits(el);
    });

    it('puts the wheel beside the panel when the element is wide, by its own width', async () => {
      const wide = await onPage(undefined, { width: '900px' });
      expect(beside(wide.el), '900 px: beside').to.be.true;
      const narrow = await onPage(undefined, { width: '500px' });
      expect(stacked(narrow.el), '500 px on a wide page: stacked').to.be.true;
      expect(document.documentElement.clientWidth).to.be.greaterThan(640);
      await animationsDone(wide.el);
      await expect(wide.el).to.be.accessible();
    });

    // WebKit sets bold serif text wider than Chromium with the same font: its longest words fill
    // the centre box, whose corners lie outside the ring, so a line box may reach past the hole.
    const slack = engine === 'WebKit' ? 1.03 : 1;
    const wider = differently({
      WebKit: 'wider bold text; line boxes may reach 3 % past the hole',
    });
    it(`names the whole selected theme in the hole of the donut, in both languages${wider}`, async () => {
      for (const [lang, width] of [
        ['da', '320px'],
        ['en', '320px'],
        ['da', '700px'],
        ['en', '700px'],
      ] as const) {
        // The hole fits Times-like fonts: one font in every engine (METRIC_FONT).
        const { el } = await onPage(undefined, { lang, width, font: METRIC_FONT });
        const span = $(el, '[part="centre"] span')!;
        const wheelBox = tablist(el)!.getBoundingClientRect();
        const [cx, cy] = wheelCentre(el);
        // The hole: the ring's inner radius, 48 of the 100 units to the outer edge. Line boxes
        // reach further than the letters in them, so a line box may touch the 2-unit gap.
        const hole = (wheelBox.width / 2) * 0.48 * slack;
        for (const id of ids) {
          el.selected = id;
          await el.updateComplete;
          const label = `${lang} ${width} ${id}`;
          // One pixel is rounding (Firefox rounds a 17.3 px line up in scrollHeight); a clamped
          // line would hide a whole line of at least 13 px.
          expect(span.scrollHeight, `${label}: not clamped`).to.be.at.most(span.clientHeight + 1);
          const range = document.createRange();
          range.selectNodeContents(span);
          for (const line of range.getClientRects()) {
            const corners: [number, number][] = [
              [line.left, line.top],
              [line.right, line.top],
              [line.left, line.bottom],
              [line.right, line.bottom],
            ];
            for (const [x, y] of corners) {
              expect(Math.hypot(x - cx, y - cy), `${label}: inside the hole`).to.be.at.most(hole);
            }
          }
        }
      }
    });

    it('inherits the page font', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: Georgia, serif">
          <digi-strategy-wheel></digi-strategy-wheel>
        </div>`,
      );
      const el = wrapper.querySelector('digi-strategy-wheel')!;
      await el.updateComplete;
      expect(getComputedStyle(shownPanel(el)!).fontFamily).to.contain('Georgia');
      expect(getComputedStyle($(el, '[part="centre"]')!).fontFamily).to.contain('Georgia');
    });

    it('draws segment outlines in forced-colors mode', async () => {
      // The chrome launcher's emulateMedia (puppeteer) forwards only colorScheme, reducedMotion
      // and media, never forced-colors, so the mode cannot be switched on here. Instead this
      // takes the widget's own `@media (forced-colors: active)` rules out of their media query
      // and applies them, which checks that the rules exist and that they outline every segment
      // in system colours.
      const el = await wheel();
      expect(matchMedia('(forced-colors: active)').matches).to.be.false;
      const rules = shadow(el)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule): rule is CSSMediaRule =>
            rule instanceof CSSMediaRule && rule.conditionText === '(forced-colors: active)',
        )
        .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
      expect(rules.join('\n')).to.contain('.shape');
      const forced = new CSSStyleSheet();
      forced.replaceSync(rules.join('\n'));
      shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, forced];

      const canvas = 'rgb(255, 255, 255)'; // Canvas and CanvasText outside forced colours
      const canvasText = 'rgb(0, 0, 0)';
      for (const shape of shapes(el)) {
        const style = getComputedStyle(shape);
        expect(style.fill).to.equal(canvas);
        expect(style.stroke).to.equal(canvasText);
        expect(parseFloat(style.strokeWidth)).to.be.at.least(1);
      }
      for (const number of numbers(el)) expect(getComputedStyle(number).fill).to.equal(canvasText);
      expect($$(el, '.swatch rect').every((c) => getComputedStyle(c).stroke === canvasText)).to.be
        .true;
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle($(el, '.ring')!).stroke).to.equal(highlight);
      expect(getComputedStyle(legendItems(el)[0]!).outlineStyle).to.equal('solid');
    });
  });
});

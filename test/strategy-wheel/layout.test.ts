// Layout: 320 px, beside or stacked by its own width, the centre text, fonts, forced colours.
import {
  $,
  $$,
  TITLES,
  cleanUp,
  ids,
  legendItems,
  nameOf,
  numbers,
  onPage,
  press,
  shapes,
  shownPanel,
  tabIn,
  tablist,
  themes,
  wheel,
  wheelCentre,
} from './harness.js';
import { type DigiStrategyWheel } from '../../src/strategy-wheel/index.js';
import { METRIC_FONT, animationsDone, differently, engine, shadow } from '../helpers.js';
import { expect, fixture, html } from '@open-wc/testing';

afterEach(cleanUp);

describe('<digi-strategy-wheel>', () => {
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

// How the wheel is drawn: segments, numbers, the selected segment, and the colours (theming).
import {
  $,
  $$,
  angleOf,
  cleanUp,
  ids,
  notice,
  numbers,
  onPage,
  press,
  shapes,
  tabIn,
  themes,
  turnBetween,
  wheel,
} from './harness.js';
import {
  DARK_TEXT,
  GRAPHIC_CONTRAST,
  LIGHT_TEXT,
  TEXT_CONTRAST,
  contrastRatio,
} from '../../src/core/contrast.js';
import { PALETTE } from '../../src/strategy-wheel/index.js';
import { animationsDone, recordEvents, settle } from '../helpers.js';
import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';

afterEach(cleanUp);

describe('<digi-strategy-wheel>', () => {
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
});

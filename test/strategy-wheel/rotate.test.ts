// rotate: the selected segment turned to the top, animated or at once under reduced motion.
import {
  $,
  angleOf,
  cleanUp,
  clickSegment,
  details,
  ids,
  numbers,
  onPage,
  press,
  rotationOf,
  selectEvents,
  shapes,
  tabIn,
  turnBetween,
  wheel,
} from './harness.js';
import { animationsDone, itUnderReducedMotion, shadow } from '../helpers.js';
import { expect, html } from '@open-wc/testing';

afterEach(cleanUp);

describe('<digi-strategy-wheel>', () => {
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
});

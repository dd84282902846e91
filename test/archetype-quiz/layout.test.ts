// Layout: 320 px at every step, the ladder beside the text, focus ring, reduced motion.
import {
  $,
  atLevels,
  button,
  cleanUp,
  clickThrough,
  press,
  quiz,
  radios,
  step,
} from './harness.js';
import { type DigiArchetypeQuiz } from '../../src/archetype-quiz/index.js';
import { animationsDone, itUnderReducedMotion } from '../helpers.js';
import { expect, fixture, html } from '@open-wc/testing';

beforeEach(() => localStorage.clear());
afterEach(cleanUp);

describe('<digi-archetype-quiz>', () => {
  describe('layout', () => {
    async function narrow(lang = 'da') {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px" lang=${lang}>
          <digi-archetype-quiz></digi-archetype-quiz>
        </div>`,
      );
      const el = wrapper.querySelector('digi-archetype-quiz')!;
      await el.updateComplete;
      return el;
    }

    async function fitsAndPasses(el: DigiArchetypeQuiz) {
      const box = $(el, '[part="quiz"]')!;
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(box.scrollWidth, 'horizontal scroll').to.be.at.most(box.clientWidth);
      const right = el.getBoundingClientRect().right + 0.5;
      for (const child of box.querySelectorAll('*')) {
        expect(child.getBoundingClientRect().right, child.outerHTML.slice(0, 60)).to.be.at.most(
          right,
        );
      }
      await animationsDone(el);
      await expect(el).to.be.accessible();
    }

    it('fits 320 px at every step, in Danish', async () => {
      const el = await narrow();
      await fitsAndPasses(el);
      await clickThrough(el, []);
      button(el, 'next-button').click();
      await el.updateComplete;
      await fitsAndPasses(el);
      await clickThrough(el, atLevels(4));
      expect(step(el)).to.equal('result');
      await fitsAndPasses(el);
    });

    it('fits 320 px at every step, in English', async () => {
      const el = await narrow('en');
      await fitsAndPasses(el);
      await clickThrough(el, [2]);
      await fitsAndPasses(el);
      button(el, 'back-button').click();
      await el.updateComplete;
      button(el, 'back-button').click();
      await el.updateComplete;
      await clickThrough(el, atLevels(2));
      await fitsAndPasses(el);
    });

    it('puts the ladder beside the text when there is room', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 900px"><digi-archetype-quiz></digi-archetype-quiz></div>`,
      );
      const el = wrapper.querySelector('digi-archetype-quiz')!;
      await el.updateComplete;
      await clickThrough(el, atLevels(1));
      const summary = $(el, '.summary')!.getBoundingClientRect();
      const ladder = $(el, '[part="ladder"]')!.getBoundingClientRect();
      expect(ladder.left).to.be.greaterThan(summary.right);
    });

    it('shows a focus ring on the answer being chosen by keyboard', async () => {
      const el = await quiz();
      await clickThrough(el, []);
      await press(el, 'Tab');
      const label = radios(el)[0]!.closest('label')!;
      expect(getComputedStyle(label).outlineStyle).to.equal('solid');
      expect(getComputedStyle(label).outlineWidth).to.equal('3px');
    });

    itUnderReducedMotion('animates nothing under reduced motion', async () => {
      const el = await quiz();
      await clickThrough(el, []);
      expect(getComputedStyle($(el, '[part="question"]')!).animationName).to.equal('none');
    });
  });
});

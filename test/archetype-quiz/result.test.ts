// The result (portrait, strengths, next step, ladder), Restart and reset().
import {
  $,
  $$,
  VIKTOR,
  atLevels,
  button,
  cleanUp,
  clickThrough,
  expectFocus,
  press,
  quiz,
  quizDa,
  radios,
  step,
  stepHeading,
  text,
} from './harness.js';
import { animationsDone, recordEvents } from '../helpers.js';
import { expect, fixture, html } from '@open-wc/testing';

beforeEach(() => localStorage.clear());
afterEach(cleanUp);

describe('<digi-archetype-quiz>', () => {
  describe('result', () => {
    it('shows the portrait, strengths, next step and the ladder with the place in text and colour', async () => {
      const el = await quiz();
      await clickThrough(el, atLevels(3));
      const result = $(el, '[part="result"]')!;
      expect(text(result)).to.contain(VIKTOR.portrait);
      expect($$(el, '[part="result"] ul li').map(text)).to.deep.equal(VIKTOR.strengths);
      expect(text(result)).to.contain(VIKTOR.nextStep);
      const subheadings = $$(el, '[part="result"] [role="heading"][aria-level="3"]').map(text);
      expect(subheadings).to.deep.equal(['Styrker', 'Dit næste skridt', 'Alle niveauer']);
      // The level is said once, as text after the heading, not also as the heading's description.
      expect(stepHeading(el).hasAttribute('aria-describedby')).to.equal(false);
      expect(text($(el, '[part="level"]'))).to.equal('Niveau 3 af 4');

      const rungs = $$(el, '[part="rung"]');
      expect(rungs.map((r) => text(r.querySelector('.rung-level')))).to.deep.equal([
        'Niveau 4',
        'Niveau 3',
        'Niveau 2',
        'Niveau 1',
      ]);
      const mine = rungs[1]!;
      expect(rungs.map((r) => r.getAttribute('aria-current'))).to.deep.equal([
        null,
        'step',
        null,
        null,
      ]);
      expect(text(mine.querySelector('[part="your-level"]'))).to.equal('Dit niveau');
      expect($$(el, '[part="your-level"]')).to.have.length(1);
      expect(getComputedStyle(mine).backgroundColor).to.not.equal(
        getComputedStyle(rungs[0]!).backgroundColor,
      );
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('Restart goes back to the intro with no answers and focus on its heading', async () => {
      const el = await quiz();
      await clickThrough(el, atLevels(1));
      const events = [
        ...['digi-quiz-start', 'digi-quiz-answer', 'digi-quiz-complete'].map((type) =>
          recordEvents(el, type),
        ),
      ];
      button(el, 'restart-button').focus();
      await press(el, 'Enter');
      expect(step(el)).to.equal('intro');
      expectFocus(stepHeading(el));
      expect(events.map((list) => list.length)).to.deep.equal([0, 0, 0]);
      button(el, 'start-button').click();
      await el.updateComplete;
      expect(radios(el).some((r) => r.checked)).to.equal(false);
    });

    it('leaves out the strengths when an archetype has none', async () => {
      const content = structuredClone(quizDa);
      delete content.archetypes[0]!.strengths;
      const el = await quiz(html`<digi-archetype-quiz .content=${content}></digi-archetype-quiz>`);
      await clickThrough(el, atLevels(1));
      expect($(el, '[part="result"] ul')).to.equal(null);
      expect(text($(el, '[part="result"]'))).to.not.contain('Styrker');
    });
  });

  describe('reset()', () => {
    it('goes back to the intro without events and without moving focus', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="outside">ude</button><digi-archetype-quiz></digi-archetype-quiz>
        </div>`,
      );
      const el = wrapper.querySelector('digi-archetype-quiz')!;
      await el.updateComplete;
      await clickThrough(el, [1, 1]);
      const outside = wrapper.querySelector<HTMLButtonElement>('#outside')!;
      outside.focus();
      const events = ['digi-quiz-start', 'digi-quiz-answer', 'digi-quiz-complete'].map((type) =>
        recordEvents(wrapper, type),
      );
      el.reset();
      await el.updateComplete;
      expect(step(el)).to.equal('intro');
      expectFocus(outside);
      expect(events.map((list) => list.length)).to.deep.equal([0, 0, 0]);
      button(el, 'start-button').click();
      await el.updateComplete;
      expect(radios(el).some((r) => r.checked)).to.equal(false);
    });
  });
});

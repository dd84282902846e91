// The intro: what the quiz says before it starts, Start, its title and heading level.
import {
  $,
  button,
  cleanUp,
  expectFocus,
  headingText,
  notice,
  press,
  quiz,
  quizDa,
  region,
  step,
  stepHeading,
  text,
} from './harness.js';
import { animationsDone, expectHeadingLevelChecked, recordEvents } from '../helpers.js';
import { expect, html } from '@open-wc/testing';

beforeEach(() => localStorage.clear());
afterEach(cleanUp);

describe('<digi-archetype-quiz>', () => {
  describe('intro', () => {
    it('says what the quiz is, how long it takes and that answers stay here', async () => {
      const el = await quiz();
      expect(step(el)).to.equal('intro');
      expect(region(el)!.getAttribute('aria-label')).to.equal('Hvor er du på den digitale trappe?');
      expect(stepHeading(el).getAttribute('aria-level')).to.equal('2');
      expect(headingText(el)).to.equal('Hvor er du på den digitale trappe?');
      const intro = text($(el, '[part="intro"]'));
      expect(intro).to.contain('10 spørgsmål · ca. 3 minutter');
      expect(intro).to.contain('Dine svar bliver ikke gemt og sendes ikke videre.');
      expect(button(el, 'start-button').tagName).to.equal('BUTTON');
      expect(text(button(el, 'start-button'))).to.equal('Start testen');
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('says answers stay in this browser when persist keeps them, and follows persist', async () => {
      const el = await quiz(html`<digi-archetype-quiz persist></digi-archetype-quiz>`);
      const facts = () => text($(el, '[part="intro"] .facts'));
      expect(facts()).to.contain(
        'Dine svar gemmes kun i denne browser på denne enhed og sendes ikke videre.',
      );
      expect(facts()).to.not.contain('bliver ikke gemt');
      el.persist = false;
      await el.updateComplete;
      expect(facts()).to.contain('Dine svar bliver ikke gemt og sendes ikke videre.');
      await expect(el).to.be.accessible();
    });

    it('Start opens question 1, moves focus to its heading and fires digi-quiz-start once', async () => {
      const el = await quiz();
      const starts = recordEvents(el, 'digi-quiz-start');
      const answers = recordEvents(el, 'digi-quiz-answer');
      button(el, 'start-button').focus();
      await press(el, 'Enter');
      expect(step(el)).to.equal('question');
      expect(headingText(el)).to.equal(quizDa.questions[0]!.text);
      expectFocus(stepHeading(el));
      expect(starts).to.have.length(1);
      expect(starts[0]!.bubbles && starts[0]!.composed).to.equal(true);
      expect(answers).to.have.length(0);
    });

    it('takes its title from label, and heading-level sets the outline', async () => {
      const el = await quiz(
        html`<digi-archetype-quiz label="Test dig selv" heading-level="3"></digi-archetype-quiz>`,
      );
      expect(region(el)!.getAttribute('aria-label')).to.equal('Test dig selv');
      expect(headingText(el)).to.equal('Test dig selv');
      expect(stepHeading(el).getAttribute('aria-level')).to.equal('3');
      expect(notice(el)).to.equal(null);
    });

    it('refuses a heading-level outside 1–6 like any attribute: notice, digi-error, console.error', async () => {
      await expectHeadingLevelChecked(
        html`<digi-archetype-quiz heading-level="9"></digi-archetype-quiz>`,
        'digi-archetype-quiz',
        '[part="intro"]',
        2,
        (el) => [stepHeading(el).getAttribute('aria-level')],
        (level) => [String(level)],
      );
    });
  });
});

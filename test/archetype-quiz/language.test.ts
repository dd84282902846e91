// The quiz in English at every step, a language switch mid-quiz, and string overrides.
import {
  $,
  ANNA,
  N,
  SIGNE,
  TORBEN,
  VIKTOR,
  atLevels,
  button,
  cleanUp,
  clickThrough,
  headingText,
  press,
  quiz,
  quizAfterButton,
  quizDa,
  quizEn,
  radios,
  resultOf,
  text,
} from './harness.js';
import { animationsDone, recordEvents, settle } from '../helpers.js';
import { expect, html } from '@open-wc/testing';

beforeEach(() => localStorage.clear());
afterEach(cleanUp);

describe('<digi-archetype-quiz>', () => {
  describe('language', () => {
    it('speaks English under lang="en", at every step', async () => {
      const { el, wrapper } = await quizAfterButton({ lang: 'en' });
      expect(headingText(el)).to.equal('Where are you on the digital ladder?');
      expect(text($(el, '[part="intro"]'))).to.contain('10 questions · about 3 minutes');
      expect(text($(el, '[part="intro"]'))).to.contain(
        'Your answers are not saved or sent anywhere.',
      );
      expect(text(button(el, 'start-button'))).to.equal('Start the quiz');
      await animationsDone(el);
      await expect(el).to.be.accessible();

      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await press(el, 'Tab');
      await press(el, 'Enter');
      expect(headingText(el)).to.equal(quizEn.questions[0]!.text);
      expect(text($(el, '[part="progress"]'))).to.equal(`Question 1 of ${N}`);
      expect(text(button(el, 'back-button'))).to.equal('Back');
      button(el, 'next-button').click();
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.equal('Choose an answer to continue.');
      await animationsDone(el);
      await expect(el).to.be.accessible();

      for (const choice of atLevels(1)) {
        radios(el)[choice]!.click();
        await el.updateComplete;
        button(el, 'next-button').click();
        await el.updateComplete;
      }
      expect(resultOf(el)).to.deep.equal({
        heading: 'You are most like Anna Afventende',
        level: 'Level 1 of 4',
        ladder: [SIGNE.name, VIKTOR.name, TORBEN.name, ANNA.name],
        current: ANNA.name,
      });
      expect(text($(el, '[part="your-level"]'))).to.equal('Your level');
      expect(text($(el, '[part="result"]'))).to.contain(quizEn.archetypes[0]!.nextStep);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('switching language at run time keeps the place and the answers', async () => {
      const { el, wrapper } = await quizAfterButton();
      const events = recordEvents(el, 'digi-quiz-answer');
      await clickThrough(el, [1, 2]);
      radios(el)[3]!.click();
      await el.updateComplete;
      wrapper.lang = 'en';
      await settle(el);
      expect(headingText(el)).to.equal(quizEn.questions[2]!.text);
      expect(text($(el, '[part="progress"]'))).to.equal(`Question 3 of ${N}`);
      expect(radios(el)[3]!.checked).to.equal(true);
      el.setAttribute('lang', 'da');
      await settle(el);
      expect(headingText(el)).to.equal(quizDa.questions[2]!.text);
      expect(events).to.have.length(3);
    });

    it('any UI string can be overridden through strings', async () => {
      const el = await quiz(
        html`<digi-archetype-quiz
          .strings=${{ start: 'Kom i gang', progress: '{n}/{total}', answerRequired: 'Svar først' }}
        ></digi-archetype-quiz>`,
      );
      expect(text(button(el, 'start-button'))).to.equal('Kom i gang');
      await clickThrough(el, []);
      expect(text($(el, '[part="progress"]'))).to.equal(`1/${N}`);
      button(el, 'next-button').click();
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.equal('Svar først');
    });
  });
});

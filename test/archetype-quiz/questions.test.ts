// The questions: fieldsets, position, the answer-required message, Back and Next, answer events.
import {
  $,
  N,
  button,
  cleanUp,
  clickThrough,
  expectFocus,
  headingText,
  press,
  quiz,
  quizDa,
  radios,
  step,
  stepHeading,
  text,
} from './harness.js';
import { type DigiQuizAnswerEvent } from '../../src/archetype-quiz/index.js';
import { METRIC_FONT, SPACE, animationsDone, recordEvents, shadow } from '../helpers.js';
import { expect, fixture, html } from '@open-wc/testing';

beforeEach(() => localStorage.clear());
afterEach(cleanUp);

describe('<digi-archetype-quiz>', () => {
  describe('questions', () => {
    it('are a native fieldset named by its legend, under a "Spørgsmål 1 af N" heading, with radio buttons in labels', async () => {
      const el = await quiz();
      await clickThrough(el, []);
      const fieldset = $(el, 'fieldset')!;
      const legend = fieldset.querySelector('legend')!;
      expect(text(stepHeading(el))).to.equal(`Spørgsmål 1 af ${N}`);
      expect(fieldset.contains(stepHeading(el))).to.equal(false);
      expect(text(legend)).to.equal(quizDa.questions[0]!.text);
      expect(legend.querySelector('[role="heading"]')).to.equal(null);
      const inputs = radios(el);
      expect(inputs).to.have.length(4);
      expect(new Set(inputs.map((input) => input.name)).size).to.equal(1);
      inputs.forEach((input, i) => {
        const label = input.closest('label')!;
        expect(label.getAttribute('part')).to.equal('option');
        expect(text(label)).to.equal(quizDa.questions[0]!.options[i]!.label);
        expect(label.getBoundingClientRect().height).to.be.at.least(44);
      });
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('tell the position in text, as the step heading, and as a hidden bar', async () => {
      const el = await quiz();
      await clickThrough(el, [0, 1]);
      const progress = $(el, '[part="progress"]')!;
      expect(text(progress)).to.equal(`Spørgsmål 3 af ${N}`);
      expect(progress === stepHeading(el)).to.equal(true);
      const bar = $(el, 'progress') as HTMLProgressElement;
      expect([bar.value, bar.max]).to.deep.equal([3, N]);
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
    });

    it('Next without an answer shows an announced message tied to the fieldset', async () => {
      const el = await quiz();
      await clickThrough(el, []);
      const events = recordEvents(el, 'digi-quiz-answer');
      const fieldset = $(el, 'fieldset')!;
      const live = $(el, '[role="alert"]')!;
      expect(text(live)).to.equal('');
      expect(fieldset.hasAttribute('aria-describedby')).to.equal(false);
      expect(fieldset.getAttribute('aria-invalid')).to.equal('false');

      const next = button(el, 'next-button');
      expect(next.disabled).to.equal(false);
      next.focus();
      await press(el, 'Enter');
      expect(step(el)).to.equal('question');
      expect(headingText(el)).to.equal(quizDa.questions[0]!.text);
      expect(text(live)).to.equal('Vælg et svar for at gå videre.');
      const describedBy = fieldset.getAttribute('aria-describedby')!;
      expect(text(shadow(el).getElementById(describedBy))).to.equal(
        'Vælg et svar for at gå videre.',
      );
      expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
      expectFocus(radios(el)[0]!);
      expect(radios(el).some((radio) => radio.checked)).to.equal(false);
      await animationsDone(el);
      await expect(el).to.be.accessible();

      // Again: focus goes back to the first answer.
      next.focus();
      await press(el, 'Enter');
      expectFocus(radios(el)[0]!);

      radios(el)[2]!.click();
      await el.updateComplete;
      expect(text(live)).to.equal('');
      expect(fieldset.hasAttribute('aria-describedby')).to.equal(false);
      expect(fieldset.getAttribute('aria-invalid')).to.equal('false');
      expect(events).to.have.length(1);
    });

    it('Back returns to the previous question with its answer, and from question 1 to the intro', async () => {
      const el = await quiz();
      await clickThrough(el, [2, 1]);
      expect(headingText(el)).to.equal(quizDa.questions[2]!.text);
      button(el, 'back-button').focus();
      await press(el, 'Enter');
      expect(headingText(el)).to.equal(quizDa.questions[1]!.text);
      expectFocus(stepHeading(el));
      expect(radios(el).map((r) => r.checked)).to.deep.equal([false, true, false, false]);
      button(el, 'back-button').click();
      await el.updateComplete;
      expect(radios(el)[2]!.checked).to.equal(true);
      button(el, 'back-button').click();
      await el.updateComplete;
      expect(step(el)).to.equal('intro');
      expectFocus(stepHeading(el));
    });

    it('Enter on a chosen radio goes on (implicit form submission)', async () => {
      const el = await quiz();
      await clickThrough(el, []);
      await press(el, 'Tab');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      expect(headingText(el)).to.equal(quizDa.questions[1]!.text);
      expectFocus(stepHeading(el));
    });

    it('fires digi-quiz-answer on every change with the question id, index and option', async () => {
      const el = await quiz();
      await clickThrough(el, []);
      const events = recordEvents<DigiQuizAnswerEvent>(el, 'digi-quiz-answer');
      await press(el, 'Tab');
      await press(el, SPACE);
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      await press(el, SPACE); // already chosen: no change
      expect(events.map((e) => e.detail.value)).to.deep.equal([0, 1, 2]);
      expect(events[2]!.detail).to.deep.equal({
        questionId: 'laere-nyt',
        value: 2,
        option: quizDa.questions[0]!.options[2],
      });
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    });

    it('keeps its height from question to question', async () => {
      // The 27rem reserve holds for Times-like fonts: one font in every engine (METRIC_FONT).
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 640px; ${METRIC_FONT}">
          <digi-archetype-quiz></digi-archetype-quiz>
        </div>`,
      );
      const el = wrapper.querySelector('digi-archetype-quiz')!;
      await el.updateComplete;
      // The intro is sized to its content, lower than the questions (see the reserve tests).
      const intro = Math.round(el.getBoundingClientRect().height);
      const heights = new Set<number>();
      button(el, 'start-button').click();
      for (let i = 0; i < N; i++) {
        await el.updateComplete;
        heights.add(Math.round(el.getBoundingClientRect().height));
        radios(el)[3]!.click();
        await el.updateComplete;
        heights.add(Math.round(el.getBoundingClientRect().height));
        button(el, 'next-button').click();
      }
      expect([...heights]).to.have.length(1);
      expect([...heights][0]).to.be.above(intro);
    });
  });
});

// Keyboard alone, from the page to each persona's result.
import {
  ANNA,
  N,
  SIGNE,
  TORBEN,
  VIKTOR,
  atLevels,
  cleanUp,
  expectFocus,
  quizAfterButton,
  quizDa,
  resultOf,
  step,
  stepHeading,
  walk,
} from './harness.js';
import {
  type DigiQuizAnswerEvent,
  type DigiQuizCompleteEvent,
} from '../../src/archetype-quiz/index.js';
import { expect } from '@open-wc/testing';
import { recordEvents } from '../helpers.js';

beforeEach(() => localStorage.clear());
afterEach(cleanUp);

describe('<digi-archetype-quiz>', () => {
  describe('keyboard walkthroughs to each persona', () => {
    it('all lowest answers → Anna Afventende', async () => {
      const { el, wrapper } = await quizAfterButton();
      const complete = recordEvents<DigiQuizCompleteEvent>(el, 'digi-quiz-complete');
      await walk(el, wrapper, atLevels(1));
      expect(step(el)).to.equal('result');
      expectFocus(stepHeading(el));
      expect(resultOf(el)).to.deep.equal({
        heading: 'Du ligner mest Anna Afventende',
        level: 'Niveau 1 af 4',
        ladder: [SIGNE.name, VIKTOR.name, TORBEN.name, ANNA.name],
        current: ANNA.name,
      });
      expect(complete).to.have.length(1);
      expect(complete[0]!.detail).to.deep.equal({
        archetype: 'anna',
        level: 1,
        scores: { anna: N, torben: 0, viktor: 0, signe: 0 },
      });
    });

    it('all highest answers → Signe Selvkørende, with every event counted', async () => {
      const { el, wrapper } = await quizAfterButton();
      const starts = recordEvents(el, 'digi-quiz-start');
      const answers = recordEvents<DigiQuizAnswerEvent>(el, 'digi-quiz-answer');
      const complete = recordEvents<DigiQuizCompleteEvent>(el, 'digi-quiz-complete');
      const errors = recordEvents(el, 'digi-error');
      const choices = atLevels(4);
      await walk(el, wrapper, choices);
      expect(resultOf(el).heading).to.equal('Du ligner mest Signe Selvkørende');
      expect(resultOf(el).level).to.equal('Niveau 4 af 4');
      expect(resultOf(el).current).to.equal(SIGNE.name);
      expect(starts).to.have.length(1);
      // One event a key press that changes the answer: Space on the first, else one an arrow.
      const presses = choices.reduce((sum, choice) => sum + Math.max(1, choice), 0);
      expect(answers).to.have.length(presses);
      expect(answers.at(-1)!.detail.questionId).to.equal(quizDa.questions.at(-1)!.id);
      expect(complete).to.have.length(1);
      expect(complete[0]!.detail).to.deep.include({ archetype: 'signe', level: 4 });
      expect(complete[0]!.bubbles && complete[0]!.composed).to.equal(true);
      expect(errors).to.have.length(0);
    });

    it('a mean of exactly 2.5 goes down → Torben Tøvende', async () => {
      const { el, wrapper } = await quizAfterButton();
      const complete = recordEvents<DigiQuizCompleteEvent>(el, 'digi-quiz-complete');
      await walk(el, wrapper, atLevels([2, 3, 2, 3, 2, 3, 2, 3, 2, 3]));
      expect(resultOf(el).heading).to.equal('Du ligner mest Torben Tøvende');
      expect(resultOf(el).level).to.equal('Niveau 2 af 4');
      expect(complete[0]!.detail).to.deep.equal({
        archetype: 'torben',
        level: 2,
        scores: { anna: 0, torben: 5, viktor: 5, signe: 0 },
      });
    });

    it('mostly third answers → Viktor Velvillig', async () => {
      const { el, wrapper } = await quizAfterButton();
      await walk(el, wrapper, atLevels([3, 3, 3, 4, 3, 3, 2, 3, 3, 3]));
      expect(resultOf(el).heading).to.equal('Du ligner mest Viktor Velvillig');
      expect(resultOf(el).current).to.equal(VIKTOR.name);
    });
  });
});

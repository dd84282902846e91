// The quiz's own content rules: weights, levels, ids, archetypes (loading itself: test/shared).
import {
  $,
  atLevels,
  button,
  cleanUp,
  clickThrough,
  headingText,
  quiz,
  quizDa,
  radios,
  region,
  resultOf,
  step,
  text,
} from './harness.js';
import {
  type DigiArchetypeQuiz,
  type DigiQuizCompleteEvent,
} from '../../src/archetype-quiz/index.js';
import { type TemplateResult } from 'lit';
import { animationsDone, expectRefusal, recordEvents, shadow } from '../helpers.js';
import { expect, html, waitUntil } from '@open-wc/testing';

beforeEach(() => localStorage.clear());
afterEach(cleanUp);

describe('<digi-archetype-quiz>', () => {
  describe('custom content', () => {
    it('loads a weights quiz from src, with its own title and intro', async () => {
      const el = await quiz(
        html`<digi-archetype-quiz src="/test/fixtures/quiz-weights.json"></digi-archetype-quiz>`,
      );
      await waitUntil(() => step(el) === 'intro', 'content did not load');
      expect(headingText(el)).to.equal('Hvilken mødetype er du?');
      expect(region(el)!.getAttribute('aria-label')).to.equal('Hvilken mødetype er du?');
      expect(text($(el, '[part="intro"]'))).to.contain(
        'Tre spørgsmål om, hvordan du holder møder.',
      );
      expect(text($(el, '[part="intro"]'))).to.contain('3 spørgsmål · ca. 1 minut');
      const complete = recordEvents<DigiQuizCompleteEvent>(el, 'digi-quiz-complete');
      await clickThrough(el, [1, 0, 1]);
      expect(resultOf(el)).to.deep.equal({
        heading: 'Du ligner mest Deltageren',
        level: 'Niveau 2 af 3',
        ladder: ['Mødelederen', 'Deltageren', 'Lytteren'],
        current: 'Deltageren',
      });
      expect(complete[0]!.detail).to.deep.equal({
        archetype: 'deltager',
        level: 2,
        scores: { lytter: 1, deltager: 4, leder: 2 },
      });
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('a new content object starts over', async () => {
      const el = await quiz();
      await clickThrough(el, [0, 0]);
      el.content = structuredClone(quizDa);
      await el.updateComplete;
      expect(step(el)).to.equal('intro');
    });
  });

  describe('bad content', () => {
    const failing = (template: TemplateResult) =>
      expectRefusal<DigiArchetypeQuiz>(template, 'digi-archetype-quiz', 'section[part="quiz"]');

    const base = () => structuredClone(quizDa);
    const withContent = (content: unknown) =>
      html`<digi-archetype-quiz .content=${content}></digi-archetype-quiz>`;

    it('missing lists', async () => {
      const second = await failing(withContent({ archetypes: base().archetypes }));
      expect(second.detail.path).to.equal('questions');
      expect(second.text).to.contain('questions: mangler');
    });

    it('an option level no archetype has', async () => {
      const content = base();
      content.questions[1]!.options[3]!.level = 5;
      const { detail, text } = await failing(withContent(content));
      expect(detail.path).to.equal('questions[1].options[3].level');
      expect(text).to.contain('henviser til et id, der ikke findes');
    });

    it('duplicate ids and two archetypes on one level', async () => {
      const content = base();
      content.questions[4]!.id = content.questions[0]!.id;
      expect((await failing(withContent(content))).detail.path).to.equal('questions[4].id');
      const archetypes = base();
      archetypes.archetypes[2]!.id = 'anna';
      expect((await failing(withContent(archetypes))).detail.path).to.equal('archetypes[2].id');
      const levels = base();
      levels.archetypes[3]!.level = 1;
      expect((await failing(withContent(levels))).detail.path).to.equal('archetypes[3].level');
    });

    it('an option with neither level nor weights, or with both', async () => {
      const neither = base();
      delete neither.questions[2]!.options[1]!.level;
      const first = await failing(withContent(neither));
      expect(first.detail.path).to.equal('questions[2].options[1].level');
      expect(first.text).to.contain('questions[2].options[1].level: mangler');
      const both = base();
      both.questions[0]!.options[2]!.weights = { anna: 1 };
      expect((await failing(withContent(both))).detail.path).to.equal(
        'questions[0].options[2].weights',
      );
    });

    it('a quiz that mixes level and weights scoring', async () => {
      const content = base();
      const option = content.questions[3]!.options[0]!;
      delete option.level;
      option.weights = { anna: 1 };
      const { detail } = await failing(withContent(content));
      expect(detail.path).to.equal('questions[3].options[0].weights');
      expect(detail.message).to.contain('er ugyldig');
    });

    it('weights naming an archetype that does not exist', async () => {
      const content = {
        archetypes: base().archetypes,
        questions: [
          {
            id: 'q',
            text: 'Q',
            options: [
              { label: 'A', weights: { anna: 1 } },
              { label: 'B', weights: { signe: 2, bent: 1 } },
            ],
          },
        ],
      };
      const { detail } = await failing(withContent(content));
      expect(detail.path).to.equal('questions[0].options[1].weights.bent');
    });

    it('fewer than two archetypes, and a level that is not a whole number', async () => {
      const one = base();
      one.archetypes = one.archetypes.slice(0, 1);
      expect((await failing(withContent(one))).detail.path).to.equal('archetypes');
      const fraction = base();
      fraction.questions[0]!.options[0]!.level = 1.5;
      expect((await failing(withContent(fraction))).detail.path).to.equal(
        'questions[0].options[0].level',
      );
    });

    it('shows hostile text as text, never as HTML', async () => {
      const hostile = '<img src=x onerror="window.__pwned = true">';
      const content = base();
      content.questions[0]!.text = hostile;
      content.questions[0]!.options[0]!.label = hostile;
      content.archetypes[0]!.name = hostile;
      const el = await quiz(withContent(content));
      await clickThrough(el, []);
      expect(headingText(el)).to.equal(hostile);
      expect(text(radios(el)[0]!.closest('label'))).to.equal(hostile);
      button(el, 'back-button').click();
      await el.updateComplete;
      await clickThrough(el, atLevels(1));
      expect(resultOf(el).current).to.equal(hostile);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });
  });
});

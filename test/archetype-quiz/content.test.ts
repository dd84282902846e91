// The quiz's own content rules: weights, levels, ids, archetypes (loading itself: test/shared).
import {
  $,
  atLevels,
  button,
  cleanUp,
  clickThrough,
  headingText,
  notice,
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
import {
  animationsDone,
  expectRefusal,
  expectSrcTimeout,
  recordEvents,
  shadow,
} from '../helpers.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';

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

    it('reads inline JSON', async () => {
      const el = await quiz(
        html`<digi-archetype-quiz>
          <script type="application/json">
            {
              "archetypes": [
                { "id": "a", "level": 1, "name": "Første", "portrait": "P", "nextStep": "N" },
                { "id": "b", "level": 2, "name": "Anden", "portrait": "P", "nextStep": "N" }
              ],
              "questions": [
                {
                  "id": "q",
                  "text": "Inline?",
                  "options": [
                    { "label": "Nej", "level": 1 },
                    { "label": "Ja", "level": 2 }
                  ]
                }
              ]
            }
          </script>
        </digi-archetype-quiz>`,
      );
      await clickThrough(el, []);
      expect(headingText(el)).to.equal('Inline?');
      expect(text(button(el, 'next-button'))).to.equal('Se dit resultat');
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

    it('a src that answers 404', async () => {
      const { detail, text } = await failing(
        html`<digi-archetype-quiz src="/test/fixtures/quiz-missing.json"></digi-archetype-quiz>`,
      );
      expect(detail.reason).to.equal('fetch-failed');
      expect(text).to.contain('/test/fixtures/quiz-missing.json kunne ikke hentes (HTTP 404)');
    });

    it('a src that never answers fails after 10 s', async () => {
      await expectSrcTimeout('digi-archetype-quiz');
    });

    it('broken JSON from src, and inline', async () => {
      const fromSrc = await failing(
        html`<digi-archetype-quiz src="/test/fixtures/broken.json"></digi-archetype-quiz>`,
      );
      expect(fromSrc.detail.reason).to.equal('invalid-json');
      expect(fromSrc.text).to.contain('ikke gyldig JSON');
      const inline = await failing(
        html`<digi-archetype-quiz>
          <script type="application/json">
            { "questions": [ }
          </script>
        </digi-archetype-quiz>`,
      );
      expect(inline.detail.reason).to.equal('invalid-json');
    });

    it('JSON of the wrong shape names the path: a question with one option', async () => {
      const { detail, text } = await failing(
        html`<digi-archetype-quiz
          src="/test/fixtures/quiz-wrong-shape.json"
        ></digi-archetype-quiz>`,
      );
      expect(detail).to.include({ reason: 'invalid-content', path: 'questions[2].options' });
      expect(detail.message).to.contain('questions[2].options: skal have mindst 2');
      expect(text).to.contain('questions[2].options: skal have mindst 2');
    });

    it('content that is not an object, and missing lists', async () => {
      const first = await failing(withContent('quiz'));
      expect(first.text).to.contain('Indholdet: skal være et objekt');
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

    it('one broken quiz leaves the others working', async () => {
      const logged = sinon.stub(console, 'error');
      const wrapper = await fixture(
        html`<div>
          <digi-archetype-quiz id="bad" .content=${{ questions: 'nej' }}></digi-archetype-quiz>
          <digi-archetype-quiz id="good"></digi-archetype-quiz>
        </div>`,
      );
      const good = wrapper.querySelector<DigiArchetypeQuiz>('#good')!;
      await good.updateComplete;
      logged.restore();
      expect(notice(wrapper.querySelector('#bad')!)).to.not.equal(null);
      await clickThrough(good, [0]);
      expect(headingText(good)).to.equal(quizDa.questions[1]!.text);
    });
  });
});

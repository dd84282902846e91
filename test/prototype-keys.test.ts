// Names from content, attributes and storage never reach what every object inherits (issue 16).
// Ids, keys, weights keys, attribute values and placeholders are drawn from the names of
// Object.prototype (`constructor`, `toString`, `__proto__`, …) and `prototype`, mixed with plain
// ids. Whatever comes in, each widget renders or shows the refusal notice and never throws; a
// model of the format says which, and where a refusal points; the quiz's scores are finite
// numbers and its winner the right persona.
import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../src/define.js';
import {
  archetypeQuizDa,
  quizFingerprint,
  scoreQuiz,
  type ArchetypeQuizContent,
  type DigiQuizCompleteEvent,
} from '../src/archetype-quiz/index.js';
import { hashString, removeStored, writeStored } from '../src/controllers/storage.js';
import type { DigiErrorEvent } from '../src/core/events.js';
import { format } from '../src/core/format.js';
import { animationsDone, expectRefusal, shadow } from './helpers.js';
import { expectEveryWidget } from './registry.js';

/** Every name an object inherits, and `prototype`. */
const INHERITED = [
  ...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']),
];
/** What the format accepts as an id (`constructor` and `prototype` among the inherited names). */
const ID = /^[a-z0-9][a-z0-9-]*$/;
/** Valid ids: the inherited names the format accepts, and plain ones. */
const VALID = [...INHERITED.filter((name) => ID.test(name)), 'anna', 'bo', 'carl', 'dina'];
/** Any id: inherited names and plain ids, so that some content is valid and some is not. */
const anyId = fc.constantFrom(...new Set([...INHERITED, ...VALID]));
/** Lists of ids: half of them drawn from the valid ones only, so both outcomes are common. */
const idLists = (constraints: { minLength: number; maxLength: number }, unique = false) =>
  fc.oneof(
    ...[fc.constantFrom(...VALID), anyId].map((id) =>
      unique ? fc.uniqueArray(id, constraints) : fc.array(id, constraints),
    ),
  );
const NUM_RUNS = 40;

/** Counts how a property's runs ended, to prove both outcomes were met. */
function outcomes() {
  const seen = { rendered: 0, refused: 0 };
  return {
    count: (problem: string | undefined) => seen[problem === undefined ? 'rendered' : 'refused']++,
    expectBoth: () => {
      expect(seen.rendered, 'runs that rendered').to.be.above(0);
      expect(seen.refused, 'runs that were refused').to.be.above(0);
    },
  };
}

type Widget = HTMLElement & { content?: unknown; updateComplete: Promise<unknown> };

interface Mounted {
  el: Widget;
  errors: DigiErrorEvent[];
}

let stage: HTMLElement;

/** A fresh `tag` with `attributes` and `content`, rendered; its `digi-error` events recorded. */
async function mount(
  tag: string,
  content: unknown,
  attributes: Record<string, string> = {},
): Promise<Mounted> {
  const el = document.createElement(tag) as Widget;
  const errors: DigiErrorEvent[] = [];
  el.addEventListener('digi-error', (event) => errors.push(event));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (content !== undefined) el.content = content;
  stage.append(el);
  await el.updateComplete;
  return { el, errors };
}

/** The notice refusing content (role alert), or null. */
const refusal = (el: Element) => shadow(el).querySelector('[part="notice"][role="alert"]');

/** Checks that `el` shows `main` and no refusal, or the refusal (one `digi-error` at `path`). */
function expectOutcome({ el, errors }: Mounted, main: string, path: string | undefined): void {
  const content = errors.filter((e) => e.detail.reason === 'invalid-content');
  if (path === undefined) {
    expect(refusal(el), 'no refusal').to.equal(null);
    expect(shadow(el).querySelector(main), `${main} rendered`).to.not.equal(null);
    expect(content, 'no content refused').to.have.length(0);
  } else {
    expect(refusal(el), 'the refusal notice').to.not.equal(null);
    expect(shadow(el).querySelector(main), `no ${main}`).to.equal(null);
    expect(
      content.map((e) => e.detail.path),
      'one digi-error at the first problem',
    ).to.deep.equal([path]);
  }
}

/** Where a list of items with these ids is first refused: a malformed id, else a repeated one. */
function idProblem(ids: readonly (string | undefined)[], list: string): string | undefined {
  const malformed = ids.findIndex((id) => id !== undefined && !ID.test(id));
  if (malformed >= 0) return `${list}[${malformed}].id`;
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (id === undefined) continue;
    if (seen.has(id)) return `${list}[${i}].id`;
    seen.add(id);
  }
  return undefined;
}

describe('names from content, attributes and storage (inherited names)', () => {
  let pageErrors: string[];
  const onError = (event: ErrorEvent) => pageErrors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));

  beforeEach(() => {
    pageErrors = [];
    stage = document.createElement('div');
    document.body.append(stage);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(async () => {
    // Give a stray error a chance to arrive before the last check.
    await new Promise((resolve) => setTimeout(resolve, 50));
    sinon.restore();
    stage.remove();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(pageErrors, 'uncaught errors').to.deep.equal([]);
  });

  /** Refusals log one console.error each: expected in the properties. */
  const quietly = () => sinon.stub(console, 'error');

  it('goes through every widget of the registry', async () => {
    await expectEveryWidget(['digi-tip-carousel', 'digi-strategy-wheel', 'digi-archetype-quiz']);
  });

  describe('format()', () => {
    it('fills only its own params: a placeholder with an inherited name stays as written', () => {
      fc.assert(
        fc.property(fc.constantFrom(...INHERITED), (name) => {
          expect(format(`{${name}} {n}`, { n: 3 })).to.equal(`{${name}} 3`);
        }),
        { numRuns: INHERITED.length * 2 },
      );
    });
  });

  describe('<digi-tip-carousel>', () => {
    it('tip ids: renders valid unique ids (constructor, prototype), refuses the rest at its id', async () => {
      quietly();
      const { count, expectBoth } = outcomes();
      await fc.assert(
        fc.asyncProperty(
          idLists({ minLength: 1, maxLength: 6 }),
          fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
          async (drawn, withId) => {
            // A tip's id is optional: some tips go without.
            const ids = drawn.map((id, i) => (withId[i] ? id : undefined));
            const tips = ids.map((id, i) => ({
              ...(id === undefined ? {} : { id }),
              title: `Råd ${i + 1}`,
              body: 'En tekst.',
            }));
            const mounted = await mount('digi-tip-carousel', { tips });
            const problem = idProblem(ids, 'tips');
            expectOutcome(mounted, '[part="carousel"]', problem);
            count(problem);
            mounted.el.remove();
          },
        ),
        { numRuns: NUM_RUNS },
      );
      expectBoth();
    });

    it('start="<inherited name>" shows the first tip with a warning; strings keep {<name>}', async () => {
      quietly();
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...INHERITED), async (name) => {
          const el = document.createElement('digi-tip-carousel') as Widget & {
            strings: Record<string, string>;
          };
          const errors: DigiErrorEvent[] = [];
          el.addEventListener('digi-error', (event) => errors.push(event));
          el.setAttribute('start', name);
          el.strings = { position: `{${name}} {n}/{total}` };
          stage.append(el);
          await el.updateComplete;
          const position = shadow(el).querySelector('[part~="position"]')!.textContent.trim();
          expect(position).to.equal(`{${name}} 1/13`);
          expect(errors.map((e) => [e.detail.reason, e.detail.path])).to.deep.equal([
            ['invalid-attribute', 'start'],
          ]);
          expect(refusal(el), 'a warning, not a refusal').to.equal(null);
          el.remove();
        }),
        { numRuns: NUM_RUNS },
      );
    });
  });

  describe('<digi-strategy-wheel>', () => {
    it('theme ids and selected: valid ids render, selected finds its own theme only', async () => {
      quietly();
      const { count, expectBoth } = outcomes();
      const themes = idLists({ minLength: 2, maxLength: 6 }).chain((list) =>
        fc.tuple(fc.constant(list), fc.oneof(fc.constantFrom(...list), anyId)),
      );
      await fc.assert(
        fc.asyncProperty(themes, async ([ids, selected]) => {
          const themes = ids.map((id, i) => ({ id, title: `Tema ${i + 1}`, description: 'Om.' }));
          const mounted = await mount('digi-strategy-wheel', { themes }, { selected });
          const problem = idProblem(ids, 'themes');
          expectOutcome(mounted, '[part="tablist"]', problem);
          count(problem);
          // check-assertions: a property's valid case; expectBoth() proves both kinds ran
          if (problem === undefined) {
            const found = ids.indexOf(selected);
            const tab = shadow(mounted.el).querySelector('[role="tab"][aria-selected="true"]');
            expect(tab?.id, 'the selected tab').to.equal(`tab-${Math.max(found, 0)}`);
            const refused = mounted.errors.filter((e) => e.detail.path === 'selected');
            expect(refused, 'a warning when no theme has the id').to.have.length(found < 0 ? 1 : 0);
          }
          mounted.el.remove();
        }),
        { numRuns: NUM_RUNS },
      );
      expectBoth();
    });
  });

  describe('<digi-archetype-quiz>', () => {
    /** A weights quiz: personas on levels 1…n in order, options weighting any keys. */
    interface QuizCase {
      ids: string[];
      /** Per question, per option: [key, points] pairs (a later pair of one key wins). */
      weights: [string, number][][][];
      /** The option chosen per question. */
      answers: number[];
    }

    /** Half of the cases weight only the personas, half any inherited name too. */
    const quizCase: fc.Arbitrary<QuizCase> = fc
      .tuple(idLists({ minLength: 2, maxLength: 4 }, true), fc.boolean())
      .chain(([ids, onlyPersonas]) => {
        const key = fc.constantFrom(...ids, ...(onlyPersonas ? [] : INHERITED));
        const pair = fc.tuple(key, fc.integer({ min: -5, max: 5 }));
        const options = fc.array(fc.array(pair, { maxLength: 4 }), { minLength: 2, maxLength: 3 });
        return fc.array(options, { minLength: 1, maxLength: 3 }).chain((weights) =>
          fc.record({
            ids: fc.constant(ids),
            weights: fc.constant(weights),
            answers: fc.tuple(...weights.map((o) => fc.nat({ max: o.length - 1 }))),
          }),
        );
      });

    /** The content; each `weights` object holds its keys as own properties (`__proto__` too). */
    const contentOf = ({ ids, weights }: QuizCase): ArchetypeQuizContent => ({
      archetypes: ids.map((id, i) => ({
        id,
        level: i + 1,
        name: `Persona ${i + 1}`,
        portrait: 'Et portræt.',
        nextStep: 'Et skridt.',
      })),
      questions: weights.map((options, q) => ({
        id: `q${q + 1}`,
        text: `Spørgsmål ${q + 1}?`,
        options: options.map((pairs, o) => ({
          label: `Svar ${o + 1}`,
          weights: Object.fromEntries(pairs),
        })),
      })),
    });

    /** Where the format refuses the quiz first: a malformed persona id, a key, an unknown id. */
    function quizProblem({ ids, weights }: QuizCase): string | undefined {
      const malformed = ids.findIndex((id) => !ID.test(id));
      if (malformed >= 0) return `archetypes[${malformed}].id`;
      const keys = weights.flatMap((options, q) =>
        options.flatMap((pairs, o) =>
          Object.keys(Object.fromEntries(pairs)).map((key) => ({
            key,
            path: `questions[${q}].options[${o}].weights.${key}`,
          })),
        ),
      );
      return (keys.find(({ key }) => !ID.test(key)) ?? keys.find(({ key }) => !ids.includes(key)))
        ?.path;
    }

    /** The scores and the winner: sums of own weights; the highest wins, a tie the lower level. */
    function expectedScore({ ids, weights, answers }: QuizCase) {
      const sums = ids.map((id) =>
        answers.reduce((sum, j, q) => {
          const chosen = Object.fromEntries(weights[q]![j]!);
          return sum + (Object.hasOwn(chosen, id) ? chosen[id]! : 0);
        }, 0),
      );
      let best = 0;
      sums.forEach((sum, i) => {
        if (sum > sums[best]!) best = i;
      });
      return { archetype: ids[best]!, level: best + 1, scores: ids.map((id, i) => [id, sums[i]]) };
    }

    /** Plays the quiz with the reader's clicks; returns the digi-quiz-complete events. */
    async function play(el: Widget, answers: number[]): Promise<DigiQuizCompleteEvent[]> {
      const done: DigiQuizCompleteEvent[] = [];
      el.addEventListener('digi-quiz-complete', (e) => done.push(e));
      const root = shadow(el);
      root.querySelector<HTMLButtonElement>('[part="start-button"]')!.click();
      await el.updateComplete;
      for (const j of answers) {
        root.querySelector<HTMLInputElement>(`input[type="radio"][value="${j}"]`)!.click();
        await el.updateComplete;
        root.querySelector<HTMLButtonElement>('[part="next-button"]')!.click();
        await el.updateComplete;
      }
      return done;
    }

    it('persona ids and weights keys: scored when valid, refused at the first problem', async () => {
      quietly();
      const { count, expectBoth } = outcomes();
      await fc.assert(
        fc.asyncProperty(quizCase, async (c) => {
          const mounted = await mount('digi-archetype-quiz', contentOf(c));
          const problem = quizProblem(c);
          expectOutcome(mounted, '[part="quiz"]', problem);
          count(problem);
          // check-assertions: a property's valid case; expectBoth() proves both kinds ran
          if (problem === undefined) {
            const done = await play(mounted.el, c.answers);
            expect(done, 'one digi-quiz-complete').to.have.length(1);
            const { archetype, level, scores } = done[0]!.detail;
            for (const value of Object.values(scores))
              expect(Number.isFinite(value), `score ${String(value)} is a finite number`).to.equal(
                true,
              );
            const expected = expectedScore(c);
            expect({ archetype, level }).to.deep.equal({
              archetype: expected.archetype,
              level: expected.level,
            });
            expect(Object.entries(scores)).to.deep.equal(expected.scores);
            expect(shadow(mounted.el).querySelector('[part="result"]')!.textContent).to.contain(
              `Persona ${expected.level}`,
            );
          }
          mounted.el.remove();
        }),
        { numRuns: NUM_RUNS },
      );
      expectBoth();
    });

    it('scoreQuiz on unchecked content: finite scores under every id, the right winner', () => {
      fc.assert(
        fc.property(quizCase, (c) => {
          const { archetype, scores } = scoreQuiz(contentOf(c), c.answers);
          const expected = expectedScore(c);
          expect(Object.values(scores).every(Number.isFinite), 'finite scores').to.equal(true);
          expect(Object.entries(scores)).to.deep.equal(expected.scores);
          expect(archetype.id).to.equal(expected.archetype);
        }),
        { numRuns: NUM_RUNS * 5 },
      );
    });

    it('saved answers with inherited names as keys are ignored: the quiz starts at its intro', async () => {
      const version = hashString(quizFingerprint(archetypeQuizDa.content));
      const key = 'digi-archetype-quiz:prototype-keys';
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...INHERITED), fc.jsonValue()), { maxLength: 6 }),
          async (pairs) => {
            // Answers that would fit, but only under an inherited name, never as own `step`.
            const fitting = { step: 1, answers: archetypeQuizDa.content.questions.map(() => 0) };
            writeStored(key, version, Object.fromEntries([['__proto__', fitting], ...pairs]));
            const { el, errors } = await mount('digi-archetype-quiz', undefined, {
              id: 'prototype-keys',
              persist: '',
            });
            expect(errors, 'no digi-error').to.have.length(0);
            expect(shadow(el).querySelector('[part="intro"]'), 'the intro').to.not.equal(null);
            el.remove();
          },
        ),
        { numRuns: NUM_RUNS },
      );
      removeStored(key);
    });

    describe('refusals in both languages', () => {
      const json = (lang: string) =>
        html`<digi-archetype-quiz lang=${lang}>
          <script type="application/json">
            {
              "archetypes": [
                { "id": "constructor", "level": 1, "name": "A", "portrait": "P", "nextStep": "N" },
                { "id": "anna", "level": 2, "name": "B", "portrait": "P", "nextStep": "N" }
              ],
              "questions": [
                {
                  "id": "q1",
                  "text": "Q?",
                  "options": [
                    { "label": "A", "weights": { "constructor": 1, "__proto__": 2 } },
                    { "label": "B", "weights": { "anna": 1 } }
                  ]
                }
              ]
            }
          </script>
        </digi-archetype-quiz>`;

      for (const [lang, message] of [
        ['da', 'er ikke et gyldigt id'],
        ['en', 'is not a valid id'],
      ] as const) {
        it(`a weights key __proto__ is refused at its path (${lang})`, async () => {
          const { detail, text } = await expectRefusal(
            json(lang),
            'digi-archetype-quiz',
            '[part="quiz"]',
          );
          expect(detail.path).to.equal('questions[0].options[0].weights.__proto__');
          expect(text).to.contain(`questions[0].options[0].weights.__proto__: ${message}`);
        });
      }
    });

    it('a persona with the id constructor is scored and can win', async () => {
      const content: ArchetypeQuizContent = JSON.parse(`{
        "archetypes": [
          { "id": "constructor", "level": 1, "name": "Konstruktør", "portrait": "P", "nextStep": "N" },
          { "id": "prototype", "level": 2, "name": "Prototype", "portrait": "P", "nextStep": "N" }
        ],
        "questions": [
          { "id": "q1", "text": "Q?", "options": [
            { "label": "A", "weights": { "constructor": 3 } },
            { "label": "B", "weights": { "prototype": 1 } }
          ] }
        ]
      }`) as ArchetypeQuizContent;
      const { el, errors } = await mount('digi-archetype-quiz', content);
      expect(errors).to.have.length(0);
      const [done] = await play(el, [0]);
      expect(done?.detail).to.deep.equal({
        archetype: 'constructor',
        level: 1,
        scores: { constructor: 3, prototype: 0 },
      });
      expect(shadow(el).querySelector('[part="result"]')!.textContent).to.contain('Konstruktør');
      // axe reads colours: wait until the result has faded in.
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../src/archetype-quiz/define.js';
import {
  archetypeQuizDa as da,
  archetypeQuizEn as en,
  archetypeQuizSchema,
  checkQuiz,
  scoreQuiz,
  type ArchetypeQuizContent,
  type DigiArchetypeQuiz,
  type DigiQuizAnswerEvent,
  type DigiQuizCompleteEvent,
} from '../src/archetype-quiz/index.js';
import { hashString, readStored, removeStored, writeStored } from '../src/controllers/storage.js';
import type { DigiErrorEvent } from '../src/core/events.js';
import { validate } from '../src/core/validate.js';
import {
  animationsDone,
  expectRefusal,
  expectSrcTimeout,
  expectHeadingLevelChecked,
  captureConsoleErrors,
  deepActiveElement,
  recordEvents,
  settle,
  shadow,
  itUnderReducedMotion,
  resetReducedMotion,
  METRIC_FONT,
  SPACE,
} from './helpers.js';

const quizDa = da.content;
const quizEn = en.content;
const archetypeQuizStrings = { da: da.strings, en: en.strings };

const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<E>(selector),
];
const region = (el: Element) => $(el, 'section[part="quiz"]');
const stepHeading = (el: Element) => $(el, '[role="heading"][tabindex="-1"]')!;
/** What the step shows as its main text: a question's text (its legend), else the step's heading. */
const headingText = (el: Element) =>
  ($(el, 'legend') ?? stepHeading(el)).textContent.replace(/\s+/g, ' ').trim();
const radios = (el: Element) => $$<HTMLInputElement>(el, 'input[type="radio"]');
const button = (el: Element, part: string) => $(el, `[part="${part}"]`) as HTMLButtonElement;
const notice = (el: Element) => $(el, '[part="notice"]');
const text = (node: Element | null) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const step = (el: Element) =>
  $(el, '[part="intro"]')
    ? 'intro'
    : $(el, '[part="result"]')
      ? 'result'
      : $(el, '[part="question"]')
        ? 'question'
        : 'none';

/** A short name for an element in failure messages (whole DOM nodes make slow, huge ones). */
const nameOf = (node: Element | null) =>
  node ? `<${node.localName}> "${text(node).slice(0, 40)}"` : 'nothing';

/** Asserts that keyboard focus is on `target`, through shadow roots. */
function expectFocus(target: Element | null, message = '') {
  const active = deepActiveElement();
  expect(active === target, `${message} focus is on ${nameOf(active)}, not ${nameOf(target)}`).to.be
    .true;
}

const KEY = 'digi-archetype-quiz:quiz';
const ANNA = quizDa.archetypes[0]!;
const TORBEN = quizDa.archetypes[1]!;
const VIKTOR = quizDa.archetypes[2]!;
const SIGNE = quizDa.archetypes[3]!;
/** How many questions the built-in quiz has. */
const N = quizDa.questions.length;

/**
 * The option indices that answer the built-in quiz at `levels[i]` (one number: every question at
 * that level). Its answers are not in level order, so a level is not an index.
 */
const atLevels = (levels: number | number[]) =>
  (typeof levels === 'number' ? Array<number>(N).fill(levels) : levels).map((level, i) =>
    quizDa.questions[i]!.options.findIndex((option) => option.level === level),
  );

async function quiz(template: TemplateResult = html`<digi-archetype-quiz></digi-archetype-quiz>`) {
  const el = await fixture<DigiArchetypeQuiz>(template);
  await el.updateComplete;
  return el;
}

/** A quiz after a button outside it, so the walkthrough starts from the page. */
async function quizAfterButton(attributes: { lang?: string; persist?: boolean } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${attributes.lang ?? 'da'}>
      <button id="before">før</button>
      <digi-archetype-quiz id="quiz" ?persist=${attributes.persist}></digi-archetype-quiz>
    </div>`,
  );
  const el = wrapper.querySelector('digi-archetype-quiz')!;
  await el.updateComplete;
  return { wrapper, el };
}

async function press(el: DigiArchetypeQuiz, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/**
 * From focus on the current question's heading: Tab into the radio group, choose option
 * `index` with Space (the first) or the arrow keys, Tab past Back to Next and press Enter.
 */
async function answerByKeyboard(el: DigiArchetypeQuiz, index: number) {
  await press(el, 'Tab');
  expectFocus(radios(el)[0]!);
  if (index === 0) await press(el, SPACE);
  for (let i = 0; i < index; i++) await press(el, 'ArrowDown');
  expect(radios(el)[index]!.checked).to.equal(true);
  await press(el, 'Tab');
  expectFocus(button(el, 'back-button'));
  await press(el, 'Tab');
  expectFocus(button(el, 'next-button'));
  await press(el, 'Enter');
}

/** Starts from a button before the quiz and answers every question by keyboard alone. */
async function walk(el: DigiArchetypeQuiz, wrapper: HTMLElement, choices: number[]) {
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  await press(el, 'Tab');
  expectFocus(button(el, 'start-button'));
  await press(el, 'Enter');
  for (const [i, choice] of choices.entries()) {
    expectFocus(stepHeading(el), `question ${i + 1}:`);
    expect(text($(el, '[part="progress"]'))).to.equal(`Spørgsmål ${i + 1} af ${choices.length}`);
    await answerByKeyboard(el, choice);
  }
}

/** Starts (from the intro) and answers by clicking: `choices[i]` is an option index. */
async function clickThrough(el: DigiArchetypeQuiz, choices: number[]) {
  if (step(el) === 'intro') button(el, 'start-button').click();
  await el.updateComplete;
  for (const choice of choices) {
    radios(el)[choice]!.click();
    await el.updateComplete;
    button(el, 'next-button').click();
    await el.updateComplete;
  }
}

const resultOf = (el: Element) => ({
  heading: headingText(el),
  level: text($(el, '[part="level"]')),
  ladder: $$(el, '[part="rung"]').map((rung) => text(rung.querySelector('.rung-name'))),
  current: text($(el, '[part="rung"][aria-current="step"] .rung-name')),
});

beforeEach(() => localStorage.clear());

afterEach(async () => {
  sinon.restore();
  localStorage.clear();
  await resetReducedMotion();
});

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

  describe('persist', () => {
    /** "Reloads" the page: removes the quiz and puts a new one with the same attributes in. */
    async function reload(el: DigiArchetypeQuiz): Promise<DigiArchetypeQuiz> {
      const parent = el.parentElement!;
      const copy = document.createElement('digi-archetype-quiz');
      for (const { name, value } of el.attributes) copy.setAttribute(name, value);
      el.remove();
      parent.append(copy);
      await copy.updateComplete;
      return copy;
    }

    it('resumes the position and the answers after a reload, without events', async () => {
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, [3, 1]);
      radios(el)[2]!.click();
      await el.updateComplete;
      expect(localStorage.getItem(KEY)).to.be.a('string');

      const events = ['digi-quiz-start', 'digi-quiz-answer', 'digi-quiz-complete'].map((type) =>
        recordEvents(document, type),
      );
      const again = await reload(el);
      expect(step(again)).to.equal('question');
      expect(headingText(again)).to.equal(quizDa.questions[2]!.text);
      expect(radios(again)[2]!.checked).to.equal(true);
      expect(deepActiveElement() === stepHeading(again), 'focus stays').to.be.false;
      button(again, 'back-button').click();
      await again.updateComplete;
      expect(radios(again)[1]!.checked).to.equal(true);
      button(again, 'back-button').click();
      await again.updateComplete;
      expect(radios(again)[3]!.checked).to.equal(true);
      expect(events.map((list) => list.length)).to.deep.equal([0, 0, 0]);
    });

    it('resumes a result without firing digi-quiz-complete again', async () => {
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, atLevels(4));
      const complete = recordEvents(document, 'digi-quiz-complete');
      const again = await reload(el);
      expect(step(again)).to.equal('result');
      expect(resultOf(again).current).to.equal(SIGNE.name);
      expect(complete).to.have.length(0);
    });

    it('Restart and reset() clear the saved answers', async () => {
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, atLevels(2));
      button(el, 'restart-button').click();
      await el.updateComplete;
      expect(localStorage.getItem(KEY)).to.equal(null);
      const again = await reload(el);
      expect(step(again)).to.equal('intro');

      await clickThrough(again, [0]);
      expect(localStorage.getItem(KEY)).to.not.equal(null);
      again.reset();
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(step(await reload(again))).to.equal('intro');
    });

    it('keeps nothing without persist, and forgets when persist is turned off', async () => {
      const el = await quiz(html`<digi-archetype-quiz id="quiz"></digi-archetype-quiz>`);
      await clickThrough(el, [0, 1]);
      expect(localStorage.length).to.equal(0);
      el.persist = true;
      await el.updateComplete;
      expect(localStorage.getItem(KEY)).to.not.equal(null);
      el.persist = false;
      await el.updateComplete;
      expect(localStorage.length).to.equal(0);
    });

    it('uses the src as the key when there is no id', async () => {
      const el = await quiz(
        html`<digi-archetype-quiz
          persist
          src="/test/fixtures/quiz-weights.json"
        ></digi-archetype-quiz>`,
      );
      await waitUntil(() => step(el) === 'intro', 'content did not load');
      await clickThrough(el, [1]);
      expect(Object.keys(localStorage)).to.deep.equal([
        'digi-archetype-quiz:/test/fixtures/quiz-weights.json',
      ]);
    });

    it('keeps two different quizzes with neither id nor src apart', async () => {
      const shorter = structuredClone(quizDa);
      shorter.questions.pop();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <digi-archetype-quiz persist .content=${quizDa}></digi-archetype-quiz>
          <digi-archetype-quiz persist .content=${shorter}></digi-archetype-quiz>
        </div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('digi-archetype-quiz')];
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      await clickThrough(first!, [1]);
      await clickThrough(second!, [0, 2]);
      const keys = Object.keys(localStorage).filter((k) => k.startsWith('digi-archetype-quiz:'));
      expect(keys.length).to.equal(2);
      expect(new Set(keys).size).to.equal(2);
    });

    it('ignores (and removes) saved answers when the quiz has changed since', async () => {
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, [1, 1, 1]);
      const changed = structuredClone(quizDa);
      changed.questions.pop();
      const parent = el.parentElement!;
      el.remove();
      const again = document.createElement('digi-archetype-quiz');
      again.id = 'quiz';
      again.persist = true;
      again.content = changed;
      parent.append(again);
      await again.updateComplete;
      expect(step(again)).to.equal('intro');
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('keeps saved answers when only the language changed', async () => {
      const { el, wrapper } = await quizAfterButton({ persist: true });
      await clickThrough(el, [1, 1]);
      wrapper.lang = 'en';
      const again = await reload(el);
      await settle(again);
      expect(headingText(again)).to.equal(quizEn.questions[2]!.text);
      expect(text($(again, '[part="progress"]'))).to.equal(`Question 3 of ${N}`);
    });

    it('ignores saved data that does not fit the quiz', async () => {
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, [0, 0]);
      const { version } = JSON.parse(localStorage.getItem(KEY)!) as { version: string };
      const none = Array<null>(N).fill(null);
      const tampered = [
        { step: 99, answers: none },
        { step: 2, answers: [0, ...none.slice(1)] }, // question 2 unanswered
        { step: 1, answers: [7, ...none.slice(1)] }, // no option 8
        { step: 1, answers: [0.5, ...none.slice(1)] },
        { step: N, answers: [...Array<number>(N - 1).fill(0), null] }, // the last unanswered
        { step: 1, answers: [0] },
        { step: 'one', answers: none },
        null,
      ];
      let current = el;
      for (const value of tampered) {
        localStorage.setItem(KEY, JSON.stringify({ version, value }));
        current = await reload(current);
        expect(step(current), JSON.stringify(value)).to.equal('intro');
      }
      localStorage.setItem(KEY, '{not json');
      expect(step(await reload(current))).to.equal('intro');
      // The same data under the right version is resumed: the cases above failed on content.
      localStorage.setItem(
        KEY,
        JSON.stringify({ version, value: { step: 1, answers: [0, ...none.slice(1)] } }),
      );
      expect(step(await reload(document.querySelector<DigiArchetypeQuiz>('#quiz')!))).to.equal(
        'question',
      );
    });

    it('a storage that throws never breaks the quiz', async () => {
      const failure = () => new DOMException('denied', 'SecurityError');
      sinon.stub(Storage.prototype, 'getItem').throws(failure());
      sinon.stub(Storage.prototype, 'setItem').throws(failure());
      sinon.stub(Storage.prototype, 'removeItem').throws(failure());
      const logged = await captureConsoleErrors(async () => {
        const { el, wrapper } = await quizAfterButton({ persist: true });
        const complete = recordEvents(el, 'digi-quiz-complete');
        await walk(el, wrapper, atLevels(2));
        expect(resultOf(el).current).to.equal(TORBEN.name);
        expect(complete).to.have.length(1);
        button(el, 'restart-button').click();
        await el.updateComplete;
        expect(step(el)).to.equal('intro');
        const again = await reload(el);
        expect(step(again)).to.equal('intro');
      });
      expect(logged).to.have.length(0);
    });

    it('a full storage keeps the quiz going and never resumes an older position', async () => {
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, [0]);
      expect(localStorage.getItem(KEY)).to.not.equal(null);
      sinon
        .stub(Storage.prototype, 'setItem')
        .throws(new DOMException('full', 'QuotaExceededError'));
      radios(el)[1]!.click();
      await el.updateComplete;
      button(el, 'next-button').click();
      await el.updateComplete;
      expect(headingText(el)).to.equal(quizDa.questions[2]!.text);
      expect(localStorage.getItem(KEY)).to.equal(null);
      sinon.restore();
      expect(step(await reload(el))).to.equal('intro');
    });

    it('works when localStorage itself cannot be reached', async () => {
      sinon.stub(window, 'localStorage').get(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, [0, 1, 2]);
      expect(headingText(el)).to.equal(quizDa.questions[3]!.text);
    });
  });

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

    it('an unknown lang shows Danish and tells the editor', async () => {
      const errors: DigiErrorEvent[] = [];
      const logged = await captureConsoleErrors(async () => {
        const wrapper = await fixture(
          html`<div @digi-error=${(e: DigiErrorEvent) => errors.push(e)}>
            <digi-archetype-quiz lang="de"></digi-archetype-quiz>
          </div>`,
        );
        const el = wrapper.querySelector('digi-archetype-quiz')!;
        await el.updateComplete;
        expect(headingText(el)).to.equal('Hvor er du på den digitale trappe?');
        expect(text(notice(el))).to.contain('Sproget "de" findes ikke');
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });
      expect(errors.map((e) => e.detail.path)).to.deep.equal(['lang']);
      expect(logged).to.have.length(1);
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

describe('scoreQuiz', () => {
  const content = quizDa;
  /** Answers the first questions at `levels`, leaving the rest unanswered. */
  const place = (levels: number[]) => scoreQuiz(content, atLevels(levels)).archetype.id;

  it('rounds the mean level to the nearest archetype', () => {
    expect(place([1, 1, 1, 1, 1, 1, 1, 1])).to.equal('anna');
    expect(place([4, 4, 4, 4, 4, 4, 4, 4])).to.equal('signe');
    expect(place([2, 2, 2, 2, 2, 2, 3, 3])).to.equal('torben'); // 2.25
    expect(place([3, 3, 3, 3, 3, 3, 2, 2])).to.equal('viktor'); // 2.75
    expect(place([2, 3, 3, 3, 2, 3, 3, 3])).to.equal('viktor'); // 2.75
    expect(place([1, 1, 1, 2, 2, 2, 2, 3])).to.equal('torben'); // 1.75
  });

  it('sends a mean exactly between two levels down', () => {
    expect(place([1, 2, 1, 2, 1, 2, 1, 2])).to.equal('anna'); // 1.5
    expect(place([2, 3, 2, 3, 2, 3, 2, 3])).to.equal('torben'); // 2.5
    expect(place([3, 4, 3, 4, 3, 4, 3, 4])).to.equal('viktor'); // 3.5
    expect(place([1, 4, 1, 4, 1, 4, 1, 4])).to.equal('torben'); // 2.5
  });

  it('counts the answers at each level as scores, skipping unanswered questions', () => {
    const answers: (number | undefined)[] = atLevels([1, 4, 1, 4]);
    answers[2] = undefined;
    const { scores, archetype } = scoreQuiz(content, answers);
    expect(scores).to.deep.equal({ anna: 1, torben: 0, viktor: 0, signe: 2 });
    expect(archetype.id).to.equal('viktor'); // 3.0
  });

  it('finds the nearest level when the levels have gaps', () => {
    const gaps: ArchetypeQuizContent = {
      archetypes: [
        { id: 'low', level: 1, name: 'Lav', portrait: 'P', nextStep: 'N' },
        { id: 'high', level: 5, name: 'Høj', portrait: 'P', nextStep: 'N' },
      ],
      questions: [
        {
          id: 'q',
          text: 'Q',
          options: [
            { label: 'L', level: 1 },
            { label: 'H', level: 5 },
          ],
        },
        {
          id: 'r',
          text: 'R',
          options: [
            { label: 'L', level: 1 },
            { label: 'H', level: 5 },
          ],
        },
      ],
    };
    expect(scoreQuiz(gaps, [0, 1]).archetype.id).to.equal('low'); // 3: a tie goes down
    expect(scoreQuiz(gaps, [1, 1]).archetype.id).to.equal('high');
  });

  it('with weights, the highest sum wins; a tie goes to the lower level', () => {
    const weighted: ArchetypeQuizContent = {
      archetypes: [
        { id: 'top', level: 2, name: 'Top', portrait: 'P', nextStep: 'N' },
        { id: 'base', level: 1, name: 'Bund', portrait: 'P', nextStep: 'N' },
      ],
      questions: [
        {
          id: 'q',
          text: 'Q',
          options: [
            { label: 'A', weights: { top: 2, base: 2 } },
            { label: 'B', weights: { top: 0.5 } },
            { label: 'C', weights: { base: -1 } },
          ],
        },
      ],
    };
    expect(scoreQuiz(weighted, [0])).to.deep.equal({
      archetype: weighted.archetypes[1],
      scores: { base: 2, top: 2 },
    });
    expect(scoreQuiz(weighted, [1]).archetype.id).to.equal('top');
    expect(scoreQuiz(weighted, [2])).to.deep.include({ scores: { base: -1, top: 0 } });
    expect(scoreQuiz(weighted, [2]).archetype.id).to.equal('top');
  });
});

describe('the built-in quiz', () => {
  it('passes its own schema and checks, in both languages, with the same structure', () => {
    for (const content of [quizDa, quizEn]) {
      const result = validate(archetypeQuizSchema, content, checkQuiz);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      expect(content.questions).to.have.length(10);
      for (const question of content.questions) {
        expect(question.options.map((o) => o.level).sort()).to.deep.equal([1, 2, 3, 4]);
      }
    }
    expect(quizEn.questions.map((q) => q.id)).to.deep.equal(quizDa.questions.map((q) => q.id));
    expect(quizEn.archetypes.map((a) => [a.id, a.level, a.name])).to.deep.equal(
      quizDa.archetypes.map((a) => [a.id, a.level, a.name]),
    );
  });

  it('has every string in both languages', () => {
    expect(Object.keys(archetypeQuizStrings.en).sort()).to.deep.equal(
      Object.keys(archetypeQuizStrings.da).sort(),
    );
    for (const strings of Object.values(archetypeQuizStrings)) {
      for (const value of Object.values(strings) as string[]) expect(value.trim()).to.not.equal('');
    }
  });
});

describe('storage', () => {
  it('round-trips JSON under a version and drops other versions', () => {
    expect(writeStored('k', 'v1', { a: [1, null] })).to.equal(true);
    expect(readStored('k', 'v1')).to.deep.equal({ a: [1, null] });
    expect(readStored('k', 'v2')).to.equal(undefined);
    expect(localStorage.getItem('k')).to.equal(null);
    expect(readStored('never-saved', 'v1')).to.equal(undefined);
    localStorage.setItem('k', 'not json');
    expect(readStored('k', 'v1')).to.equal(undefined);
    localStorage.setItem('k', '42');
    expect(readStored('k', 'v1')).to.equal(undefined);
    expect(localStorage.getItem('k')).to.equal(null);
    removeStored('k');
  });

  it('never throws when storage does', () => {
    writeStored('k', 'v1', 1);
    sinon.stub(Storage.prototype, 'getItem').throws(new Error('no'));
    sinon.stub(Storage.prototype, 'setItem').throws(new Error('full'));
    expect(readStored('k', 'v1')).to.equal(undefined);
    expect(writeStored('k', 'v1', 2)).to.equal(false);
    expect(localStorage.length).to.equal(0); // the older value was removed
    sinon.stub(Storage.prototype, 'removeItem').throws(new Error('no'));
    expect(() => removeStored('k')).to.not.throw();
    expect(writeStored('k', 'v1', 3)).to.equal(false);
  });

  it('hashString is stable and tells inputs apart', () => {
    expect(hashString('abc')).to.equal(hashString('abc'));
    expect(hashString('abc')).to.not.equal(hashString('abd'));
    expect(hashString('')).to.match(/^[0-9a-z]+$/);
  });
});

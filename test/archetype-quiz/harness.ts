// What the quiz's test files share: queries into its shadow root, the built-in quiz, fixtures,
// and ways through it by keyboard and by clicking. Each file runs `cleanUp` after every test.
import {
  type DigiArchetypeQuiz,
  archetypeQuizDa as da,
  archetypeQuizEn as en,
} from '../../src/archetype-quiz/index.js';
import sinon from 'sinon';
import { SPACE, deepActiveElement, resetReducedMotion, shadow } from '../helpers.js';
import { type TemplateResult } from 'lit';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/archetype-quiz/define.js';
import type { FramedWidget } from '../reserve-frame.js';

/** The widget's files as the reserve tests load them in a frame (test/reserve-frame.ts). */
export const QUIZ_FILES: FramedWidget = {
  tag: 'digi-archetype-quiz',
  define: '/src/archetype-quiz/define.ts',
  reserveRule: '/src/archetype-quiz/archetype-quiz.reserve.css',
};

export const quizDa = da.content;
export const quizEn = en.content;
export const archetypeQuizStrings = { da: da.strings, en: en.strings };

export const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<E>(selector),
];
export const region = (el: Element) => $(el, 'section[part="quiz"]');
export const stepHeading = (el: Element) => $(el, '[role="heading"][tabindex="-1"]')!;
/** What the step shows as its main text: a question's text (its legend), else the step's heading. */
export const headingText = (el: Element) =>
  ($(el, 'legend') ?? stepHeading(el)).textContent.replace(/\s+/g, ' ').trim();
export const radios = (el: Element) => $$<HTMLInputElement>(el, 'input[type="radio"]');
export const button = (el: Element, part: string) => $(el, `[part="${part}"]`) as HTMLButtonElement;
export const notice = (el: Element) => $(el, '[part="notice"]');
export const text = (node: Element | null) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
export const step = (el: Element) =>
  $(el, '[part="intro"]')
    ? 'intro'
    : $(el, '[part="result"]')
      ? 'result'
      : $(el, '[part="question"]')
        ? 'question'
        : 'none';

/** A short name for an element in failure messages (whole DOM nodes make slow, huge ones). */
export const nameOf = (node: Element | null) =>
  node ? `<${node.localName}> "${text(node).slice(0, 40)}"` : 'nothing';

/** Asserts that keyboard focus is on `target`, through shadow roots. */
export function expectFocus(target: Element | null, message = '') {
  const active = deepActiveElement();
  expect(active === target, `${message} focus is on ${nameOf(active)}, not ${nameOf(target)}`).to.be
    .true;
}

export const KEY = 'digi-archetype-quiz:quiz';
export const ANNA = quizDa.archetypes[0]!;
export const TORBEN = quizDa.archetypes[1]!;
export const VIKTOR = quizDa.archetypes[2]!;
export const SIGNE = quizDa.archetypes[3]!;
/** How many questions the built-in quiz has. */
export const N = quizDa.questions.length;

/**
 * The option indices that answer the built-in quiz at `levels[i]` (one number: every question at
 * that level). Its answers are not in level order, so a level is not an index.
 */
export const atLevels = (levels: number | number[]) =>
  (typeof levels === 'number' ? Array<number>(N).fill(levels) : levels).map((level, i) =>
    quizDa.questions[i]!.options.findIndex((option) => option.level === level),
  );

export async function quiz(
  template: TemplateResult = html`<digi-archetype-quiz></digi-archetype-quiz>`,
) {
  const el = await fixture<DigiArchetypeQuiz>(template);
  await el.updateComplete;
  return el;
}

/** A quiz after a button outside it, so the walkthrough starts from the page. */
export async function quizAfterButton(attributes: { lang?: string; persist?: boolean } = {}) {
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

export async function press(el: DigiArchetypeQuiz, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/**
 * From focus on the current question's heading: Tab into the radio group, choose option
 * `index` with Space (the first) or the arrow keys, Tab past Back to Next and press Enter.
 */
export async function answerByKeyboard(el: DigiArchetypeQuiz, index: number) {
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
export async function walk(el: DigiArchetypeQuiz, wrapper: HTMLElement, choices: number[]) {
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
export async function clickThrough(el: DigiArchetypeQuiz, choices: number[]) {
  if (step(el) === 'intro') button(el, 'start-button').click();
  await el.updateComplete;
  for (const choice of choices) {
    radios(el)[choice]!.click();
    await el.updateComplete;
    button(el, 'next-button').click();
    await el.updateComplete;
  }
}

export const resultOf = (el: Element) => ({
  heading: headingText(el),
  level: text($(el, '[part="level"]')),
  ladder: $$(el, '[part="rung"]').map((rung) => text(rung.querySelector('.rung-name'))),
  current: text($(el, '[part="rung"][aria-current="step"] .rung-name')),
});

/** After every test: stubs restored, nothing kept in storage, motion back to normal. */
export async function cleanUp(): Promise<void> {
  sinon.restore();
  localStorage.clear();
  await resetReducedMotion();
}

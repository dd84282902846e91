// What a screen reader gets from <digi-archetype-quiz> at each step: Chromium's accessibility tree
// (names, roles, states, reading order), beside axe; and the reserve rule against the upgraded height.
import { expect, fixture, html } from '@open-wc/testing';
import type { DigiArchetypeQuiz } from '../../src/archetype-quiz/index.js';
import { itReads, readingOrder } from '../a11y-tree.js';
import { animationsDone, shadow } from '../helpers.js';
import { removeFrames, reserveRule, upgradeInFrame } from '../reserve-frame.js';
import { button, N, QUIZ_FILES, quizDa as quiz, radios } from './harness.js';

async function started(): Promise<DigiArchetypeQuiz> {
  const el = await fixture<DigiArchetypeQuiz>(html`<digi-archetype-quiz></digi-archetype-quiz>`);
  button(el, 'start-button').click();
  await el.updateComplete;
  return el;
}

afterEach(() => {
  localStorage.clear();
  removeFrames();
});

describe('<digi-archetype-quiz> as a screen reader gets it', () => {
  itReads('intro: the title as heading, the facts, then Start', async () => {
    const el = await fixture<DigiArchetypeQuiz>(html`<digi-archetype-quiz></digi-archetype-quiz>`);
    const lines = await readingOrder(el);
    expect(lines[0]).to.equal('region "Hvor er du på den digitale trappe?"');
    expect(lines[1]).to.equal('heading "Hvor er du på den digitale trappe?" level=2');
    expect(lines).to.include('StaticText "Dine svar bliver ikke gemt og sendes ikke videre."');
    expect(lines.at(-1)).to.equal('button "Start testen"');
    await expect(el).to.be.accessible();
  });

  itReads(
    'a question: "Spørgsmål n af N" heading, the question once as the group name, the answers, the buttons',
    async () => {
      const el = await started();
      const lines = await readingOrder(el);
      const question = quiz.questions[0]!;
      const at = lines.indexOf('form');
      expect(at).to.be.above(0);
      expect(lines.slice(at + 1, at + 3)).to.deep.equal([
        `heading "Spørgsmål 1 af ${N}" level=2 focused`,
        `radiogroup "${question.text}"`,
      ]);
      // Named by its legend only: no heading repeats the question.
      expect(lines.filter((line) => line.includes(question.text))).to.deep.equal([
        `radiogroup "${question.text}"`,
        `StaticText "${question.text}"`,
      ]);
      expect(lines[lines.indexOf(`StaticText "${question.text}"`) - 1]).to.equal('Legend');
      expect(lines.filter((line) => line.startsWith('radio '))).to.deep.equal(
        question.options.map((option) => `radio "${option.label}"`),
      );
      expect(lines.slice(-2)).to.deep.equal(['button "Tilbage"', 'button "Næste"']);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    },
  );

  itReads(
    'Next with no answer: the group is invalid, described by the message, focus on the first answer',
    async () => {
      const el = await started();
      button(el, 'next-button').click();
      await el.updateComplete;
      const lines = await readingOrder(el);
      const question = quiz.questions[0]!;
      expect(lines).to.include(
        `radiogroup "${question.text}" description="Vælg et svar for at gå videre." invalid=true`,
      );
      expect(lines).to.include(`radio "${question.options[0]!.label}" focused`);
      expect(lines).to.include('alert');
      await expect(el).to.be.accessible();
    },
  );

  itReads('the result: the persona heading, "Niveau n af 4" once, the ladder', async () => {
    const el = await started();
    for (let i = 0; i < N; i++) {
      radios(el)[quiz.questions[i]!.options.findIndex((o) => o.level === 2)]!.click();
      await el.updateComplete;
      button(el, 'next-button').click();
      await el.updateComplete;
    }
    const lines = await readingOrder(el);
    expect(lines[1]).to.equal('heading "Du ligner mest Torben Tøvende" level=2 focused');
    expect(lines.filter((line) => line.includes('Niveau 2 af 4'))).to.deep.equal([
      'StaticText "Niveau 2 af 4"',
    ]);
    expect(lines).to.include('heading "Alle niveauer" level=3');
    expect(lines.filter((line) => line.startsWith('listitem'))).to.have.length.at.least(4);
    expect(
      [...shadow(el).querySelectorAll('[part="rung"]')].map((r) => r.getAttribute('aria-current')),
    ).to.deep.equal([null, null, 'step', null]);
    expect(lines.at(-1)).to.equal('button "Tag testen igen"');
    await expect(el).to.be.accessible();
  });
});

describe('<digi-archetype-quiz> reserve rule', () => {
  for (const width of [320, 768, 1280]) {
    it(`keeps the upgraded intro's height at ${width} px (±1 px), and the intro is not half empty`, async () => {
      const { reserved, upgraded, element } = await upgradeInFrame(
        QUIZ_FILES,
        width,
        await reserveRule(QUIZ_FILES),
      );
      expect(reserved).to.be.above(0);
      expect(Math.abs(upgraded - reserved), `${upgraded} vs ${reserved}`).to.be.at.most(1);
      // The space under the content is a small part of the card, not 40 % of it.
      const card = shadow(element).querySelector<HTMLElement>('.quiz')!;
      const nav = shadow(element).querySelector<HTMLElement>('.intro .nav')!;
      const facts = shadow(element).querySelector<HTMLElement>('.intro .facts')!;
      const gap = nav.getBoundingClientRect().top - facts.getBoundingClientRect().bottom;
      expect(gap / card.getBoundingClientRect().height).to.be.below(0.2);
    });
  }
});

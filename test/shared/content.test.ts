// The shared content suite (content-suite.ts) run for each widget of the registry.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import {
  archetypeQuizDa,
  archetypeQuizEn,
  archetypeQuizSpec,
  DigiArchetypeQuiz,
} from '../../src/archetype-quiz/index.js';
import {
  DigiStrategyWheel,
  strategyWheelDa,
  strategyWheelEn,
  strategyWheelSpec,
} from '../../src/strategy-wheel/index.js';
import {
  DigiTipCarousel,
  tipCarouselDa,
  tipCarouselEn,
  tipCarouselSpec,
} from '../../src/tip-carousel/index.js';
import { parkMouse, resetReducedMotion, shadow } from '../helpers.js';
import { expectEveryWidget } from '../registry.js';
import { contentSuite, type ContentCase, type Widget } from './content-suite.js';

// Readers into each widget's shadow root (the widgets' harnesses are theirs alone).
const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const text = (node: Element | null | undefined) =>
  node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const click = async (el: Widget, selector: string) => {
  $(el, selector)!.click();
  await el.updateComplete;
};
const tipsDa = tipCarouselDa.content.tips;
const tipsEn = tipCarouselEn.content.tips;
const quizDa = archetypeQuizDa.content.questions;
const quizEn = archetypeQuizEn.content.questions;
const themesDa = strategyWheelDa.content.themes;
const themesEn = strategyWheelEn.content.themes;
/** The quiz's main text: the question's legend, else the step's heading; it starts from the intro. */
async function quizShown(el: Widget): Promise<string> {
  if ($(el, '[part="intro"]')) await click(el, '[part="start-button"]');
  return text($(el, 'legend') ?? $(el, '[role="heading"][tabindex="-1"]'));
}
/**
 * The wheel's shown theme's title, once it has checked that a reader gets that theme: one tab
 * panel, visible, named by the selected tab, whose name is the title.
 */
function wheelShown(el: Widget): Promise<string> {
  const panels = [...shadow(el).querySelectorAll<HTMLElement>('[role="tabpanel"]')];
  expect(panels, 'one tab panel').to.have.length(1);
  const panel = panels[0]!;
  expect(getComputedStyle(panel).visibility, 'the panel is visible').to.equal('visible');
  const title = text(panel.querySelector('[part="title"]'));
  const tab = $(el, '[role="tab"][aria-selected="true"]');
  expect(tab?.getAttribute('aria-label'), 'the selected tab names the theme').to.equal(title);
  expect(panel.getAttribute('aria-labelledby'), 'the panel is named by that tab').to.equal(tab?.id);
  return Promise.resolve(title);
}
const wheelThemes = (titles: string[]) => ({
  themes: titles.map((title, i) => ({ id: `tema-${i + 1}`, title, description: `Om ${title}.` })),
});

const lost = () => Promise.reject(new Error('chunk missing'));

// A server that lost the chunk files: the English pack and the validator never load.
customElements.define(
  'lost-chunks-carousel',
  class extends DigiTipCarousel {
    protected override readonly spec = { ...tipCarouselSpec, en: lost, loader: lost };
  },
);
customElements.define(
  'lost-chunks-quiz',
  class extends DigiArchetypeQuiz {
    protected override readonly spec = { ...archetypeQuizSpec, en: lost, loader: lost };
  },
);
customElements.define(
  'lost-chunks-wheel',
  class extends DigiStrategyWheel {
    protected override readonly spec = { ...strategyWheelSpec, en: lost, loader: lost };
  },
);

const cases: ContentCase[] = [
  {
    tag: 'digi-tip-carousel',
    widget: '[part="carousel"]',
    shown: (el) => Promise.resolve(text($(el, '#slide [role="heading"]'))),
    builtIn: { da: tipsDa[0]!.title, en: tipsEn[0]!.title },
    step: { take: (el) => click(el, '[part="next-button"]'), shows: tipsDa[1]!.title },
    file: { src: '/test/fixtures/tips.json', shows: 'Første råd' },
    inline: {
      json: '{ "tips": [{ "title": "Inline", "body": "Fra JSON i siden." }] }',
      shows: 'Inline',
      contains: 'Fra JSON i siden.',
    },
    content: { value: { tips: [{ title: 'Fra egenskab', body: 'Tekst' }] }, shows: 'Fra egenskab' },
    children: {
      markup:
        '<article><h3>Barn et</h3><p>Første afsnit.</p></article>' +
        '<article data-title="Barn to"><p>Tekst</p></article>',
      shows: 'Barn et',
      added: '<div><h2>Nyt barn</h2><p>mere</p></div>',
      addedShows: 'Nyt barn',
    },
    brokenInline: '{ "tips": [ }',
    wrongShape: {
      src: '/test/fixtures/wrong-shape.json',
      path: 'tips[1].title',
      message: 'skal indeholde tekst',
    },
    lostChunks: 'lost-chunks-carousel',
  },
  {
    tag: 'digi-archetype-quiz',
    widget: 'section[part="quiz"]',
    shown: quizShown,
    builtIn: { da: quizDa[0]!.text, en: quizEn[0]!.text },
    step: {
      async take(el) {
        await quizShown(el);
        await click(el, 'input[type="radio"]');
        await click(el, '[part="next-button"]');
      },
      shows: quizDa[1]!.text,
    },
    file: { src: '/test/fixtures/quiz-weights.json', shows: 'Hvor ofte tager du ordet?' },
    inline: {
      json: JSON.stringify({
        archetypes: [
          { id: 'a', level: 1, name: 'Første', portrait: 'P', nextStep: 'N' },
          { id: 'b', level: 2, name: 'Anden', portrait: 'P', nextStep: 'N' },
        ],
        questions: [
          {
            id: 'q',
            text: 'Inline?',
            options: [
              { label: 'Nej', level: 1 },
              { label: 'Ja', level: 2 },
            ],
          },
        ],
      }),
      shows: 'Inline?',
      // One question: its Next button leads to the result.
      contains: 'Se dit resultat',
    },
    content: {
      value: {
        archetypes: [
          { id: 'a', level: 1, name: 'Første', portrait: 'P', nextStep: 'N' },
          { id: 'b', level: 2, name: 'Anden', portrait: 'P', nextStep: 'N' },
        ],
        questions: [
          {
            id: 'q',
            text: 'Fra egenskab?',
            options: [
              { label: 'Nej', level: 1 },
              { label: 'Ja', level: 2 },
            ],
          },
        ],
      },
      shows: 'Fra egenskab?',
    },
    brokenInline: '{ "questions": [ }',
    wrongShape: {
      src: '/test/fixtures/quiz-wrong-shape.json',
      path: 'questions[2].options',
      message: 'skal have mindst 2',
    },
    lostChunks: 'lost-chunks-quiz',
  },
  {
    tag: 'digi-strategy-wheel',
    widget: '[role="tablist"]',
    shown: wheelShown,
    builtIn: { da: themesDa[0]!.title, en: themesEn[0]!.title },
    step: {
      async take(el) {
        $(el, '[role="tab"][tabindex="0"]')!.focus();
        await sendKeys({ press: 'ArrowLeft' });
        await el.updateComplete;
      },
      shows: themesDa[4]!.title,
    },
    file: { src: '/test/fixtures/wheel-themes.json', shows: 'Borgeren i centrum' },
    inline: {
      json: JSON.stringify({
        themes: [
          { id: 'en', title: 'Første tema', description: 'Fra siden.' },
          { id: 'to', title: 'Andet tema', description: 'Også fra siden.' },
        ],
      }),
      shows: 'Første tema',
      contains: 'Fra siden.',
    },
    content: { value: wheelThemes(['Fra egenskab', 'Andet tema']), shows: 'Fra egenskab' },
    brokenInline: '{ "themes": [ { "id": "a", }',
    wrongShape: {
      src: '/test/fixtures/wheel-wrong-shape.json',
      path: 'themes[1].title',
      message: 'skal indeholde tekst',
    },
    lostChunks: 'lost-chunks-wheel',
  },
];

afterEach(async () => {
  sinon.restore();
  localStorage.clear();
  await parkMouse();
  await resetReducedMotion();
});

describe('the shared content suite', () => {
  it('goes through every widget of the registry', async () => {
    await expectEveryWidget(cases.map((c) => c.tag));
  });
});

for (const c of cases) contentSuite(c);

// One page per widget, with a button before and after it, and the states the checks visit,
// each reached from the one before with the real keyboard (page.keyboard: trusted key events).
import { htmlPage } from './server.mjs';
import { install } from './in-page.mjs';
import { perWidget } from '../../../scripts/widgets.mjs';
import { open, TAGS } from './page.mjs';

/** The widgets as the pages show them: the carousel with autoplay, so its stop button shows. */
const markup = perWidget(
  {
    'digi-tip-carousel': '<digi-tip-carousel autoplay></digi-tip-carousel>',
    'digi-archetype-quiz': '<digi-archetype-quiz></digi-archetype-quiz>',
    'digi-strategy-wheel': '<digi-strategy-wheel></digi-strategy-wheel>',
  },
  'test/e2e/hosts/states.mjs markup',
);

export const pages = Object.fromEntries(
  TAGS.map((tag) => [
    `/one/${tag}.html`,
    {
      html: htmlPage({
        title: tag,
        scripts: ['/cdn/digileder-widgets.js'],
        body: `    <button id="before">Before</button>\n    ${markup[tag]}\n    <button id="after">After</button>`,
      }),
    },
  ]),
);

/** A selector in the widget's shadow root matches within 5 s (else throws saying what). */
export async function waitFor(page, tag, selector, what = selector) {
  try {
    await page.waitForFunction(
      (t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s),
      { timeout: 5_000 },
      tag,
      selector,
    );
  } catch {
    throw new Error(`<${tag}> never showed ${what}`);
  }
}

/** Waits for the widget's running animations (a step fading in) to end, and a frame. */
export const still = (page, tag) =>
  page.evaluate(async (t) => {
    const root = document.querySelector(t).shadowRoot;
    await Promise.all(root.getAnimations().map((a) => a.finished.catch(() => {})));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, tag);

/** What has focus now: inside the widget (its shadow root), `#before`/`#after`, or elsewhere. */
export const focused = (page) =>
  page.evaluate(() => {
    const el = window.__hosts.deepActive();
    return { name: window.__hosts.describe(el), id: el?.id ?? '' };
  });

/**
 * Presses Tab until the focused element in the widget matches `selector` (none when it already
 * does); throws when it does not within `max` presses.
 */
export async function tabTo(page, tag, selector, max = 40) {
  const there = () =>
    page.evaluate(
      (t, s) => {
        const el = window.__hosts.deepActive();
        return el?.getRootNode() === document.querySelector(t)?.shadowRoot && el.matches(s);
      },
      tag,
      selector,
    );
  for (let i = 0; i < max; i++) {
    if (await there()) return;
    await page.keyboard.press('Tab');
  }
  if (await there()) return;
  throw new Error(`Tab never reached ${selector} in <${tag}>`);
}

/** Opens a new page on the widget's own page with the in-page helpers, at the given viewport. */
export async function openWidget(browser, base, tag, viewport) {
  const { page, log } = await open(browser);
  await page.evaluateOnNewDocument(install);
  if (viewport) await page.setViewport(viewport);
  return { page, log };
}

/** Loads (or reloads) the widget's page and waits for the widget. */
export async function load(page, base, tag, selector) {
  await page.goto(`${base}/one/${tag}.html`, { waitUntil: 'load' });
  await waitFor(page, tag, selector, 'its content');
}

const progress = (page, tag) =>
  page.evaluate(
    (t) =>
      document.querySelector(t).shadowRoot.querySelector('[part~="progress"]')?.textContent.trim(),
    tag,
  );

/** Tabs to the quiz's Next button and presses Enter; waits for the next step. */
async function next(page, tag) {
  const before = await progress(page, tag);
  await tabTo(page, tag, '[part~="next-button"]');
  await page.keyboard.press('Enter');
  try {
    await page.waitForFunction(
      (t, text) =>
        document
          .querySelector(t)
          .shadowRoot.querySelector('[part~="progress"]')
          ?.textContent.trim() !== text,
      { timeout: 5_000 },
      tag,
      before,
    );
  } catch {
    throw new Error(`Enter on Next did not move on from "${before}"`);
  }
}

/** Tabs to the answers and chooses one with Space. */
async function answer(page, tag) {
  await tabTo(page, tag, 'input[type="radio"]');
  await page.keyboard.press('Space');
  await waitFor(page, tag, 'input[type="radio"]:checked', 'a chosen answer after Space');
}

/** Custom content with links and long words, set by the host page's code. */
const TIPS = {
  tips: [1, 2, 3].map((n) => ({
    title: `Råd nummer ${n}: Digitaliseringsstrategiimplementeringsplan`,
    body: `Teksten til råd ${n}, med et langt ord: informationssikkerhedsbekendtgørelsen.`,
    link: { href: `#tip-${n}`, text: `Læs mere om råd ${n}` },
  })),
};
const THEMES = {
  themes: [1, 2, 3, 4, 5].map((n) => ({
    id: `tema-${n}`,
    // The first title is longer than the wheel's centre can show: there it is clamped on purpose.
    title:
      n === 1
        ? 'Tema 1: en meget lang titel, som redaktøren har skrevet, og som fortsætter og ' +
          'fortsætter langt ud over de fire linjer, der er plads til i hjulets midte'
        : `Tema ${n}`,
    description: `Beskrivelsen af tema ${n}: sundhedsdatainfrastrukturen.`,
    examples: ['Et eksempel', 'Et andet eksempel'],
    link: { href: `#tema-${n}`, text: `Læs om tema ${n}` },
  })),
};

const QUIZ = {
  title: 'Kompetenceafklaringsspørgeskemaundersøgelsen',
  intro: 'Et spørgeskema med lange ord: informationssikkerhedsbekendtgørelsen.',
  archetypes: [1, 2].map((level) => ({
    id: `type-${level}`,
    level,
    name: `Informationssikkerhedskoordinator ${level}`,
    portrait: 'En person, der arbejder med sagsbehandlingssystemopdateringer.',
    strengths: ['Digitaliseringsstrategiimplementering'],
    nextStep: 'Deltag i superbrugeruddannelsesforløbet.',
  })),
  questions: [1, 2].map((n) => ({
    id: `spoergsmaal-${n}`,
    text: `Spørgsmål ${n}: Hvordan håndterer du sagsbehandlingssystemopdateringer?`,
    options: [
      { label: 'Jeg venter på superbrugerundervisningsforløbet', level: 1 },
      { label: 'Jeg læser brugervejledningsdokumentationen', level: 2 },
    ],
  })),
};

/** Sets the widget's `content` property (the host page's code) and waits for it to show. */
const setContent = (content, selector) => async (page, tag) => {
  await page.$eval(tag, (el, c) => (el.content = c), content);
  await waitFor(page, tag, selector, 'its custom content');
};

/** Answers the quiz's questions with the keyboard until it shows its result. */
async function toResult(page, tag) {
  for (let i = 0; i < 30; i++) {
    const done = await page.evaluate(
      (t) => !!document.querySelector(t).shadowRoot.querySelector('[part~="result"]'),
      tag,
    );
    if (done) return;
    await answer(page, tag);
    await next(page, tag);
  }
  throw new Error('the quiz never reached its result');
}

/** Tabs to the quiz's Start, presses Enter and answers the first question. */
async function startAndAnswer(page, tag) {
  await tabTo(page, tag, '[part~="start-button"]');
  await page.keyboard.press('Enter');
  await waitFor(page, tag, '[part~="question"]', 'the first question after Enter on Start');
  await answer(page, tag);
}

/**
 * The widgets and their states, in the order a reader meets them; `enter(page)` moves from the
 * state before with the keyboard. `ready` is what shows once the widget has rendered.
 */
const STATES = perWidget(
  {
    'digi-tip-carousel': {
      ready: '[part~="carousel"]',
      states: [
        { name: 'carousel', enter: async () => {} },
        { name: 'custom tips with links', enter: setContent(TIPS, '[part~="slide"] a[href]') },
      ],
    },
    'digi-archetype-quiz': {
      ready: '[part~="start-button"]',
      states: [
        { name: 'intro', enter: async () => {} },
        { name: 'question with an answer chosen', enter: startAndAnswer },
        {
          name: 'answer required',
          enter: async (page, tag) => {
            await next(page, tag);
            await tabTo(page, tag, '[part~="next-button"]');
            await page.keyboard.press('Enter');
            await waitFor(page, tag, '[part~="answer-required"]', 'the answer-required message');
          },
        },
        { name: 'result', enter: toResult },
        {
          name: 'custom quiz with long words',
          enter: async (page, tag) => {
            await setContent(QUIZ, '[part~="start-button"]')(page, tag);
            await startAndAnswer(page, tag);
          },
        },
        { name: 'custom quiz result', enter: toResult },
      ],
    },
    'digi-strategy-wheel': {
      ready: '[role="tab"]',
      states: [
        { name: 'wheel', enter: async () => {} },
        {
          name: 'custom themes with links',
          enter: setContent(THEMES, '[part~="panel"] a[href]'),
          // A long custom title is clamped in the centre on purpose (the panel shows it whole).
          clamps: '[part~="centre"] > span',
        },
      ],
    },
  },
  'test/e2e/hosts/states.mjs STATES',
);

/** Every widget of the registry with its states, in the registry's order. */
export const widgets = TAGS.map((tag) => ({ tag, ...STATES[tag] }));

/**
 * Presses Tab from the button before the widget to the one after it, calling `visit` with a
 * handle of each stop inside the widget while it has focus; resolves to the number of stops.
 */
export async function tabStops(page, tag, visit = async () => {}) {
  await page.focus('#before');
  let stops = 0;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluateHandle(() => window.__hosts.deepActive());
    const where = await stop.evaluate(
      (el, t) =>
        el.id === 'after'
          ? 'after'
          : el.getRootNode() === document.querySelector(t)?.shadowRoot
            ? 'in'
            : 'out',
      tag,
    );
    if (where === 'in') {
      stops++;
      await visit(stop, stops);
    }
    await stop.dispose();
    if (where === 'after') return stops;
  }
  throw new Error(`60 Tab presses did not get through <${tag}>`);
}

// reflow – WCAG 1.4.10 Reflow and 1.4.4 Resize text, in two windows:
//   320 – a viewport 320 × 640 CSS px at device scale factor 2 (a phone; the width 1.4.10 names).
//   zoom – a 1280 px wide window at 200 % zoom. Chromium implements browser zoom as a larger device
//          scale factor: at 200 % every CSS px is 2 device px, so the page lays out in
//          1280 / 2 = 640 CSS px, and media queries, container queries and `innerWidth` see 640 px
//          and `devicePixelRatio` 2. A 640 CSS px viewport at device scale factor 2 is therefore
//          the same layout, pixel for pixel, and is what puppeteer can set.
// For each widget in each state: the page does not scroll sideways; no element with overflow
// hidden/clip cuts off its content and nothing sticks out of the widget; every control is reached
// with Tab (a radio group or a roving tab list counts as one stop) and works with the real
// Enter/Space/arrow keys; every control is at least 24 × 24 CSS px (WCAG 2.2 2.5.8), or spaced as
// its exception allows. HOSTS_SHOTS=/some/folder keeps a screenshot of every state.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { perWidget } from '../../../scripts/widgets.mjs';
import { short } from './page.mjs';
import {
  focused,
  load,
  openWidget,
  pages as widgetPages,
  still,
  tabStops,
  tabTo,
  widgets,
} from './states.mjs';

export const pages = widgetPages;

const WINDOWS = [
  {
    name: '320',
    title: '320 CSS px wide',
    viewport: { width: 320, height: 640, deviceScaleFactor: 2 },
  },
  {
    name: 'zoom',
    title: '1280 px window at 200 % zoom',
    viewport: { width: 640, height: 480, deviceScaleFactor: 2 },
  },
];

/** Runs `fn(root, ...args)` in the page on the widget's shadow root; resolves to its result. */
const read = (page, tag, fn, ...args) =>
  page.evaluate(
    `(${fn})(document.querySelector(${JSON.stringify(tag)}).shadowRoot, ...${JSON.stringify(args)})`,
  );

/** Problems of layout: sideways scrolling, clipped text, small targets. */
async function checkLayout(page, tag, state, note) {
  const problems = [];
  const scroll = await page.evaluate(() => ({
    width: document.scrollingElement.scrollWidth,
    inner: innerWidth,
  }));
  if (scroll.width > scroll.inner)
    problems.push(`the page scrolls sideways: ${scroll.width} px content in ${scroll.inner} px`);
  const clipped = await page.$eval(
    tag,
    (el, exempt) => window.__hosts.clippedBoxes(el, exempt),
    state.clamps,
  );
  problems.push(...clipped);
  const { crowded, spaced } = await page.$eval(tag, (el) => window.__hosts.smallTargets(el));
  for (const target of crowded)
    problems.push(`a target under 24 × 24 px too near others: ${target}`);
  for (const target of spaced) note(`under 24 × 24 px, but spaced (2.5.8 exception): ${target}`);
  return problems;
}

/** Every shown control is a Tab stop or in a group (radios, tabs) that has one. */
async function checkReach(page, tag) {
  await page.evaluate(() => (window.__stops = []));
  await tabStops(page, tag, (stop) => stop.evaluate((el) => window.__stops.push(el)));
  return page.$eval(tag, (host) => {
    const stops = window.__stops;
    const group = (el) =>
      el.type === 'radio'
        ? el.form?.elements.namedItem(el.name) && `radio:${el.name}`
        : el.getAttribute('role') === 'tab'
          ? el.closest('[role="tablist"]')
          : el;
    const reached = new Set(stops.map(group));
    return window.__hosts
      .controls(host)
      .filter((el) => !reached.has(group(el)))
      .map((el) => `${window.__hosts.describe(el)} is never reached with Tab`);
  });
}

/**
 * Presses `key` on the control `selector` (reached with Tab) and waits until `expect(root, ...args)`
 * holds in the page.
 */
async function operate(page, tag, selector, key, what, expect, ...args) {
  await tabTo(page, tag, selector);
  await page.keyboard.press(key);
  try {
    await page.waitForFunction(
      `(${expect})(document.querySelector(${JSON.stringify(tag)}).shadowRoot, ...${JSON.stringify(args)})`,
      { timeout: 3_000 },
    );
    return [];
  } catch {
    return [`${key} on ${selector} did not ${what} (focus on ${(await focused(page)).name})`];
  }
}

/** An arrow key on the focused element of a roving group moves selection and focus. */
async function arrow(page, tag, key, selected, what) {
  await page.keyboard.press(key);
  try {
    await page.waitForFunction(
      (t, s) => {
        const root = document.querySelector(t).shadowRoot;
        const el = root.querySelector(s);
        return el && root.activeElement === el;
      },
      { timeout: 3_000 },
      tag,
      selected,
    );
    return [];
  } catch {
    return [`${key} did not ${what} (focus on ${(await focused(page)).name})`];
  }
}

/** Links: Enter follows them (the click is caught before the page leaves). */
async function followLinks(page, tag) {
  const problems = [];
  const count = await read(
    page,
    tag,
    (root) => [...root.querySelectorAll('a[href]')].filter(window.__hosts.shown).length,
  );
  if (!count) return problems;
  await page.evaluate(() => {
    window.__followed = [];
    document.addEventListener(
      'click',
      (event) => {
        const a = event.composedPath().find((n) => n.localName === 'a');
        if (a) {
          window.__followed.push(a.getAttribute('href'));
          event.preventDefault();
        }
      },
      { capture: true, once: true },
    );
  });
  problems.push(...(await operate(page, tag, 'a[href]', 'Enter', 'follow the link', () => true)));
  const followed = await page.evaluate(() => window.__followed);
  if (!followed.length) problems.push('Enter on the link did not follow it');
  return problems;
}

/**
 * Every theme's title in the wheel's centre (the arrow keys go round them all): not clamped, inside
 * the centre's box, no word broken across lines; unless the state's custom titles are clamped on
 * purpose.
 */
async function centreTitles(page, tag, count, state) {
  const problems = [];
  for (let i = 0; i < count; i++) {
    const fit = await read(page, tag, (root) => {
      const span = root.querySelector('[part~="centre"] > span');
      const box = span.parentElement.getBoundingClientRect();
      const r = span.getBoundingClientRect();
      const text = [...span.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
      const broken = [];
      for (const m of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map((q) => Math.round(q.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
      return {
        title: span.textContent.trim(),
        clamped: span.scrollHeight > span.clientHeight || span.scrollWidth > span.clientWidth,
        outside: r.top < box.top - 1 || r.bottom > box.bottom + 1,
        broken,
      };
    });
    await page.keyboard.press('ArrowRight');
    if (fit.broken.length)
      problems.push(
        `the centre breaks ${fit.broken.map((w) => `"${w}"`).join(', ')} inside the word`,
      );
    if (state.clamps) continue;
    if (fit.clamped) problems.push(`the centre clamps "${fit.title}"`);
    if (fit.outside) problems.push(`"${fit.title}" overflows the centre's box`);
  }
  return problems;
}

/** The carousel shows tip `n` (in its visible position, "n af 13"). */
const position = (root, n) =>
  root.querySelector('[part~="position"]').textContent.trim().startsWith(`${n} `);
const rotating = (root) =>
  /stop/i.test(root.querySelector('[part~="rotation-button"]').textContent);

/** The keyboard operations of each state (Start, Next and the answers are worked on the way). */
const operations = perWidget(
  {
    'digi-tip-carousel': async (page, tag) => [
      // Focus by keyboard stops the rotation, so the button offers to start it again.
      ...(await operate(
        page,
        tag,
        '[part~="rotation-button"]',
        'Enter',
        'start the rotation',
        rotating,
      )),
      ...(await operate(
        page,
        tag,
        '[part~="rotation-button"]',
        'Space',
        'stop the rotation',
        (root) => !/stop/i.test(root.querySelector('[part~="rotation-button"]').textContent),
      )),
      ...(await operate(page, tag, '[part~="next-button"]', 'Enter', 'show tip 2', position, 2)),
      ...(await operate(
        page,
        tag,
        '[part~="previous-button"]',
        'Space',
        'show tip 1',
        position,
        1,
      )),
      ...(await (async () => {
        await tabTo(page, tag, '[part~="picker-button"]');
        return arrow(
          page,
          tag,
          'ArrowRight',
          '#tab-1[aria-selected="true"]',
          'select and focus dot 2',
        );
      })()),
      ...(await arrow(page, tag, 'Home', '#tab-0[aria-selected="true"]', 'select and focus dot 1')),
      ...(await followLinks(page, tag)),
    ],
    'digi-archetype-quiz': async (page, tag, state) => {
      if (state.name === 'question with an answer chosen') {
        await tabTo(page, tag, 'input[type="radio"]');
        return arrow(
          page,
          tag,
          'ArrowDown',
          'input[type="radio"][value="1"]:checked',
          'choose the second answer',
        );
      }
      if (state.name === 'answer required')
        return operate(page, tag, '[part~="back-button"]', 'Space', 'go back', (root) =>
          root.querySelector('[part~="progress"]')?.textContent.includes('1 '),
        );
      if (state.name === 'result')
        return operate(
          page,
          tag,
          '[part~="restart-button"]',
          'Enter',
          'start over',
          (root) => !!root.querySelector('[part~="start-button"]'),
        );
      return [];
    },
    'digi-strategy-wheel': async (page, tag, state) => {
      await tabTo(page, tag, '[role="tab"]');
      const last = await read(
        page,
        tag,
        (root) => root.querySelectorAll('[role="tab"]').length - 1,
      );
      return [
        ...(await centreTitles(page, tag, last + 1, state)),
        ...(await arrow(
          page,
          tag,
          'ArrowRight',
          '#tab-1[aria-selected="true"]',
          'select the next segment',
        )),
        ...(await arrow(
          page,
          tag,
          'End',
          `#tab-${last}[aria-selected="true"]`,
          'select the last segment',
        )),
        ...(await arrow(
          page,
          tag,
          'ArrowRight',
          '#tab-0[aria-selected="true"]',
          'wrap to the first',
        )),
        ...(await arrow(
          page,
          tag,
          'ArrowLeft',
          `#tab-${last}[aria-selected="true"]`,
          'wrap to the last',
        )),
        ...(await arrow(
          page,
          tag,
          'Home',
          '#tab-0[aria-selected="true"]',
          'select the first segment',
        )),
        ...(await followLinks(page, tag)),
      ];
    },
  },
  'test/e2e/hosts/reflow.mjs operations',
);

function checkWidget({ tag, ready, states }, window) {
  return async ({ browser, base, note }) => {
    const problems = [];
    const { page, log } = await openWidget(browser, base, tag, window.viewport);
    try {
      await load(page, base, tag, ready);
      const counts = [];
      const notes = new Set();
      for (const state of states) {
        try {
          await state.enter(page, tag);
        } catch (error) {
          problems.push(`${state.name}: ${short(error)}`);
          break;
        }
        await still(page, tag);
        const shots = process.env.HOSTS_SHOTS;
        if (shots) {
          mkdirSync(shots, { recursive: true });
          const file = `reflow-${window.name}-${tag}-${state.name.replaceAll(' ', '-')}.png`;
          await page.screenshot({ path: join(shots, file), fullPage: true });
        }
        const found = [
          ...(await checkLayout(page, tag, state, (line) => notes.add(`${state.name}: ${line}`))),
          ...(await checkReach(page, tag)),
          ...(await operations[tag](page, tag, state)),
        ];
        problems.push(...found.map((problem) => `${state.name}: ${problem}`));
        counts.push(`${state.name} ${found.length ? `${found.length} problems` : 'ok'}`);
      }
      note(counts.join(', '));
      for (const line of notes) note(line);
    } finally {
      await page.close();
    }
    problems.push(...log.errors);
    return problems;
  };
}

export const checks = WINDOWS.flatMap((window) =>
  widgets.map((widget) => ({
    name: `reflow-${window.name} ${widget.tag}`,
    title: `${window.title}: no sideways scroll, nothing clipped, keyboard, 24 px targets`,
    run: checkWidget(widget, window),
  })),
);

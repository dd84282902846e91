// Walks every state of the widget an embed page shows, with real clicks (puppeteer's mouse, so
// trusted events), calling `visit(name)` in each: every tip of the carousel; the quiz's intro,
// each question, the answer-required alert, and the result of each persona (all answers at one
// level); each theme of the wheel. `target` is a puppeteer Page or Frame showing the embed page.

/** The shadow-piercing selector of a part of the widget the page shows. */
const part = (tag, selector) => `#embed ${tag} >>> ${selector}`;

/** Waits for the widget's animations to end and two frames to pass. */
export const still = (target, tag) =>
  target.evaluate(async (t) => {
    const root = document.querySelector(`#embed ${t}`)?.shadowRoot;
    await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished.catch(() => {})));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, tag);

async function click(target, tag, selector) {
  const handle = await target.waitForSelector(part(tag, selector), { timeout: 5_000 });
  await handle.click();
  await handle.dispose();
}

/** Text of a part, or ''. */
const textOf = (target, tag, selector) =>
  target.evaluate(
    (t, s) =>
      document.querySelector(`#embed ${t}`)?.shadowRoot?.querySelector(s)?.textContent?.trim() ??
      '',
    tag,
    selector,
  );

async function carousel(target, visit) {
  const tag = 'digi-tip-carousel';
  await target.waitForSelector(part(tag, '[part~="position"]'));
  const total = Number(/\d+$/.exec(await textOf(target, tag, '[part~="position"]'))?.[0]);
  for (let n = 1; n <= total; n++) {
    await target.waitForFunction(
      (want) =>
        document
          .querySelector('#embed digi-tip-carousel')
          ?.shadowRoot?.querySelector('[part~="position"]')
          ?.textContent?.trim()
          .startsWith(`${want} `),
      { timeout: 5_000 },
      n,
    );
    await still(target, tag);
    await visit(`tip ${n}`);
    if (n < total) await click(target, tag, '[part~="next-button"]');
  }
}

async function quiz(target, visit) {
  const tag = 'digi-archetype-quiz';
  const step = (selector) => target.waitForSelector(part(tag, selector), { timeout: 5_000 });
  await step('[part~="start-button"]');
  await still(target, tag);
  await visit('intro');
  // One pass a level: every answer at that level, so each persona's result shows once.
  for (let level = 0, levels = 1; level < levels; level++) {
    await click(target, tag, '[part~="start-button"]');
    for (;;) {
      await step('[part~="question"]');
      await still(target, tag);
      const [, n, total] = /(\d+)\D+(\d+)/.exec(await textOf(target, tag, '[part~="progress"]'));
      if (level === 0) {
        await visit(`question ${n}`);
        if (n === '1') {
          await click(target, tag, '[part~="next-button"]');
          await step('[part~="answer-required"]');
          await still(target, tag);
          await visit('answer required');
        }
      }
      const options = await target.$$(part(tag, 'input[type="radio"]'));
      levels = Math.max(levels, options.length);
      await options[Math.min(level, options.length - 1)].click();
      await click(target, tag, '[part~="next-button"]');
      if (n === total) break;
    }
    await step('[part~="result"]');
    await still(target, tag);
    await visit(`result, answers at level ${level + 1}`);
    await click(target, tag, '[part~="restart-button"]');
  }
}

async function wheel(target, visit) {
  const tag = 'digi-strategy-wheel';
  await target.waitForSelector(part(tag, '[role="tab"]'));
  const tabs = await target.evaluate(
    () =>
      document
        .querySelector('#embed digi-strategy-wheel')
        .shadowRoot.querySelectorAll('[role="tab"]').length,
  );
  for (let i = 0; i < tabs; i++) {
    await click(target, tag, `[role="tab"]#tab-${i}`);
    await target.waitForFunction(
      (n) =>
        document
          .querySelector('#embed digi-strategy-wheel')
          ?.shadowRoot?.querySelector(`#tab-${n}`)
          ?.getAttribute('aria-selected') === 'true',
      { timeout: 5_000 },
      i,
    );
    await still(target, tag);
    await visit(`theme ${i + 1}`);
  }
}

/** Visits every state of `widget` (a name from the registry) in `target`. */
export const walkStates = (target, widget, visit) =>
  ({ 'tip-carousel': carousel, 'archetype-quiz': quiz, 'strategy-wheel': wheel })[widget](
    target,
    visit,
  );

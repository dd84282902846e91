// The interaction measure: 100 presses (or clicks) of real input through CDP, each waited out
// before the next as a reader reads each tip, traced; the main-thread time of the whole stretch.
import { subjects } from './pages.mjs';

export const PRESSES = 100;

/**
 * Waits, without polling frame by frame (which would itself cost main-thread frames), for the
 * render after an input and for its motion to end: every part's `updateComplete`; for Shoelace,
 * `scrollend` until its `scrolling` and `pendingSlideChange` flags are down, checked again a frame
 * later (after a wrap-around it jumps from a clone); the shadow root's animations and transitions
 * (`finished`); then one frame. Without a widget (the harness floor), just the frame. Resolves to
 * false when Shoelace's scrolling did not end within 2 s.
 */
export const settle = (page, tag) =>
  page.evaluate(async (t) => {
    const { frame, parts } = window.__bench;
    const el = document.querySelector(t);
    if (!el) {
      await frame();
      return true;
    }
    await Promise.all(parts(el).map((node) => node.updateComplete));
    const scroller = el.shadowRoot.querySelector('[part~="scroll-container"]');
    const still = () => !el.scrolling && !el.pendingSlideChange;
    let ok = true;
    for (let i = 0; scroller && ok && i < 10; i++) {
      if (still()) {
        await frame();
        if (still()) break;
        continue;
      }
      ok = await new Promise((done) => {
        const end = () => {
          if (!still()) return;
          clearTimeout(timer);
          scroller.removeEventListener('scrollend', end);
          done(true);
        };
        const timer = setTimeout(() => {
          scroller.removeEventListener('scrollend', end);
          done(false);
        }, 2000);
        scroller.addEventListener('scrollend', end);
      });
    }
    await Promise.all(parts(el).map((node) => node.updateComplete));
    await Promise.all(el.shadowRoot.getAnimations().map((a) => a.finished.catch(() => undefined)));
    await frame();
    return ok;
  }, tag);

/** The control the key presses go to, the key, and how to read the widget's position after. */
export const interactions = {
  carousel: {
    what: 'Enter ×100 on the focused next button',
    focus: '[part~="next-button"]',
    key: 'Enter',
    position: (tag) =>
      document.querySelector(tag).shadowRoot.querySelector('[part~="position"]').textContent.trim(),
    expect: `${(PRESSES % 13) + 1} af 13`,
  },
  shoelace: {
    what: 'Enter ×100 on the focused next button',
    focus: '[part~="navigation-button--next"]',
    key: 'Enter',
    position: (tag) => `${document.querySelector(tag).activeSlide + 1} af 13`,
    expect: `${(PRESSES % 13) + 1} af 13`,
  },
  floor: { what: 'Enter ×100 on a plain button, no widget', key: 'Enter' },
  wheel: {
    what: 'ArrowRight ×100 on the focused tab of the tablist',
    focus: '[role="tab"][tabindex="0"]',
    key: 'ArrowRight',
    position: (tag) =>
      [...document.querySelector(tag).shadowRoot.querySelectorAll('[role="tab"]')].findIndex(
        (tab) => tab.getAttribute('aria-selected') === 'true',
      ),
    expect: PRESSES % 5,
  },
};

/** One quiz action: Start, an answer (the option cycling with the question), Next, or Restart. */
async function quizAction(page, tag, n) {
  const handle = await page.evaluateHandle(
    (t, i) => {
      const root = document.querySelector(t).shadowRoot;
      const start = root.querySelector('[part~="start-button"]');
      if (start) return start;
      const restart = root.querySelector('[part~="restart-button"]');
      if (restart) return restart;
      const options = [...root.querySelectorAll('[part~="option"]')];
      if (!options.some((o) => o.querySelector('input').checked))
        return options[i % options.length];
      return root.querySelector('[part~="next-button"]');
    },
    tag,
    n,
  );
  await handle.asElement().click();
  await handle.dispose();
}

/**
 * 100 presses on one instance (or on the floor's plain button), traced from the first to the end of
 * the last one's settling: `{ busy, <parts>, cpu, wall }` in ms (trace.mjs; `cpu` is CDP's
 * `ThreadTime`). `h`: the harness (browser.mjs); `url`: the page; `keep`: where to write the trace.
 */
export async function measurePresses(h, side, url, { reducedMotion = false, problems, keep }) {
  const tag = side === 'floor' ? 'bench-none' : subjects[side].tag;
  return h.inFreshPage(
    side,
    url,
    async (page, cdp) => {
      const how = interactions[side];
      if (side === 'floor') {
        await page.focus('button');
      } else {
        await h.ready(page);
        await settle(page, tag);
        await page.evaluate(
          (t, s) => document.querySelector(t).shadowRoot.querySelector(s)?.focus(),
          tag,
          how?.focus ?? '[part~="start-button"]',
        );
      }
      const { result, trace } = await h.traced(
        page,
        async () => {
          const before = await h.metrics(cdp);
          await page.evaluate(() => performance.mark('bench:start'));
          const t0 = performance.now();
          for (let i = 0; i < PRESSES; i++) {
            if (how) await page.keyboard.press(how.key);
            else await quizAction(page, tag, i);
            if (!(await settle(page, tag))) problems.push(`${side}: press ${i + 1} never settled`);
          }
          await page.evaluate(() => performance.mark('bench:end'));
          const wall = performance.now() - t0;
          const after = await h.metrics(cdp);
          return { wall, cpu: (after.ThreadTime - before.ThreadTime) * 1000 };
        },
        keep,
      );
      if (how?.position) {
        const position = await page.evaluate(how.position, tag);
        if (position !== how.expect)
          problems.push(
            `${side}: after ${PRESSES} presses the position is ${position}, expected ${how.expect}`,
          );
      }
      return {
        busy: trace.busy,
        ...trace.parts,
        ...result,
      };
    },
    { reducedMotion },
  );
}

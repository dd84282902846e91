// memory – 500 connect/disconnect cycles of each widget leave the page as it was: the three
// single-widget CDN bundles on one page; a warm-up round first, so what is made once and kept on
// purpose (the lazy chunks of content loading, Lit's template caches, the language observer)
// belongs to the baseline; then, per widget, 500 cycles in a working state and 500 with a `src`
// that never answers, a full garbage collection, and the heap (Runtime.getHeapUsage), the DOM
// counters (Memory.getDOMCounters) and the widget's live instances (Runtime.queryObjects on its
// class prototype) against the figures before it.
import { htmlPage } from './server.mjs';
import { open, short, TAGS } from './page.mjs';

const CYCLES = 500;
const WARM_UP = 25;

export const pages = {
  '/memory.html': {
    html: htmlPage({
      title: 'Memory',
      scripts: ['/cdn/tip-carousel.js', '/cdn/archetype-quiz.js', '/cdn/strategy-wheel.js'],
      body: '    <main id="stage"></main>',
    }),
  },
};

/**
 * In the page: `count` cycles of `tag`. Each creates the element in a working state (the
 * carousel with `autoplay`, the wheel with `rotate`), connects it, waits for it to render, then
 * either uses it (the carousel turned, the quiz started and left mid-question with an answer
 * chosen, the wheel turned to another theme) or, with `src`, lets it start fetching /never.json,
 * and removes it.
 */
function cycles(tag, count, withSrc) {
  const stage = document.getElementById('stage');
  const tick = () => new Promise((done) => setTimeout(done));
  const press = (element) =>
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  const use = {
    'digi-tip-carousel': async (el) => {
      press(el.shadowRoot.querySelector('[part~="next-button"]'));
      await el.updateComplete;
    },
    'digi-archetype-quiz': async (el) => {
      press(el.shadowRoot.querySelector('[part~="start-button"]'));
      await el.updateComplete;
      press(el.shadowRoot.querySelector('input[type="radio"]'));
      await el.updateComplete;
      press(el.shadowRoot.querySelector('[part~="next-button"]'));
      await el.updateComplete;
      press(el.shadowRoot.querySelectorAll('input[type="radio"]')[1]);
      await el.updateComplete;
    },
    'digi-strategy-wheel': async (el) => {
      press(el.shadowRoot.querySelector('#tab-2'));
      await el.updateComplete;
    },
  }[tag];
  const run = async () => {
    const failures = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement(tag);
      if (tag === 'digi-tip-carousel') el.setAttribute('autoplay', '');
      if (tag === 'digi-strategy-wheel') el.setAttribute('rotate', '');
      if (withSrc) el.setAttribute('src', '/never.json');
      stage.append(el);
      await el.updateComplete;
      if (withSrc) await tick();
      else await use(el);
      const state = withSrc
        ? el.shadowRoot.querySelector('.loading')
        : el.shadowRoot.querySelector(
            tag === 'digi-archetype-quiz'
              ? 'input[type="radio"]:checked'
              : '[aria-selected="true"]',
          );
      if (!state && failures.length < 3) failures.push(`cycle ${i} did not reach its state`);
      el.remove();
    }
    await tick();
    return failures;
  };
  return run();
}

/** Garbage-collects, then reads the heap and the DOM counters. */
async function measure(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, documents, nodes, listeners: jsEventListeners };
}

/** How many objects have `tag`'s class prototype in their chain (after a GC of their own). */
async function instances(cdp, tag) {
  const group = 'digi-memory';
  const { result: prototype } = await cdp.send('Runtime.evaluate', {
    expression: `customElements.get(${JSON.stringify(tag)}).prototype`,
    objectGroup: group,
  });
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: prototype.objectId,
    objectGroup: group,
  });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group });
  return result.value;
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const signed = (n, unit = (x) => String(x)) => `${n >= 0 ? '+' : '−'}${unit(Math.abs(n))}`;

// The heap tolerance, from measurements (Chromium 156, 2 cores): after the 1000 cycles of a widget
// the used heap lies within ±30 kB of the figure before them (+26 kB, −19 kB, +22 kB in repeated
// runs: V8's own bookkeeping, such as feedback vectors and code of functions the cycles made hot,
// and Lit's caches that settle). A widget kept alive after removal costs at least ~2.9 kB of JS
// heap (the quiz; the carousel ~13 kB, the wheel ~11 kB), so keeping every cycle's instance adds
// 2.8 to 13 MB, as a trial run that kept them showed. 256 kB is ten times the noise and a tenth of
// the smallest such leak; a leak of single instances is caught exactly by the node, listener and
// instance counts, which Blink and V8 keep exactly and must return to the same number.
const HEAP_TOLERANCE = 256 * 1024;

async function checkMemory({ browser, base, never, note }) {
  const problems = [];
  const { page, log } = await open(browser);
  const cdp = await page.createCDPSession();
  let srcRequests = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/never.json')) srcRequests++;
  });
  try {
    await page.goto(`${base}/memory.html`, { waitUntil: 'load' });
    await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), {}, TAGS);
    for (const tag of TAGS)
      for (const withSrc of [false, true])
        problems.push(...(await page.evaluate(cycles, tag, WARM_UP, withSrc)));
    let before = await measure(cdp);
    const baseline = before;
    note(
      `baseline: heap ${kB(before.heap)}, ${before.nodes} nodes, ${before.listeners} listeners, ` +
        `${before.documents} documents`,
    );
    for (const tag of TAGS) {
      const requests = srcRequests;
      const time = performance.now();
      for (const withSrc of [false, true])
        problems.push(...(await page.evaluate(cycles, tag, CYCLES, withSrc)));
      const ms = performance.now() - time;
      const after = await measure(cdp);
      const alive = await instances(cdp, tag);
      const fetched = srcRequests - requests;
      note(
        `<${tag}> ${2 * CYCLES} cycles (${(ms / 1000).toFixed(1)} s): heap ${kB(after.heap)} ` +
          `(${signed(after.heap - before.heap, kB)}), ${after.nodes} nodes ` +
          `(${signed(after.nodes - before.nodes)}), ${after.listeners} listeners ` +
          `(${signed(after.listeners - before.listeners)}), ${alive} instances alive, ` +
          `${fetched} src requests`,
      );
      if (Math.abs(after.heap - before.heap) > HEAP_TOLERANCE)
        problems.push(`<${tag}>: the heap grew by ${kB(after.heap - before.heap)}`);
      if (after.nodes !== before.nodes)
        problems.push(`<${tag}>: ${after.nodes - before.nodes} DOM nodes more than before`);
      if (after.listeners !== before.listeners)
        problems.push(`<${tag}>: ${after.listeners - before.listeners} event listeners more`);
      if (after.documents !== before.documents)
        problems.push(`<${tag}>: ${after.documents - before.documents} documents more`);
      if (alive !== 0) problems.push(`<${tag}>: ${alive} removed instances survive a GC`);
      if (fetched < CYCLES)
        problems.push(`<${tag}>: only ${fetched} of ${CYCLES} src cycles reached the network`);
      before = after;
    }
    note(
      `in all: heap ${signed(before.heap - baseline.heap, kB)}, ` +
        `nodes ${signed(before.nodes - baseline.nodes)}, ` +
        `listeners ${signed(before.listeners - baseline.listeners)}`,
    );
    // Every request the widgets gave up must have been cancelled, not left hanging.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
    const hanging = never.requests - never.closed;
    if (hanging > 0) problems.push(`${hanging} requests for a removed widget's src still open`);
  } catch (error) {
    problems.push(`failed: ${short(error)}`);
  } finally {
    await cdp.detach();
    await page.close();
  }
  problems.push(...log.errors);
  return problems;
}

export const checks = [
  {
    name: 'memory',
    title: `${CYCLES} + ${CYCLES} connect/disconnect cycles a widget back to baseline`,
    run: checkMemory,
  },
];

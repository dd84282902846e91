// memory – 500 connect/disconnect cycles of each widget leave the page as it was: every
// single-widget CDN bundle on one page; a warm-up round first, so what is made once and kept on
// purpose (the lazy chunks of content loading, Lit's template caches, the language observer)
// belongs to the baseline; then, per widget, 500 cycles in use, 500 with a `src` that never
// answers and 500 re-mounted with that `src` (see `cycles`); once the page has settled, a full
// garbage collection, and the heap (Runtime.getHeapUsage), the DOM counters
// (Memory.getDOMCounters) and the widget's live instances (Runtime.queryObjects on its class
// prototype) against the figures before it.
import { htmlPage } from './server.mjs';
import { perWidget, widgetOf } from '../../../scripts/widgets.mjs';
import { open, short, TAGS } from './page.mjs';

const CYCLES = 500;
const MODES = ['use', 'src', 'remount'];
const WARM_UP = 100;

export const pages = {
  '/memory.html': {
    html: htmlPage({
      title: 'Memory',
      scripts: TAGS.map((tag) => `/cdn/${widgetOf(tag).name}.js`),
      body: '    <main id="stage"></main>',
    }),
  },
};

/**
 * Each widget in a working state and in use: the attributes it is created with (the carousel with
 * `autoplay`, the wheel with `rotate`), the clicks of the "use" mode (`[selector, index]`, the
 * index among the matches, 0 when left out: the carousel turned, the quiz started and left
 * mid-question with an answer chosen, the wheel turned to another theme) and the state they reach.
 */
const USE = perWidget(
  {
    'digi-tip-carousel': {
      attributes: ['autoplay'],
      clicks: [['[part~="next-button"]']],
      state: '[aria-selected="true"]',
    },
    'digi-archetype-quiz': {
      attributes: [],
      clicks: [
        ['[part~="start-button"]'],
        ['input[type="radio"]'],
        ['[part~="next-button"]'],
        ['input[type="radio"]', 1],
      ],
      state: 'input[type="radio"]:checked',
    },
    'digi-strategy-wheel': {
      attributes: ['rotate'],
      clicks: [['#tab-2']],
      state: '[aria-selected="true"]',
    },
  },
  'test/e2e/hosts/memory.mjs USE',
);

/**
 * In the page: `count` cycles of `tag`. Each creates the element in a working state (`use`, an
 * entry of USE), connects it, waits for it to render, then removes it. `mode` says what happens
 * while it is in the page:
 *   use     – the reader uses it (`use.clicks`, reaching `use.state`);
 *   src     – it has `src="/never.json"` and is removed while the request is pending;
 *   remount – as src, but first connected, removed and connected again in one task (a framework
 *             re-mounting it, React's strict mode), so the first load is put off to the second.
 */
function cycles(tag, count, mode, use) {
  const stage = document.getElementById('stage');
  // A task later (the fetch has started by then); not setTimeout, which nested clamps to 4 ms.
  const tick = () =>
    new Promise((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        done();
      };
      channel.port2.postMessage(null);
    });
  const press = (element) =>
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  const run = async () => {
    const failures = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement(tag);
      for (const name of use.attributes) el.setAttribute(name, '');
      const withSrc = mode !== 'use';
      if (withSrc) el.setAttribute('src', '/never.json');
      stage.append(el);
      if (mode === 'remount') {
        el.remove();
        stage.append(el);
      }
      await el.updateComplete;
      if (withSrc) await tick();
      else
        for (const [selector, index = 0] of use.clicks) {
          press(el.shadowRoot.querySelectorAll(selector)[index]);
          await el.updateComplete;
        }
      const state = el.shadowRoot.querySelector(withSrc ? '.loading' : use.state);
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

/**
 * `measure` once the page has settled: the server has seen every cancelled `src` request close,
 * and two readings in a row agree on the DOM counters. Right after the cycles, the browser may
 * still hold what a cancelled request or a last task refers to (on a busy machine, 2,400 nodes that
 * a GC a moment later freed), and a baseline taken then hides a later leak of the same size.
 */
async function settled(cdp, never) {
  for (let wait = 0; never.open.size > 0 && wait < 50; wait++)
    await new Promise((done) => setTimeout(done, 100));
  let last = await measure(cdp);
  for (let reading = 0; reading < 20; reading++) {
    await new Promise((done) => setTimeout(done, 100));
    const next = await measure(cdp);
    const same = ['nodes', 'listeners', 'documents'].every((key) => next[key] === last[key]);
    last = next;
    if (same) break;
  }
  return last;
}

/** How many objects have `tag`'s class prototype in their chain (after a GC of their own). */
export async function instances(cdp, tag) {
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

// The heap tolerance, from measurements (Chromium 156, 2 busy cores): after the 1500 cycles of a
// widget the used heap lies within ±35 kB of the figure before them (e.g. +23, −12, +17 kB; with a
// shorter warm-up up to +57 kB). That is V8 warming up (optimised code, feedback, caches), not
// growth: four rounds of 4500 wheel cycles in a row moved it +57, −18, +7, +7 kB. A widget kept
// alive after removal costs ~2.9 kB of JS heap (the quiz; the carousel ~13 kB, the wheel ~11 kB),
// so keeping every cycle's instance adds megabytes, as a trial run that kept them showed.
// 256 kB is several times the noise and a tenth of the smallest such leak; single kept instances
// are caught exactly by the node, listener and instance counts, which must return to the baseline.
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
      for (const mode of MODES)
        problems.push(...(await page.evaluate(cycles, tag, WARM_UP, mode, USE[tag])));
    let before = await settled(cdp, never);
    const baseline = before;
    note(
      `baseline: heap ${kB(before.heap)}, ${before.nodes} nodes, ${before.listeners} listeners, ` +
        `${before.documents} documents`,
    );
    for (const tag of TAGS) {
      const requests = srcRequests;
      const time = performance.now();
      for (const mode of MODES)
        problems.push(...(await page.evaluate(cycles, tag, CYCLES, mode, USE[tag])));
      const ms = performance.now() - time;
      const after = await settled(cdp, never);
      const alive = await instances(cdp, tag);
      const fetched = srcRequests - requests;
      note(
        `<${tag}> ${MODES.length * CYCLES} cycles (${(ms / 1000).toFixed(1)} s): heap ${kB(after.heap)} ` +
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
      if (fetched !== 2 * CYCLES)
        problems.push(`<${tag}>: ${fetched} of ${2 * CYCLES} src cycles reached the network`);
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
    title: `${MODES.length} × ${CYCLES} connect/disconnect cycles a widget back to baseline`,
    run: checkMemory,
  },
];

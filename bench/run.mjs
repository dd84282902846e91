// The benchmark of issue 7 (`npm run bench`, not part of `npm test`): each widget's self-contained
// CDN bundle, and the carousel against Shoelace's carousel bundled the same way, in one headless
// Chromium run, interleaved round by round, every measurement in a fresh incognito context.
// Writes BENCHMARKS.md. Options: `--rounds N` (default 5), `--no-build` (use dist/cdn as it is).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome-path.mjs';
import { benchProbe, floorPage, page as pageHtml, setShoelaceSlides, subjects } from './pages.mjs';
import { writeReport } from './report.mjs';
import { buildShoelaceCarousel } from './peers.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const { values: options } = parseArgs({
  options: { rounds: { type: 'string', default: '5' }, 'no-build': { type: 'boolean' } },
});
const ROUNDS = Number(options.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error('--rounds takes a whole number from 1');
  process.exit(1);
}
const PRESSES = 100;
const INSTANCES = [1, 10, 100];
/** How long after ready a layout-shift page is watched for late shifts (icons, fonts). */
const SETTLE_MS = 500;
/** A phone-sized viewport for the second layout-shift check of our widgets. */
const NARROW = { width: 375, height: 800 };

const started = performance.now();
const loadBefore = os.loadavg();
const project = resolve(import.meta.dirname, '..');
const work = join(project, '.cache', 'bench');
const site = join(work, 'site');
const log = (message) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

// --- Bundles -------------------------------------------------------------------------------------
if (!options['no-build']) {
  log('Building our bundles (node scripts/build.mjs)…');
  execFileSync('node', ['scripts/build.mjs'], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const cdn = join(project, 'dist', 'cdn');
if (!existsSync(join(cdn, 'tip-carousel.js'))) {
  console.error('No dist/cdn/: run without --no-build, or npm run build');
  process.exit(1);
}
rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, 'pages'), { recursive: true });
cpSync(cdn, join(site, 'ours'), { recursive: true });
log("Bundling Shoelace's carousel (vite library build, like ours)…");
const shoelace = await buildShoelaceCarousel(work, join(site, 'shoelace'));
// Served so sl-icon finds its base path; its "system" icons (the arrows) are inline data: URLs, so
// nothing is fetched from here in practice (the network check below says so).
symlinkSync(
  join(project, 'node_modules', '@shoelace-style', 'shoelace', 'dist', 'assets'),
  join(site, 'shoelace', 'assets'),
);

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const lazyChunks = (name) =>
  readdirSync(cdn)
    .filter((f) => f.startsWith(`${name}.`) && f.endsWith('.js') && f !== `${name}.js`)
    .map((file) => ({ file, gzip: gzip(join(cdn, file)) }));
const sizes = {
  carousel: { gzip: gzip(join(cdn, 'tip-carousel.js')), lazy: lazyChunks('tip-carousel') },
  shoelace: { gzip: gzip(shoelace.main), raw: gzip(shoelace.raw) },
  quiz: { gzip: gzip(join(cdn, 'archetype-quiz.js')), lazy: lazyChunks('archetype-quiz') },
  wheel: { gzip: gzip(join(cdn, 'strategy-wheel.js')), lazy: lazyChunks('strategy-wheel') },
};

// --- Browser -------------------------------------------------------------------------------------
const server = await serveStatic(site);
const executablePath = findChrome();
if (!executablePath) {
  console.error('No Chromium found: install chromium or set CHROME_PATH');
  process.exit(1);
}
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: chromeArgs,
  defaultViewport: { width: 1280, height: 800 },
});
const problems = [];

/** Writes a page under site/pages/ and returns its URL. */
function writePage(name, html) {
  writeFileSync(join(site, 'pages', `${name}.html`), html);
  return `${server.base}pages/${name}.html`;
}

/**
 * Opens `url` in a new incognito context (nothing cached, nothing shared), with the probe, and
 * runs `fn(page, cdp, requests)`; records page errors, console errors and failed requests.
 */
async function inFreshPage(subject, url, fn, { reducedMotion = false, viewport } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    if (viewport) await page.setViewport(viewport);
    const cdp = await page.createCDPSession();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(`${url}: page error ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${url}: console.error ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`${url}: failed ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400)
        problems.push(`${url}: HTTP ${response.status()} ${response.url()}`);
    });
    if (reducedMotion) {
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    }
    await page.evaluateOnNewDocument(
      benchProbe,
      subjects[subject]?.tag ?? 'bench-none',
      subjects[subject]?.nested ?? '',
    );
    await page.goto(url, { waitUntil: 'load' });
    return await fn(page, cdp, requests);
  } finally {
    await context.close();
  }
}

const ready = (page) => page.evaluate(() => window.__bench.ready);

async function heapAfterGc(page, cdp) {
  await page.evaluate(async () => {
    await window.__bench.frame();
    await window.__bench.frame();
  });
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return {
    heap: usedSize,
    blink: embedderHeapUsedSize ?? NaN,
    nodes: metrics.find((m) => m.name === 'Nodes')?.value ?? NaN,
  };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

// --- Setup: the same tips for Shoelace, and its reserved height -----------------------------------
/** Reads our built-in Danish tips as the carousel renders them: title, paragraphs, link. */
const tips = await inFreshPage(
  'carousel',
  writePage('setup-tips', pageHtml('carousel')),
  async (page) => {
    await ready(page);
    return page.evaluate(() =>
      [...document.querySelector('digi-tip-carousel').shadowRoot.querySelectorAll('.slide')].map(
        (slide) => {
          const link = slide.querySelector('[part~="link"]');
          return {
            title: slide.querySelector('[part~="title"]').textContent.trim(),
            paragraphs: [...slide.querySelectorAll('[part~="body"]')].map((p) =>
              p.textContent.trim(),
            ),
            ...(link
              ? { link: { href: link.getAttribute('href'), text: link.textContent.trim() } }
              : {}),
          };
        },
      ),
    );
  },
);
setShoelaceSlides(tips);
// What a Shoelace page carries besides its JS to show the same tips: their HTML.
sizes.shoelace.content = gzipSync(subjects.shoelace.slides, { level: 9 }).length;
const shoelaceHeight = await inFreshPage(
  'shoelace',
  writePage('setup-shoelace', pageHtml('shoelace')),
  async (page) => {
    await ready(page);
    return page.evaluate(() =>
      Math.ceil(document.querySelector('sl-carousel').getBoundingClientRect().height),
    );
  },
);

// The README's "reserving space" rules for our widgets, copied from README.md as they stand.
const readme = readFileSync(join(project, 'README.md'), 'utf8');
const reserveCss = /### Reserving space[\s\S]*?```css\n([\s\S]*?)```/.exec(readme)?.[1]?.trim();
if (!reserveCss) throw new Error('README.md has no css block under "Reserving space"');
// Shoelace publishes no such rule; its docs advise `:not(:defined) { visibility: hidden }` against
// a flash of unstyled content. We give it that plus its exact upgraded height, measured above.
const shoelaceReserveCss = `sl-carousel:not(:defined) {
  display: block;
  height: ${shoelaceHeight}px;
  overflow: hidden;
  visibility: hidden;
}`;
const css = {
  carousel: reserveCss,
  quiz: reserveCss,
  wheel: reserveCss,
  shoelace: shoelaceReserveCss,
};
const sides = ['carousel', 'shoelace', 'quiz', 'wheel'];
const floorUrl = writePage('floor', floorPage);
const pagesUrl = {};
for (const side of sides) {
  pagesUrl[side] = {
    ...Object.fromEntries(
      INSTANCES.map((n) => [`ready${n}`, writePage(`${side}-${n}`, pageHtml(side, { count: n }))]),
    ),
    baseline: writePage(`${side}-baseline`, pageHtml(side, { count: 100, script: false })),
    reserved: writePage(
      `${side}-reserved`,
      pageHtml(side, { css: css[side], script: 'after-paint' }),
    ),
    bare: writePage(`${side}-bare`, pageHtml(side, { script: 'after-paint' })),
  };
}

// --- Interaction: 100 presses, waiting for the render after each -----------------------------------
/**
 * Waits, without polling frame by frame (which would itself cost main-thread frames), for the
 * render after an input and for its motion to end: every part's `updateComplete`; for Shoelace,
 * `scrollend` until its `scrolling` and `pendingSlideChange` flags are down, checked again a frame
 * later (after a wrap-around it jumps from a clone); the shadow root's animations and transitions
 * (`finished`); then one frame. Without a widget (the harness floor), just the frame. Resolves to
 * false when Shoelace's scrolling did not end within 2 s.
 */
const settle = (page, tag) =>
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

/** Focuses the control the key presses go to; returns a function reading the widget's position. */
const interactions = {
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

async function measurePresses(side, { reducedMotion = false } = {}) {
  const tag = side === 'floor' ? 'bench-none' : subjects[side].tag;
  return inFreshPage(
    side,
    side === 'floor' ? floorUrl : pagesUrl[side].ready1,
    async (page, cdp) => {
      const how = interactions[side];
      if (side === 'floor') {
        await page.focus('button');
      } else {
        await ready(page);
        await settle(page, tag);
        await page.evaluate(
          (t, s) => document.querySelector(t).shadowRoot.querySelector(s)?.focus(),
          tag,
          how?.focus ?? '[part~="start-button"]',
        );
      }
      await cdp.send('Performance.enable');
      const before = await metrics(cdp);
      const wall = performance.now();
      for (let i = 0; i < PRESSES; i++) {
        if (how) await page.keyboard.press(how.key);
        else await quizAction(page, tag, i);
        if (!(await settle(page, tag))) problems.push(`${side}: press ${i + 1} never settled`);
      }
      const after = await metrics(cdp);
      const ms = (name) => (after[name] - before[name]) * 1000;
      if (how?.position) {
        const position = await page.evaluate(how.position, tag);
        if (position !== how.expect)
          problems.push(
            `${side}: after ${PRESSES} presses the position is ${position}, expected ${how.expect}`,
          );
      }
      return {
        task: ms('TaskDuration'),
        cpu: ms('ThreadTime'),
        script: ms('ScriptDuration'),
        layout: ms('LayoutDuration'),
        style: ms('RecalcStyleDuration'),
        wall: performance.now() - wall,
      };
    },
    { reducedMotion },
  );
}

// --- Rounds --------------------------------------------------------------------------------------
const results = Object.fromEntries([...sides, 'floor'].map((side) => [side, {}]));
const add = (side, metric, value) => (results[side][metric] ??= []).push(value);
const network = {};

const measures = [
  ...INSTANCES.map((n) => ({
    name: `ready${n}`,
    async run(side, round) {
      return inFreshPage(side, pagesUrl[side][`ready${n}`], async (page, cdp, requests) => {
        const r = await ready(page);
        if (r.count !== n) problems.push(`${side}: ${r.count} instances on the ${n}-instance page`);
        add(side, `ready${n}`, r.at);
        add(side, `upgrade${n}`, r.at - r.bundleEnd);
        if (n === 1 && round === 0) {
          await settle(page, subjects[side].tag);
          network[side] = requests
            .filter((u) => !u.endsWith('.html'))
            .map((u) => u.replace(server.base, '/'));
        }
        if (n === 100) {
          const { heap, blink, nodes } = await heapAfterGc(page, cdp);
          add(side, 'heapRaw100', heap);
          add(side, 'blinkRaw100', blink);
          add(side, 'nodes100', nodes);
        }
      });
    },
  })),
  {
    name: 'baseline',
    async run(side) {
      return inFreshPage(side, pagesUrl[side].baseline, async (page, cdp) => {
        const { heap, blink } = await heapAfterGc(page, cdp);
        add(side, 'heapBase', heap);
        add(side, 'blinkBase', blink);
      });
    },
  },
  ...['reserved', 'bare', 'reserved-narrow'].map((variant) => ({
    name: variant,
    // Shoelace's reservation is its height at 1280 px; a phone-width one would need another.
    only: variant === 'reserved-narrow' ? ['carousel', 'quiz', 'wheel'] : undefined,
    async run(side) {
      const narrow = variant === 'reserved-narrow';
      const url = pagesUrl[side][narrow ? 'reserved' : variant];
      const viewport = narrow ? NARROW : undefined;
      return inFreshPage(
        side,
        url,
        async (page) => {
          await ready(page);
          const sum = await page.evaluate(async (wait) => {
            await new Promise((done) => setTimeout(done, wait));
            await window.__bench.frame();
            return window.__bench.shifts.reduce((a, b) => a + b, 0);
          }, SETTLE_MS);
          add(side, `shift-${variant}`, sum);
        },
        { viewport },
      );
    },
  })),
  {
    name: 'presses',
    extra: ['floor'],
    async run(side) {
      // The quiz and the wheel have no peer: measured under reduced motion, so their figure is the
      // interaction's own work and the run stays short (waiting out each fade costs wall time).
      const r = await measurePresses(side, { reducedMotion: side === 'quiz' || side === 'wheel' });
      for (const [k, v] of Object.entries(r)) add(side, `presses-${k}`, v);
    },
  },
  {
    name: 'presses-reduced',
    only: ['carousel', 'shoelace'],
    async run(side) {
      const r = await measurePresses(side, { reducedMotion: true });
      for (const [k, v] of Object.entries(r)) add(side, `pressesReduced-${k}`, v);
    },
  },
];

const spent = {};
for (let round = 0; round < ROUNDS; round++) {
  // Interleaved: ours, Shoelace, ours, Shoelace…; who goes first alternates by round.
  const order = round % 2 ? ['shoelace', 'carousel', 'quiz', 'wheel'] : sides;
  for (const measure of measures) {
    for (const side of [...order, ...(measure.extra ?? [])]) {
      if (measure.only && !measure.only.includes(side)) continue;
      const t0 = performance.now();
      await measure.run(side, round);
      spent[measure.name] = (spent[measure.name] ?? 0) + performance.now() - t0;
    }
  }
  log(
    `round ${round + 1}/${ROUNDS} done (so far, s: ${Object.entries(spent)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`)
      .join(', ')})`,
  );
}
for (const side of sides) {
  const r = results[side];
  r.heap100 = r.heapRaw100.map((v, i) => v - r.heapBase[i]);
  r.blink100 = r.blinkRaw100.map((v, i) => v - r.blinkBase[i]);
  // The widget's own main-thread time: the presses minus the harness floor of the same round.
  r['presses-net'] = r['presses-task'].map((v, i) => v - results.floor['presses-task'][i]);
  r['presses-cpuNet'] = r['presses-cpu'].map((v, i) => v - results.floor['presses-cpu'][i]);
}

const chromium = await browser.version();
await browser.close();
server.close();

// The raw figures, for a closer look (not committed).
writeFileSync(join(work, 'results.json'), JSON.stringify({ results, sizes, network }, null, 1));
await writeReport({
  file: join(project, 'BENCHMARKS.md'),
  results,
  sizes,
  network,
  tips: tips.length,
  rounds: ROUNDS,
  presses: PRESSES,
  settleMs: SETTLE_MS,
  narrow: NARROW,
  chromium,
  css: { ours: reserveCss, shoelace: shoelaceReserveCss },
  interactions: {
    carousel: interactions.carousel.what,
    shoelace: interactions.shoelace.what,
    wheel: interactions.wheel.what,
  },
  problems,
  load: { before: loadBefore, after: os.loadavg() },
  seconds: (performance.now() - started) / 1000,
});
if (problems.length) {
  console.error(`${problems.length} problem(s) during the run:\n${problems.join('\n')}`);
  process.exitCode = 1;
}
log('Wrote BENCHMARKS.md');

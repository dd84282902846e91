// The benchmark of issues 7 and 15 (`npm run bench`, not part of `npm test`): each widget's
// self-contained CDN bundle, and the carousel against Shoelace's carousel bundled the same way, in
// one headless Chromium run, interleaved round by round, every measurement in a fresh incognito
// context; Lighthouse in a Chromium of its own. A full run writes BENCHMARKS.md. Options:
//   --rounds N         rounds (default 5)
//   --no-build         use dist/cdn as it is
//   --only a,b         sides: carousel, shoelace, quiz, wheel, bare (default all)
//   --measures a,b     groups: ready, insert, shift, presses, lighthouse (default all)
//   --compare FILE     a results JSON of an earlier run: print (and report) before and after
//   --save FILE        also write this run's results JSON to FILE
//   --traces           keep the last round's traces in .cache/bench/keep/ (Lighthouse's reports
//                      are always kept there)
//   --verbose          log each measurement as it starts
//   --report FILE      measure nothing: write BENCHMARKS.md again from a full run's results JSON
// With --only or --measures the run is partial: it prints its figures and leaves BENCHMARKS.md be.
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
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome-path.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { harness } from './browser.mjs';
import { compareRuns, summary } from './compare.mjs';
import { GROUPS, INSERTED, keeper, measures, NARROW, SETTLE_MS } from './measures.mjs';
import { subjects } from './pages.mjs';
import { buildBareLit, buildShoelaceCarousel } from './peers.mjs';
import { interactions, PRESSES } from './presses.mjs';
import { osName, writeReport } from './report.mjs';
import { preparePages } from './setup.mjs';

const ALL_SIDES = ['carousel', 'shoelace', 'quiz', 'wheel', 'bare'];
const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    'no-build': { type: 'boolean' },
    only: { type: 'string' },
    measures: { type: 'string' },
    compare: { type: 'string' },
    save: { type: 'string' },
    traces: { type: 'boolean' },
    verbose: { type: 'boolean' },
    report: { type: 'string' },
  },
});
const fail = (message) => {
  console.error(message);
  process.exit(1);
};
const ROUNDS = Number(options.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) fail('--rounds takes a whole number from 1');
const list = (value, all, what) => {
  if (!value) return all;
  const picked = value.split(',').map((s) => s.trim());
  const unknown = picked.filter((s) => !all.includes(s));
  if (unknown.length) fail(`Unknown ${what}: ${unknown.join(', ')} (known: ${all.join(', ')})`);
  return all.filter((s) => picked.includes(s));
};
const sides = list(options.only, ALL_SIDES, 'side');
const groups = list(options.measures, GROUPS, 'measure group');
const full = sides.length === ALL_SIDES.length && groups.length === GROUPS.length;
const before = options.compare ? JSON.parse(readFileSync(options.compare, 'utf8')) : undefined;
const project = resolve(import.meta.dirname, '..');
const report = join(project, 'BENCHMARKS.md');
if (options.report) {
  // Only the report, again, from a full run's saved results (after a change to the report's code).
  const saved = JSON.parse(readFileSync(options.report, 'utf8'));
  await writeReport({
    file: report,
    ...saved,
    comparison: before ? compareRuns(before, saved) : undefined,
  });
  console.log(`Wrote BENCHMARKS.md from ${options.report}`);
  process.exit(0);
}

const started = performance.now();
const loadBefore = os.loadavg();
const work = join(project, '.cache', 'bench');
const site = join(work, 'site');
const keepDir = join(work, 'keep');
const log = (message) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const git = (...args) => execFileSync('git', args, { cwd: project, encoding: 'utf8' }).trim();

// --- Bundles -------------------------------------------------------------------------------------
if (!options['no-build']) {
  log('Building our bundles (node scripts/build.mjs)…');
  execFileSync('node', ['scripts/build.mjs'], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const cdn = join(project, 'dist', 'cdn');
if (!existsSync(join(cdn, 'digileder-widgets.js'))) {
  fail('No dist/cdn/: run without --no-build, or npm run build');
}
rmSync(site, { recursive: true, force: true });
rmSync(keepDir, { recursive: true, force: true });
mkdirSync(join(site, 'pages'), { recursive: true });
mkdirSync(keepDir, { recursive: true });
cpSync(cdn, join(site, 'ours'), { recursive: true });

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const lazyChunks = (name) =>
  readdirSync(cdn)
    .filter((f) => f.startsWith(`${name}.`) && f.endsWith('.js') && f !== `${name}.js`)
    .map((file) => ({ file, gzip: gzip(join(cdn, file)) }));
const sizes = {
  carousel: { gzip: gzip(join(cdn, 'tip-carousel.js')), lazy: lazyChunks('tip-carousel') },
  quiz: { gzip: gzip(join(cdn, 'archetype-quiz.js')), lazy: lazyChunks('archetype-quiz') },
  wheel: { gzip: gzip(join(cdn, 'strategy-wheel.js')), lazy: lazyChunks('strategy-wheel') },
  all: { gzip: gzip(join(cdn, 'digileder-widgets.js')) },
};
if (sides.includes('shoelace')) {
  log("Bundling Shoelace's carousel (vite library build, like ours)…");
  const shoelace = await buildShoelaceCarousel(work, join(site, 'shoelace'));
  // Served so sl-icon finds its base path; its "system" icons (the arrows) are inline data: URLs,
  // so nothing is fetched from here in practice (the network check says so).
  symlinkSync(
    join(project, 'node_modules', '@shoelace-style', 'shoelace', 'dist', 'assets'),
    join(site, 'shoelace', 'assets'),
  );
  sizes.shoelace = { gzip: gzip(shoelace.main), raw: gzip(shoelace.raw) };
}
if (sides.includes('bare')) {
  sizes.bare = { gzip: gzip(await buildBareLit(work, join(site, 'bare'))) };
}

// --- Browser -------------------------------------------------------------------------------------
const server = await serveStatic(site, { gzip: true });
const chromePath = findChrome();
if (!chromePath) fail('No Chromium found: install chromium or set CHROME_PATH');
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: chromeArgs,
  defaultViewport: { width: 1280, height: 800 },
});
const problems = [];
const h = harness({ browser, server, site, problems });
const { urls, tips, css } = await preparePages(h, project, sides);
if (sizes.shoelace) {
  // What a Shoelace page carries besides its JS to show the same tips: their HTML.
  sizes.shoelace.content = gzipSync(subjects.shoelace.slides, { level: 9 }).length;
}

// --- Rounds --------------------------------------------------------------------------------------
const results = Object.fromEntries([...sides, 'floor'].map((side) => [side, {}]));
const ctx = {
  h,
  urls,
  add: (side, metric, value) => (results[side][metric] ??= []).push(value),
  problems,
  network: {},
  serverBase: server.base,
  chromePath,
  keepDir: keeper(keepDir, ROUNDS, options.traces),
};
const chosen = measures(ctx).filter((m) => groups.includes(m.group));
const spent = {};
for (let round = 0; round < ROUNDS; round++) {
  // Interleaved: ours, Shoelace, ours, Shoelace…; the order turns round every other round.
  const order = round % 2 ? [...sides].reverse() : sides;
  for (const measure of chosen) {
    const these = order.filter((side) => measure.sides.includes(side));
    if (!these.length) continue;
    for (const side of [...these, ...(measure.extra ?? [])]) {
      const t0 = performance.now();
      if (options.verbose) log(`${measure.name}, ${side}`);
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
  const minus = (a, b) => a?.map((v, i) => v - b[i]);
  if (r.heapRaw100) r.heap100 = minus(r.heapRaw100, r.heapBase);
  if (r.blinkRaw100) r.blink100 = minus(r.blinkRaw100, r.blinkBase);
  // The widget's own main-thread time: the presses minus the harness floor of the same round.
  for (const prefix of ['presses', 'pressesReduced']) {
    if (!r[`${prefix}-busy`]) continue;
    r[`${prefix}-net`] = minus(r[`${prefix}-busy`], results.floor[`${prefix}-busy`]);
    r[`${prefix}-cpuNet`] = minus(r[`${prefix}-cpu`], results.floor[`${prefix}-cpu`]);
  }
}

const chromium = await browser.version();
await browser.close();
server.close();

const version = (path) => JSON.parse(readFileSync(join(project, path), 'utf8')).version;
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
const meta = {
  commit: git('rev-parse', 'HEAD'),
  dirty,
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  rounds: ROUNDS,
  sides,
  groups,
  seconds: (performance.now() - started) / 1000,
  load: { before: loadBefore, after: os.loadavg() },
  chromium,
  node: process.version,
  machine: {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    memory: os.totalmem(),
    os: osName(),
  },
  versions: Object.fromEntries(
    [
      ['widgets', 'package.json'],
      ['shoelace', 'node_modules/@shoelace-style/shoelace/package.json'],
      ['lit', 'node_modules/lit/package.json'],
      ['vite', 'node_modules/vite/package.json'],
      ['puppeteer', 'node_modules/puppeteer-core/package.json'],
      ['lighthouse', 'node_modules/lighthouse/package.json'],
      ['chromeLauncher', 'node_modules/chrome-launcher/package.json'],
    ].map(([name, path]) => [name, version(path)]),
  ),
  lighthouse: ctx.lighthouse,
};
const run = {
  meta,
  results,
  sizes,
  network: ctx.network,
  problems,
  tips: tips.length,
  presses: PRESSES,
  inserted: INSERTED,
  settleMs: SETTLE_MS,
  narrow: NARROW,
  css: { ours: css.carousel, shoelace: css.shoelace },
  interactions: Object.fromEntries(
    ['carousel', 'shoelace', 'wheel'].map((side) => [side, interactions[side].what]),
  ),
};
const json = JSON.stringify(run, null, 1);
writeFileSync(join(work, 'results.json'), json);
if (options.save) {
  mkdirSync(dirname(resolve(options.save)), { recursive: true });
  writeFileSync(options.save, json);
}

console.log(`\n${summary(run)}`);
const comparison = before ? compareRuns(before, run) : undefined;
if (comparison) {
  console.log(`\n${comparison}`);
  writeFileSync(join(work, 'compare.md'), comparison);
}
if (full) {
  await writeReport({ file: report, ...run, comparison });
  log('Wrote BENCHMARKS.md');
} else {
  log('A partial run (--only or --measures): BENCHMARKS.md left as it was');
}
log(
  `Results: ${join(work, 'results.json')}${options.save ? ` and ${options.save}` : ''}${comparison ? `; before/after: ${join(work, 'compare.md')}` : ''}`,
);
if (problems.length) {
  console.error(`${problems.length} problem(s) during the run:\n${problems.join('\n')}`);
  process.exitCode = 1;
}

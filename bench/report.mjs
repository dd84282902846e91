// Writes BENCHMARKS.md from one run's figures: the machine, the versions, the method, and the
// tables (median and min–max of each metric, the ratio to Shoelace, the target, met or missed).
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';

const project = join(import.meta.dirname, '..');
const version = (path) => JSON.parse(readFileSync(join(project, path), 'utf8')).version;

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const stats = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
});

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const ms = (v) => `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ms`;
const mB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const count = (v) => v.toFixed(0);
const shift = (v) => v.toFixed(4);

/** "median (min–max)" of `values` in `unit`. */
const cell = (values, unit) => {
  if (!values?.length) return '–';
  const s = stats(values);
  return values.length === 1 ? unit(s.median) : `${unit(s.median)} (${unit(s.min)}–${unit(s.max)})`;
};

function osName() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const name = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1];
    if (name) return `${name}, ${os.type()} ${os.release()}`;
  } catch {
    // not Linux
  }
  return `${os.type()} ${os.release()}`;
}

export async function writeReport(run) {
  const { results: r, sizes } = run;
  const ratio = (a, b) => a / b;
  const x = (v) => `${v.toFixed(2)}×`;
  const verdict = (ok) => (ok ? '**met**' : '**missed**');
  const summary = [];

  /** A row comparing ours with Shoelace; `target` is the highest ratio allowed, if any. */
  const compare = (label, metric, unit, target) => {
    const q = ratio(median(r.carousel[metric]), median(r.shoelace[metric]));
    const ok = target === undefined ? undefined : q <= target;
    if (target !== undefined) summary.push({ label, ratio: q, target, ok });
    return `| ${label} | ${cell(r.carousel[metric], unit)} | ${cell(r.shoelace[metric], unit)} | ${x(q)} | ${target === undefined ? '–' : `≤ ${target}×`} | ${ok === undefined ? '–' : verdict(ok)} |`;
  };

  const bundleRatio = sizes.carousel.gzip / sizes.shoelace.gzip;
  summary.push({
    label: 'Carousel bundle, min+gzip',
    ratio: bundleRatio,
    target: 0.8,
    ok: bundleRatio <= 0.8,
  });
  const shiftOk = (side, key = 'shift-reserved') => Math.max(...r[side][key]) === 0;
  const ours = ['carousel', 'quiz', 'wheel'];
  summary.push({
    label: 'Layout shift 0 with the README reservation, every widget, every round (1280 px)',
    ok: ours.every((side) => shiftOk(side)),
  });
  summary.push({
    label: `The same at a ${run.narrow.width} px wide viewport`,
    ok: ours.every((side) => shiftOk(side, 'shift-reserved-narrow')),
  });

  const carouselTable = [
    '| Metric | `<digi-tip-carousel>` median (min–max) | Shoelace `<sl-carousel>` median (min–max) | Ratio (ours ÷ Shoelace) | Target | Result |',
    '| --- | --- | --- | --- | --- | --- |',
    `| Bundle, min+gzip (JS only, main file) | ${kB(sizes.carousel.gzip)} | ${kB(sizes.shoelace.gzip)} | ${x(bundleRatio)} | ≤ 0.8× | ${verdict(bundleRatio <= 0.8)} |`,
    `| The same tips' content included: ours (in the bundle) against Shoelace's bundle plus the tips' HTML, gzipped apart | ${kB(sizes.carousel.gzip)} | ${kB(sizes.shoelace.gzip + sizes.shoelace.content)} | ${x(sizes.carousel.gzip / (sizes.shoelace.gzip + sizes.shoelace.content))} | – | – |`,
    compare('Load-to-ready, 1 instance (from navigation start)', 'ready1', ms),
    compare('10 instances ready (from navigation start)', 'ready10', ms),
    compare('100 instances ready (from navigation start)', 'ready100', ms, 0.3),
    compare('1 instance, from the bundle received to ready', 'upgrade1', ms),
    compare('10 instances, from the bundle received to ready', 'upgrade10', ms),
    compare('100 instances, from the bundle received to ready', 'upgrade100', ms),
    compare('JS heap after 100 instances (minus the page without the bundle)', 'heap100', mB, 0.5),
    compare(
      'Blink heap (DOM, style, layout) after 100 instances, minus the same baseline',
      'blink100',
      mB,
    ),
    compare('DOM nodes after 100 instances (whole page, shadow roots included)', 'nodes100', count),
    `| Layout shift while upgrading, with the reserving CSS below | ${cell(r.carousel['shift-reserved'], shift)} | ${cell(r.shoelace['shift-reserved'], shift)} | – | 0 | ${verdict(shiftOk('carousel'))} |`,
    `| Layout shift while upgrading, the same CSS, ${run.narrow.width} px wide viewport | ${cell(r.carousel['shift-reserved-narrow'], shift)} | not measured (its reservation is for 1280 px) | – | 0 | ${verdict(shiftOk('carousel', 'shift-reserved-narrow'))} |`,
    `| Layout shift while upgrading, no reserving CSS at all | ${cell(r.carousel['shift-bare'], shift)} | ${cell(r.shoelace['shift-bare'], shift)} | – | – | – |`,
    compare(`Main-thread time, ${run.presses} next-slide presses`, 'presses-task', ms, 0.5),
    compare(
      `Main-thread CPU time (ThreadTime), ${run.presses} next-slide presses`,
      'presses-cpu',
      ms,
      0.5,
    ),
    compare('… of which script', 'presses-script', ms),
    compare('… of which style recalculation', 'presses-style', ms),
    compare('… of which layout', 'presses-layout', ms),
    compare(`Wall time of the ${run.presses} presses`, 'presses-wall', ms),
    `| Harness floor: ${run.presses} Enter presses on a plain button, same waits, no widget | ${cell(r.floor['presses-task'], ms)} | (same page set) | – | – | – |`,
    compare(
      "Main-thread time of the presses above the harness floor (the widget's own)",
      'presses-net',
      ms,
    ),
    `| Harness floor, main-thread CPU time | ${cell(r.floor['presses-cpu'], ms)} | (same page set) | – | – | – |`,
    compare('Main-thread CPU time above the harness floor', 'presses-cpuNet', ms),
    compare(
      `Main-thread time, ${run.presses} presses, \`prefers-reduced-motion: reduce\``,
      'pressesReduced-task',
      ms,
    ),
  ];

  const single = (side, what) => [
    `| Metric | ${what} median (min–max) | Target | Result |`,
    '| --- | --- | --- | --- |',
    `| Bundle, min+gzip (JS only, main file) | ${kB(sizes[side].gzip)} | – | – |`,
    `| Load-to-ready, 1 instance (from navigation start) | ${cell(r[side].ready1, ms)} | – | – |`,
    `| 10 instances ready (from navigation start) | ${cell(r[side].ready10, ms)} | – | – |`,
    `| 100 instances ready (from navigation start) | ${cell(r[side].ready100, ms)} | – | – |`,
    `| 100 instances, from the bundle received to ready | ${cell(r[side].upgrade100, ms)} | – | – |`,
    `| JS heap after 100 instances (minus the page without the bundle) | ${cell(r[side].heap100, mB)} | – | – |`,
    `| Blink heap (DOM, style, layout) after 100 instances, minus the same baseline | ${cell(r[side].blink100, mB)} | – | – |`,
    `| DOM nodes after 100 instances | ${cell(r[side].nodes100, count)} | – | – |`,
    `| Layout shift while upgrading, with the reserving CSS below | ${cell(r[side]['shift-reserved'], shift)} | 0 | ${verdict(shiftOk(side))} |`,
    `| Layout shift while upgrading, the same CSS, ${run.narrow.width} px wide viewport | ${cell(r[side]['shift-reserved-narrow'], shift)} | 0 | ${verdict(shiftOk(side, 'shift-reserved-narrow'))} |`,
    `| Layout shift while upgrading, no reserving CSS at all | ${cell(r[side]['shift-bare'], shift)} | – | – |`,
    `| Main-thread time, ${run.presses} ${side === 'quiz' ? 'clicks (see method)' : 'ArrowRight presses'}, reduced motion | ${cell(r[side]['presses-task'], ms)} | – | – |`,
    `| … above the harness floor (${cell(r.floor['presses-task'], ms)}) | ${cell(r[side]['presses-net'], ms)} | – | – |`,
    `| Main-thread CPU time (ThreadTime) of the same, above its floor | ${cell(r[side]['presses-cpu'], ms)}, ${cell(r[side]['presses-cpuNet'], ms)} above | – | – |`,
    `| … of which script / style / layout | ${cell(r[side]['presses-script'], ms)} / ${cell(r[side]['presses-style'], ms)} / ${cell(r[side]['presses-layout'], ms)} | – | – |`,
  ];

  const lazy = (side) =>
    sizes[side].lazy.map((c) => `\`${c.file}\` ${kB(c.gzip)}`).join(', ') || 'none';
  const requested = (side) => {
    const urls = run.network[side] ?? [];
    const data = urls.filter((u) => u.startsWith('data:')).length;
    const listed = urls.filter((u) => !u.startsWith('data:')).map((u) => `\`${u}\``);
    if (data) listed.push(`${data} \`data:\` URL${data > 1 ? 's' : ''} (the arrow icons)`);
    return listed.join(', ') || 'nothing';
  };

  const cpus = os.cpus();
  const md = `# Benchmarks

<!-- Generated by bench/run.mjs: do not edit by hand, run \`npm run bench\`. -->

The benchmark of issue 7: each widget's self-contained CDN bundle (\`dist/cdn/\`), and the tip
carousel against Shoelace's carousel bundled the same way, in one headless Chromium run.

## Machine and versions

- Run: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, ${run.rounds} rounds, ${run.seconds.toFixed(0)} s in all.
- Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM.
- Load average (1, 5, 15 min) at the start ${run.load.before.map((v) => v.toFixed(1)).join(', ')}, at the end ${run.load.after.map((v) => v.toFixed(1)).join(', ')}: other work on the machine slows both sides alike, since they are interleaved, but widens the spread; the CPU-time rows (\`ThreadTime\`) are the least disturbed by it.
- OS: ${osName()}. Node.js ${process.version}. ${run.chromium.replace(/^(Headless)?Chrome\//, 'Chromium ')} (headless).
- Packages: @digileder/widgets ${version('package.json')}, @shoelace-style/shoelace ${version('node_modules/@shoelace-style/shoelace/package.json')}, lit ${version('node_modules/lit/package.json')} (both bundles inline this one copy), vite ${version('node_modules/vite/package.json')}, puppeteer-core ${version('node_modules/puppeteer-core/package.json')}.

## Targets

| Target (ratio to Shoelace in the same run) | Ratio | Result |
| --- | --- | --- |
${summary
  .map(
    (s) =>
      `| ${s.label}${s.target === undefined ? '' : ` ≤ ${s.target}×`} | ${s.ratio === undefined ? '–' : x(s.ratio)} | ${verdict(s.ok)} |`,
  )
  .join('\n')}

## Tip carousel against Shoelace's carousel

${carouselTable.join('\n')}

## Archetype quiz (no peer: absolute figures)

${single('quiz', '`<digi-archetype-quiz>`').join('\n')}

## Strategy wheel (no peer: absolute figures)

${single('wheel', '`<digi-strategy-wheel>`').join('\n')}

## Bundles and requests

- Sizes are gzip level 9 of the minified main file, JS only (1 kB = 1000 bytes), as \`npm run size\`
  counts them. Shoelace's carousel bundle is ${kB(sizes.shoelace.gzip)} with its lit templates
  minified by our own template minifier (\`scripts/minify-templates.mjs\`), as ours are, and
  ${kB(sizes.shoelace.raw)} with its templates as published; the ratio uses the smaller.
- Our bundles carry their built-in Danish content (the ${run.tips} tips, the quiz, the themes); Shoelace's
  carries none: its page holds the same ${run.tips} tips as HTML.
- Lazy chunks beside our bundles, loaded only for English or custom content (\`src\`, inline JSON,
  light-DOM children): carousel ${lazy('carousel')}; quiz ${lazy('quiz')}; wheel ${lazy('wheel')}.
- Requests the 1-instance pages made (round 1, after ready and settled, the page itself left out):
  carousel ${requested('carousel')}; Shoelace ${requested('shoelace')}; quiz ${requested('quiz')};
  wheel ${requested('wheel')}. With the built-in Danish content each of ours loads just its main file.
  Shoelace's arrows are \`sl-icon\`s from its "system" library, inline \`data:\` URLs; its assets
  folder is served (the \`data-shoelace\` base path) but nothing is fetched from it.

## Method

\`npm run bench\` (\`bench/run.mjs\`) builds our bundles (\`node scripts/build.mjs\`; \`--no-build\`
skips it), bundles Shoelace's carousel with a Vite library build of an entry importing only
\`@shoelace-style/shoelace/dist/components/carousel/carousel.js\` and \`carousel-item/carousel-item.js\`
(ES format, \`rolldownOptions.output.minify\`, lit inlined: the options \`scripts/build.mjs\` gives
our CDN files), serves both from 127.0.0.1, and drives one headless Chromium with puppeteer-core.
Every measurement opens a new incognito browser context (no cache, no shared state), 1280×800.
Each round runs every measurement for every side, interleaved (ours, Shoelace, ours, Shoelace…,
who goes first alternating by round); the tables give the median of ${run.rounds} rounds and the
lowest and highest value.

The pages: a heading, a paragraph, the widget(s) each in a \`<div>\` (\`main\` is 48rem wide), a
paragraph below, and the module \`<script>\` at the end of \`<body>\`, so the elements are in the HTML
before the bundle loads. Ours use their built-in Danish content. Shoelace gets the same ${run.tips} tips,
read from our carousel's rendered slides (title, paragraphs, link) into \`<sl-carousel-item>\`s, with
\`navigation pagination loop\` (\`loop\` because ours wraps after the last tip; it adds two cloned
slides).

**Ready**, the same for both: the tag is defined; every custom element of every instance (the
widget; for Shoelace also its \`sl-carousel-item\`s and the \`sl-icon\`s in its shadow root, ours
being single elements) has resolved \`updateComplete\`; and on every instance the first slide's title (the
quiz's intro heading, the wheel's first theme title) and a control's icon (the next arrow; the
quiz's Start button; a wheel segment) have a non-zero box and are visible; for Shoelace, the first
real slide must also lie within its scroll container (with \`loop\` it starts on a clone). A script
installed before the page's own (\`evaluateOnNewDocument\`) checks this after each render, frame by
frame, and records \`performance.now()\`: milliseconds from navigation start. "From the bundle
received" subtracts the bundle's \`responseEnd\` (Resource Timing), leaving parse, compile,
registration, upgrade and first render.

**Heap**: after the 100-instance page is ready and two frames have passed, CDP
\`HeapProfiler.collectGarbage\` (twice) and \`Runtime.getHeapUsage\` (\`usedSize\`), minus the same
measure on the same page without the \`<script>\` (a fresh context each, same round). DOM nodes are
CDP \`Performance.getMetrics\` \`Nodes\`.

**Layout shift**: a \`PerformanceObserver({ type: 'layout-shift', buffered: true })\` installed
before the page's scripts sums every shift without recent input, from navigation until ${run.settleMs} ms
after ready (icons, fonts). One instance per page. On these pages the bundle is imported only after
two animation frames, so the upgrade always follows a first paint, as when the bundle comes over a
real network (from 127.0.0.1 it could otherwise run before anything was painted, and no shift could
be seen). Each of ours is measured again in a ${run.narrow.width}×800 viewport with the same CSS (the
README's rules are fixed heights; the widgets grow taller when narrow). The reserving CSS, in the page's \`<style>\`:

- ours, the README's "Reserving space before the script runs" rules, copied from README.md at run
  time:

  \`\`\`css
${run.css.ours.replace(/^/gm, '  ')}
  \`\`\`

- Shoelace publishes no such rule; its docs advise \`:not(:defined) { visibility: hidden }\` against a
  flash of unstyled content. We gave it that plus its exact upgraded height, measured in the same
  run (the best an editor could do):

  \`\`\`css
${run.css.shoelace.replace(/^/gm, '  ')}
  \`\`\`

"No reserving CSS" is the same page with none of these rules.

**Interaction**: one instance; after ready and after any entry animation, real input through CDP
(puppeteer's keyboard and mouse), ${run.presses} times, each one waited out before the next, as a
reader reads each tip: every part's \`updateComplete\`, Shoelace's smooth scroll to its end
(\`scrollend\` until its \`scrolling\` and \`pendingSlideChange\` flags are down; it drops presses
that come while it scrolls), the shadow root's animations and transitions (\`finished\`), then one
frame. The waits use events and promises, not frame-by-frame polling, so the harness adds no
frames of its own to the motion. Main-thread time is the change in CDP \`Performance.getMetrics\`
\`TaskDuration\` over the ${run.presses} presses (with its \`ScriptDuration\`,
\`RecalcStyleDuration\`, \`LayoutDuration\` parts). It includes the harness's own cost (the input
dispatch and the small evaluations that wait); the **harness floor** measures that alone (the same
presses and waits on a page with one plain button and no widget, each round) and the "above the
floor" rows subtract it, round by round. Carousels: ${run.interactions.carousel} (ours) and
${run.interactions.shoelace} (Shoelace); both end on tip ${(run.presses % run.tips) + 1}, which the
script checks. Motion is not emulated in the main row (ours fades the new tip in over 0.25 s,
Shoelace scrolls its track smoothly); the reduced-motion row emulates
\`prefers-reduced-motion: reduce\` for both (ours drops the fade, Shoelace scrolls instantly). The
quiz and the wheel, which have no peer, are measured under reduced motion only (their figure is the
interaction's own work; waiting out their fades would only lengthen the run). Wheel:
${run.interactions.wheel} (selection follows focus; 5 themes, so it ends where it began). Quiz:
${run.presses} mouse clicks, each the next thing a reader does: Start, an answer (the option
cycling with the click count), Next, …, Finish, then Restart on the result, and again.

${
  run.problems.length
    ? `## Problems during the run\n\n${run.problems.map((p) => `- ${p}`).join('\n')}\n`
    : 'No page error, console error or failed request in any page of the run.\n'
}`;
  const config = (await prettier.resolveConfig(run.file)) ?? {};
  writeFileSync(run.file, await prettier.format(md, { ...config, parser: 'markdown' }));
}

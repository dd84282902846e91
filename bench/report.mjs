// Writes BENCHMARKS.md from one full run's figures: the machine, the versions, the targets of
// issues 15 and 7 met or missed, what the reader waits for, the detailed tables (median and min–max
// of each metric, the ratio to Shoelace), where the main-thread time goes, and the method.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as prettier from 'prettier';
import { method } from './method.mjs';
import { metrics } from './metrics.mjs';
import { cell, median, times, units } from './stats.mjs';

export function osName() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const name = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1];
    if (name) return `${name}, ${os.type()} ${os.release()}`;
  } catch {
    // not Linux
  }
  return `${os.type()} ${os.release()}`;
}

const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const verdict = (ok) => (ok === undefined ? '–' : ok ? '**met**' : '**missed**');
const load = (values) => values.map((v) => v.toFixed(1)).join(', ');

export async function writeReport(run) {
  const { results: r, sizes, meta } = run;
  const m = (side, key) => median(r[side][key]);
  const q = (key, a = 'carousel', b = 'shoelace') => m(a, key) / m(b, key);
  const c = (side, key) => cell(r[side][key], metrics[key].unit);
  const targets = [];
  /** Records a target and returns its result cell. */
  const target = (issue, label, ratio, goal, ok) => {
    targets.push({ issue, label, ratio, goal, ok });
    return verdict(ok);
  };

  // --- What the reader waits for: the carousel against Shoelace (issue 15) -------------------------
  /** Ours against Shoelace; `goal`: the highest ratio allowed (a target of `issue`), if any. */
  const ratioRow = (key, { label = metrics[key].label, goal, issue = 15 } = {}) => {
    const ratio = q(key);
    return [
      label,
      c('carousel', key),
      c('shoelace', key),
      times(ratio),
      goal === undefined ? '–' : `≤ ${goal}×`,
      goal === undefined ? '–' : target(issue, label, times(ratio), `≤ ${goal}×`, ratio <= goal),
    ];
  };
  const lighthouseRows = (prefix, page) => {
    const score = m('carousel', `${prefix}-score`);
    const cls = m('carousel', `${prefix}-cls`);
    const tbt = [m('carousel', `${prefix}-tbt`), m('shoelace', `${prefix}-tbt`)];
    const name = `Lighthouse mobile, ${page}`;
    return [
      [
        `${name}: performance score`,
        c('carousel', `${prefix}-score`),
        c('shoelace', `${prefix}-score`),
        '–',
        '100',
        target(15, `${name}: score 100`, units.score(score), '100', score >= 100),
      ],
      [
        `${name}: CLS`,
        c('carousel', `${prefix}-cls`),
        c('shoelace', `${prefix}-cls`),
        '–',
        '≤ 0.02',
        target(15, `${name}: CLS ≤ 0.02`, units.shift(cls), '≤ 0.02', cls <= 0.02),
      ],
      [
        `${name}: TBT`,
        c('carousel', `${prefix}-tbt`),
        c('shoelace', `${prefix}-tbt`),
        times(tbt[0] / tbt[1]),
        '≤ Shoelace',
        target(
          15,
          `${name}: TBT ≤ Shoelace's`,
          `${units.ms(tbt[0])} vs ${units.ms(tbt[1])}`,
          "≤ Shoelace's",
          tbt[0] <= tbt[1],
        ),
      ],
      ratioRow(`${prefix}-lcp`, { label: `${name}: LCP` }),
    ];
  };
  const head = (ours, peer) => [
    'Measure',
    `${ours} median (min–max)`,
    `${peer} median (min–max)`,
    'Ratio',
    'Goal',
    'Result',
  ];
  const readerCarousel = table(head('`<digi-tip-carousel>`', 'Shoelace `<sl-carousel>`'), [
    ratioRow('insert-frame', { goal: 0.3 }),
    ratioRow('insert-ready'),
    ratioRow('nodes', { goal: 0.5 }),
    ...['elements', 'comments', 'shadowNodes'].map((key) => ratioRow(key)),
    ratioRow('presses-busy', {
      label: `${run.presses} next presses: main-thread busy (trace)`,
      goal: 0.5,
    }),
    ratioRow('pressesReduced-busy', {
      label: `${run.presses} next presses, reduced motion: main-thread busy (trace)`,
      goal: 0.5,
    }),
    ...lighthouseRows('lh', 'the snippet alone'),
    ...lighthouseRows('lhText', 'the snippet between text'),
  ]);
  const floor = table(
    ['Measure', 'bare Lit element', 'Shoelace `<sl-carousel>`', 'Ratio', 'our carousel ÷ bare'],
    ['insert-frame', 'insert-ready', 'nodes', 'ready100', 'heap100'].map((key) => [
      metrics[key].label,
      c('bare', key),
      c('shoelace', key),
      times(q(key, 'bare')),
      times(q(key, 'carousel', 'bare')),
    ]),
  );

  // --- Quiz and wheel: absolute figures -----------------------------------------------------------
  const absolute = (key, goal, ok) => [
    metrics[key].label,
    c('quiz', key),
    c('wheel', key),
    goal ?? '–',
    ok
      ? verdict(
          ['quiz', 'wheel']
            .map((side) => {
              const pass = ok(m(side, key));
              const name = `${side === 'quiz' ? 'Quiz' : 'Wheel'}: ${metrics[key].label}`;
              target(15, name, units[metrics[key].unit](m(side, key)), goal, pass);
              return pass;
            })
            .every(Boolean),
        )
      : '–',
  ];
  const readerOthers = table(
    [
      'Measure',
      '`<digi-archetype-quiz>` median (min–max)',
      '`<digi-strategy-wheel>` median (min–max)',
      'Goal',
      'Result',
    ],
    [
      absolute('insert-frame'),
      absolute('insert-ready'),
      absolute('nodes'),
      absolute('elements'),
      absolute('comments'),
      absolute('shadowNodes'),
      absolute('heap100'),
      ...['lh', 'lhText'].flatMap((prefix) => [
        absolute(`${prefix}-score`, '100', (v) => v >= 100),
        absolute(`${prefix}-cls`, '≤ 0.02', (v) => v <= 0.02),
        absolute(`${prefix}-tbt`),
        absolute(`${prefix}-lcp`),
      ]),
    ],
  );

  // --- Issue 7's targets and the detailed tables --------------------------------------------------
  const bundleRatio = sizes.carousel.gzip / sizes.shoelace.gzip;
  const shiftOk = (side, key = 'shift-reserved') => Math.max(...r[side][key]) === 0;
  const ours = ['carousel', 'quiz', 'wheel'];
  const carouselDetail = table(head('`<digi-tip-carousel>`', 'Shoelace `<sl-carousel>`'), [
    [
      'Bundle, min+gzip (JS only, main file)',
      units.kB(sizes.carousel.gzip),
      units.kB(sizes.shoelace.gzip),
      times(bundleRatio),
      '≤ 0.8×',
      target(7, 'Carousel bundle, min+gzip', times(bundleRatio), '≤ 0.8×', bundleRatio <= 0.8),
    ],
    [
      "The same tips' content included: ours (in the bundle) against Shoelace's bundle plus the tips' HTML, gzipped apart",
      units.kB(sizes.carousel.gzip),
      units.kB(sizes.shoelace.gzip + sizes.shoelace.content),
      times(sizes.carousel.gzip / (sizes.shoelace.gzip + sizes.shoelace.content)),
      '–',
      '–',
    ],
    ...['ready1', 'ready10'].map((key) => ratioRow(key)),
    ratioRow('ready100', { goal: 0.3, issue: 7 }),
    ...['upgrade1', 'upgrade10', 'upgrade100'].map((key) => ratioRow(key)),
    ratioRow('heap100', { goal: 0.5, issue: 7 }),
    ...['blink100', 'nodes100'].map((key) => ratioRow(key)),
    [
      metrics['shift-reserved'].label,
      c('carousel', 'shift-reserved'),
      c('shoelace', 'shift-reserved'),
      '–',
      '0',
      verdict(shiftOk('carousel')),
    ],
    [
      `Layout shift while upgrading, the same CSS, ${run.narrow.width} px wide viewport`,
      c('carousel', 'shift-reserved-narrow'),
      'not measured (its reservation is for 1280 px)',
      '–',
      '0',
      verdict(shiftOk('carousel', 'shift-reserved-narrow')),
    ],
    ratioRow('shift-bare'),
    ...[
      'presses-cpu',
      'presses-wall',
      'presses-net',
      'presses-cpuNet',
      'pressesReduced-cpu',
      'pressesReduced-net',
    ].map((key) => ratioRow(key)),
    [
      `Harness floor: ${run.presses} Enter presses on a plain button, same waits, no widget (trace busy)`,
      c('floor', 'presses-busy'),
      '(same page set)',
      '–',
      '–',
      '–',
    ],
  ]);
  targets.push({
    issue: 7,
    label: 'Layout shift 0 with the IT guide’s reservation, every widget, every round (1280 px)',
    ok: ours.every((side) => shiftOk(side)),
  });
  targets.push({
    issue: 7,
    label: `The same at a ${run.narrow.width} px wide viewport`,
    ok: ours.every((side) => shiftOk(side, 'shift-reserved-narrow')),
  });

  const single = (side, what) =>
    table(
      ['Metric', `${what} median (min–max)`, 'Target', 'Result'],
      [
        ['Bundle, min+gzip (JS only, main file)', units.kB(sizes[side].gzip), '–', '–'],
        ...['ready1', 'ready10', 'ready100', 'upgrade100', 'heap100', 'blink100', 'nodes100'].map(
          (key) => [metrics[key].label, c(side, key), '–', '–'],
        ),
        [metrics['shift-reserved'].label, c(side, 'shift-reserved'), '0', verdict(shiftOk(side))],
        [
          `Layout shift while upgrading, the same CSS, ${run.narrow.width} px wide viewport`,
          c(side, 'shift-reserved-narrow'),
          '0',
          verdict(shiftOk(side, 'shift-reserved-narrow')),
        ],
        [metrics['shift-bare'].label, c(side, 'shift-bare'), '–', '–'],
        [
          `${run.presses} ${side === 'quiz' ? 'clicks (see method)' : 'ArrowRight presses'}, reduced motion: main-thread busy (trace)`,
          c(side, 'presses-busy'),
          '–',
          '–',
        ],
        ...['presses-net', 'presses-cpu', 'presses-cpuNet'].map((key) => [
          metrics[key].label,
          c(side, key),
          '–',
          '–',
        ]),
      ],
    );

  // --- Where the main-thread time goes ------------------------------------------------------------
  const parts = ['busy', 'script', 'compile', 'styleLayout', 'paint', 'gc', 'parse', 'other'];
  const breakdown = (prefix, sides) =>
    table(
      ['Part', ...sides.map((side) => (side === 'floor' ? 'harness floor' : side))],
      parts.map((part) => [
        part === 'busy'
          ? '**Main-thread busy, all**'
          : metrics[`${prefix}-${part}`].label.replace(/^.*… of which /, ''),
        ...sides.map((side) => cell(r[side][`${prefix}-${part}`], 'ms')),
      ]),
    );

  const lazy = (side) =>
    sizes[side].lazy.map((chunk) => `\`${chunk.file}\` ${units.kB(chunk.gzip)}`).join(', ') ||
    'none';
  const requested = (side) => {
    const urls = run.network[side] ?? [];
    const data = urls.filter((u) => u.startsWith('data:')).length;
    const listed = urls.filter((u) => !u.startsWith('data:')).map((u) => `\`${u}\``);
    if (data) listed.push(`${data} \`data:\` URL${data > 1 ? 's' : ''} (the arrow icons)`);
    return listed.join(', ') || 'nothing';
  };

  const v = meta.versions;
  const md = `# Benchmarks

<!-- Generated by bench/run.mjs: do not edit by hand, run \`npm run bench\`. -->

The benchmark of issues 7 and 15: each widget's self-contained CDN bundle (\`dist/cdn/\`), and the
tip carousel against Shoelace's carousel bundled the same way, in one headless Chromium run; what
the reader waits for (100 instances inserted until the frame that shows them, DOM nodes, the
main-thread time of 100 presses from a trace, Lighthouse on the README's snippet), and
when the widgets report ready.

## Machine and versions

- Run: ${meta.date}, commit \`${meta.commit.slice(0, 10)}\`${meta.dirty ? ' with uncommitted changes' : ''}, ${meta.rounds} round${meta.rounds > 1 ? 's' : ''}, ${meta.seconds.toFixed(0)} s in all.
- Machine: ${meta.machine.cpu}, ${meta.machine.cores} cores, ${(meta.machine.memory / 2 ** 30).toFixed(1)} GiB RAM.
- Load average (1, 5, 15 min) at the start ${load(meta.load.before)}, at the end ${load(meta.load.after)}: other work on the machine slows both sides alike, since they are interleaved, but widens the spread; the CPU-time rows (\`ThreadTime\`) are the least disturbed by it.
- OS: ${meta.machine.os}. Node.js ${meta.node}. ${meta.chromium.replace(/^(Headless)?Chrome\//, 'Chromium ')} (headless).
- Packages: @digileder/widgets ${v.widgets}, @shoelace-style/shoelace ${v.shoelace}, lit ${v.lit} (every bundle inlines this one copy), vite ${v.vite}, puppeteer-core ${v.puppeteer}, Lighthouse ${v.lighthouse} (${meta.lighthouse?.settings ?? 'mobile'}), chrome-launcher ${v.chromeLauncher}.

## Targets

${table(
  ['Issue', 'Target', 'Figure', 'Goal', 'Result'],
  targets.map((t) => [String(t.issue), t.label, t.ratio ?? '–', t.goal ?? '–', verdict(t.ok)]),
)}

## What the reader waits for: the tip carousel against Shoelace's

${readerCarousel}

The floor: a trivial Lit element (a heading, a line of text and a button; ${units.kB(sizes.bare.gzip)}
min+gzip with lit) measured the same way, so the figures above can be read against what any Lit
element costs.

${floor}

## What the reader waits for: the quiz and the wheel (no peer: absolute figures)

${readerOthers}
${
  run.comparison
    ? `
## Before and after

${run.comparison}
`
    : ''
}
## Tip carousel against Shoelace's carousel, in detail

${carouselDetail}

## Archetype quiz, in detail

${single('quiz', '`<digi-archetype-quiz>`')}

## Strategy wheel, in detail

${single('wheel', '`<digi-strategy-wheel>`')}

## Where the main-thread time goes

Self time of the traced tasks by Lighthouse's task groups (see Method), medians. ${run.inserted}
instances inserted until the frame that shows them:

${breakdown('insert', ['carousel', 'shoelace', 'quiz', 'wheel', 'bare'])}

${run.presses} presses (carousels: motion as the reader's system has it; quiz and wheel: reduced
motion), and the carousels under reduced motion:

${breakdown('presses', ['carousel', 'shoelace', 'quiz', 'wheel', 'floor'])}

${breakdown('pressesReduced', ['carousel', 'shoelace', 'floor'])}

## Bundles and requests

- Sizes are gzip level 9 of the minified main file, JS only (1 kB = 1000 bytes), as \`npm run size\`
  counts them. Shoelace's carousel bundle is ${units.kB(sizes.shoelace.gzip)} with its lit templates
  minified by our own template minifier (\`scripts/minify-templates.mjs\`), as ours are, and
  ${units.kB(sizes.shoelace.raw)} with its templates as published; the ratio uses the smaller. The
  bundle of all three widgets that the README's snippet loads, \`digileder-widgets.js\`, is ${units.kB(sizes.all.gzip)}.
- Our bundles carry their built-in Danish content (the ${run.tips} tips, the quiz, the themes); Shoelace's
  carries none: its page holds the same ${run.tips} tips as HTML.
- Lazy chunks beside our bundles, loaded only for English or custom content (\`src\`, inline JSON,
  light-DOM children): carousel ${lazy('carousel')}; quiz ${lazy('quiz')}; wheel ${lazy('wheel')}.
- Requests the 1-instance pages made (round 1, after ready and settled, the page itself left out):
  carousel ${requested('carousel')}; Shoelace ${requested('shoelace')}; quiz ${requested('quiz')};
  wheel ${requested('wheel')}. With the built-in Danish content each of ours loads just its main file.
  Shoelace's arrows are \`sl-icon\`s from its "system" library, inline \`data:\` URLs; its assets
  folder is served (the \`data-shoelace\` base path) but nothing is fetched from it.

${method(run)}
${
  run.problems.length
    ? `## Problems during the run\n\n${run.problems.map((p) => `- ${p}`).join('\n')}\n`
    : 'No page error, console error, failed request or Lighthouse warning in any page of the run.\n'
}`;
  const config = (await prettier.resolveConfig(run.file)) ?? {};
  writeFileSync(run.file, await prettier.format(md, { ...config, parser: 'markdown' }));
}

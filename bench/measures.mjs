// The measurements of one round, each run once per side (in a fresh page, see browser.mjs). Every
// measure belongs to a group that `--measures` can pick, and names the sides it applies to.
import { join } from 'node:path';
import { runLighthouse } from './lighthouse.mjs';
import { subjects } from './pages.mjs';
import { measurePresses, settle } from './presses.mjs';

export const INSTANCES = [1, 10, 100];
/** How long after ready a layout-shift page is watched for late shifts (icons, fonts). */
export const SETTLE_MS = 500;
/** A phone-sized viewport for the second layout-shift check of our widgets. */
export const NARROW = { width: 375, height: 800 };
/** How many instances the insertion test adds. */
export const INSERTED = 100;

export const GROUPS = ['ready', 'insert', 'shift', 'presses', 'lighthouse'];
const OURS = ['carousel', 'quiz', 'wheel'];
const PAGES = [...OURS, 'shoelace'];

/**
 * `ctx`: `{ h, urls, add, problems, network, serverBase, chromePath, keepDir }`: the harness,
 * each side's page URLs, `add(side, metric, value)`, the problem list, the 1-instance pages'
 * requests (filled in round 1), and where the last round keeps its traces and Lighthouse reports
 * (`keepDir(name)` returns a path, or undefined when not kept).
 */
export function measures(ctx) {
  const { h, urls, add, problems } = ctx;
  const addAll = (side, prefix, record) => {
    for (const [k, v] of Object.entries(record)) add(side, `${prefix}-${k}`, v);
  };

  const readyMeasures = INSTANCES.map((n) => ({
    name: `ready${n}`,
    group: 'ready',
    sides: [...PAGES, 'bare'],
    async run(side, round) {
      return h.inFreshPage(side, urls[side][`ready${n}`], async (page, cdp, requests) => {
        const r = await h.ready(page);
        if (r.count !== n) problems.push(`${side}: ${r.count} instances on the ${n}-instance page`);
        add(side, `ready${n}`, r.at);
        add(side, `upgrade${n}`, r.at - r.bundleEnd);
        if (n === 1 && round === 0 && side !== 'bare') {
          await settle(page, subjects[side].tag);
          ctx.network[side] = requests
            .filter((u) => !u.endsWith('.html'))
            .map((u) => u.replace(ctx.serverBase, '/'));
        }
        if (n === 100) {
          const count = await page.evaluate(() => window.__bench.countNodes());
          add(side, 'nodes', count.nodes / count.instances);
          add(side, 'elements', count.elements / count.instances);
          add(side, 'comments', count.comments / count.instances);
          add(side, 'shadowNodes', count.shadow / count.instances);
          const { heap, blink, nodes } = await h.heapAfterGc(page, cdp);
          add(side, 'heapRaw100', heap);
          add(side, 'blinkRaw100', blink);
          add(side, 'nodes100', nodes);
        }
      });
    },
  }));

  const baseline = {
    name: 'baseline',
    group: 'ready',
    sides: [...PAGES, 'bare'],
    async run(side) {
      return h.inFreshPage(side, urls[side].baseline, async (page, cdp) => {
        const { heap, blink } = await h.heapAfterGc(page, cdp);
        add(side, 'heapBase', heap);
        add(side, 'blinkBase', blink);
      });
    },
  };

  /** The bundle loaded and the tag defined, two frames painted: the page is at rest. */
  const atRest = (page) =>
    page.evaluate(async () => {
      await window.__bench.defined();
      await window.__bench.frame();
      await window.__bench.frame();
    });
  const insert = (page, side) =>
    page.evaluate((m, n) => window.__bench.insert(m, n), subjects[side].markup(), INSERTED);

  const insertMeasures = [
    {
      name: 'insert',
      group: 'insert',
      sides: [...PAGES, 'bare'],
      async run(side) {
        return h.inFreshPage(side, urls[side].empty, async (page) => {
          await atRest(page);
          const r = await insert(page, side);
          if (r.count !== INSERTED) problems.push(`${side}: ${r.count} instances inserted`);
          add(side, 'insert-ready', r.ready);
          add(side, 'insert-frame', r.frame);
        });
      },
    },
    {
      // The same again, traced (tracing costs a little time of its own, so the figures above are
      // taken without it).
      name: 'insert-traced',
      group: 'insert',
      sides: [...PAGES, 'bare'],
      async run(side, round) {
        return h.inFreshPage(side, urls[side].empty, async (page) => {
          await atRest(page);
          const { trace } = await h.traced(
            page,
            () => insert(page, side),
            ctx.keepDir(round, `${side}-insert.json`),
          );
          add(side, 'insert-busy', trace.busy);
          addAll(side, 'insert', trace.parts);
        });
      },
    },
  ];

  const shiftMeasures = ['reserved', 'bare', 'reserved-narrow'].map((variant) => ({
    name: `shift-${variant}`,
    group: 'shift',
    // Shoelace's reservation is its height at 1280 px; a phone-width one would need another.
    sides: variant === 'reserved-narrow' ? OURS : PAGES,
    async run(side) {
      const narrow = variant === 'reserved-narrow';
      return h.inFreshPage(
        side,
        urls[side][narrow ? 'reserved' : variant],
        async (page) => {
          await h.ready(page);
          const sum = await page.evaluate(async (wait) => {
            await new Promise((done) => setTimeout(done, wait));
            await window.__bench.frame();
            return window.__bench.shifts.reduce((a, b) => a + b, 0);
          }, SETTLE_MS);
          add(side, `shift-${variant}`, sum);
        },
        { viewport: narrow ? NARROW : undefined },
      );
    },
  }));

  const pressMeasures = [
    {
      name: 'presses',
      group: 'presses',
      sides: PAGES,
      extra: ['floor'],
      async run(side, round) {
        // The quiz and the wheel have no peer: measured under reduced motion, so their figure is
        // the interaction's own work and the run stays short (waiting out each fade costs time).
        const r = await measurePresses(h, side, side === 'floor' ? urls.floor : urls[side].ready1, {
          reducedMotion: side === 'quiz' || side === 'wheel',
          problems,
          keep: ctx.keepDir(round, `${side}-presses.json`),
        });
        addAll(side, 'presses', r);
      },
    },
    {
      name: 'presses-reduced',
      group: 'presses',
      sides: ['carousel', 'shoelace'],
      extra: ['floor'],
      async run(side, round) {
        const r = await measurePresses(h, side, side === 'floor' ? urls.floor : urls[side].ready1, {
          reducedMotion: true,
          problems,
          keep: ctx.keepDir(round, `${side}-presses-reduced.json`),
        });
        addAll(side, 'pressesReduced', r);
      },
    },
  ];

  const lighthouseMeasures = [
    ['lh', 'snippet'],
    ['lhText', 'snippetText'],
  ].map(([prefix, page]) => ({
    name: prefix,
    group: 'lighthouse',
    sides: PAGES,
    async run(side, round) {
      const keep = ctx.keepDir(round, `${side}-${page}.lighthouse.json`, true);
      const r = await runLighthouse(urls[side][page], ctx.chromePath, keep);
      for (const warning of r.warnings) problems.push(`Lighthouse, ${side} ${page}: ${warning}`);
      ctx.lighthouse = { version: r.version, settings: r.settings };
      addAll(side, prefix, { score: r.score, cls: r.cls, tbt: r.tbt, lcp: r.lcp, fcp: r.fcp });
    },
  }));

  return [
    ...readyMeasures,
    baseline,
    ...insertMeasures,
    ...shiftMeasures,
    ...pressMeasures,
    ...lighthouseMeasures,
  ];
}

/** The path of a kept file in `dir`, in the last round only. */
export const keeper = (dir, rounds, always) => (round, file, lighthouse) =>
  round === rounds - 1 && (always || lighthouse) ? join(dir, file) : undefined;

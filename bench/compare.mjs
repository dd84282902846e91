// Plain tables of a run's figures (the console summary), and before/after against an earlier run's
// results JSON (`--compare`), from the metric catalogue (metrics.mjs).
import { metrics } from './metrics.mjs';
import { cell, median, stats, times } from './stats.mjs';

const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** Every metric the run has for `side`, in the catalogue's order, bundle size first. */
function figures(run, side) {
  const out = [];
  const bundle = run.sizes[side]?.gzip;
  if (bundle !== undefined) out.push(['bundle', 'Bundle, min+gzip', 'kB', [bundle]]);
  for (const [key, m] of Object.entries(metrics)) {
    const values = run.results[side]?.[key];
    if (values?.length) out.push([key, m.label, m.unit, values]);
  }
  return out;
}

/** The run's medians (min–max) for each side, with ours ÷ Shoelace where both were measured. */
export function summary(run) {
  const sides = run.meta.sides;
  const keys = new Map();
  for (const side of sides)
    for (const [key, label, unit] of figures(run, side)) keys.set(key, [label, unit]);
  const value = (side, key) =>
    key === 'bundle'
      ? [run.sizes[side]?.gzip].filter((v) => v !== undefined)
      : run.results[side]?.[key];
  const peer = sides.includes('shoelace') && sides.includes('carousel');
  const rows = [...keys].map(([key, [label, unit]]) => [
    label,
    ...sides.map((side) => cell(value(side, key), unit)),
    ...(peer
      ? [
          value('carousel', key)?.length && value('shoelace', key)?.length
            ? times(median(value('carousel', key)) / median(value('shoelace', key)))
            : '–',
        ]
      : []),
  ]);
  return `${run.meta.rounds} round(s), load average ${run.meta.load.before.map((v) => v.toFixed(1)).join(', ')} at the start, ${run.meta.load.after.map((v) => v.toFixed(1)).join(', ')} at the end.\n\n${table(
    ['Metric, median (min–max)', ...sides, ...(peer ? ['carousel ÷ Shoelace'] : [])],
    rows,
  )}`;
}

/**
 * Before and after, side by side, for every figure both runs have: the medians, the change, and
 * whether the ranges (min–max over the rounds) overlap. Ranges that do not overlap are a change
 * beyond the run-to-run spread; overlapping ones may be noise.
 */
export function compareRuns(before, after) {
  const rows = [];
  for (const side of after.meta.sides) {
    if (!before.results[side] && !before.sizes[side]) continue;
    const old = new Map(figures(before, side).map(([key, , , values]) => [key, values]));
    for (const [key, label, unit, values] of figures(after, side)) {
      const was = old.get(key);
      if (!was) continue;
      const a = stats(was);
      const b = stats(values);
      const change = a.median === 0 ? (b.median === 0 ? 0 : Infinity) : b.median / a.median - 1;
      const higher = metrics[key]?.higher ?? false;
      const apart = b.max < a.min || b.min > a.max;
      const better = higher ? b.median > a.median : b.median < a.median;
      rows.push([
        side,
        label,
        cell(was, unit),
        cell(values, unit),
        Number.isFinite(change) ? `${change > 0 ? '+' : ''}${(change * 100).toFixed(1)} %` : '–',
        b.median === a.median
          ? 'same'
          : apart
            ? better
              ? '**better**'
              : '**worse**'
            : 'within the spread',
      ]);
    }
  }
  const describe = (run) =>
    `${run.meta.commit.slice(0, 10)}${run.meta.dirty ? ' (with uncommitted changes)' : ''}, ${run.meta.date}, ${run.meta.rounds} round(s), load ${run.meta.load.before.map((v) => v.toFixed(1)).join('/')}`;
  const caution =
    'A verdict is only as good as the runs: compare runs of the same rounds made under a similar load (the spread of one round is unknown, and a busy machine slows everything); the CPU-time rows (ThreadTime) are the steadiest.';
  return `Before: ${describe(before)}. After: ${describe(after)}. ${caution}\n\n${table(
    ['Side', 'Metric', 'Before, median (min–max)', 'After', 'Change of the median', 'Verdict'],
    rows,
  )}`;
}

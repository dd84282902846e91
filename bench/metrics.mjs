// Every figure the benchmark records for a side, in one place: its key in the results JSON, its
// label in the tables and its unit. The report, the console summary and the before/after
// comparison all read them from here. Lower is better for all but the Lighthouse score.

/** The parts of a traced stretch of main-thread time (see trace.mjs, `GROUPS`). */
const PARTS = {
  script: 'script evaluation',
  compile: 'script parsing and compiling',
  styleLayout: 'style and layout',
  paint: 'paint, compositing, rendering',
  gc: 'garbage collection',
  parse: 'HTML and CSS parsing',
  other: 'other (task time no trace event accounts for)',
};

/** The trace figures of one traced measure, keyed `${prefix}-busy`, `${prefix}-script`, … */
const traced = (prefix, what) => [
  [`${prefix}-busy`, `${what}: main-thread busy (trace, top-level tasks)`, 'ms'],
  ...Object.entries(PARTS).map(([part, label]) => [
    `${prefix}-${part}`,
    `${what}: … of which ${label}`,
    'ms',
  ]),
];

const lighthouse = (prefix, page) => [
  [`${prefix}-score`, `Lighthouse mobile, ${page}: performance score`, 'score', true],
  [`${prefix}-cls`, `Lighthouse mobile, ${page}: CLS`, 'shift'],
  [`${prefix}-tbt`, `Lighthouse mobile, ${page}: TBT`, 'ms'],
  [`${prefix}-lcp`, `Lighthouse mobile, ${page}: LCP`, 'ms'],
  [`${prefix}-fcp`, `Lighthouse mobile, ${page}: FCP`, 'ms'],
];

const presses = (prefix, what) => [
  ...traced(prefix, what),
  [`${prefix}-net`, `${what}: main-thread busy above the harness floor`, 'ms'],
  [`${prefix}-cpu`, `${what}: main-thread CPU time (ThreadTime)`, 'ms'],
  [`${prefix}-cpuNet`, `${what}: main-thread CPU time above the harness floor`, 'ms'],
  [`${prefix}-wall`, `${what}: wall time`, 'ms'],
];

/** `[key, label, unit, higherIsBetter?]`, in the order the comparison lists them. */
const rows = [
  ['insert-frame', '100 instances inserted → the first frame painted with all of them ready', 'ms'],
  ['insert-ready', '100 instances inserted → ready', 'ms'],
  ...traced('insert', '100 inserted → frame'),
  ['nodes', 'DOM nodes per instance (light and shadow DOM)', 'count'],
  ['elements', '… of which elements', 'count'],
  ['comments', "… of which comments (such as lit's markers)", 'count'],
  ['shadowNodes', '… of which inside shadow roots', 'count'],
  ...lighthouse('lh', 'the snippet alone'),
  ...lighthouse('lhText', 'the snippet between text'),
  ['ready1', 'Load-to-ready, 1 instance (from navigation start)', 'ms'],
  ['ready10', '10 instances ready (from navigation start)', 'ms'],
  ['ready100', '100 instances ready (from navigation start)', 'ms'],
  ['upgrade1', '1 instance, from the bundle received to ready', 'ms'],
  ['upgrade10', '10 instances, from the bundle received to ready', 'ms'],
  ['upgrade100', '100 instances, from the bundle received to ready', 'ms'],
  ['heap100', 'JS heap after 100 instances (minus the page without the bundle)', 'MB'],
  ['blink100', 'Blink heap (DOM, style, layout) after 100 instances, minus the same', 'MB'],
  ['nodes100', 'DOM nodes of the whole 100-instance page (CDP `Nodes`)', 'count'],
  ['shift-reserved', 'Layout shift while upgrading, with the reserving CSS', 'shift'],
  ['shift-reserved-narrow', 'The same, 375 px wide viewport', 'shift'],
  ['shift-bare', 'Layout shift while upgrading, no reserving CSS', 'shift'],
  ...presses('presses', '100 presses'),
  ...presses('pressesReduced', '100 presses, reduced motion'),
];

export const metrics = Object.fromEntries(
  rows.map(([key, label, unit, higher = false]) => [key, { label, unit, higher }]),
);

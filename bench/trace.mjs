// Main-thread time from a Chrome trace (puppeteer-core's `page.tracing`), read with Lighthouse's
// own trace model (its "tracehouse"): the page's renderer main thread, its tasks, and the top-level
// ones among them. Busy time is the sum of the top-level tasks' durations between the page's
// `bench:start` and `bench:end` marks (the tasks holding the marks counted from and up to them); the
// parts are the self times, by Lighthouse's task groups, of those tasks and everything inside them.
import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';

/**
 * The categories recorded: what DevTools' Performance panel records, less the screenshots and the
 * JS sampler (which would add their own cost to the time measured).
 */
export const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink.user_timing',
  'loading',
  '__metadata',
];

/** Lighthouse's task groups, as reported (its `other` is task time no trace event accounts for). */
export const GROUPS = {
  scriptEvaluation: 'script',
  scriptParseCompile: 'compile',
  styleLayout: 'styleLayout',
  paintCompositeRender: 'paint',
  garbageCollection: 'gc',
  parseHTML: 'parse',
  other: 'other',
};

/**
 * Reads a trace (the bytes `page.tracing.stop()` gives): `{ busy, tasks, longest, parts }`, in
 * milliseconds, of the inspected page's main thread between its `bench:start` and `bench:end`
 * marks (the last of each).
 */
export function mainThreadTime(bytes) {
  const { traceEvents } = JSON.parse(Buffer.from(bytes).toString('utf8'));
  const keyEvents = TraceProcessor.filteredTraceSort(
    traceEvents,
    (e) =>
      e.cat.includes('blink.user_timing') ||
      e.cat.includes('loading') ||
      e.cat.includes('devtools.timeline') ||
      e.cat === '__metadata',
  );
  const threads = TraceProcessor.findMainFramePidTids(
    TraceProcessor.findMainFrameIds(keyEvents),
    keyEvents,
  );
  const mark = (name) => keyEvents.findLast((e) => e.name === name && e.pid && threads.has(e.pid));
  const start = mark('bench:start');
  const end = mark('bench:end');
  if (!start || !end) throw new Error('The trace has no bench:start and bench:end marks');
  const mainThreadEvents = TraceProcessor.filteredTraceSort(
    traceEvents,
    (e) => threads.get(e.pid) === e.tid,
  );
  const traceEnd = mainThreadEvents.reduce((max, e) => Math.max(max, e.ts + (e.dur ?? 0)), 0);
  // Times relative to bench:start, in ms.
  const tasks = MainThreadTasks.getMainThreadTasks(mainThreadEvents, [], traceEnd, start.ts);
  const span = (end.ts - start.ts) / 1000;
  const top = tasks.filter((t) => !t.parent && t.endTime > 0 && t.startTime < span);
  // The tasks that hold the marks count from the start mark and up to the end mark only.
  const inside = (t) => Math.min(t.endTime, span) - Math.max(t.startTime, 0);
  const parts = Object.fromEntries(Object.values(GROUPS).map((g) => [g, 0]));
  const add = (task) => {
    parts[GROUPS[task.group.id] ?? 'other'] += task.selfTime;
    task.children.forEach(add);
  };
  top.forEach(add);
  return {
    busy: top.reduce((sum, t) => sum + inside(t), 0),
    tasks: top.length,
    longest: top.reduce((max, t) => Math.max(max, inside(t)), 0),
    parts,
  };
}

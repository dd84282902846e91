// Medians and the units the benchmark's tables print.

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export const stats = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
});

/** Formatters, by unit name. */
export const units = {
  kB: (bytes) => `${(bytes / 1000).toFixed(2)} kB`,
  ms: (v) => `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ms`,
  MB: (bytes) => `${(bytes / 1e6).toFixed(2)} MB`,
  count: (v) => (v >= 100 || Number.isInteger(v) ? v.toFixed(0) : v.toFixed(1)),
  shift: (v) => v.toFixed(4),
  score: (v) => v.toFixed(0),
};

/** "median (min–max)" of `values` in `unit` (a name of `units` or a function); "–" when none. */
export const cell = (values, unit) => {
  const format = typeof unit === 'function' ? unit : units[unit];
  if (!values?.length) return '–';
  const s = stats(values);
  return s.min === s.max
    ? format(s.median)
    : `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
};

/** A ratio as "0.42×". */
export const times = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');

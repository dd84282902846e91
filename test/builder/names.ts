// Names that every object answers to, and JSON text that holds them as its own keys: what the
// builder's lookups by a name from content, storage or the DOM must never reach (issue 16).

/** The names of Object.prototype, `__proto__` among them. */
export const INHERITED: readonly string[] = [
  ...Object.getOwnPropertyNames(Object.prototype),
  '__proto__',
].filter((name, i, all) => all.indexOf(name) === i);

/**
 * JSON text for an object with `entries` (key, JSON text of the value) as its own keys, in that
 * order: `__proto__` becomes an own key, as it does in a JSON file (an object literal in code
 * would set the prototype instead).
 */
export const objectJson = (entries: readonly (readonly [string, string])[]): string =>
  `{${entries.map(([key, json]) => `${JSON.stringify(key)}:${json}`).join(',')}}`;

// Paths into a draft (`questions[2].options[0].label`, the same paths the validation problems
// name) and immutable edits along them: an edit copies the objects and arrays on its path and
// shares everything else, so the shell always gets a fresh draft and the one it gave is untouched.

/** One step of a path: an object key or an array index. */
export type PathKey = string | number;

/** Marks a key to delete in {@link setIn}. */
export const REMOVE: unique symbol = Symbol('remove');

/** `tips[3].title` → `['tips', 3, 'title']`. */
export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    keys.push(match[2] === undefined ? match[1]! : Number(match[2]));
  }
  return keys;
}

/** `join('tips', 3)` → `tips[3]`; `join('tips[3]', 'title')` → `tips[3].title`. */
export function join(base: string, key: PathKey): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

/**
 * `node`'s own property `key`, or `undefined`: never what every object inherits (a key
 * `constructor` or `toString` in content names nothing there).
 */
export function ownValue(node: unknown, key: PathKey): unknown {
  return node !== null && typeof node === 'object' && Object.hasOwn(node, key)
    ? (node as Record<PathKey, unknown>)[key]
    : undefined;
}

/** The value at `path` in `root`, or `undefined`. */
export function getIn(root: unknown, path: string): unknown {
  let value = root;
  for (const key of parsePath(path)) value = ownValue(value, key);
  return value;
}

/** How a plain assignment makes a new property. */
const OWN = { enumerable: true, writable: true, configurable: true } as const;

/**
 * A copy of `root` with `value` at `path` (or the key deleted, for {@link REMOVE}); objects
 * missing on the way are created.
 */
export function setIn<T>(root: T, path: string, value: unknown): T {
  const keys = parsePath(path);
  const put = (node: unknown, depth: number): unknown => {
    const key = keys[depth]!;
    const copy = (
      Array.isArray(node) ? [...(node as unknown[])] : { ...(typeof node === 'object' ? node : {}) }
    ) as Record<PathKey, unknown>;
    const next = depth === keys.length - 1 ? value : put(ownValue(copy, key), depth + 1);
    if (next === REMOVE) Reflect.deleteProperty(copy, key);
    // Defined, not assigned: a key `__proto__` from content is a key like any other.
    else Object.defineProperty(copy, key, { value: next, ...OWN });
    return copy;
  };
  return (keys.length ? put(root, 0) : value) as T;
}

/** A title as an id: lower-case letters, digits and hyphens (`Sammenhængende service` → `sammenhaengende-service`). */
export function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

/** `base`, or `base-2`, `base-3` … : the first not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** `value` when it is a string, else the empty string: drafts are not always well formed. */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * `value` as a list of objects: anything but a list is empty, and an item that is not an object
 * is an empty one, so a malformed draft still renders and its fields can be filled in.
 */
export function records<I>(value: unknown): I[] {
  return Array.isArray(value)
    ? value.map((item: unknown) =>
        item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as I) : ({} as I),
      )
    : [];
}

/** Moves the item at `from` to `to` in a copy of `items`. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/**
 * A careful `localStorage`: values are JSON saved with a version, and nothing here ever throws.
 * `localStorage` may be out of reach (blocked cookies, sandboxed frames: reading it throws), throw
 * on every call, or be full; the caller then simply carries on without persistence.
 */

interface Saved {
  readonly version: string;
  readonly value: unknown;
}

/** Removes `key`; does nothing when storage is unavailable. */
export function removeStored(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to do: there is no storage to clean.
  }
}

/**
 * The value saved under `key` with this `version`, or `undefined` when there is none, it was
 * saved with another version (it is then removed), it is not our JSON, or storage fails.
 */
export function readStored(key: string, version: string): unknown {
  let saved: Partial<Saved> | null;
  try {
    saved = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<Saved> | null;
  } catch {
    return undefined;
  }
  if (saved === null) return undefined;
  if (typeof saved === 'object' && saved.version === version) return saved.value;
  removeStored(key);
  return undefined;
}

/**
 * Saves `value` as JSON under `key` with `version`. Returns false when storage refused it (full,
 * blocked); an older value under `key` is then removed so that it is never resumed by mistake.
 */
export function writeStored(key: string, version: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify({ version, value } satisfies Saved));
    return true;
  } catch {
    removeStored(key);
    return false;
  }
}

/** A short, stable hash of a string (32-bit FNV-1a, base 36): a version for saved values. */
export function hashString(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

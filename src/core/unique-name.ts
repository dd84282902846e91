// Unique default names for landmarks. Two widgets of a kind on one page with the same built-in
// name would give a screen reader two landmarks it cannot tell apart (axe `landmark-unique`).

/** Per default name, who holds which number: slot 0 is the plain name, slot 1 "name 2", … */
const slots = new Map<string, unknown[]>();

/**
 * `name` made unique on the page for `holder`: the first holder keeps `name`, the next ones get
 * " 2", " 3", … in the order they ask. A holder keeps its number until `releaseName()` (or until
 * it asks with another name), and a released number goes to the next holder that asks. Names the
 * editor gave (`label`) are theirs: pass only default names.
 */
export function uniqueName(holder: object, name: string): string {
  const list = slots.get(name) ?? [];
  slots.set(name, list);
  let slot = list.indexOf(holder);
  if (slot < 0) {
    releaseName(holder);
    slot = list.indexOf(undefined);
    list[slot < 0 ? (slot = list.length) : slot] = holder;
  }
  return slot ? `${name} ${slot + 1}` : name;
}

/** Gives back `holder`'s number (when it leaves the page). */
export function releaseName(holder: object): void {
  for (const list of slots.values()) {
    const slot = list.indexOf(holder);
    if (slot >= 0) list[slot] = undefined;
  }
}

// Unique default names for landmarks. Two widgets of a kind on one page with the same built-in
// name would give a screen reader two landmarks it cannot tell apart (axe `landmark-unique`).

/** Per default name, who holds which number: slot 0 is the plain name, slot 1 "name 2", … */
const slots = new Map<string, (object | undefined)[]>();
/** The name each holder has a slot under. */
const held = new WeakMap<object, string>();

/**
 * `name` made unique on the page for `holder`: the first holder keeps `name`, the next ones get
 * " 2", " 3", … in the order they ask. A holder keeps its number until `releaseName()`, and a
 * released number goes to the next holder that asks. Names given by the editor (`label`) are
 * theirs: pass only default names.
 */
export function uniqueName(holder: object, name: string): string {
  if (held.get(holder) !== name) releaseName(holder);
  let list = slots.get(name);
  if (!list) slots.set(name, (list = []));
  let slot = list.indexOf(holder);
  if (slot < 0) {
    slot = list.indexOf(undefined);
    if (slot < 0) slot = list.length;
    list[slot] = holder;
    held.set(holder, name);
  }
  return slot ? `${name} ${slot + 1}` : name;
}

/** Gives back `holder`'s number (when it leaves the page). */
export function releaseName(holder: object): void {
  const list = slots.get(held.get(holder)!);
  const slot = list?.indexOf(holder) ?? -1;
  if (slot >= 0) list![slot] = undefined;
  held.delete(holder);
}

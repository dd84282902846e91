// Unique default names for landmarks. Two widgets of a kind on one page with the same built-in
// name would give a screen reader two landmarks it cannot tell apart (axe `landmark-unique`).

/**
 * Per default name, who holds which number: slot 0 is the plain name, slot 1 "name 2", … Held
 * weakly, so that a widget removed from the page can be collected.
 */
const slots = new Map<string, WeakRef<Element>[]>();

/**
 * `name` made unique on the page for `holder` (a widget, asking while it renders): the first
 * holder keeps `name`, the next ones get " 2", " 3", … in the order they ask. A holder keeps its
 * number while it is in the page (moving it keeps it too); the number of one that has left goes
 * to the next holder that asks. Names the editor gave (`label`) are theirs: pass only default
 * names.
 */
export function uniqueName(holder: Element, name: string): string {
  const list = slots.get(name) ?? [];
  slots.set(name, list);
  const held = list.map((other) => other.deref());
  let slot = held.indexOf(holder);
  if (slot < 0) {
    slot = held.findIndex((other) => !other?.isConnected);
    list[slot < 0 ? (slot = list.length) : slot] = new WeakRef(holder);
  }
  return slot ? `${name} ${slot + 1}` : name;
}

// The height of the tallest of several items (tips, steps, themes), measured once and shared, so
// that a widget showing one item at a time can keep one height without laying out all of them.
//
// A widget registers the area that shows the item with `sizeToTallest()`. One ResizeObserver
// watches every such area on the page; after a layout it gets their widths in one batch, lays the
// items out once per distinct content, width and font in a hidden probe inside the first area that
// needs it, reads that probe's height, removes it, and gives every area with the same content,
// width and font that height as its `min-height`. The change lands before the frame is painted.

/** Draws every item into `into`, stacked in one grid cell (the probe is a grid). */
export type DrawAll = (into: HTMLElement) => void;

/** Heights by content key, then by width and font. */
const heights = new WeakMap<object, Map<string, number>>();
/** What each watched area shows: its content key and how to draw all its items. */
const areas = new WeakMap<Element, [key: object, draw: DrawAll]>();
let observer: ResizeObserver | undefined;

function measure(entries: ResizeObserverEntry[]): void {
  for (const { target, contentRect } of entries) {
    const job = areas.get(target);
    if (!target.isConnected) {
      // Its widget left the page: forget it (sizeToTallest() watches it again on its return).
      areas.delete(target);
      observer!.unobserve(target);
    } else if (job) {
      const known = heights.get(job[0]) ?? new Map<string, number>();
      heights.set(job[0], known);
      const id = `${contentRect.width}${getComputedStyle(target).font}`;
      let height = known.get(id);
      if (!height) {
        // A probe the area's width (`.probe`: hidden, absolute, a grid like the area).
        const probe = document.createElement('div');
        probe.className = 'probe';
        job[1](probe);
        target.append(probe);
        known.set(id, (height = probe.getBoundingClientRect().height));
        probe.remove();
      }
      (target as HTMLElement).style.minHeight = `${height}px`;
    }
  }
}

/**
 * Keeps `area`'s `min-height` at the height of the tallest item `draw` draws, at the area's width.
 * `key` names the content: areas with the same key (and width and font) share one measurement.
 * Call again when the content changes; the area must be `position: relative` and style the
 * probe (`.probe`: absolute, hidden, a grid at the area's width). An area that leaves the page is
 * forgotten by itself.
 */
export function sizeToTallest(area: HTMLElement, key: object, draw: DrawAll): void {
  const old = areas.get(area);
  if (old?.[0] === key) return;
  areas.set(area, [key, draw]);
  // Observing again reports the area's size again, so new content is measured at once.
  (observer ??= new ResizeObserver(measure)).observe(area);
}

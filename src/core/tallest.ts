// The height of the tallest of several items (tips, steps, themes), measured once and shared, so
// that a widget showing one item at a time can keep one height without laying out all of them.
//
// A widget registers the area that shows the item with `sizeToTallest()`, and an element as wide
// as the area whose size the area's height does not change (its `ruler`: observing the area
// itself, whose height we set, would loop). One ResizeObserver watches every ruler on the page;
// after a layout it gets their widths in one batch, lays the items out once per distinct content
// and width in a hidden probe inside the first area that needs it, reads that probe's height,
// removes it, and gives every area with the same content and width that height as its
// `min-height`. The change lands before the frame is painted.

/** Draws every item into `into`, stacked in one grid cell (the probe is a grid). */
export type DrawAll = (into: HTMLElement) => void;

/**
 * Heights by content key, then by width. Widgets of a kind on one page share the page's font:
 * the width alone tells their measurements apart.
 */
const heights = new WeakMap<object, Map<number, number>>();
/** What each watched ruler measures for: its area, the content key, how to draw all items. */
const rulers = new WeakMap<Element, [area: HTMLElement, key: object, draw: DrawAll]>();
let observer: ResizeObserver | undefined;

function measure(entries: ResizeObserverEntry[]): void {
  for (const { target, contentRect } of entries) {
    const job = rulers.get(target);
    if (!target.isConnected) {
      // Its widget left the page: forget it (sizeToTallest() watches it again on its return).
      rulers.delete(target);
      observer!.unobserve(target);
    } else if (job) {
      const [area, key, draw] = job;
      const known = heights.get(key) ?? new Map<number, number>();
      heights.set(key, known);
      let height = known.get(contentRect.width);
      if (!height) {
        // A probe the area's width (`.probe`: hidden, absolute, a grid like the area).
        const probe = document.createElement('div');
        probe.className = 'probe';
        draw(probe);
        area.append(probe);
        known.set(contentRect.width, (height = probe.getBoundingClientRect().height));
        probe.remove();
      }
      area.style.minHeight = `${height}px`;
    }
  }
}

/**
 * Keeps `area`'s `min-height` at the height of the tallest item `draw` draws, at the width of
 * `ruler` (an element as wide as the area, whose size does not follow the area's height). `key`
 * names the content: areas with the same key and width share one measurement. Call
 * again when the content changes; the area must be `position: relative` and style the probe
 * (`.probe`: absolute, hidden, a grid at the area's width). A ruler that leaves the page is
 * forgotten by itself.
 */
export function sizeToTallest(area: HTMLElement, ruler: Element, key: object, draw: DrawAll): void {
  if (rulers.get(ruler)?.[1] === key) return;
  rulers.set(ruler, [area, key, draw]);
  // Observing again reports the ruler's size again, so new content is measured at once.
  (observer ??= new ResizeObserver(measure)).observe(ruler);
}

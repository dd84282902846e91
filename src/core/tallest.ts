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

/** Heights by content key, then by `width|font`. */
const heights = new WeakMap<object, Map<string, number>>();
/** What each watched area shows: its content key and how to draw all its items. */
const areas = new WeakMap<Element, [key: object, draw: DrawAll]>();
let observer: ResizeObserver | undefined;
let probes = 0;

/** How many probes have been laid out on this page (for tests). @internal */
export const probeCount = (): number => probes;

function measure(entries: ResizeObserverEntry[]): void {
  for (const { target, contentRect } of entries) {
    const job = areas.get(target);
    const width = contentRect.width;
    if (!job || !width) continue;
    const [key, draw] = job;
    const font = getComputedStyle(target).font;
    let byWidth = heights.get(key);
    if (!byWidth) heights.set(key, (byWidth = new Map()));
    const id = `${width}|${font}`;
    let height = byWidth.get(id);
    if (height === undefined) {
      const probe = document.createElement('div');
      probe.className = 'probe';
      probe.ariaHidden = 'true';
      draw(probe);
      target.append(probe);
      height = probe.getBoundingClientRect().height;
      probe.remove();
      probes++;
      byWidth.set(id, height);
    }
    (target as HTMLElement).style.minHeight = `${height}px`;
  }
}

/**
 * Keeps `area`'s `min-height` at the height of the tallest item `draw` draws, at the area's width.
 * `key` names the content: areas with the same key (and width and font) share one measurement.
 * Call again when the content changes; the area must be `position: relative` and style the
 * probe (`.probe`: absolute, hidden, a grid at the area's width).
 */
export function sizeToTallest(area: HTMLElement, key: object, draw: DrawAll): void {
  const old = areas.get(area);
  if (old?.[0] === key) return;
  areas.set(area, [key, draw]);
  observer ??= new ResizeObserver(measure);
  // Observing again reports the area's size again, so new content is measured at once.
  observer.unobserve(area);
  observer.observe(area);
}

/** Stops watching `area` (when its widget leaves the page). */
export function unsize(area: HTMLElement): void {
  areas.delete(area);
  observer?.unobserve(area);
}

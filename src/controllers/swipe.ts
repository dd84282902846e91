import { isRtl } from '../core/keys.js';

/** How far (px) a pointer must travel sideways to count as a swipe. */
export const SWIPE_THRESHOLD = 40;

/**
 * Turns a horizontal drag with finger, pen or mouse into `onSwipe(1)` (forward) or `onSwipe(-1)`
 * (back), taking
 * the direction of the page into account (in RTL a drag to the right goes forward). Bind `down`,
 * `up` and `cancel` to the target's pointer events in the template, and give the target
 * `touch-action: pan-y` so vertical drags still scroll the page.
 */
export class SwipeGesture {
  #start: { x: number; y: number; id: number } | undefined;
  readonly #host: Element;
  readonly #onSwipe: (step: 1 | -1) => void;

  constructor(host: Element, onSwipe: (step: 1 | -1) => void) {
    this.#host = host;
    this.#onSwipe = onSwipe;
  }

  readonly down = (event: PointerEvent): void => {
    if (event.isPrimary && event.button < 1) {
      this.#start = { x: event.clientX, y: event.clientY, id: event.pointerId };
    }
  };

  readonly cancel = (): void => {
    this.#start = undefined;
  };

  readonly up = (event: PointerEvent): void => {
    const start = this.#start;
    this.#start = undefined;
    if (start?.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < SWIPE_THRESHOLD || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    this.#onSwipe((isRtl(this.#host) ? dx > 0 : dx < 0) ? 1 : -1);
  };
}

import type { ReactiveController, ReactiveElement } from 'lit';

/** How far (px) a pointer must travel sideways to count as a swipe. */
export const SWIPE_THRESHOLD = 40;

/**
 * Turns a horizontal drag with finger, pen or mouse over `target()` into `onSwipe('forward' |
 * 'back')`, taking the page's direction into account (in RTL, a swipe to the right goes forward).
 * Vertical drags stay with the page: give the target `touch-action: pan-y`.
 */
export class SwipeController implements ReactiveController {
  private start: { x: number; y: number; id: number } | undefined;
  private readonly host: ReactiveElement;
  private readonly target: () => HTMLElement | null | undefined;
  private readonly onSwipe: (direction: 'forward' | 'back') => void;
  private attached: HTMLElement | undefined;

  constructor(
    host: ReactiveElement,
    target: () => HTMLElement | null | undefined,
    onSwipe: (direction: 'forward' | 'back') => void,
  ) {
    this.host = host;
    this.target = target;
    this.onSwipe = onSwipe;
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.target() ?? undefined;
    if (target === this.attached) return;
    this.detach();
    this.attached = target;
    target?.addEventListener('pointerdown', this.handleDown);
    target?.addEventListener('pointerup', this.handleUp);
    target?.addEventListener('pointercancel', this.handleCancel);
  }

  hostDisconnected(): void {
    this.detach();
  }

  private detach(): void {
    this.attached?.removeEventListener('pointerdown', this.handleDown);
    this.attached?.removeEventListener('pointerup', this.handleUp);
    this.attached?.removeEventListener('pointercancel', this.handleCancel);
    this.attached = undefined;
    this.start = undefined;
  }

  private readonly handleDown = (event: PointerEvent): void => {
    if (!event.isPrimary || event.button > 0) return;
    this.start = { x: event.clientX, y: event.clientY, id: event.pointerId };
  };

  private readonly handleCancel = (): void => {
    this.start = undefined;
  };

  private readonly handleUp = (event: PointerEvent): void => {
    const start = this.start;
    this.start = undefined;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < SWIPE_THRESHOLD || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const towardsStart = rtl ? dx > 0 : dx < 0;
    this.onSwipe(towardsStart ? 'forward' : 'back');
  };
}

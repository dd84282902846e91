import type { LitElement } from 'lit';
import sinon from 'sinon';

/** Records every `type` event reaching `target`, so tests can count them exactly (zero too). */
export function recordEvents<E extends Event = Event>(target: EventTarget, type: string): E[] {
  const seen: E[] = [];
  target.addEventListener(type, (event) => seen.push(event as E));
  return seen;
}

/** Waits for mutation observers (language changes) and the render they cause. */
export async function settle(element: LitElement): Promise<void> {
  await Promise.resolve();
  await element.updateComplete;
  await element.updateComplete;
}

/** The element's shadow root. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Collects `console.error` calls made while `run` is active; the spy is restored afterwards. */
export async function captureConsoleErrors(run: () => Promise<void>): Promise<unknown[][]> {
  const spy = sinon.stub(console, 'error');
  try {
    await run();
    return spy.args;
  } finally {
    spy.restore();
  }
}

/** Centre of an element in viewport coordinates, for `sendMouse`. */
export function centre(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
}

/** Waits until every running animation in the element's shadow root has finished. */
export async function animationsDone(element: Element): Promise<void> {
  await Promise.all(
    shadow(element)
      .getAnimations()
      .map((animation) => animation.finished),
  );
}

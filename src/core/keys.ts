/**
 * The index a roving-focus key press moves to among `count` items, or `undefined` for keys it
 * does not handle. Arrow keys wrap; `Home`/`End` go to the ends. With `rtl`, Left and Right swap
 * (Up and Down do not).
 */
export function rovingIndex(
  key: string,
  index: number,
  count: number,
  rtl = false,
): number | undefined {
  if (count < 1) return undefined;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
    case 'ArrowDown':
      return (index + 1) % count;
    case back:
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** True when `element` lays out right to left (its computed `direction`). */
export const isRtl = (element: Element): boolean => getComputedStyle(element).direction === 'rtl';

// Roving focus moved by a key press calls `focus({ focusVisible: true })`: WebKit gives an element
// focused from script no `:focus-visible` when a click focused the one before, so a reader who
// clicks and then uses the arrows would see no focus ring (WCAG 2.4.7).
declare global {
  interface FocusOptions {
    /** Whether the focused element shows its focus ring (HTML; not yet in TypeScript's DOM). */
    focusVisible?: boolean;
  }
}

import { DigiEvent } from '../core/events.js';
import type { Tip } from './tip-carousel.types.js';

/** The detail of `digi-tip-change`. */
export interface DigiTipChangeDetail {
  /** The new tip's index, from 0. */
  readonly index: number;
  /** The new tip. */
  readonly tip: Tip;
}

/**
 * Dispatched when the shown tip changes because of the reader (button, picker, key, swipe) or
 * autoplay; never for `next()`/`previous()`/`goTo()` or a property set by code.
 */
export class DigiTipChangeEvent extends DigiEvent<DigiTipChangeDetail> {
  constructor(detail: DigiTipChangeDetail) {
    super('digi-tip-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'digi-tip-change': DigiTipChangeEvent;
  }
}

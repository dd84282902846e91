import { DigiEvent } from '../core/events.js';

/** The detail of `digi-theme-select`. */
export interface DigiThemeSelectDetail {
  /** The chosen theme's id. */
  readonly id: string;
  /** The chosen theme's index, from 0 (clockwise from the top). */
  readonly index: number;
}

/**
 * Dispatched when the reader chooses another theme (click, touch or key); never for a `selected`
 * set by code, nor on the first render.
 */
export class DigiThemeSelectEvent extends DigiEvent<DigiThemeSelectDetail> {
  constructor(detail: DigiThemeSelectDetail) {
    super('digi-theme-select', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'digi-theme-select': DigiThemeSelectEvent;
  }
}

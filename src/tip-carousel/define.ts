import { defineElement } from '../core/define.js';
import { DigiTipCarousel } from './tip-carousel.js';

defineElement('digi-tip-carousel', DigiTipCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'digi-tip-carousel': DigiTipCarousel;
  }
}

export { DigiTipCarousel };
export type { Tip, TipLink, TipCarouselContent } from './tip-carousel.types.js';
export type { TipCarouselStrings } from './tip-carousel.strings.js';
export { DigiTipChangeEvent, type DigiTipChangeDetail } from './tip-change-event.js';
export { DigiErrorEvent, type DigiErrorDetail, type DigiErrorReason } from '../core/events.js';

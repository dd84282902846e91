// The carousel's one public door: everything other modules (the package entries, the builder, the
// integrations, tests) may use of it. Importing it registers nothing; `define.ts` registers.
export { DigiTipCarousel, DEFAULT_INTERVAL, MIN_INTERVAL, tipOfTheDay } from './tip-carousel.js';
export {
  MAX_TIPS,
  tipCarouselLimits,
  type Tip,
  type TipCarouselContent,
  type TipLink,
} from './tip-carousel.types.js';
export { tipCarouselSpec } from './tip-carousel.content.js';
export { checkTips, tipCarouselSchema, tipSchema } from './tip-carousel.schema.js';
export type { TipCarouselStrings } from './tip-carousel.strings.js';
export { da as tipCarouselDa } from './tip-carousel.da.js';
export { en as tipCarouselEn } from './tip-carousel.en.js';
export { DigiTipChangeEvent, type DigiTipChangeDetail } from './tip-change-event.js';

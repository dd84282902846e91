// The carousel's languages and content loading: the wiring the core reads.
import type { ContentSpec } from '../core/digi-element.js';
import { da } from './tip-carousel.da.js';
import type { TipCarouselStrings } from './tip-carousel.strings.js';
import type { TipCarouselContent } from './tip-carousel.types.js';

/** Languages and validation: Danish is bundled, English and the validator load when needed. */
export const tipCarouselSpec: ContentSpec<TipCarouselContent, TipCarouselStrings> = {
  da,
  en: () => import('./tip-carousel.en.js').then((m) => m.en),
  loader: () => import('./tip-carousel.schema.js').then((m) => m.loader),
  readsChildren: true,
};

// Heights for an embed iframe that needs no scrolling, for hosts that cannot run the host script
// (the builder puts one in the iframe code it writes). Measured by `npm run test:embed -- heights
// --measure` over every state of each widget with its built-in content in Danish and English (every
// tip, every question and the quiz's every result, every theme), in Chromium with the page's system
// font, plus about 5 % for other fonts; the test checks that no state needs more.
import type { EmbedWidget } from './embed-params.js';

/** A height in CSS pixels for frames at least `minWidth` CSS pixels wide. */
export interface HeightBand {
  readonly minWidth: number;
  readonly height: number;
}

/** Per widget, narrowest frames first; the first band also covers frames narrower than 320 px. */
export const SUGGESTED_HEIGHTS: Readonly<Record<EmbedWidget, readonly HeightBand[]>> = {
  'tip-carousel': [
    { minWidth: 320, height: 650 },
    { minWidth: 480, height: 550 },
    { minWidth: 768, height: 420 },
  ],
  'archetype-quiz': [
    { minWidth: 320, height: 1040 },
    { minWidth: 480, height: 920 },
    { minWidth: 768, height: 600 },
    { minWidth: 1024, height: 520 },
  ],
  'strategy-wheel': [
    { minWidth: 320, height: 1130 },
    { minWidth: 768, height: 760 },
  ],
};

/**
 * The height (CSS px) a frame of `widget` needs at `width` CSS pixels wide; by default at 320 px,
 * the narrowest width the widgets support, which is enough at every width.
 */
export function suggestedHeight(widget: EmbedWidget, width = 320): number {
  const bands = SUGGESTED_HEIGHTS[widget];
  return bands.reduce((found, band) => (width >= band.minWidth ? band : found), bands[0]!).height;
}

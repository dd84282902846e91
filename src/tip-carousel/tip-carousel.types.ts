// The carousel's JSON format: its types and list limits. Types and constants only, so the
// language packs, the schema and the builder can read it without loading anything else.
import type { ListLimits } from '../core/problems.js';

/** A link shown under a tip. Only `http:`, `https:` and relative URLs are accepted. */
export interface TipLink {
  /** Where the link goes. */
  href: string;
  /** The link's visible text. */
  text: string;
}

/** One tip. */
export interface Tip {
  /** A stable id (lower-case letters, digits, hyphens), unique among the tips. */
  id?: string | undefined;
  /** The tip's title. */
  title: string;
  /** The tip's text; a blank line starts a new paragraph. */
  body: string;
  /** An optional link for reading on. */
  link?: TipLink | undefined;
}

/** The content of `<digi-tip-carousel>`: its JSON format. */
export interface TipCarouselContent {
  /** 1 to 100 tips, shown in this order. */
  tips: Tip[];
}

/** How many tips the content may hold: the schema and the builder's forms read these. */
export const tipCarouselLimits = {
  tips: { min: 1, max: 100 },
} as const satisfies Readonly<Record<string, ListLimits>>;

/** At most this many tips. */
export const MAX_TIPS = tipCarouselLimits.tips.max;

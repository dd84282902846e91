// The wheel's JSON format: its types and list limits. Types and constants only, so the language
// packs, the schema and the builder can read it without loading anything else.
import type { ListLimits } from '../core/problems.js';

/** A link under a theme. Only `http:`, `https:` and relative URLs are accepted. */
export interface ThemeLink {
  /** Where the link goes. */
  href: string;
  /** The link's visible text. */
  text: string;
}

/** One theme: one segment of the wheel. */
export interface StrategyTheme {
  /** A stable id (lower-case letters, digits, hyphens), unique among the themes; `selected` uses it. */
  id: string;
  /** The theme's title. */
  title: string;
  /** What the theme is about; a blank line starts a new paragraph. */
  description: string;
  /** Example initiatives, shown as a list. */
  examples?: string[] | undefined;
  /** An optional link for reading on. */
  link?: ThemeLink | undefined;
  /**
   * The segment's colour, `#rgb` or `#rrggbb`. It should reach 3:1 against white; the widget warns
   * in the console when it does not, and picks dark or white text for the number on it.
   */
  color?: string | undefined;
}

/** The content of `<digi-strategy-wheel>`: its JSON format. */
export interface StrategyWheelContent {
  /** 2 to 12 themes, clockwise from the top. */
  themes: StrategyTheme[];
}

/**
 * How many items each list of the content may hold: 2 to 12 themes (the most a wheel can show and
 * keep readable), up to 20 examples a theme. The schema and the builder's forms read these.
 */
export const strategyWheelLimits = {
  themes: { min: 2, max: 12 },
  examples: { min: 0, max: 20 },
} as const satisfies Readonly<Record<string, ListLimits>>;

/** The fewest themes a wheel can show. */
export const MIN_THEMES = strategyWheelLimits.themes.min;
/** The most themes a wheel can show and keep readable. */
export const MAX_THEMES = strategyWheelLimits.themes.max;
/** At most this many examples a theme. */
export const MAX_EXAMPLES = strategyWheelLimits.examples.max;

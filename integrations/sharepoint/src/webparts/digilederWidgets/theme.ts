// The site's look on the widgets: the semantic colours SharePoint gives the web part (the site's
// theme, or the section's neutral, soft, strong or dark variant) become `--digi-color-*` values.
// Every value is checked with the package's contrast helper: text 4.5:1 and controls 3:1 against
// each background it is drawn on. A theme colour that fails is replaced by a safe one; a
// background the widgets cannot be read on gives their own look, on a card.
import {
  contrastRatio,
  GRAPHIC_CONTRAST,
  HEX_COLOR,
  TEXT_CONTRAST,
  textColorOn,
  tokenDefault,
} from '@digileder/widgets/integration.js';

/** The semantic colours read (a subset of Fluent UI's `ISemanticColors`, as SPFx passes them). */
export interface SemanticColors {
  readonly bodyBackground?: string;
  readonly bodyStandoutBackground?: string;
  readonly bodyText?: string;
  readonly bodySubtext?: string;
  readonly link?: string;
  readonly primaryButtonBackground?: string;
  readonly primaryButtonText?: string;
  readonly inputBorder?: string;
  readonly focusBorder?: string;
  readonly errorText?: string;
}

/** The colour tokens the mapping sets, without the `--digi-color-` prefix. */
export const COLOR_TOKENS = [
  'surface',
  'subtle',
  'text',
  'muted',
  'accent',
  'on-accent',
  'border',
  'focus',
  'error',
] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];

/** A `#rrggbb` colour from a theme value, or `undefined` for anything else (`transparent`, …). */
function hex(value: string | undefined): string | undefined {
  const v = value?.trim() ?? '';
  if (!HEX_COLOR.test(v)) return undefined;
  return v.length === 4
    ? `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}`.toLowerCase()
    : v.toLowerCase();
}

/**
 * `colour` mixed 85 % with black in sRGB: the quiz's hovered accent buttons
 * (`color-mix(in srgb, var(--_accent) 85%, black)`), where the on-accent text must stay readable.
 */
function hovered(colour: string): string {
  const channels = [1, 3, 5].map((i) => Math.round(parseInt(colour.slice(i, i + 2), 16) * 0.85));
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** True when `colour` reaches `ratio` against every one of `backgrounds`. */
const reaches = (colour: string, ratio: number, backgrounds: readonly string[]): boolean =>
  backgrounds.every((background) => contrastRatio(colour, background) >= ratio);

/** The first candidate that reaches `ratio` on every background, else `fallback`. */
function first(
  candidates: readonly (string | undefined)[],
  ratio: number,
  backgrounds: readonly string[],
  fallback: string,
): string {
  for (const candidate of candidates) {
    const colour = hex(candidate);
    if (colour && reaches(colour, ratio, backgrounds)) return colour;
  }
  return fallback;
}

/** The look for a section: token values, and whether the widget sits on a card of its own. */
export interface ThemeLook {
  readonly tokens: Readonly<Record<ColorToken, string>>;
  /** True when the section's colours could not be used: the widgets' own colours on a card. */
  readonly card: boolean;
}

/** The widgets' own colours, on a card of their own surface. */
const ownLook: ThemeLook = {
  tokens: Object.fromEntries(
    COLOR_TOKENS.map((name) => [name, tokenDefault(`color-${name}`)]),
  ) as Record<ColorToken, string>,
  card: true,
};

/**
 * The look for a section's `colors` (`undefined`: no theme, the widgets' defaults apply). The
 * section's colours become the tokens, each checked and replaced by a safe one where it fails.
 * The widgets' own look, on a card, is used instead when the section's background cannot carry
 * them: no text reaches 4.5:1 on it, one of `graphics` (fills that must stand out from it, such
 * as the wheel's segments) does not reach 3:1 against it, or no text colour stays readable on
 * the accent colour and its hovered shade.
 */
export function themeLook(
  colors: SemanticColors | undefined,
  graphics: readonly string[] = [],
): ThemeLook | undefined {
  const surface = hex(colors?.bodyBackground);
  if (!colors || !surface) return undefined;
  const base = textColorOn(surface);
  if (!reaches(base, TEXT_CONTRAST, [surface])) return ownLook;
  if (!graphics.every((fill) => reaches(fill, GRAPHIC_CONTRAST, [surface]))) return ownLook;

  const text = first([colors.bodyText], TEXT_CONTRAST, [surface], base);
  // Hovered buttons and quiet areas: text must stay readable on it, else it is the surface.
  const subtle = hex(colors.bodyStandoutBackground);
  const quiet = subtle && reaches(text, TEXT_CONTRAST, [subtle]) ? subtle : surface;
  const grounds = [surface, quiet];
  const muted = first([colors.bodySubtext], TEXT_CONTRAST, grounds, text);
  const accent = first([colors.link, colors.primaryButtonBackground], TEXT_CONTRAST, grounds, text);
  const onAccent = first(
    [colors.primaryButtonText, surface, textColorOn(accent)],
    TEXT_CONTRAST,
    [accent, hovered(accent)],
    '',
  );
  if (!onAccent) return ownLook;
  return {
    tokens: {
      surface,
      subtle: quiet,
      text,
      muted,
      accent,
      'on-accent': onAccent,
      border: first([colors.inputBorder], GRAPHIC_CONTRAST, grounds, muted),
      focus: first([colors.focusBorder], GRAPHIC_CONTRAST, grounds, text),
      error: first([colors.errorText], TEXT_CONTRAST, grounds, text),
    },
    card: false,
  };
}

/** Sets the look's tokens on `element`, where the widget inherits them (none: removes them). */
export function applyLook(element: HTMLElement, look: ThemeLook | undefined): void {
  for (const name of COLOR_TOKENS) {
    const property = `--digi-color-${name}`;
    const value = look?.tokens[name];
    if (value) element.style.setProperty(property, value);
    else element.style.removeProperty(property);
  }
  element.toggleAttribute('data-card', look?.card ?? false);
}

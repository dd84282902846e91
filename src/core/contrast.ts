/** Contrast WCAG 2.x asks of non-text graphics (1.4.11) such as chart segments. */
export const GRAPHIC_CONTRAST = 3;
/** Contrast WCAG 2.x asks of normal text (1.4.3, AA). */
export const TEXT_CONTRAST = 4.5;

/** Dark text for light fills; the default `--digi-color-text`. */
export const DARK_TEXT = '#1a1a1a';
/** Light text for dark fills. */
export const LIGHT_TEXT = '#ffffff';

/** `#rgb` or `#rrggbb`, any case. */
export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

/**
 * WCAG relative luminance of a `#rgb` or `#rrggbb` colour, from 0 (black) to 1 (white).
 * Throws on anything else.
 */
export function luminance(hex: string): number {
  if (!HEX_COLOR.test(hex)) throw new TypeError(`Not a #rgb or #rrggbb colour: ${hex}`);
  let digits = hex.slice(1);
  if (digits.length === 3) digits = digits.replace(/./g, '$&$&');
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two hex colours, from 1 to 21 (order does not matter). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour (`DARK_TEXT` or `LIGHT_TEXT`) with more contrast on `fill`. */
export function textColorOn(fill: string): string {
  return contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

// The look an editor can set, as `--digi-*` custom properties, and the CSS file that carries it
// to a page with a strict Content-Security-Policy. The defaults are the widgets' own design
// tokens (src/core/tokens.ts).
import { HEX_COLOR } from '../core/contrast.js';
import { tokenDefault, type TokenName } from '../core/tokens.js';
import { WIDGET_TAGS } from './kinds.js';

/** The look: values of the tokens `color-accent`, `font-family` and `radius`. */
export interface Look {
  accent: string;
  font: string;
  radius: string;
}

/** Which token each part of the look sets. */
const TOKENS: Readonly<Record<keyof Look, TokenName>> = {
  accent: 'color-accent',
  font: 'font-family',
  radius: 'radius',
};

/** The custom property a token is set with. */
const property = (token: TokenName) => `--digi-${token}`;

/** The custom properties the look sets, in the order the CSS file lists them. */
export const LOOK_PROPERTIES: readonly string[] = Object.values(TOKENS).map(property);

/** The widgets' own defaults: a look equal to this needs no CSS. */
export const DEFAULT_LOOK: Readonly<Look> = {
  accent: tokenDefault(TOKENS.accent),
  font: tokenDefault(TOKENS.font),
  radius: tokenDefault(TOKENS.radius),
};

/** The widgets' default surface, which the accent colour is measured against. */
export const SURFACE = tokenDefault('color-surface');
/** The widgets' default text on the accent colour. */
export const ON_ACCENT = tokenDefault('color-on-accent');

/** Font stacks that need no web font: each is on every common system. */
export const FONTS = [
  { id: 'page', value: 'inherit' },
  { id: 'system', value: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
  { id: 'arial', value: 'Arial, Helvetica, sans-serif' },
  { id: 'verdana', value: 'Verdana, Geneva, sans-serif' },
  { id: 'georgia', value: 'Georgia, "Times New Roman", serif' },
] as const;

/** Corner radii, from square to round. */
export const RADII = [
  { id: 'square', value: '0' },
  { id: 'slight', value: '0.25rem' },
  { id: 'rounded', value: '0.5rem' },
  { id: 'round', value: '1rem' },
] as const;

export type FontId = (typeof FONTS)[number]['id'];
export type RadiusId = (typeof RADII)[number]['id'];

const fontValues: readonly string[] = FONTS.map((f) => f.value);
const radiusValues: readonly string[] = RADII.map((r) => r.value);

const isAccent = (value: unknown): value is string =>
  typeof value === 'string' && HEX_COLOR.test(value);
const isFont = (value: unknown): value is string =>
  typeof value === 'string' && fontValues.includes(value);
const isRadius = (value: unknown): value is string =>
  typeof value === 'string' && radiusValues.includes(value);

/** Whether each part of a look is one the builder offers. */
const VALID: Readonly<Record<keyof Look, (value: unknown) => value is string>> = {
  accent: isAccent,
  font: isFont,
  radius: isRadius,
};

/**
 * A stored look: each part as stored when it is one the builder offers, else the default.
 * `invalid` tells whether any part was there but unusable.
 */
export function readLook(value: unknown): { look: Look; invalid: boolean } {
  const look = { ...DEFAULT_LOOK };
  let invalid = typeof value !== 'object' || value === null || Array.isArray(value);
  for (const key of Object.keys(VALID) as (keyof Look)[]) {
    if (invalid || !Object.hasOwn(value as object, key)) continue;
    const part: unknown = (value as Record<string, unknown>)[key];
    if (VALID[key](part)) look[key] = part;
    else invalid = true;
  }
  return { look, invalid };
}

/** A stored look, or the default where a part is missing or unknown. */
export const toLook = (value: unknown): Look => readLook(value).look;

/** The custom properties of `look` that differ from the widgets' defaults. */
export function lookProperties(look: Look): Record<string, string> {
  const properties: Record<string, string> = {};
  const differs = (key: keyof Look) =>
    key === 'accent'
      ? look.accent.toLowerCase() !== DEFAULT_LOOK.accent
      : look[key] !== DEFAULT_LOOK[key];
  for (const key of Object.keys(TOKENS) as (keyof Look)[])
    if (differs(key)) properties[property(TOKENS[key])] = look[key];
  return properties;
}

/** The CSS file for `look`, or `''` when the look is the default one. */
export function lookCss(look: Look): string {
  const properties = Object.entries(lookProperties(look));
  if (!properties.length) return '';
  return (
    '/* The look of the @digileder/widgets on this site, made with the embed builder. */\n' +
    `${WIDGET_TAGS.join(',\n')} {\n` +
    properties.map(([name, value]) => `  ${name}: ${value};\n`).join('') +
    '}\n'
  );
}

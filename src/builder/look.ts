// The look an editor can set, as `--digi-*` custom properties, and the CSS file that carries it
// to a page with a strict Content-Security-Policy.
import { HEX_COLOR } from '../core/contrast.js';
import type { BuilderLang } from './builder-types.js';

/** The look: values of `--digi-color-accent`, `--digi-font-family` and `--digi-radius`. */
export interface Look {
  accent: string;
  font: string;
  radius: string;
}

/** The widgets' own defaults (see src/core/styles.ts): a look equal to this needs no CSS. */
export const DEFAULT_LOOK: Readonly<Look> = {
  accent: '#0059b3',
  font: 'inherit',
  radius: '0.25rem',
};

/** The widgets' default surface, which the accent colour is measured against. */
export const SURFACE = '#ffffff';
/** The widgets' default text on the accent colour. */
export const ON_ACCENT = '#ffffff';

/** Font stacks that need no web font: each is on every common system. */
export const FONTS: readonly { value: string; label: Record<BuilderLang, string> }[] = [
  { value: 'inherit', label: { da: 'Sidens egen skrift', en: "The page's own font" } },
  {
    value: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    label: { da: 'Systemets skrift (sans serif)', en: 'The system font (sans serif)' },
  },
  { value: 'Arial, Helvetica, sans-serif', label: { da: 'Arial', en: 'Arial' } },
  { value: 'Verdana, Geneva, sans-serif', label: { da: 'Verdana', en: 'Verdana' } },
  {
    value: 'Georgia, "Times New Roman", serif',
    label: { da: 'Georgia (serif)', en: 'Georgia (serif)' },
  },
];

/** Corner radii, from square to round. */
export const RADII: readonly { value: string; label: Record<BuilderLang, string> }[] = [
  { value: '0', label: { da: 'Skarpe hjørner', en: 'Square corners' } },
  { value: '0.25rem', label: { da: 'Let afrundede (standard)', en: 'Slightly rounded (default)' } },
  { value: '0.5rem', label: { da: 'Afrundede', en: 'Rounded' } },
  { value: '1rem', label: { da: 'Meget afrundede', en: 'Very rounded' } },
];

/** A stored look, or the default where a value is missing or unknown. */
export function toLook(value: unknown): Look {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Look>;
  return {
    accent:
      typeof v.accent === 'string' && HEX_COLOR.test(v.accent) ? v.accent : DEFAULT_LOOK.accent,
    font: FONTS.some((f) => f.value === v.font) ? v.font! : DEFAULT_LOOK.font,
    radius: RADII.some((r) => r.value === v.radius) ? v.radius! : DEFAULT_LOOK.radius,
  };
}

/** The custom properties of `look` that differ from the widgets' defaults. */
export function lookProperties(look: Look): Record<string, string> {
  const properties: Record<string, string> = {};
  if (look.accent.toLowerCase() !== DEFAULT_LOOK.accent)
    properties['--digi-color-accent'] = look.accent;
  if (look.font !== DEFAULT_LOOK.font) properties['--digi-font-family'] = look.font;
  if (look.radius !== DEFAULT_LOOK.radius) properties['--digi-radius'] = look.radius;
  return properties;
}

/** The CSS file for `look`, or `''` when the look is the default one. */
export function lookCss(look: Look): string {
  const properties = Object.entries(lookProperties(look));
  if (!properties.length) return '';
  return (
    '/* The look of the @digileder/widgets on this site, made with the embed builder. */\n' +
    'digi-tip-carousel,\ndigi-archetype-quiz,\ndigi-strategy-wheel {\n' +
    properties.map(([name, value]) => `  ${name}: ${value};\n`).join('') +
    '}\n'
  );
}

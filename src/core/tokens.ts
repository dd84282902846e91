// The public design tokens every widget reads: `--digi-<name>` with its default. The one table
// of them: the widgets' CSS defaults (core/styles.ts), the manifest's docs (DigiElement's
// cssProperties, written by custom-elements-manifest.config.mjs), the builder's look step and the
// theming story read it, so a default is written here and nowhere else. Keep this module free of
// imports: the tools load it on their own (scripts/tokens.mjs), and the build folds it into the
// widgets' CSS.

/** One public custom property. */
export interface Token {
  /** The default value, used when the page sets none. */
  readonly value: string;
  /** What it styles, for the docs. */
  readonly description: string;
}

/** The tokens, by name without the `--digi-` prefix. */
export const TOKENS = {
  'color-accent': {
    value: '#0059b3',
    description: 'Links, buttons, and what is current or chosen (picker dot, answer, progress).',
  },
  'color-on-accent': {
    value: '#ffffff',
    description: 'Text on the accent colour: filled buttons, the reader’s level.',
  },
  'color-text': { value: '#1a1a1a', description: 'Text; the outline of the selected segment.' },
  'color-muted': {
    value: '#595959',
    description: 'Secondary text: the position, progress, facts, loading.',
  },
  'color-surface': {
    value: '#ffffff',
    description: 'The background of the card and buttons; the gaps between segments.',
  },
  'color-subtle': {
    value: '#f2f5f8',
    description: 'Hovered buttons and answers, quiet areas (the ladder, the progress track).',
  },
  'color-border': {
    value: '#757575',
    description: 'Borders of buttons, answers, picker dots and the progress bar.',
  },
  'color-focus': { value: '#1a1a1a', description: 'The focus ring.' },
  'color-error': {
    value: '#b3261e',
    description: 'The border of an error notice; the answer-required message.',
  },
  'font-family': { value: 'inherit', description: 'The font; the page’s by default.' },
  radius: { value: '0.25rem', description: 'Corner radius.' },
  space: { value: '1rem', description: 'The basic spacing unit.' },
  measure: { value: '66ch', description: 'The longest line of text.' },
} as const satisfies Readonly<Record<string, Token>>;

export type TokenName = keyof typeof TOKENS;

/** A token's default value. */
export const tokenDefault = (name: TokenName): string => TOKENS[name].value;

/**
 * The CSS that reads every token into the private value the widgets' styles use:
 * `--_accent:var(--digi-color-accent,#0059b3);` … (`color-` is left out of the private names).
 * The build writes its result in (scripts/tokens.mjs), so bundles carry the CSS, not the table.
 */
export const tokenProperties = (): string =>
  Object.entries(TOKENS)
    .map(([name, { value }]) => `--_${name.replace('color-', '')}:var(--digi-${name},${value});`)
    .join('');

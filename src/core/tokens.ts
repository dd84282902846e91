// The public design tokens every widget reads: `--digi-<name>` with its default. The one table
// of them: the widgets' CSS defaults, the manifest's docs, the builder's look step and the theming
// story read it, so a default is written here and nowhere else.

/** One public custom property. */
export interface Token {
  /** The default value, used when the page sets none. */
  readonly value: string;
  /** What it styles, for the docs. */
  readonly description: string;
}

/** The tokens, by name without the `--digi-` prefix. */
export const TOKENS = {
  'color-accent': { value: '#0059b3', description: 'Buttons, links, the current choice.' },
  'color-on-accent': { value: '#ffffff', description: 'Text on the accent colour.' },
  'color-text': { value: '#1a1a1a', description: 'Text.' },
  'color-muted': { value: '#595959', description: 'Secondary text.' },
  'color-surface': { value: '#ffffff', description: "The card's background." },
  'color-subtle': { value: '#f2f5f8', description: 'Hovered buttons and quiet areas.' },
  'color-border': { value: '#757575', description: 'Borders of buttons and fields.' },
  'color-focus': { value: '#1a1a1a', description: 'The focus ring.' },
  'color-error': { value: '#b3261e', description: 'Error messages and their border.' },
  'font-family': { value: 'inherit', description: "The font; the page's by default." },
  radius: { value: '0.25rem', description: 'Corner radius.' },
  space: { value: '1rem', description: 'The basic spacing unit.' },
  measure: { value: '66ch', description: 'The longest line of text.' },
} as const satisfies Readonly<Record<string, Token>>;

export type TokenName = keyof typeof TOKENS;

/** A token's default value. */
export const tokenDefault = (name: TokenName): string => TOKENS[name].value;

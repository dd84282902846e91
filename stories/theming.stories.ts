import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define.js';
import { contrastRatio, GRAPHIC_CONTRAST, HEX_COLOR, TEXT_CONTRAST } from '../src/core/contrast.js';
import { TOKENS, type TokenName } from '../src/core/tokens.js';

/** One control per public token, by its name without `--digi-` (`color-accent`, `radius`, …). */
type Args = Record<TokenName, string>;

const names = Object.keys(TOKENS) as TokenName[];

/** The widgets' own defaults: the token table's (Theming.mdx and docs/api.md show the same table). */
const defaults = Object.fromEntries(names.map((name) => [name, TOKENS[name].value])) as Args;

/**
 * Any CSS colour the colour control may give (`#rgb`, `#rrggbbaa`, `rgb()`, `hsl()`, a name) as
 * `#rrggbb`, or `undefined` when it is not a colour or not opaque, so no ratio can be given.
 */
function toHex(value: string): string | undefined {
  const trimmed = value.trim();
  if (HEX_COLOR.test(trimmed)) return trimmed;
  if (!CSS.supports('color', trimmed)) return undefined;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  context.fillStyle = trimmed;
  // Canvas serialises opaque colours as #rrggbb and others as rgba(…).
  const normalised = context.fillStyle;
  return HEX_COLOR.test(normalised) ? normalised : undefined;
}

interface Pair {
  name: string;
  foreground: string;
  background: string;
  minimum: number;
  why: string;
}

function pairs(args: Args): Pair[] {
  return [
    {
      name: 'Text on surface',
      foreground: args['color-text'],
      background: args['color-surface'],
      minimum: TEXT_CONTRAST,
      why: 'titles and body text',
    },
    {
      name: 'Accent on surface',
      foreground: args['color-accent'],
      background: args['color-surface'],
      minimum: TEXT_CONTRAST,
      why: 'links and outlined buttons',
    },
    {
      name: 'On-accent on accent',
      foreground: args['color-on-accent'],
      background: args['color-accent'],
      minimum: TEXT_CONTRAST,
      why: 'text on filled buttons',
    },
    {
      name: 'Border on surface',
      foreground: args['color-border'],
      background: args['color-surface'],
      minimum: GRAPHIC_CONTRAST,
      why: 'button and dot borders',
    },
    {
      name: 'Focus on surface',
      foreground: args['color-focus'],
      background: args['color-surface'],
      minimum: GRAPHIC_CONTRAST,
      why: 'the focus ring',
    },
  ];
}

function contrastReport(args: Args, id: string): TemplateResult {
  const rows = pairs(args).map((pair) => {
    const foreground = toHex(pair.foreground);
    const background = toHex(pair.background);
    if (!foreground || !background) {
      return {
        ...pair,
        ratio: 'not measured',
        ok: false,
        verdict: 'Use an opaque colour to measure',
      };
    }
    const ratio = contrastRatio(foreground, background);
    // Round down, so 4.49 never reads as a passing 4.5.
    const shown = Math.floor(ratio * 100) / 100;
    return {
      ...pair,
      ratio: `${shown.toFixed(2)}:1`,
      ok: ratio >= pair.minimum,
      verdict: ratio >= pair.minimum ? 'OK' : `Under ${pair.minimum}:1`,
    };
  });
  const failing = rows.filter((row) => !row.ok).length;
  return html`<section
    aria-labelledby=${`${id}-contrast`}
    style="font-family: system-ui, sans-serif; color: #1a1a1a; background: #ffffff; border: 1px solid #757575; border-radius: 0.25rem; padding: 0.75rem 1rem; max-width: 40rem;"
  >
    <h2 id=${`${id}-contrast`} style="font-size: 1rem; margin: 0 0 0.25rem;">Contrast</h2>
    <p style="margin: 0 0 0.5rem;">
      ${
        failing === 0
          ? 'Every pair meets WCAG 2.1 AA.'
          : `${failing} of ${rows.length} pairs are under the WCAG 2.1 AA minimum.`
      }
      Text needs ${TEXT_CONTRAST}:1, borders and the focus ring ${GRAPHIC_CONTRAST}:1.
    </p>
    <ul style="margin: 0; padding-left: 1.25rem;">
      ${rows.map(
        (row) =>
          html`<li data-ok=${row.ok ? 'true' : 'false'}>
            ${row.name} (${row.why}): ${row.ratio} –
            <strong style="color: ${row.ok ? '#1a5e2a' : '#b3261e'}"
              >${row.ok ? '' : '⚠ '}${row.verdict}</strong
            >
          </li>`,
      )}
    </ul>
  </section>`;
}

const widgets = {
  'tip-carousel': () => html`<digi-tip-carousel></digi-tip-carousel>`,
  'archetype-quiz': () => html`<digi-archetype-quiz></digi-archetype-quiz>`,
  'strategy-wheel': () => html`<digi-strategy-wheel></digi-strategy-wheel>`,
};

/** The tokens the controls hold, as custom properties to set on a wrapper. */
const tokenStyle = (args: Args): Record<string, string> =>
  Object.fromEntries(
    names.filter((name) => args[name].trim() !== '').map((name) => [`--digi-${name}`, args[name]]),
  );

/** The contrast report, then the widget with the tokens set on a wrapper around it. */
const themed = (widget: keyof typeof widgets) => (args: Args, context: { id: string }) =>
  html`<div style="display: grid; gap: 1.5rem;">
    ${contrastReport(args, context.id)}
    <div style=${styleMap(tokenStyle(args))}>${widgets[widget]()}</div>
  </div>`;

/** A control for each token: a colour picker for colours, a text field for the rest. */
const argTypes = Object.fromEntries(
  names.map((name) => {
    const { value, description } = TOKENS[name];
    const colour = name.startsWith('color-');
    return [
      name,
      {
        name: `--digi-${name}`,
        control: colour
          ? { type: 'color' as const, presetColors: ['#0059b3', '#1f6b3a', '#7a3e9d', '#1a1a1a'] }
          : ('text' as const),
        description,
        table: {
          category: colour ? 'Colours' : 'Shape and type',
          defaultValue: { summary: value },
        },
      },
    ];
  }),
);

const meta = {
  title: 'Guides/Theming',
  args: defaults,
  argTypes,
  // The docs page is the theming guide, Theming.mdx, which shows these stories.
  tags: ['!autodocs'],
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const TipCarousel: Story = {
  name: 'Tip carousel',
  render: themed('tip-carousel'),
};

export const ArchetypeQuiz: Story = {
  name: 'Archetype quiz',
  render: themed('archetype-quiz'),
};

export const StrategyWheel: Story = {
  name: 'Strategy wheel',
  render: themed('strategy-wheel'),
};

export const MunicipalityGreen: Story = {
  name: 'Example: a green municipality',
  args: {
    'color-accent': '#1f6b3a',
    'color-border': '#5c6b61',
    'color-focus': '#1f6b3a',
    radius: '0.75rem',
    'font-family': 'Georgia, serif',
    space: '1.25rem',
  },
  render: themed('tip-carousel'),
  parameters: {
    docs: {
      description: {
        story:
          'A brand green as accent and focus ring, rounder corners, a serif font and more room: every pair still passes.',
      },
    },
  },
};

export const Dark: Story = {
  name: 'Example: a dark page',
  args: {
    'color-accent': '#8ab4f8',
    'color-on-accent': '#0b1b33',
    'color-text': '#f1f3f4',
    'color-muted': '#bdc1c6',
    'color-surface': '#202124',
    'color-subtle': '#303134',
    'color-border': '#9aa0a6',
    'color-focus': '#f1f3f4',
    'color-error': '#f28b82',
  },
  render: (args, context) =>
    html`<div style="display: grid; gap: 1.5rem;">
      ${contrastReport(args, context.id)}
      <div
        style=${styleMap({
          ...tokenStyle(args),
          background: '#121212',
          padding: '1.5rem',
          display: 'grid',
          gap: '1.5rem',
          gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
          alignItems: 'start',
        })}
      >
        ${widgets['tip-carousel']()} ${widgets['archetype-quiz']()}
      </div>
    </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Every colour token set for a dark page: light text and a light accent on a dark surface, each pair well above the minimum. The strategy wheel’s segment colours come from its content (each theme’s `color`), not from the tokens; its number on each segment is drawn dark or white, whichever reads better.',
      },
    },
  },
};

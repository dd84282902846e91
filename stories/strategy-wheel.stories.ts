import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/strategy-wheel/define.js';
import type { StrategyTheme, StrategyWheelContent } from '../src/strategy-wheel/index.js';

interface Args {
  selected: string;
  rotate: boolean;
  label: string;
  src: string;
  lang: string;
  headingLevel: number;
}

// Example strategies for a made-up municipality, written for these stories.

const theme = (
  id: string,
  title: string,
  description: string,
  examples?: string[],
): StrategyTheme => ({ id, title, description, ...(examples ? { examples } : {}) });

const threeThemes: StrategyWheelContent = {
  themes: [
    theme(
      'naer-velfaerd',
      'Nær velfærd',
      'Hjælpen kommer til borgeren, hvor borgeren er: hjemme, i lokalområdet eller på skærmen.',
      ['Videokonsultationer med sygeplejersken', 'Træning med app efter hospitalsophold'],
    ),
    theme(
      'en-indgang',
      'Én indgang til kommunen',
      'Borgere og virksomheder finder alt på ét sted og bliver ikke sendt rundt mellem afdelinger.',
      ['Fælles kontaktcenter', 'Selvbetjening, der husker, hvad du har skrevet'],
    ),
    theme(
      'groen-drift',
      'Grøn drift',
      'Kommunens bygninger, biler og computere skal bruge mindre energi år for år.',
      ['Elbiler i hjemmeplejen', 'Målere, der viser forbruget i hver bygning'],
    ),
  ],
};

const eightThemes: StrategyWheelContent = {
  themes: [
    theme(
      'borgerservice',
      'Borgerservice døgnet rundt',
      'Borgerne kan klare de fleste ærinder, når det passer dem.',
    ),
    theme(
      'velfaerd',
      'Teknologi i velfærden',
      'Hjælpemidler, der giver borgerne mere selvhjulpenhed og medarbejderne mere tid.',
    ),
    theme(
      'data',
      'Data på tværs',
      'Vi deler data mellem forvaltningerne, så borgerne ikke skal oplyse det samme to gange.',
    ),
    theme('by', 'Den kloge by', 'Sensorer og data hjælper med at styre trafik, lys og affald.'),
    theme(
      'sikkerhed',
      'Informationssikkerhed',
      'Borgernes oplysninger er beskyttet, og alle medarbejdere ved, hvad de skal gøre.',
    ),
    theme(
      'skole',
      'Digital dannelse i skolen',
      'Eleverne lærer at bruge teknologi kritisk og kreativt.',
    ),
    theme(
      'kompetencer',
      'Kompetencer hos medarbejderne',
      'Alle får den oplæring, de har brug for, når nye systemer kommer.',
    ),
    theme(
      'samarbejde',
      'Samarbejde med erhvervslivet',
      'Vi afprøver nye løsninger sammen med lokale virksomheder.',
    ),
  ],
};

const twelveThemes: StrategyWheelContent = {
  themes: [
    ...eightThemes.themes,
    theme(
      'inklusion',
      'Digital inklusion',
      'Borgere, der ikke kan bruge de digitale løsninger, får hjælp og en anden vej ind.',
    ),
    theme(
      'aabne-data',
      'Åbne data',
      'Kommunens data bliver lagt frem, så alle kan bruge og efterprøve dem.',
    ),
    theme(
      'sundhed',
      'Forebyggelse og sundhed',
      'Digitale værktøjer hjælper borgerne med at holde sig sunde længere.',
    ),
    theme(
      'automatisering',
      'Automatisering af rutiner',
      'Softwarerobotter tager de ensformige opgaver, så medarbejderne kan tage de svære.',
    ),
  ],
};

const customContent: StrategyWheelContent = {
  themes: [
    {
      id: 'borgeren-foerst',
      title: 'Borgeren først',
      description:
        'Vi designer vores digitale løsninger sammen med dem, der skal bruge dem.\n\nHver ny selvbetjening bliver testet af borgere, før den går i luften.',
      examples: ['Brugertest i borgerservice', 'Et borgerpanel med 200 deltagere'],
      link: {
        href: 'https://www.example.dk/strategi/borgeren-foerst',
        text: 'Læs om borgerpanelet',
      },
    },
    {
      id: 'faelles-data',
      title: 'Fælles data',
      description:
        'Data fra forvaltningerne samles ét sted, så ledere kan træffe beslutninger på et oplyst grundlag.',
      examples: ['Ledelsesinformation for alle afdelinger', 'Fælles regler for datakvalitet'],
      link: { href: '/intranet/data', text: 'Se datastrategien på intranettet' },
    },
    {
      id: 'trygge-medarbejdere',
      title: 'Trygge medarbejdere',
      description:
        'Ingen skal stå alene med et nyt system. Superbrugere og kurser hjælper alle i gang.',
      examples: ['Superbrugere i hver afdeling', 'Korte videoer om nye funktioner'],
    },
    {
      id: 'baeredygtig-it',
      title: 'Bæredygtig IT',
      description: 'Vi køber IT, der holder længe, og genbruger udstyr, når det kan lade sig gøre.',
    },
  ],
};

const themedColours: StrategyWheelContent = {
  themes: threeThemes.themes
    .concat(customContent.themes.slice(0, 2))
    .map((t, i) => ({ ...t, color: ['#1f6b3a', '#7a3e9d', '#0b5e8a', '#a8431c', '#1098ad'][i] })),
};

const meta = {
  title: 'Widgets/Strategy wheel',
  component: 'digi-strategy-wheel',
  args: { selected: '', rotate: false, label: '', src: '', lang: '', headingLevel: 3 },
  argTypes: {
    lang: { control: 'select', options: ['', 'da', 'en', 'de'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) =>
    html`<digi-strategy-wheel
      selected=${ifDefined(args.selected || undefined)}
      ?rotate=${args.rotate}
      label=${ifDefined(args.label || undefined)}
      src=${ifDefined(args.src || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      heading-level=${args.headingLevel}
    ></digi-strategy-wheel>`,
  parameters: {
    docs: {
      description: {
        component:
          'The themes of a digital strategy as a wheel to the W3C APG Tabs pattern: numbered segments (tabs) with arrow keys, Home and End, a legend, and a panel with the chosen theme. With no configuration it shows the five built-in themes.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The attributes of `meta.render` with content set through the `content` property. */
const withContent = (content: StrategyWheelContent) => (args: Args) =>
  html`<digi-strategy-wheel
    .content=${content}
    selected=${ifDefined(args.selected || undefined)}
    ?rotate=${args.rotate}
    label=${ifDefined(args.label || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    heading-level=${args.headingLevel}
  ></digi-strategy-wheel>`;

/** Every attribute as a control, on the built-in themes. */
export const Playground: Story = {
  parameters: {
    docs: {
      description: {
        story: 'The five built-in themes, with every attribute as a control.',
      },
    },
  },
};

export const ThreeThemes: Story = {
  name: 'Three themes',
  render: withContent(threeThemes),
  parameters: {
    docs: {
      description: {
        story: 'A small strategy of three themes: each segment is a third of the wheel.',
      },
    },
  },
};

export const EightThemes: Story = {
  name: 'Eight themes',
  render: withContent(eightThemes),
  parameters: {
    docs: {
      description: {
        story:
          'Eight themes with short descriptions and no examples, coloured from the default palette.',
      },
    },
  },
};

export const TwelveThemes: Story = {
  name: 'Twelve themes',
  args: { selected: 'aabne-data' },
  render: withContent(twelveThemes),
  parameters: {
    docs: {
      description: {
        story:
          'Twelve themes, the most a wheel takes: the numbers stay on their segments and the legend wraps long titles.',
      },
    },
  },
};

export const Rotating: Story = {
  args: { rotate: true, selected: 'smart-kommune' },
  parameters: {
    docs: {
      description: {
        story:
          'With `rotate`, the chosen segment turns to the top (at once under reduced motion); here it opens on the third theme.',
      },
    },
  },
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: {
    docs: {
      description: { story: 'The built-in themes and every label in English (`lang="en"`).' },
    },
  },
};

export const CustomContent: Story = {
  name: 'Custom content',
  args: { label: 'Solbæk Kommunes digitaliseringsstrategi' },
  render: withContent(customContent),
  parameters: {
    docs: {
      description: {
        story:
          'An own strategy as JSON (here through the `content` property; `src` or an inline `<script type="application/json">` work the same), with paragraphs, examples and links.',
      },
    },
  },
};

export const ThemedColours: Story = {
  name: 'Themed colours',
  render: (args) =>
    html`<div
      style="--digi-color-accent: #1f6b3a; --digi-font-family: Georgia, serif; --digi-radius: 0.75rem; --digi-strategy-wheel-size: 20rem;"
    >
      ${withContent(themedColours)(args)}
    </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Each theme’s own `color` (the number turns dark on a light fill) and a municipality’s look through `--digi-*` custom properties.',
      },
    },
  },
};

export const StyledCredit: Story = {
  name: 'Styled credit',
  render: (args) =>
    html`<style>
        .styled-credit digi-strategy-wheel::part(credit) {
          padding-block-start: 0.5rem;
          border-block-start: 1px solid currentColor;
          font-style: italic;
        }
      </style>
      <div class="styled-credit">${meta.render(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'The line naming the source of the built-in themes is the `credit` part: here set off by a rule and in italics through `::part(credit)`. Custom themes carry no credit.',
      },
    },
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { src: '/fixtures/wheel-wrong-shape.json' },
  parameters: {
    docs: {
      description: {
        story:
          'Content that does not follow the format (a theme without a title): the editor sees what is wrong and where (`themes[1].title`), the page gets `digi-error`.',
      },
    },
  },
};

export const Narrow: Story = {
  render: (args) => html`<div style="width: 320px">${meta.render(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'At 320 px, the narrowest supported width: the panel goes under the wheel, and nothing scrolls sideways.',
      },
    },
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/tip-carousel/define.js';
import type { TipCarouselContent } from '../src/tip-carousel/index.js';

interface Args {
  autoplay: boolean;
  interval: number;
  start: string;
  label: string;
  src: string;
  lang: string;
}

const ownTips: TipCarouselContent = {
  tips: [
    { title: 'Sig det højt', body: 'Fortæl dine kolleger, hvad I prøver af, og hvorfor.' },
    {
      title: 'Vis vejen',
      body: 'Del en kort vejledning til det nye system.\n\nPeg på, hvem man kan spørge.',
      link: { href: 'https://www.digst.dk/', text: 'Læs mere hos Digitaliseringsstyrelsen' },
    },
    { title: 'Fejr små skridt', body: 'Læg mærke til det, der lykkes, og fortæl om det.' },
  ],
};

const meta = {
  title: 'Widgets/Tip carousel',
  component: 'digi-tip-carousel',
  args: { autoplay: false, interval: 10, start: '', label: '', src: '', lang: '' },
  argTypes: {
    lang: { control: 'select', options: ['', 'da', 'en', 'de'] },
    start: { control: 'text' },
  },
  render: (args) =>
    html`<digi-tip-carousel
      ?autoplay=${args.autoplay}
      interval=${args.interval}
      start=${ifDefined(args.start || undefined)}
      label=${ifDefined(args.label || undefined)}
      src=${ifDefined(args.src || undefined)}
      lang=${ifDefined(args.lang || undefined)}
    ></digi-tip-carousel>`,
  parameters: {
    docs: {
      description: {
        component:
          'The tips, one at a time, to the W3C APG carousel pattern. With no configuration it shows the 13 built-in tips on digital leadership.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Every attribute as a control, on the built-in tips. */
export const Playground: Story = {};

export const Autoplay: Story = {
  args: { autoplay: true, interval: 5 },
  parameters: {
    docs: {
      description: {
        story:
          'Turns every 5 seconds. The stop button comes first; hovering pauses, keyboard focus stops rotation until the reader starts it again.',
      },
    },
  },
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: {
    docs: { description: { story: 'The built-in tips and every label in English (`lang="en"`).' } },
  },
};

export const TipOfTheDay: Story = {
  name: 'Tip of the day',
  args: { start: 'today' },
  parameters: {
    docs: {
      description: {
        story: '`start="today"` opens on a tip chosen from the date: the same for everyone today.',
      },
    },
  },
};

export const CustomContentJson: Story = {
  name: 'Custom content (JSON)',
  render: () => html`<digi-tip-carousel label="Ugens råd" .content=${ownTips}></digi-tip-carousel>`,
  parameters: {
    docs: {
      description: {
        story:
          'Own tips as JSON, set here through the `content` property; `src="tips.json"` or an inline `<script type="application/json">` child work the same way.',
      },
    },
  },
};

export const CustomContentChildren: Story = {
  name: 'Custom content (children)',
  render: () =>
    html`<digi-tip-carousel label="Råd fra IT">
      <article>
        <h3>Lås skærmen</h3>
        <p>Tryk Windows + L, når du går fra din computer.</p>
      </article>
      <article>
        <h3>Brug stærke kodeord</h3>
        <p>En sætning er lettere at huske og sværere at gætte.</p>
        <a href="https://www.sikkerdigital.dk/">Se flere gode råd</a>
      </article>
    </digi-tip-carousel>`,
  parameters: {
    docs: {
      description: {
        story:
          'Each child element is one tip: its heading is the title, the rest the text, its first link the link. The children are readable before the script loads.',
      },
    },
  },
};

export const Themed: Story = {
  render: () =>
    html`<digi-tip-carousel
      style="--digi-color-accent: #1f6b3a; --digi-radius: 1rem; --digi-font-family: Georgia, serif; --digi-tip-carousel-border: 2px solid #1f6b3a;"
    ></digi-tip-carousel>`,
  parameters: {
    docs: {
      description: {
        story:
          'A municipality’s own look through `--digi-*` custom properties: accent, radius, font, border.',
      },
    },
  },
};

export const StyledCredit: Story = {
  name: 'Styled credit',
  render: (args) =>
    html`<style>
        .styled-credit digi-tip-carousel::part(credit) {
          padding-block-start: 0.5rem;
          border-block-start: 1px solid currentColor;
          font-style: italic;
        }
      </style>
      <div class="styled-credit">${meta.render({ ...args })}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'The line naming the source of the built-in tips is the `credit` part: here set off by a rule and in italics through `::part(credit)`. Custom tips carry no credit.',
      },
    },
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { src: '/fixtures/wrong-shape.json' },
  parameters: {
    docs: {
      description: {
        story:
          'Content that does not follow the format: the editor sees what is wrong and where (`tips[1].title`), the page gets `digi-error`.',
      },
    },
  },
};

export const Narrow: Story = {
  args: { autoplay: true },
  render: (args) => html`<div style="width: 320px">${meta.render({ ...args })}</div>`,
  parameters: {
    docs: {
      description: { story: 'At 320 px, the narrowest supported width: nothing scrolls sideways.' },
    },
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/builder/define.js';

interface Args {
  lang: string;
  defaultBase: string;
}

const meta = {
  title: 'Editors/Embed builder',
  component: 'digi-embed-builder',
  args: { lang: '', defaultBase: '' },
  argTypes: {
    lang: { control: 'select', options: ['', 'da', 'en'] },
    defaultBase: { control: 'text' },
  },
  render: (args) =>
    html`<div lang=${ifDefined(args.lang || undefined)}>
      <digi-embed-builder
        default-base=${ifDefined(args.defaultBase || undefined)}
      ></digi-embed-builder>
    </div>`,
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The editors’ embed builder (builder/index.html, built to dist/builder/): an editor picks a widget, starts from built-in content or a JSON file, writes the content in forms, sets the look with a contrast check, previews it at computer and phone width, and gets what the chosen place needs: the code for an HTML block, what to choose in the SharePoint web part’s pane (and the content file), or iframe code with a title and a height. The draft is kept in this browser’s localStorage (the stories share it); “Start forfra” clears it. The editors’ guide, docs/redaktoer.md, walks through every step.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The builder as an editor meets it, in the page's language (Danish by default). */
export const Playground: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The six steps in Danish, starting from the built-in tips. Try the keyboard: every list is edited with buttons.',
      },
    },
  },
};

/** The builder in English. */
export const English: Story = {
  args: { lang: 'en' },
  parameters: {
    docs: {
      description: {
        story:
          'On an English page the builder speaks English; the switch at the top changes it either way.',
      },
    },
  },
};

/** Snippets pointing at the municipality's own server. */
export const OwnServer: Story = {
  args: { defaultBase: 'https://intranet.example.dk/assets/digileder/' },
  parameters: {
    docs: {
      description: {
        story:
          'With `default-base` set, the snippet loads the widget files from that folder unless the editor types another.',
      },
    },
  },
};

/** At 320 px, the narrowest supported width. */
export const Narrow: Story = {
  render: (args) => html`<div style="width: 320px">${meta.render(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'At 320 px every step stacks, the phone preview shrinks to fit, and nothing scrolls sideways.',
      },
    },
  },
};

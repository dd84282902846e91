import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/archetype-quiz/define.js';
import type { ArchetypeQuizContent } from '../src/archetype-quiz/index.js';

interface Args {
  persist: boolean;
  label: string;
  src: string;
  lang: string;
  headingLevel: number;
}

const meetingQuiz: ArchetypeQuizContent = {
  title: 'Hvilken mødetype er du?',
  intro:
    'Tre hurtige spørgsmål om, hvordan du deltager i møder. Svarene giver point til tre typer.',
  archetypes: [
    {
      id: 'lytter',
      level: 1,
      name: 'Lytteren',
      portrait: 'Du følger godt med, men siger sjældent noget selv.',
      nextStep: 'Forbered én kommentar til næste møde.',
    },
    {
      id: 'deltager',
      level: 2,
      name: 'Deltageren',
      portrait: 'Du byder ind og holder samtalen i gang.',
      strengths: ['Engageret', 'Konstruktiv'],
      nextStep: 'Tilbyd at tage referat eller styre et punkt.',
    },
    {
      id: 'leder',
      level: 3,
      name: 'Mødelederen',
      portrait: 'Du sætter dagsordenen og får alle med.',
      strengths: ['Struktureret', 'Inkluderende'],
      nextStep: 'Lær en kollega at lede et møde.',
    },
  ],
  questions: [
    {
      id: 'ordet',
      text: 'Hvor ofte tager du ordet på et møde?',
      options: [
        { label: 'Sjældent', weights: { lytter: 2 } },
        { label: 'Når jeg har noget på hjerte', weights: { deltager: 2 } },
        { label: 'Ofte – jeg styrer gerne samtalen', weights: { deltager: 1, leder: 2 } },
      ],
    },
    {
      id: 'dagsorden',
      text: 'Hvem skriver dagsordenen?',
      options: [
        { label: 'Det gør andre', weights: { lytter: 1, deltager: 1 } },
        { label: 'Det gør jeg', weights: { leder: 3 } },
      ],
    },
    {
      id: 'online',
      text: 'Hvordan har du det med onlinemøder?',
      options: [
        { label: 'Jeg slukker helst kameraet og lytter', weights: { lytter: 2 } },
        { label: 'Fint – jeg bruger chatten og rækker hånden op', weights: { deltager: 2 } },
        { label: 'Jeg sætter dem op og holder styr på ordet', weights: { leder: 2 } },
      ],
    },
  ],
};

const meta = {
  title: 'Widgets/Archetype quiz',
  component: 'digi-archetype-quiz',
  args: { persist: false, label: '', src: '', lang: '', headingLevel: 2 },
  argTypes: {
    lang: { control: 'select', options: ['', 'da', 'en', 'de'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) =>
    html`<digi-archetype-quiz
      id=${ifDefined(args.persist ? 'storybook-quiz' : undefined)}
      ?persist=${args.persist}
      label=${ifDefined(args.label || undefined)}
      src=${ifDefined(args.src || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      heading-level=${args.headingLevel}
    ></digi-archetype-quiz>`,
  parameters: {
    docs: {
      description: {
        component:
          'A short self-assessment: an intro, one question a step (a native fieldset of radio buttons), then the result with the whole ladder of levels. With no configuration it places the reader at one of the four built-in personas; answers are only kept with `persist`, and never sent anywhere.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Clicks Start, then the option at `level` (1–4) and Next on every question. */
async function answerAll(canvasElement: HTMLElement, level: number): Promise<void> {
  const quiz = canvasElement.querySelector('digi-archetype-quiz');
  if (!quiz?.shadowRoot) throw new Error('<digi-archetype-quiz> is not defined');
  const root = quiz.shadowRoot;
  await quiz.updateComplete;
  quiz.reset();
  await quiz.updateComplete;
  root.querySelector<HTMLButtonElement>('[part="start-button"]')?.click();
  for (let i = 0; i < 8; i++) {
    await quiz.updateComplete;
    root.querySelectorAll('input')[level - 1]?.click();
    await quiz.updateComplete;
    root.querySelector<HTMLButtonElement>('[part="next-button"]')?.click();
  }
  await quiz.updateComplete;
  if (!root.querySelector('[part="result"]')) throw new Error('The quiz did not reach a result');
}

/** Every attribute as a control, on the built-in quiz. */
export const Playground: Story = {};

export const ResultAnna: Story = {
  name: 'Result: Anna Afventende',
  play: ({ canvasElement }) => answerAll(canvasElement, 1),
  parameters: {
    docs: {
      description: {
        story: 'The lowest answer to every question places the reader at level 1, Anna Afventende.',
      },
    },
  },
};

export const ResultTorben: Story = {
  name: 'Result: Torben Tøvende',
  play: ({ canvasElement }) => answerAll(canvasElement, 2),
  parameters: {
    docs: {
      description: { story: 'The second answer to every question: level 2, Torben Tøvende.' },
    },
  },
};

export const ResultViktor: Story = {
  name: 'Result: Viktor Velvillig',
  play: ({ canvasElement }) => answerAll(canvasElement, 3),
  parameters: {
    docs: {
      description: { story: 'The third answer to every question: level 3, Viktor Velvillig.' },
    },
  },
};

export const ResultSigne: Story = {
  name: 'Result: Signe Selvkørende',
  play: ({ canvasElement }) => answerAll(canvasElement, 4),
  parameters: {
    docs: {
      description: {
        story:
          'The highest answer to every question: level 4, Signe Selvkørende, whose next step is to help colleagues along.',
      },
    },
  },
};

export const English: Story = {
  args: { lang: 'en' },
  parameters: {
    docs: {
      description: { story: 'The built-in quiz and every label in English (`lang="en"`).' },
    },
  },
};

export const Persisted: Story = {
  args: { persist: true },
  parameters: {
    docs: {
      description: {
        story:
          'With `persist`, answers and position stay in this browser: answer a few questions and reload, and the quiz resumes; "Tag testen igen" forgets them.',
      },
    },
  },
};

export const CustomContent: Story = {
  name: 'Custom content',
  render: () => html`<digi-archetype-quiz .content=${meetingQuiz}></digi-archetype-quiz>`,
  parameters: {
    docs: {
      description: {
        story:
          'An own quiz as JSON (here through the `content` property; `src` or an inline `<script type="application/json">` work the same) whose answers give `weights` to three archetypes.',
      },
    },
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { src: '/fixtures/quiz-wrong-shape.json' },
  parameters: {
    docs: {
      description: {
        story:
          'Content that would make the quiz unplayable (a question with one option): the editor sees what is wrong and where (`questions[2].options`), the page gets `digi-error`.',
      },
    },
  },
};

export const Narrow: Story = {
  render: (args) => html`<div style="width: 320px">${meta.render(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story: 'At 320 px, the narrowest supported width: nothing scrolls sideways.',
      },
    },
  },
};

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  archetypeQuizDa as quizDa,
  type ArchetypeQuizContent,
} from '../../src/archetype-quiz/index.js';
import {
  fieldId,
  type ContentProblem,
  type DraftChangeEvent,
} from '../../src/builder/builder-types.js';
import '../../src/builder/forms/quiz-form.js';
import '../../src/builder/forms/tips-form.js';
import '../../src/builder/forms/wheel-form.js';
import type { BuilderFormBase } from '../../src/builder/forms/form-base.js';
import {
  PALETTE,
  strategyWheelDa as wheelDa,
  type StrategyWheelContent,
} from '../../src/strategy-wheel/index.js';
import { tipCarouselDa as tipsDa, type TipCarouselContent } from '../../src/tip-carousel/index.js';
import { deepActiveElement, shadow, SPACE } from '../helpers.js';

type Tag = 'digi-builder-tips-form' | 'digi-builder-quiz-form' | 'digi-builder-wheel-form';

/** A deep copy, frozen all the way down: a form that mutates its draft throws. */
function frozen<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (node: unknown) => {
    if (node && typeof node === 'object') {
      Object.values(node).forEach(freeze);
      Object.freeze(node);
    }
  };
  freeze(copy);
  return copy;
}

/** A form on the page, wired like the shell: each draft it fires becomes its draft. */
async function mount<T extends object>(
  tag: Tag,
  draft: T,
  options: { problems?: ContentProblem[]; lang?: 'da' | 'en'; shell?: boolean } = {},
) {
  const wrapper = await fixture(html`<div></div>`);
  const el = document.createElement(tag) as unknown as BuilderFormBase<T>;
  el.draft = draft;
  el.problems = options.problems ?? [];
  el.lang = options.lang ?? 'da';
  const drafts: T[] = [];
  el.addEventListener('draft-change', (event: DraftChangeEvent) => {
    drafts.push(event.draft as T);
    if (options.shell !== false) el.draft = event.draft as T;
  });
  wrapper.append(el);
  await el.updateComplete;
  return { el, drafts, root: shadow(el) };
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type, as querySelector<E> does
const q = <E extends Element = HTMLElement>(root: ParentNode, selector: string): E => {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- as above
const field = <E extends Element = HTMLInputElement>(root: ShadowRoot, path: string) =>
  q<E>(root, `#${fieldId(path)}`);
const button = (root: ShadowRoot, name: string) => {
  const found = [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === name,
  );
  if (!found) throw new Error(`no button named ${name}`);
  return found;
};
const buttonNames = (root: ShadowRoot) =>
  [...root.querySelectorAll('button')].map(
    (b) => b.getAttribute('aria-label') ?? b.textContent.trim(),
  );
const status = (root: ShadowRoot) => q(root, '[role="status"]').textContent.trim();
/** A short description of the focused element: its id, or its data-action and index. */
const focused = () => {
  const active = deepActiveElement();
  if (!active) return 'nothing';
  if (active.id) return `#${active.id}`;
  const action = active.getAttribute('data-action');
  return action
    ? `${action}:${active.getAttribute('data-list')}[${active.getAttribute('data-index') ?? ''}]`
    : active.localName;
};
const text = (element: Node | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function typeInto(root: ShadowRoot, path: string, keys: string) {
  const control = field(root, path);
  control.focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: keys });
}

async function press(control: HTMLElement, key = 'Enter') {
  control.focus();
  await sendKeys({ press: key });
}

/** Waits for the form to re-render with the draft the shell handed back. */
async function settled(el: BuilderFormBase<object>) {
  await el.updateComplete;
  await el.updateComplete;
}

/** Problems, each checked: the control is invalid and described by a message saying `message`. */
function expectProblemAt(root: ShadowRoot, path: string, message: string, invalid = true) {
  const control = field<HTMLElement>(root, path);
  expect(control.getAttribute('aria-invalid') === 'true', `${path} aria-invalid`).to.equal(invalid);
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ');
  const messages = ids.map((id) => text(root.getElementById(id))).join(' | ');
  expect(messages, `${path} described by`).to.contain(message);
}

const tips = (): TipCarouselContent => frozen(tipsDa.content);
const quiz = (): ArchetypeQuizContent => frozen(quizDa.content);
const wheel = (): StrategyWheelContent => frozen(wheelDa.content);

describe('<digi-builder-tips-form>', () => {
  it('renders the built-in tips, each in a fieldset with its title in the legend', async () => {
    const { root } = await mount('digi-builder-tips-form', tips());
    const legends = [...root.querySelectorAll('fieldset.item > legend')].map(text);
    expect(legends).to.have.length(13);
    expect(legends[0]).to.equal('Råd 1: Gør digitaliseringen vedkommende');
    expect(field(root, 'tips[2].title').value).to.equal(tipsDa.content.tips[2]!.title);
    expect(field<HTMLTextAreaElement>(root, 'tips[2].body').value).to.equal(
      tipsDa.content.tips[2]!.body,
    );
    expect(text(q(root, `label[for="${fieldId('tips[0].title')}"]`))).to.equal('Titel');
  });

  it('round-trips the built-in content: one edit changes that field and nothing else', async () => {
    const draft = tips();
    const { root, drafts } = await mount('digi-builder-tips-form', draft);
    await typeInto(root, 'tips[1].body', '!');
    expect(drafts).to.have.length(1);
    const expected = structuredClone(tipsDa.content);
    expected.tips[1]!.body += '!';
    expect(JSON.stringify(drafts[0])).to.equal(JSON.stringify(expected));
    expect(drafts[0] !== draft, 'a fresh draft').to.equal(true);
    expect(drafts[0]!.tips[0] === draft.tips[0], 'untouched tips are shared').to.equal(true);
  });

  it('fires one draft-change a keystroke, with the whole draft', async () => {
    const { root, drafts } = await mount('digi-builder-tips-form', {
      tips: [{ title: 'A', body: 'B' }],
    });
    await typeInto(root, 'tips[0].title', 'bc');
    expect(drafts.map((d) => d.tips[0]!.title)).to.deep.equal(['Ab', 'Abc']);
    expect(drafts[1]).to.deep.equal({ tips: [{ title: 'Abc', body: 'B' }] });
  });

  it('leaves tip ids as they are when the title changes, and adds none', async () => {
    const { root, drafts } = await mount('digi-builder-tips-form', {
      tips: [
        { id: 'hej', title: 'Hej', body: 'x' },
        { title: 'Uden id', body: 'x' },
      ],
    });
    await typeInto(root, 'tips[0].title', ' Åse');
    expect(drafts.at(-1)!.tips[0]!.id).to.equal('hej');
    await typeInto(root, 'tips[1].title', '!');
    expect('id' in drafts.at(-1)!.tips[1]!).to.equal(false);
  });

  it('adds a link when one of its fields is filled and drops it when both are emptied', async () => {
    const draft: TipCarouselContent = {
      tips: [
        { title: 'A', body: 'B' },
        { title: 'C', body: 'D', link: { href: '/x', text: 'X' } },
      ],
    };
    const { el, root, drafts } = await mount('digi-builder-tips-form', draft);
    await typeInto(root, 'tips[0].link.text', 'L');
    expect(drafts.at(-1)!.tips[0]!.link).to.deep.equal({ href: '', text: 'L' });
    await settled(el);
    await sendKeys({ press: 'Backspace' });
    expect(drafts.at(-1)!.tips).to.deep.equal(draft.tips.slice(0, 1).concat(draft.tips[1]!));
  });

  describe('list editing', () => {
    it('adds a tip with the keyboard, focuses its title and announces it', async () => {
      const { el, root, drafts } = await mount('digi-builder-tips-form', tips());
      await press(button(root, 'Tilføj råd'));
      await settled(el);
      expect(drafts.at(-1)!.tips).to.have.length(14);
      expect(drafts.at(-1)!.tips[13]).to.deep.equal({ title: '', body: '' });
      expect(focused()).to.equal(`#${fieldId('tips[13].title')}`);
      expect(status(root)).to.equal('Råd 14 er tilføjet');
    });

    it('moves a tip up and down, keeping focus on the same button of the moved tip', async () => {
      const { el, root, drafts } = await mount('digi-builder-tips-form', tips());
      const titles = () => drafts.at(-1)!.tips.map((t) => t.id);
      await press(button(root, 'Flyt råd 3 op'));
      await settled(el);
      const [a, b, c] = tipsDa.content.tips.map((t) => t.id);
      expect(titles().slice(0, 3)).to.deep.equal([a, c, b]);
      expect(focused()).to.equal('up:tips[1]');
      expect(status(root)).to.equal('Råd 3 er flyttet op til plads 2');
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(titles()[0]).to.equal(tipsDa.content.tips[2]!.id);
      // At the top the up button is disabled: focus goes to the item's down button.
      expect(focused()).to.equal('down:tips[0]');
      expect(status(root)).to.equal('Råd 2 er flyttet op til plads 1');
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(focused()).to.equal('down:tips[1]');
      expect(status(root)).to.equal('Råd 1 er flyttet ned til plads 2');
    });

    it('removes a tip, focuses the next one and announces it; undo puts it back', async () => {
      const draft = tips();
      const { el, root, drafts } = await mount('digi-builder-tips-form', draft);
      await press(button(root, 'Fjern råd 3'));
      await settled(el);
      expect(drafts.at(-1)!.tips.map((t) => t.id)).to.not.include(draft.tips[2]!.id);
      expect(focused()).to.equal('remove:tips[2]');
      expect(status(root)).to.equal('Råd 3 er fjernet');
      await press(button(root, 'Fortryd: sæt råd 3 ind igen'));
      await settled(el);
      expect(JSON.stringify(drafts.at(-1))).to.equal(JSON.stringify(draft));
      expect(focused()).to.equal(`#${fieldId('tips[2].title')}`);
      expect(status(root)).to.equal('Råd 3 er sat ind igen');
      expect(buttonNames(root).some((n) => n.startsWith('Fortryd'))).to.equal(false);
    });

    it('forgets what it could undo when the shell hands it other content', async () => {
      const { el, root } = await mount('digi-builder-tips-form', tips());
      await press(button(root, 'Fjern råd 3'));
      await settled(el);
      expect(buttonNames(root)).to.include('Fortryd: sæt råd 3 ind igen');
      el.draft = { tips: [{ title: 'Ny fil', body: 'b' }] };
      await el.updateComplete;
      expect(buttonNames(root).some((n) => n.startsWith('Fortryd'))).to.equal(false);
    });

    it('after removing the last tip, focuses the add button', async () => {
      const { el, root } = await mount('digi-builder-tips-form', {
        tips: [
          { title: 'A', body: 'a' },
          { title: 'B', body: 'b' },
        ],
      });
      await press(button(root, 'Fjern råd 2'));
      await settled(el);
      expect(focused()).to.equal('add:tips[]');
    });

    it('keeps at least one tip and at most MAX_TIPS, saying why', async () => {
      const one = await mount('digi-builder-tips-form', { tips: [{ title: 'A', body: 'a' }] });
      expect(buttonNames(one.root)).to.not.include('Fjern råd 1');
      expect(text(one.root.querySelector('.footer'))).to.contain('Der skal være mindst 1 råd');
      const full = {
        tips: Array.from({ length: 100 }, (_, i) => ({ title: `T${i}`, body: 'b' })),
      };
      const many = await mount('digi-builder-tips-form', full);
      expect(buttonNames(many.root)).to.not.include('Tilføj råd');
      expect(buttonNames(many.root)).to.include('Fjern råd 100');
      expect(text(many.root.querySelector('fieldset.list > .footer'))).to.contain(
        'Der kan højst være 100 råd.',
      );
    });
  });

  describe('problems', () => {
    const problems: ContentProblem[] = [
      { path: 'tips[1].title', code: 'text' },
      { path: 'tips[1].body', code: 'missing' },
      { path: 'tips[0].link.href', code: 'url' },
      { path: 'tips[2]', code: 'object' },
      { path: 'tips[0].id', code: 'duplicate-id' },
      { path: 'tips[3].nonsense.deep', code: 'invalid' },
    ];

    it('shows each next to its field, item or list, in Danish', async () => {
      const draft = tips();
      const { root } = await mount('digi-builder-tips-form', draft, { problems });
      expectProblemAt(root, 'tips[1].title', 'Titel: skal indeholde tekst');
      expectProblemAt(root, 'tips[1].body', 'Tekst: mangler');
      expectProblemAt(root, 'tips[0].link.href', 'Adresse: skal være et http(s)-link');
      expectProblemAt(root, 'tips[2]', 'Råd 3: skal være et objekt', false);
      expectProblemAt(root, 'tips[0].id', 'Id: bruges mere end én gang, men skal være unikt');
      expectProblemAt(root, 'tips[3]', 'Råd 4: er ugyldig', false);
      expect(field(root, 'tips[0].title').getAttribute('aria-invalid')).to.equal('false');
      // The disclosure holding a field with a problem opens.
      expect(field(root, 'tips[0].id').closest('details')!.open).to.equal(true);
      expect(field(root, 'tips[1].id').closest('details')!.open).to.equal(false);
    });

    it('shows a list-level problem at the list and a root problem at the top', async () => {
      const { root } = await mount(
        'digi-builder-tips-form',
        { tips: [] },
        {
          problems: [
            { path: 'tips', code: 'min-items', params: { n: 1 } },
            { path: '', code: 'object' },
          ],
        },
      );
      expectProblemAt(root, 'tips', 'Råd: skal have mindst 1', false);
      expect(text(root.getElementById(`${fieldId('')}--msg`))).to.equal(
        'Indholdet: skal være et objekt',
      );
    });

    it('in English', async () => {
      const { root } = await mount('digi-builder-tips-form', tips(), { problems, lang: 'en' });
      expectProblemAt(root, 'tips[1].title', 'Title: must contain text');
      expectProblemAt(root, 'tips[2]', 'Tip 3: must be an object', false);
    });

    it('focusField moves focus to the field, opening its disclosure, or to the nearest item', async () => {
      const { el } = await mount('digi-builder-tips-form', tips(), { problems });
      expect(el.focusField('tips[4].id')).to.equal(true);
      expect(focused()).to.equal(`#${fieldId('tips[4].id')}`);
      expect(el.shadowRoot!.activeElement!.closest('details')!.open).to.equal(true);
      expect(el.focusField('tips[5].body')).to.equal(true);
      expect(focused()).to.equal(`#${fieldId('tips[5].body')}`);
      expect(el.focusField('tips[6].what.ever')).to.equal(true);
      expect(focused()).to.equal(`#${fieldId('tips[6]')}`);
      expect(el.focusField('tips')).to.equal(true);
      expect(focused()).to.equal(`#${fieldId('tips')}`);
      // Lists and items are focusable only while focusField has put focus there.
      expect(el.shadowRoot!.querySelectorAll('[tabindex]').length).to.equal(1);
      expect(el.focusField('tips[5].body')).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('[tabindex]').length).to.equal(0);
      expect(el.focusField('elsewhere')).to.equal(false);
    });

    it('are accessible (axe)', async () => {
      const { el } = await mount('digi-builder-tips-form', tips(), { problems });
      await expect(el).to.be.accessible();
    });
  });

  it('fires nothing when the shell sets its properties', async () => {
    const { el, drafts } = await mount('digi-builder-tips-form', tips());
    el.problems = [{ path: 'tips[0].title', code: 'text' }];
    el.lang = 'en';
    el.draft = { tips: [{ title: 'A', body: 'B' }] };
    await el.updateComplete;
    expect(drafts).to.have.length(0);
  });

  it('speaks English, announcements too', async () => {
    const { el, root } = await mount('digi-builder-tips-form', tips(), { lang: 'en' });
    await press(button(root, 'Remove tip 3'));
    await settled(el);
    expect(status(root)).to.equal('Tip 3 removed');
    expect(buttonNames(root)).to.include('Undo: put tip 3 back');
    expect(buttonNames(root)).to.include.members([
      'Move tip 3 up',
      'Move tip 3 down',
      'Remove tip 3',
      'Add tip',
    ]);
    expect(text(q(root, 'fieldset.item > legend'))).to.equal(
      'Tip 1: Gør digitaliseringen vedkommende',
    );
    expect(text(q(root, `label[for="${fieldId('tips[0].body')}"]`))).to.equal('Text');
  });

  it('is accessible (axe), in Danish and English', async () => {
    const { el } = await mount('digi-builder-tips-form', tips());
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<digi-builder-quiz-form>', () => {
  const weightsQuiz = async (): Promise<ArchetypeQuizContent> =>
    frozen(
      (await (await fetch('/test/fixtures/quiz-weights.json')).json()) as ArchetypeQuizContent,
    );

  it('renders the four built-in personas and the questions, answers pointing to personas by name', async () => {
    const { root } = await mount('digi-builder-quiz-form', quiz());
    const legends = [...root.querySelectorAll('fieldset.item > legend h4')].map(text);
    expect(legends.slice(0, 4)).to.deep.equal([
      'Persona 1: Anna Afventende',
      'Persona 2: Torben Tøvende',
      'Persona 3: Viktor Velvillig',
      'Persona 4: Signe Selvkørende',
    ]);
    expect(legends.filter((l) => l.startsWith('Spørgsmål'))).to.have.length(
      quizDa.content.questions.length,
    );
    const select = field<HTMLSelectElement>(root, 'questions[0].options[0].level');
    expect(select.value).to.equal('3');
    expect(text(select.selectedOptions[0]!)).to.equal('Niveau 3 – Viktor Velvillig');
    expect([...select.options].map(text)).to.deep.equal([
      'Vælg en persona',
      'Niveau 1 – Anna Afventende',
      'Niveau 2 – Torben Tøvende',
      'Niveau 3 – Viktor Velvillig',
      'Niveau 4 – Signe Selvkørende',
    ]);
    expect(field(root, 'archetypes[1].level').value).to.equal('2');
    expect(field(root, 'archetypes[0].strengths[1]').value).to.equal(
      'Holder fast i det, der virker',
    );
    expect(root.querySelector('fieldset.weights') === null, 'no weights').to.equal(true);
  });

  it('round-trips the built-in quiz', async () => {
    const draft = quiz();
    const { root, drafts } = await mount('digi-builder-quiz-form', draft);
    await typeInto(root, 'questions[1].options[0].label', '?');
    const expected = structuredClone(quizDa.content);
    expected.questions[1]!.options[0]!.label += '?';
    expect(JSON.stringify(drafts[0])).to.equal(JSON.stringify(expected));
  });

  it('edits the optional title, and leaves it out when emptied', async () => {
    const { el, root, drafts } = await mount('digi-builder-quiz-form', quiz());
    await typeInto(root, 'title', 'Q');
    expect(drafts.at(-1)!.title).to.equal('Q');
    await settled(el);
    await sendKeys({ press: 'Backspace' });
    expect('title' in drafts.at(-1)!).to.equal(false);
  });

  it("chooses an answer's persona from the select with the keyboard", async () => {
    const { root, drafts } = await mount('digi-builder-quiz-form', quiz());
    await press(field(root, 'questions[0].options[0].level'), 'ArrowDown');
    expect(drafts.at(-1)!.questions[0]!.options[0]).to.deep.equal({
      ...quizDa.content.questions[0]!.options[0],
      level: quizDa.content.questions[0]!.options[0]!.level! + 1,
    });
  });

  it('changes a persona level as a number, and drops it when emptied', async () => {
    const { el, root, drafts } = await mount('digi-builder-quiz-form', quiz());
    await typeInto(root, 'archetypes[3].level', '0');
    expect(drafts.at(-1)!.archetypes[3]!.level).to.equal(40);
    await settled(el);
    await sendKeys({ press: 'Backspace' });
    await settled(el);
    await sendKeys({ press: 'Backspace' });
    expect('level' in drafts.at(-1)!.archetypes[3]!).to.equal(false);
  });

  it('renumbering a persona takes its answers along, even through an emptied field', async () => {
    const { el, root, drafts } = await mount('digi-builder-quiz-form', quiz());
    const levelsOf = (content: ArchetypeQuizContent) =>
      content.questions.map((question) => question.options.map((o) => o.level));
    const levels = () => levelsOf(drafts.at(-1)!);
    const original = levelsOf(quiz());
    const renumbered = original.map((l) => l.map((level) => (level === 4 ? 7 : level)));
    await typeInto(root, 'archetypes[3].level', '');
    await sendKeys({ press: 'Backspace' });
    await settled(el);
    expect(levels()[0]).to.deep.equal(original[0]);
    await sendKeys({ type: '7' });
    await settled(el);
    expect(drafts.at(-1)!.archetypes[3]!.level).to.equal(7);
    expect(levels()).to.deep.equal(renumbered);
    // Onto a level another persona holds: the answers stay where they are.
    await sendKeys({ press: 'Backspace' });
    await settled(el);
    await sendKeys({ type: '1' });
    await settled(el);
    expect(levels()[0]).to.deep.equal(renumbered[0]);
  });

  it('shows and edits the weights of a quiz that scores by weights, losing nothing', async () => {
    const draft = await weightsQuiz();
    const { el, root, drafts } = await mount('digi-builder-quiz-form', draft);
    expect(root.querySelector('select') === null, 'no level selects').to.equal(true);
    expect(
      text(q(root, `label[for="${fieldId('questions[0].options[1].weights.deltager')}"]`)),
    ).to.equal('Deltageren');
    expect(field(root, 'questions[0].options[1].weights.deltager').value).to.equal('2');
    expect(field(root, 'questions[0].options[1].weights.lytter').value).to.equal('');
    await typeInto(root, 'intro', '!');
    const expected = { ...structuredClone(draft), intro: `${draft.intro ?? ''}!` };
    expect(JSON.stringify(drafts.at(-1))).to.equal(JSON.stringify(expected));
    await typeInto(root, 'questions[0].options[1].weights.deltager', '5');
    await settled(el);
    expect(JSON.stringify(drafts.at(-1)!.questions[0]!.options[1]!.weights)).to.equal(
      '{"deltager":25,"leder":1}',
    );
    await typeInto(root, 'questions[0].options[1].weights.lytter', '1');
    expect(drafts.at(-1)!.questions[0]!.options[1]!.weights).to.deep.equal({
      deltager: 25,
      leder: 1,
      lytter: 1,
    });
  });

  it('keeps weights for an id no persona has, showing its problem there', async () => {
    const draft = structuredClone(await weightsQuiz());
    draft.questions[0]!.options[0]!.weights = { lytter: 2, ghost: 1 };
    const { root, el } = await mount('digi-builder-quiz-form', draft, {
      problems: [{ path: 'questions[0].options[0].weights.ghost', code: 'unknown-ref' }],
    });
    expect(field(root, 'questions[0].options[0].weights.ghost').value).to.equal('1');
    expectProblemAt(
      root,
      'questions[0].options[0].weights.ghost',
      'ghost (ingen persona har dette id): henviser til et id, der ikke findes',
    );
    expect(el.focusField('questions[0].options[0].weights.ghost')).to.equal(true);
    expect(focused()).to.equal(`#${fieldId('questions[0].options[0].weights.ghost')}`);
  });

  it('speaks English: personas by level in the selects', async () => {
    const { root } = await mount('digi-builder-quiz-form', quiz(), { lang: 'en' });
    const select = field<HTMLSelectElement>(root, 'questions[0].options[0].level');
    expect(text(select.selectedOptions[0]!)).to.equal('Level 3 – Viktor Velvillig');
    expect(text(q(root, `label[for="${select.id}"]`))).to.equal('Belongs to');
    expect(buttonNames(root)).to.include.members([
      'Add persona',
      'Add question',
      'Move answer 2 up',
      'Remove persona 3',
    ]);
  });

  it('renames weights with a persona id, and adds answers that score by weights', async () => {
    const { el, root, drafts } = await mount('digi-builder-quiz-form', await weightsQuiz());
    expect(el.focusField('archetypes[0].id')).to.equal(true);
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'x' });
    expect(drafts.at(-1)!.archetypes[0]!.id).to.equal('lytterx');
    expect(drafts.at(-1)!.questions[0]!.options[0]!.weights).to.deep.equal({ lytterx: 2 });
    expect(drafts.at(-1)!.questions[1]!.options[0]!.weights).to.deep.equal({
      lytterx: 1,
      deltager: 1,
    });
    await settled(el);
    const add = [...q(root, `#${fieldId('questions[1]')}`).querySelectorAll('button')].find(
      (b) => text(b) === 'Tilføj svar',
    )!;
    await press(add);
    await settled(el);
    expect(drafts.at(-1)!.questions[1]!.options[2]).to.deep.equal({ label: '', weights: {} });
    expect(focused()).to.equal(`#${fieldId('questions[1].options[2].label')}`);
    expect(status(root)).to.equal('Svar 3 er tilføjet');
  });

  it('adds a question with an id, two answers, and an id that follows its text', async () => {
    const { el, root, drafts } = await mount('digi-builder-quiz-form', quiz());
    const n = quizDa.content.questions.length;
    await press(button(root, 'Tilføj spørgsmål'));
    await settled(el);
    expect(drafts.at(-1)!.questions[n]).to.deep.equal({
      id: `spoergsmaal-${n + 1}`,
      text: '',
      options: [{ label: '' }, { label: '' }],
    });
    expect(focused()).to.equal(`#${fieldId(`questions[${n}].text`)}`);
    expect(status(root)).to.equal(`Spørgsmål ${n + 1} er tilføjet`);
    await sendKeys({ type: 'Må vi?' });
    expect(drafts.at(-1)!.questions[n]!.id).to.equal('maa-vi');
  });

  it('adds a persona on the next level, moves and removes answers within a question', async () => {
    const { el, root, drafts } = await mount('digi-builder-quiz-form', quiz());
    await press(button(root, 'Tilføj persona'));
    await settled(el);
    expect(drafts.at(-1)!.archetypes[4]).to.deep.equal({
      id: 'persona-5',
      level: 5,
      name: '',
      portrait: '',
      nextStep: '',
    });
    await sendKeys({ type: 'Ole Ny' });
    expect(drafts.at(-1)!.archetypes[4]!.id).to.equal('ole-ny');
    const question = q(root, `#${fieldId('questions[0]')}`);
    const moveDown = [...question.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === 'Flyt svar 1 ned',
    )!;
    await press(moveDown);
    await settled(el);
    const [first, second, ...rest] = quizDa.content.questions[0]!.options.map((o) => o.level);
    expect(drafts.at(-1)!.questions[0]!.options.map((o) => o.level)).to.deep.equal([
      second,
      first,
      ...rest,
    ]);
    expect(focused()).to.equal('down:questions[0].options[1]');
    expect(status(root)).to.equal('Svar 1 er flyttet ned til plads 2');
  });

  it('keeps at least two answers and two personas', async () => {
    const draft = quiz();
    const small: ArchetypeQuizContent = {
      archetypes: draft.archetypes.slice(0, 2),
      questions: [{ ...draft.questions[0]!, options: draft.questions[0]!.options.slice(0, 2) }],
    };
    const { root } = await mount('digi-builder-quiz-form', small);
    const names = buttonNames(root);
    expect(names.filter((n) => /^Fjern (persona|spørgsmål|svar)/.test(n))).to.deep.equal([]);
    expect(names).to.include('Fjern styrke 1');
    expect(text(root)).to.contain('Der skal være mindst 2 personaer');
    expect(text(root)).to.contain('Der skal være mindst 2 svar');
    expect(text(root)).to.contain('Der skal være mindst 1 spørgsmål');
  });

  describe('problems', () => {
    const problems: ContentProblem[] = [
      { path: 'questions[0].options[1].level', code: 'unknown-ref' },
      { path: 'questions[1].options', code: 'min-items', params: { n: 2 } },
      { path: 'questions[2]', code: 'object' },
      { path: 'archetypes[1].level', code: 'duplicate-id' },
      { path: 'archetypes[2].strengths[0]', code: 'text' },
      { path: 'questions[3].options[0].weights', code: 'invalid' },
    ];

    it('shows each at its field, nested answer, item or list', async () => {
      const { root } = await mount('digi-builder-quiz-form', quiz(), { problems });
      expectProblemAt(
        root,
        'questions[0].options[1].level',
        'Hører til: henviser til et id, der ikke findes',
      );
      expectProblemAt(root, 'questions[1].options', 'Svarmuligheder: skal have mindst 2', false);
      expectProblemAt(root, 'questions[2]', 'Spørgsmål 3: skal være et objekt', false);
      expectProblemAt(root, 'archetypes[1].level', 'Niveau: bruges mere end én gang');
      expectProblemAt(root, 'archetypes[2].strengths[0]', 'Styrke 1: skal indeholde tekst');
      // No weights field in a level quiz: the problem goes to the answer.
      expectProblemAt(root, 'questions[3].options[0]', 'Svar 1: er ugyldig', false);
    });

    it('keeps a level no persona has, and says so', async () => {
      const draft = quiz();
      const broken = setOption(draft, 7);
      const { root } = await mount('digi-builder-quiz-form', broken);
      const select = field<HTMLSelectElement>(root, 'questions[0].options[0].level');
      expect(select.value).to.equal('7');
      expect(text(select.selectedOptions[0]!)).to.equal('Niveau 7 – ingen persona');
    });

    it('focusField reaches a nested answer', async () => {
      const { el } = await mount('digi-builder-quiz-form', quiz(), { problems });
      expect(el.focusField('questions[0].options[1].level')).to.equal(true);
      expect(focused()).to.equal(`#${fieldId('questions[0].options[1].level')}`);
    });

    it('are accessible (axe), in English too', async () => {
      const { el, root } = await mount('digi-builder-quiz-form', quiz(), { problems, lang: 'en' });
      expectProblemAt(
        root,
        'questions[0].options[1].level',
        'Belongs to: refers to an id that does not exist',
      );
      await expect(el).to.be.accessible();
    });
  });

  it('is accessible (axe), by level and by weights', async () => {
    const { el } = await mount('digi-builder-quiz-form', quiz());
    await expect(el).to.be.accessible();
    el.draft = await weightsQuiz();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

function setOption(draft: ArchetypeQuizContent, level: number): ArchetypeQuizContent {
  const copy = structuredClone(draft);
  copy.questions[0]!.options[0]!.level = level;
  return copy;
}

describe('<digi-builder-wheel-form>', () => {
  it('renders the built-in themes and round-trips them', async () => {
    const draft = wheel();
    const { root, drafts } = await mount('digi-builder-wheel-form', draft);
    expect([...root.querySelectorAll('fieldset.item > legend h4')].map(text)).to.have.length(5);
    expect(field(root, 'themes[0].examples[0]').value).to.equal('Skærmbesøg i hjemmeplejen');
    await typeInto(root, 'themes[4].description', '.');
    const expected = structuredClone(wheelDa.content);
    expected.themes[4]!.description += '.';
    expect(JSON.stringify(drafts[0])).to.equal(JSON.stringify(expected));
  });

  it('uses the default colour until unchecked, then picks this segment’s colour to edit', async () => {
    const { el, root, drafts } = await mount('digi-builder-wheel-form', wheel());
    const box = q<HTMLInputElement>(root, `#${fieldId('themes[1].color')}--default`);
    expect(box.checked).to.equal(true);
    expect(root.querySelector(`#${fieldId('themes[1].color')}`) === null).to.equal(true);
    await press(box, SPACE);
    await settled(el);
    expect(drafts.at(-1)!.themes[1]!.color).to.equal(PALETTE[1]);
    expect(field(root, 'themes[1].color').value).to.equal(PALETTE[1]);
    expect(q<HTMLInputElement>(root, `#${fieldId('themes[1].color')}--picker`).value).to.equal(
      PALETTE[1],
    );
    expectProblemAt(root, 'themes[1].color', 'Kontrast mod hvid', false);
    await press(q(root, `#${fieldId('themes[1].color')}--default`), SPACE);
    expect('color' in drafts.at(-1)!.themes[1]!).to.equal(false);
  });

  it('warns, without blocking, when a colour has less than 3:1 against white', async () => {
    const draft = structuredClone(wheelDa.content);
    draft.themes[0]!.color = '#ffeb3b';
    const { root } = await mount('digi-builder-wheel-form', draft);
    expectProblemAt(root, 'themes[0].color', 'Kontrasten mod hvid er kun 1,2:1', false);
    expect(field(root, 'themes[0].color').getAttribute('aria-invalid')).to.equal('false');
    expect(q<HTMLInputElement>(root, `#${fieldId('themes[0].color')}--picker`).value).to.equal(
      '#ffeb3b',
    );
  });

  it('adds, moves and removes examples with focus and announcements', async () => {
    const { el, root, drafts } = await mount('digi-builder-wheel-form', wheel());
    const examples = () => drafts.at(-1)!.themes[0]!.examples;
    await press(button(root, 'Flyt eksempel 2 op'));
    await settled(el);
    const [a, b, c] = wheelDa.content.themes[0]!.examples!;
    expect(examples()).to.deep.equal([b, a, c]);
    expect(focused()).to.equal('down:themes[0].examples[0]');
    expect(status(root)).to.equal('Eksempel 2 er flyttet op til plads 1');
    const add = [...q(root, `#${fieldId('themes[0]')}`).querySelectorAll('button')].find(
      (x) => text(x) === 'Tilføj eksempel',
    )!;
    await press(add);
    await settled(el);
    expect(focused()).to.equal(`#${fieldId('themes[0].examples[3]')}`);
    await sendKeys({ type: 'Nyt' });
    expect(examples()).to.deep.equal([b, a, c, 'Nyt']);
    await press(button(root, 'Fjern eksempel 1'));
    await settled(el);
    expect(examples()).to.deep.equal([a, c, 'Nyt']);
    expect(focused()).to.equal('remove:themes[0].examples[0]');
    expect(status(root)).to.equal('Eksempel 1 er fjernet');
  });

  it('adds a theme with a free id that follows its title', async () => {
    const draft = structuredClone(wheelDa.content);
    draft.themes[0]!.id = 'tema-6';
    const { el, root, drafts } = await mount('digi-builder-wheel-form', draft);
    await press(button(root, 'Tilføj tema'));
    await settled(el);
    expect(drafts.at(-1)!.themes[5]).to.deep.equal({ id: 'tema-6-2', title: '', description: '' });
    expect(focused()).to.equal(`#${fieldId('themes[5].title')}`);
    await sendKeys({ type: 'Grøn' });
    expect(drafts.at(-1)!.themes[5]!.id).to.equal('groen');
    await settled(el);
    await typeInto(root, 'themes[1].title', 'X');
    expect(drafts.at(-1)!.themes[1]!.id).to.equal(wheelDa.content.themes[1]!.id);
  });

  it('keeps between MIN_THEMES and MAX_THEMES themes', async () => {
    const two = await mount('digi-builder-wheel-form', {
      themes: wheelDa.content.themes.slice(0, 2),
    });
    expect(buttonNames(two.root).filter((n) => /^Fjern tema/.test(n))).to.deep.equal([]);
    const twelve = await mount('digi-builder-wheel-form', {
      themes: Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, title: 'T', description: 'D' })),
    });
    expect(buttonNames(twelve.root)).to.not.include('Tilføj tema');
    expect(text(twelve.root)).to.contain('Der kan højst være 12 temaer.');
  });

  it('shows problems at the colour, an example and the link, and is accessible (axe)', async () => {
    const draft = structuredClone(wheelDa.content);
    draft.themes[2]!.color = 'rød';
    draft.themes[3]!.link = { href: 'javascript:alert(1)', text: 'Læs' };
    const { el, root } = await mount('digi-builder-wheel-form', draft, {
      problems: [
        { path: 'themes[2].color', code: 'color' },
        { path: 'themes[1].examples[1]', code: 'text' },
        { path: 'themes[3].link.href', code: 'url' },
        { path: 'themes[0].id', code: 'id' },
      ],
    });
    expectProblemAt(root, 'themes[2].color', 'Farvekode: skal være en farve, fx #1a6b3c');
    expectProblemAt(root, 'themes[1].examples[1]', 'Eksempel 2: skal indeholde tekst');
    expectProblemAt(root, 'themes[3].link.href', 'Adresse: skal være et http(s)-link');
    expectProblemAt(root, 'themes[0].id', 'Id: må kun indeholde små bogstaver');
    await expect(el).to.be.accessible();
  });

  it('is accessible (axe) in English', async () => {
    const { el } = await mount('digi-builder-wheel-form', wheel(), { lang: 'en' });
    await expect(el).to.be.accessible();
  });
});

/** Throws when anything in the form sticks out of its 320 px or scrolls sideways. */
function expectFits(el: HTMLElement) {
  for (const node of [el, ...shadow(el).querySelectorAll('*')]) {
    if (
      !['input', 'textarea'].includes(node.localName) &&
      !node.classList.contains('visually-hidden') &&
      node.scrollWidth > node.clientWidth + 1 &&
      getComputedStyle(node).overflowX !== 'visible'
    )
      throw new Error(`${node.localName}#${node.id} scrolls sideways`);
  }
  const right = el.getBoundingClientRect().right;
  const outside = [...shadow(el).querySelectorAll('*')]
    .filter((n) => n.getBoundingClientRect().right > right + 0.5)
    .map((n) => `${n.localName}${n.id ? `#${n.id}` : ''}.${n.className}`);
  expect(outside.join(', '), 'elements sticking out of 320 px').to.equal('');
}

describe('at 320 px', () => {
  const long = 'https://intra.example.dk/en/meget/lang/adresse/uden/mellemrum/nogen/steder';
  const cases: [Tag, () => object, ContentProblem[]][] = [
    [
      'digi-builder-tips-form',
      () => ({ tips: [{ title: long, body: long, link: { href: long, text: long } }] }),
      [{ path: 'tips[0].link.href', code: 'url' }],
    ],
    [
      'digi-builder-quiz-form',
      quiz,
      [{ path: 'questions[0].options[1].level', code: 'unknown-ref' }],
    ],
    ['digi-builder-wheel-form', wheel, [{ path: 'themes[0].id', code: 'duplicate-id' }]],
  ];
  for (const [tag, draft, problems] of cases) {
    it(`${tag} fits without horizontal scrolling`, async () => {
      const { el } = await mount(tag, draft(), { problems });
      el.style.display = 'block';
      el.style.width = '320px';
      expectFits(el);
    });
  }
});

describe('malformed drafts (a JSON file that fails the schema)', () => {
  it('render without throwing, and their fields can be filled in', async () => {
    const tipsForm = await mount('digi-builder-tips-form', {
      tips: [null, 'x', { title: 5, link: 'nope' }],
    } as unknown as TipCarouselContent);
    expect(tipsForm.root.querySelectorAll('fieldset.item')).to.have.length(3);
    await typeInto(tipsForm.root, 'tips[0].title', 'A');
    expect(tipsForm.drafts.at(-1)!.tips[0]).to.deep.equal({ title: 'A' });
    const quizForm = await mount('digi-builder-quiz-form', {
      archetypes: [null, { id: 3, level: 'x', strengths: 'y' }],
      questions: [{ options: [null, { label: 'a', weights: 4 }] }, 'q'],
    } as unknown as ArchetypeQuizContent);
    expect(quizForm.root.querySelectorAll('fieldset.item').length > 4).to.equal(true);
    const wheelForm = await mount('digi-builder-wheel-form', {
      themes: [{ color: 7, examples: 'z', link: null }, null],
    } as unknown as StrategyWheelContent);
    expect(wheelForm.root.querySelectorAll('fieldset.item')).to.have.length(2);
    const noThemes = await mount('digi-builder-wheel-form', {} as StrategyWheelContent, {
      problems: [{ path: 'themes', code: 'missing' }],
    });
    expectProblemAt(noThemes.root, 'themes', 'Temaer: mangler', false);
  });
});

describe('names every object inherits, as ids and keys (issue 16)', () => {
  it('quiz: personas and weights named so show only their own points, and edits add own keys', async () => {
    const draft = JSON.parse(`{
      "archetypes": [
        { "id": "constructor", "level": 1, "name": "Anna", "portrait": "P", "nextStep": "N" },
        { "id": "__proto__", "level": 2, "name": "Bo", "portrait": "P", "nextStep": "N" }
      ],
      "questions": [{ "id": "q", "text": "Q?", "options": [
        { "label": "A", "weights": { "valueOf": 1 } },
        { "label": "B", "weights": { "constructor": 1 } }
      ] }]
    }`) as ArchetypeQuizContent;
    const { el, root, drafts } = await mount('digi-builder-quiz-form', draft, {
      problems: [{ path: 'questions[0].options[0].weights.valueOf', code: 'unknown-ref' }],
    });
    const path = 'questions[0].options[0].weights';
    expect(field(root, `${path}.constructor`).value).to.equal('');
    expect(field(root, `${path}.__proto__`).value).to.equal('');
    expect(field(root, `${path}.valueOf`).value).to.equal('1');
    expectProblemAt(
      root,
      `${path}.valueOf`,
      'valueOf (ingen persona har dette id): henviser til et id, der ikke findes',
    );
    expect(text(root)).to.not.match(/native code|function/);
    await typeInto(root, `${path}.__proto__`, '3');
    await settled(el);
    await typeInto(root, `${path}.constructor`, '2');
    const weights = drafts.at(-1)!.questions[0]!.options[0]!.weights!;
    expect(Object.getPrototypeOf(weights)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(weights, '__proto__')?.value).to.equal(3);
    expect(Object.getOwnPropertyDescriptor(weights, 'constructor')?.value).to.equal(2);
    expect(Object.keys(weights)).to.deep.equal(['valueOf', '__proto__', 'constructor']);
  });
});

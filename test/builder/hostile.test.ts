// Drafts meant to freeze or lock out the builder (issue 16), with the real forms and preview:
// 1,000 and 10,000 tips pasted, opened as a file and stored in localStorage, and drafts whose
// kinds, keys and ids are names every object inherits. Each time the page stays responsive (no
// task over 200 ms) and usable: it says what happened, the editor can carry on editing, and
// starting over works.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/builder/define.js';
import type { DigiEmbedBuilder } from '../../src/builder/embed-builder.js';
import type { BuilderFormBase } from '../../src/builder/forms/form-base.js';
import { LEGACY_KEY, STORAGE_KEY } from '../../src/builder/state.js';
import { tipCarouselDa as tipsDa } from '../../src/tip-carousel/index.js';
import { differently, engine, settle, shadow } from '../helpers.js';
import { INHERITED, objectJson } from './names.js';

/** The most a task may block the page. */
const LIMIT_MS = 200;

/** Longest tasks measured, for the line printed at the end. */
const measured: string[] = [];

/** Only Chromium reports long tasks to a PerformanceObserver (the others list the type only). */
const longtasks = engine === 'Chromium';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The length of the task running now, with `trigger` run in it and all its microtasks. */
function taskLength(trigger: () => void): Promise<number> {
  return new Promise((resolve) => {
    const start = performance.now();
    // A timer runs in a task of its own: once this one has ended.
    setTimeout(() => {
      resolve(performance.now() - start);
    }, 0);
    trigger();
  });
}

/** Measures the task that runs a handler: call `task` from inside it, or with what starts it. */
interface Meter {
  task(trigger?: () => void): void;
}

/**
 * How long the main thread was blocked while `action` ran. In Chromium: the longest task the
 * 'longtask' PerformanceObserver reports (tasks of 50 ms and more; 0 when there is none).
 * Elsewhere: the handler's own time, the longest of the tasks `action` has its meter measure
 * (the handler's work with the render it causes, which Lit does in microtasks).
 */
async function blocked(action: (meter: Meter) => Promise<void>): Promise<number> {
  const tasks: Promise<number>[] = [];
  const meter: Meter = {
    task: (trigger = () => undefined) => {
      tasks.push(taskLength(trigger));
    },
  };
  let longest: number;
  if (longtasks) {
    const durations: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    await action(meter);
    await nextTask(); // a task is reported once it has ended
    for (const entry of observer.takeRecords()) durations.push(entry.duration);
    observer.disconnect();
    longest = Math.max(0, ...durations);
  } else {
    await action(meter);
    longest = Math.max(0, ...(await Promise.all(tasks)));
  }
  return longest;
}

/**
 * Runs `attempt` (a fresh builder, then the action measured with {@link blocked}) up to three
 * times, until one stays under the limit; the quickest counts. A freeze shows in every attempt,
 * a machine busy with something else in one.
 */
async function quickest(
  name: string,
  attempt: () => Promise<{ took: number; el: DigiEmbedBuilder }>,
): Promise<{ took: number; el: DigiEmbedBuilder }> {
  let best = await attempt();
  for (let tries = 1; tries < 3 && best.took >= LIMIT_MS; tries++) {
    best.el.remove();
    localStorage.clear();
    const next = await attempt();
    best = next.took < best.took ? next : best;
  }
  measured.push(`${name}: ${Math.round(best.took)} ms`);
  return best;
}

/** Waits until the page has drawn what the test set up, so it is not measured with the action. */
const drawn = async () => {
  await new Promise(requestAnimationFrame);
  await nextTask();
};

const HOW = differently({
  Firefox: 'no long-task entries: the handler’s own time',
  WebKit: 'no long-task entries: the handler’s own time',
});

/** `count` tips, about 85 bytes each: 1,000 is 85 kB, 10,000 is 850 kB (over 500 kB). */
const manyTips = (count: number) => ({
  tips: Array.from({ length: count }, (_, i) => ({
    title: `Råd nummer ${i + 1}`,
    body: `Et råd om digital ledelse, nummer ${i + 1} af ${count}.`,
  })),
});

// Typed like querySelector itself: the caller names the element type it expects.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<E>(selector);
const text = (node: Element | null | undefined) =>
  node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const form = (el: Element) => $<BuilderFormBase<{ tips: unknown[] }>>(el, '.content-form')!;
const button = (el: Element, label: string) => {
  const found = [...shadow(el).querySelectorAll('button')].find((b) => text(b) === label);
  if (!found) throw new Error(`No button "${label}"`);
  return found;
};

async function builder(): Promise<DigiEmbedBuilder> {
  const el = await fixture<DigiEmbedBuilder>(html`<digi-embed-builder></digi-embed-builder>`);
  await settle(el);
  await form(el).updateComplete;
  return el;
}

/** Nothing the builder shows is the source of what every object inherits. */
function expectNoInheritedText(el: Element): void {
  const roots = [shadow(el), shadow(form(el))];
  for (const root of roots) {
    const shown = [
      root.textContent,
      ...[...root.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value),
    ].join(' ');
    expect(shown).to.not.match(/\[native code\]|function \w*\(/);
  }
}

/** The editor can carry on: a field edits the draft and is kept; starting over works. */
async function expectUsable(el: DigiEmbedBuilder): Promise<void> {
  const title = shadow(form(el)).querySelector<HTMLInputElement>('#f-tips-0-title')!;
  title.value = 'Videre herfra';
  title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
  expect(form(el).draft.tips[0]).to.deep.include({ title: 'Videre herfra' });
  expect(localStorage.getItem(STORAGE_KEY)).to.include('Videre herfra');
  button(el, 'Start forfra').click();
  await settle(el);
  button(el, 'Ja, slet kladden').click();
  await settle(el);
  await form(el).updateComplete;
  expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  expect(localStorage.getItem(LEGACY_KEY)).to.equal(null);
  expect(form(el).draft).to.deep.equal(tipsDa.content);
  expect($(el, '.stored')).to.equal(null);
}

const tooMany = (count: string) =>
  `Der er ${count} råd i indholdet, men der kan højst være 100. Intet er hentet ind.`;
// (`text()` reads the no-break space in "500 kB" as a space.)
const tooLarge = 'Indholdet er for stort. Det må højst fylde 500 kB. Intet er hentet ind.';

before(async () => {
  // The first builder on the page loads and compiles what every later one reuses.
  localStorage.clear();
  await builder();
});

beforeEach(() => localStorage.clear());
afterEach(() => {
  sinon.restore();
  localStorage.clear();
});
after(() => {
  console.log(
    `Longest tasks (${longtasks ? 'long-task observer' : 'handler time'}): ${measured.join('; ')}`,
  );
});

describe('oversized drafts', () => {
  for (const [count, shown, message] of [
    [1_000, '1.000', tooMany('1.000')],
    [10_000, '10.000', tooLarge],
  ] as const) {
    // As an editor's file usually is: indented, a line a key.
    const json = JSON.stringify(manyTips(count), null, 2);

    describe(`${shown} tips`, () => {
      it(`pasted: refused at once, with the limit${HOW}`, async () => {
        const { took, el } = await quickest(`pasted ${shown}`, async () => {
          const el = await builder();
          const paste = $<HTMLTextAreaElement>(el, '#paste')!;
          paste.value = json;
          paste.dispatchEvent(new Event('input'));
          await settle(el);
          await drawn();
          const took = await blocked(async (meter) => {
            meter.task(() => {
              button(el, 'Brug det indsatte').click();
            });
            await settle(el);
          });
          return { took, el };
        });
        expect(text($(el, '.message[role="alert"]'))).to.equal(message);
        expect(took).to.be.below(LIMIT_MS);
        expect(form(el).draft).to.deep.equal(tipsDa.content, 'nothing drawn');
        expect(localStorage.getItem(STORAGE_KEY)).to.equal(null, 'nothing saved');
        await expectUsable(el);
      });

      it(`opened as a file: refused at once, with the limit${HOW}`, async () => {
        // Reading the file does not block the page; the task that goes on once it is read does.
        const read = File.prototype.text;
        let meter: Meter | undefined;
        sinon.stub(File.prototype, 'text').callsFake(async function (this: File) {
          const text = await read.call(this);
          meter?.task();
          return text;
        });
        const { took, el } = await quickest(`file ${shown}`, async () => {
          const el = await builder();
          const input = $<HTMLInputElement>(el, '#file')!;
          const files = new DataTransfer();
          files.items.add(new File([json], 'raad.json'));
          input.files = files.files;
          await drawn();
          const took = await blocked(async (m) => {
            meter = m;
            m.task(() => input.dispatchEvent(new Event('change')));
            await waitUntil(() => text($(el, '.message[role="alert"]')), 'refused', {
              interval: 5,
            });
          });
          return { took, el };
        });
        expect(text($(el, '.message[role="alert"]'))).to.equal(message);
        expect(took).to.be.below(LIMIT_MS);
        expect(localStorage.getItem(STORAGE_KEY)).to.equal(null, 'nothing saved');
        await expectUsable(el);
      });

      it(`stored in localStorage: opens at once, says so, and offers to start over${HOW}`, async () => {
        const stored = JSON.stringify({
          version: '2',
          value: { kind: 'tip-carousel', widgets: { 'tip-carousel': { draft: manyTips(count) } } },
        });
        const { took, el } = await quickest(`stored ${shown}`, async () => {
          localStorage.setItem(STORAGE_KEY, stored);
          const page = await fixture<HTMLElement>(html`<div></div>`);
          await drawn();
          const el = document.createElement('digi-embed-builder');
          const took = await blocked(async (m) => {
            m.task(() => page.append(el));
            await settle(el);
            await form(el).updateComplete;
          });
          return { took, el };
        });
        expect(took).to.be.below(LIMIT_MS);
        const notice = $(el, '.stored')!;
        expect(notice.getAttribute('role')).to.equal('alert');
        expect(text(notice)).to.include(
          `Din gemte kladde til rådkarrusellen blev ikke åbnet. Der er ${shown} råd i indholdet, men der kan højst være 100.`,
        );
        expect(form(el).draft).to.deep.equal(tipsDa.content);
        button(el, 'Slet den gemte kladde, og start forfra').click();
        await settle(el);
        expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
        button(el, 'Nej, behold kladden').click();
        await expectUsable(el);
      });
    });
  }
});

describe('drafts with names every object inherits', () => {
  it('a stored kind that is such a name, in either version, opens the builder and says so', async () => {
    for (const name of INHERITED) {
      for (const [key, version, value] of [
        [LEGACY_KEY, '1', objectJson([['kind', JSON.stringify(name)]])],
        [STORAGE_KEY, '2', objectJson([['kind', JSON.stringify(name)]])],
      ] as const) {
        localStorage.clear();
        localStorage.setItem(
          key,
          objectJson([
            ['version', `"${version}"`],
            ['value', value],
          ]),
        );
        const el = await builder();
        expect(form(el).localName, `${name} in version ${version}`).to.equal(
          'digi-builder-tips-form',
        );
        expect(text($(el, '.stored'))).to.include('Noget i din gemte kladde kunne ikke bruges');
        el.remove();
      }
    }
  });

  it('tips whose ids are such names, pasted, show no inherited text, and editing goes on', async () => {
    const el = await builder();
    const tips = INHERITED.map((id, i) =>
      objectJson([
        ['id', JSON.stringify(id)],
        ['title', `"Råd ${i + 1}"`],
        ['body', '"Tekst."'],
        [id, '"ekstra"'],
      ]),
    );
    const paste = $<HTMLTextAreaElement>(el, '#paste')!;
    paste.value = objectJson([
      ['tips', `[${tips.join(',')}]`],
      ['constructor', '1'],
    ]);
    paste.dispatchEvent(new Event('input'));
    await settle(el);
    button(el, 'Brug det indsatte').click();
    await settle(el);
    await form(el).updateComplete;
    expect(form(el).draft.tips).to.have.length(INHERITED.length);
    expectNoInheritedText(el);
    await expectUsable(el);
  });

  it('property: a quiz stored with persona ids and weight keys drawn from such names', async () => {
    const name = fc.constantFrom(...INHERITED);
    await fc.assert(
      fc.asyncProperty(name, name, async (id, key) => {
        localStorage.clear();
        const option = (level: number) =>
          objectJson([
            ['label', '"Svar"'],
            [
              'weights',
              objectJson([
                [key, String(level)],
                [id, '1'],
              ]),
            ],
          ]);
        const persona = (personaId: string, level: number) =>
          objectJson([
            ['id', JSON.stringify(personaId)],
            ['level', String(level)],
            ['name', `"Persona ${level}"`],
            ['portrait', '"P."'],
            ['nextStep', '"N."'],
          ]);
        const quiz = objectJson([
          ['archetypes', `[${persona(id, 1)},${persona('anden', 2)}]`],
          [
            'questions',
            `[${objectJson([
              ['id', '"q"'],
              ['text', '"Q?"'],
              ['options', `[${option(1)},${option(2)}]`],
            ])}]`,
          ],
        ]);
        const widgets = objectJson([['archetype-quiz', objectJson([['draft', quiz]])]]);
        localStorage.setItem(
          STORAGE_KEY,
          objectJson([
            ['version', '"2"'],
            [
              'value',
              objectJson([
                ['kind', '"archetype-quiz"'],
                ['widgets', widgets],
              ]),
            ],
          ]),
        );
        const el = await builder();
        expect(form(el).localName).to.equal('digi-builder-quiz-form');
        expectNoInheritedText(el);
        el.remove();
      }),
      { numRuns: 15 },
    );
  });
});

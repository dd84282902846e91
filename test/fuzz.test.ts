// Property-based tests (issue 7, "Fuzzed content"): random JSON and mutations of each widget's
// built-in content, set through the `content` property. Whatever comes in, the widget never throws,
// always shows either itself or the error notice, shows every string as text, and links only to
// http(s) or relative addresses.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../src/define.js';
import { archetypeQuizDa as quizDa } from '../src/archetype-quiz/index.js';
import { strategyWheelDa as wheelDa } from '../src/strategy-wheel/index.js';
import { tipCarouselDa as carouselDa } from '../src/tip-carousel/index.js';
import { shadow } from './helpers.js';
import { expectEveryWidget } from './registry.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

type Json = unknown;

interface WidgetUnderTest {
  tag: string;
  /** The widget's main part, present whenever its content rendered. */
  main: string;
  builtin: Json;
  /** Where a text that is shown on first render lives, for the "shown as text" property. */
  shownText: (content: Record<string, unknown>) => [Record<string, unknown>, string];
}

const widgets: WidgetUnderTest[] = [
  {
    tag: 'digi-tip-carousel',
    main: '[part="carousel"]',
    builtin: carouselDa.content,
    shownText: (c) => [(c['tips'] as Record<string, unknown>[])[0]!, 'title'],
  },
  {
    tag: 'digi-archetype-quiz',
    main: '[part="quiz"]',
    builtin: quizDa.content,
    shownText: (c) => [c, 'title'],
  },
  {
    tag: 'digi-strategy-wheel',
    main: '[part="tablist"]',
    builtin: wheelDa.content,
    shownText: (c) => [(c['themes'] as Record<string, unknown>[])[0]!, 'title'],
  },
];

const PWN = 'window.__pwned=1';

/** Strings an editor (or an attacker) might paste. */
const hostileStrings = [
  `<img src=x onerror="${PWN}">`,
  `<script>${PWN}</script>`,
  `"><svg onload="${PWN}"></svg>`,
  `</p><iframe src="javascript:${PWN}"></iframe>`,
  `<a href="javascript:${PWN}">x</a>`,
  `javascript:${PWN}`,
  ` JaVaScRiPt:${PWN}`,
  `\tjava\nscript:${PWN}`,
  `\u0000javascript:${PWN}`,
  `data:text/html,<script>${PWN}</script>`,
  'vbscript:msgbox(1)',
  `{{constructor.constructor('${PWN}')()}}`,
  `\${${PWN}}`,
  '\u202eevil\u202c',
  '   ',
  '',
  '#',
  '//example.org/x',
  'x'.repeat(100_000),
  '😀'.repeat(5_000),
];

/** Hrefs with a scheme other than http(s): they must never reach an `<a>`. */
const hostileHrefs = [
  `javascript:${PWN}`,
  ` JaVaScRiPt:${PWN}`,
  `\tjava\nscript:${PWN}`,
  `\u0001javascript:${PWN}`,
  `java\u0000script:${PWN}`,
  `data:text/html,<script>${PWN}</script>`,
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/x',
];

const hostileString = fc.constantFrom(...hostileStrings);

/** One change to a piece of content, applied at a path chosen by `at`. */
type Mutation =
  | { op: 'drop'; at: number }
  | { op: 'replace'; at: number; value: Json }
  | { op: 'retype'; at: number }
  | { op: 'hostile'; at: number; value: string }
  | { op: 'empty-array'; at: number }
  | { op: 'link'; at: number; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue() }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('hostile' as const), at: fc.nat(), value: hostileString }),
  fc.record({ op: fc.constant('empty-array' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('link' as const),
    at: fc.nat(),
    value: fc.constantFrom(...hostileHrefs),
  }),
);

type Slot = [container: Record<string, unknown> | unknown[], key: string | number];

/** Every place in `value` that holds something: [container, key]. */
function slots(value: Json, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([value, i]);
      slots(item, out);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, key]);
      slots(item, out);
    }
  }
  return out;
}

/** Objects in `value` that could carry a `link` (those with a title). */
function linkHolders(value: Json): Record<string, unknown>[] {
  return slots(value)
    .map(([c, k]) => (c as Record<string | number, unknown>)[k])
    .filter(
      (v): v is Record<string, unknown> =>
        !!v && typeof v === 'object' && !Array.isArray(v) && 'title' in v,
    );
}

const retyped = (v: unknown): Json =>
  typeof v === 'string'
    ? 42
    : typeof v === 'number'
      ? String(v)
      : Array.isArray(v)
        ? Object.fromEntries(v.entries())
        : v && typeof v === 'object'
          ? Object.values(v)
          : typeof v === 'boolean'
            ? 'true'
            : {};

function mutate(base: Json, mutations: Mutation[]): Json {
  const root = structuredClone(base);
  for (const m of mutations) {
    if (m.op === 'link') {
      const holders = linkHolders(root);
      if (holders.length)
        holders[m.at % holders.length]!['link'] = { href: m.value, text: 'Læs mere' };
      continue;
    }
    const all = slots(root);
    if (!all.length) break;
    const [container, key] = all[m.at % all.length]!;
    const record = container as Record<string | number, unknown>;
    switch (m.op) {
      case 'drop':
        if (Array.isArray(container)) container.splice(key as number, 1);
        else Reflect.deleteProperty(record, key);
        break;
      case 'replace':
        record[key] = m.value;
        break;
      case 'retype':
        record[key] = retyped(record[key]);
        break;
      case 'hostile':
        record[key] = m.value;
        break;
      case 'empty-array':
        record[key] = [];
        break;
    }
  }
  return root;
}

interface Checked {
  rendered: boolean;
  notice: boolean;
}

/** The invariants every state of a widget must keep; returns what it shows. */
function checkInvariants(el: HTMLElement, main: string): Checked {
  const root = shadow(el);
  const rendered = root.querySelector(main) !== null;
  const notice = root.querySelector('[part="notice"][role="alert"]') !== null;
  expect(rendered || notice, 'the widget or the error notice is shown').to.equal(true);
  expect(rendered && notice, 'not both the widget and the error notice').to.equal(false);
  const elements = [...root.querySelectorAll('*')];
  const markup = elements
    .filter((e) =>
      ['img', 'script', 'iframe', 'object', 'embed', 'foreignobject'].includes(e.localName),
    )
    .map((e) => e.localName);
  expect(markup, 'no markup from content').to.deep.equal([]);
  const handlers = elements.flatMap((e) =>
    e.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
  );
  expect(handlers, 'no event-handler attributes').to.deep.equal([]);
  const badLinks = [...root.querySelectorAll('a, [href]')]
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => !['http:', 'https:'].includes(new URL(href, location.href).protocol));
  expect(badLinks, 'only http(s) and relative links').to.deep.equal([]);
  expect(window.__pwned, 'window.__pwned').to.equal(undefined);
  return { rendered, notice };
}

type Widget = HTMLElement & { content?: unknown; updateComplete: Promise<unknown> };

/** Sets `content` and waits for loading, validation and rendering; any throw fails the property. */
async function show(el: Widget, content: unknown): Promise<void> {
  el.content = content;
  await el.updateComplete;
}

/** The quiz renders its questions only after "Start": press it when it is there, then check again. */
async function exerciseQuiz(el: Widget, main: string): Promise<void> {
  const start = shadow(el).querySelector<HTMLButtonElement>('[part="start-button"]');
  if (!start) return;
  start.click();
  await el.updateComplete;
  checkInvariants(el, main);
}

const NUM_RUNS = 60;

describe('fuzzed content', () => {
  it('goes through every widget of the registry', async () => {
    await expectEveryWidget(widgets.map((w) => w.tag));
  });

  let pageErrors: string[];
  const onError = (event: ErrorEvent) => pageErrors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));

  beforeEach(() => {
    pageErrors = [];
    delete window.__pwned;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // Refusals log one console.error each and light colours a console.warn: expected here.
    sinon.stub(console, 'error');
    sinon.stub(console, 'warn');
  });

  afterEach(async () => {
    // Give a stray `onerror` a chance to run before the last check.
    await new Promise((resolve) => setTimeout(resolve, 50));
    sinon.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(window.__pwned, 'window.__pwned').to.equal(undefined);
    expect(pageErrors, 'uncaught errors').to.deep.equal([]);
  });

  for (const { tag, main, builtin, shownText } of widgets) {
    describe(`<${tag}>`, () => {
      async function element(): Promise<Widget> {
        const el = document.createElement(tag) as Widget;
        const wrapper = await fixture(html`<div></div>`);
        wrapper.append(el);
        await el.updateComplete;
        return el;
      }

      it('the built-in content, set as the property, renders', async () => {
        const el = await element();
        await show(el, structuredClone(builtin));
        expect(checkInvariants(el, main)).to.deep.equal({ rendered: true, notice: false });
      });

      it('random JSON never throws and shows the widget or the notice', async () => {
        const el = await element();
        await fc.assert(
          fc.asyncProperty(fc.jsonValue(), async (value) => {
            await show(el, value);
            const { rendered } = checkInvariants(el, main);
            // Random JSON is not a valid widget (it lacks the required lists).
            expect(rendered, 'random JSON refused').to.equal(false);
          }),
          { numRuns: NUM_RUNS },
        );
      });

      it('mutated built-in content never throws, shows text as text and only safe links', async () => {
        const el = await element();
        await fc.assert(
          fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (changes) => {
            await show(el, mutate(builtin, changes));
            checkInvariants(el, main);
            if (tag === 'digi-archetype-quiz') await exerciseQuiz(el, main);
          }),
          { numRuns: NUM_RUNS },
        );
      });

      it('a hostile string in a shown text renders, as that very text', async () => {
        const el = await element();
        await fc.assert(
          fc.asyncProperty(
            hostileString.filter((s) => s.trim() !== ''),
            async (value) => {
              const content = structuredClone(builtin) as Record<string, unknown>;
              const [holder, key] = shownText(content);
              holder[key] = value;
              await show(el, content);
              const { rendered } = checkInvariants(el, main);
              expect(rendered, 'valid content with a hostile text renders').to.equal(true);
              const text = shadow(el).textContent;
              expect(text.includes(value.trim()), 'the string is shown as text').to.equal(true);
            },
          ),
          { numRuns: NUM_RUNS },
        );
      });

      it('hostile links are refused with the notice, never rendered', async () => {
        const el = await element();
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...hostileHrefs), fc.nat(), async (href, at) => {
            const content = mutate(builtin, [{ op: 'link', at, value: href }]);
            await show(el, content);
            const { rendered } = checkInvariants(el, main);
            const hasLinks = linkHolders(builtin).length > 0 && tag !== 'digi-archetype-quiz';
            // The quiz has no links, so nothing can be rendered for it either.
            expect(hasLinks && rendered, `${JSON.stringify(href)} refused`).to.equal(false);
          }),
          { numRuns: NUM_RUNS },
        );
      });
    });
  }
});

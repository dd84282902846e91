// The builder's saved state (src/builder/state.ts): its one shape and version, tolerant reading
// field by field, the move from version 1, size limits on what is read, and property tests whose
// kinds, keys and ids are names every object inherits (issue 16).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import { toDraft, isWidgetKind, WIDGET_KINDS } from '../../src/builder/kinds.js';
import { MAX_CONTENT_BYTES, MAX_STATE_LENGTH, sizeProblem } from '../../src/builder/limits.js';
import { loadMessage, sizeMessage } from '../../src/builder/messages.js';
import { getIn, setIn } from '../../src/builder/forms/paths.js';
import { placeOf } from '../../src/builder/places.js';
import {
  defaultState,
  fromVersion1,
  LEGACY_KEY,
  loadState,
  parseState,
  saveState,
  STATE_VERSION,
  STORAGE_KEY,
  type BuilderState,
} from '../../src/builder/state.js';
import { tipCarouselDa as tipsDa } from '../../src/tip-carousel/index.js';
import { INHERITED, objectJson } from './names.js';

/** JSON text of a string that is a name every object inherits, or of a plain value. */
const leaf = fc.oneof(
  fc.constantFrom(...INHERITED).map((name) => JSON.stringify(name)),
  fc.constantFrom('true', 'false', 'null', '0', '-1', '[]', '{}', '"da"', '"phone"', '"src"'),
  fc.constantFrom(...WIDGET_KINDS).map((kind) => JSON.stringify(kind)),
);

/** JSON text of an object whose keys are `keys` or inherited names, each holding `value`. */
const object = (keys: readonly string[], value: fc.Arbitrary<string>) =>
  fc
    .array(fc.tuple(fc.constantFrom(...keys, ...INHERITED), fc.oneof(leaf, value)), {
      maxLength: 6,
    })
    .map(objectJson);

const list = (item: fc.Arbitrary<string>) =>
  fc.array(item, { maxLength: 3 }).map((items) => `[${items.join(',')}]`);

/** A content item: tip, theme, question, persona, answer with weights keyed by names. */
const item = object(
  ['id', 'title', 'body', 'text', 'label', 'level', 'name', 'description'],
  object(['weights', 'options', ...INHERITED], leaf),
);
const content = object(['tips', 'themes', 'questions', 'archetypes', 'title'], list(item));
const widget = object(['draft', 'lang', 'jsonName', 'label', 'flag'], content);
const look = object(['accent', 'font', 'radius'], leaf);

/** JSON text of a saved state (version 2) whose kinds, keys, ids and values may be names. */
const savedState = object(
  ['kind', 'look', 'width', 'mode', 'base', 'cssName', 'uiLang', 'widgets'],
  fc.oneof(look, object(WIDGET_KINDS, widget)),
);

/** JSON text of a saved state of version 1, likewise. */
const savedVersion1 = object(
  ['kind', 'look', 'width', 'drafts', 'langs', 'jsonNames', 'settings'],
  fc.oneof(look, object(WIDGET_KINDS, fc.oneof(content, object(['label', 'flag'], leaf)))),
);

/** Every field of `state` is one the builder can use. */
function expectUsable(state: BuilderState): void {
  expect(WIDGET_KINDS).to.include(state.kind);
  expect(Object.keys(state.widgets)).to.deep.equal([...WIDGET_KINDS]);
  for (const kind of WIDGET_KINDS) {
    const widget = state.widgets[kind];
    const draftKind = widget.draft === undefined ? kind : toDraft(widget.draft)?.kind;
    expect(draftKind, `${kind}: the draft's kind`).to.equal(kind);
    expect(typeof widget.label).to.equal('string');
    expect(typeof widget.flag).to.equal('boolean');
    expect([undefined, 'da', 'en']).to.include(widget.lang);
  }
  expect(['desktop', 'phone']).to.include(state.width);
  expect(['inline', 'src']).to.include(state.mode);
  expect(typeof state.look.accent).to.equal('string');
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  sinon.restore();
  localStorage.clear();
});

describe('the builder’s saved state', () => {
  it('is version 2, kept under digi-builder, and reads back what was saved', () => {
    const state: BuilderState = {
      ...defaultState(),
      kind: 'strategy-wheel',
      width: 'phone',
      base: '/assets/',
      widgets: {
        ...defaultState().widgets,
        'tip-carousel': {
          draft: tipsDa.content,
          lang: 'da',
          jsonName: undefined,
          label: 'Råd',
          flag: true,
          headingLevel: 0,
          frameTitle: '',
        },
      },
    };
    expect(saveState(state)).to.equal(true);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { version: string };
    expect(saved.version).to.equal(STATE_VERSION);
    expect(STATE_VERSION).to.equal('2');
    expect(loadState()).to.deep.equal({ state, problems: [] });
  });

  it('opens with the defaults, and no problem, when nothing is saved or storage is out of reach', () => {
    expect(loadState()).to.deep.equal({ state: defaultState(), problems: [] });
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
    expect(loadState()).to.deep.equal({ state: defaultState(), problems: [] });
  });

  it('falls back field by field, and reports once that part was unusable', () => {
    const { state, problems } = parseState({
      kind: 'pie-chart',
      width: 'phone',
      mode: 7,
      look: { accent: '#1f6b3a', font: 'Comic Sans' },
      widgets: { 'tip-carousel': { label: 'Ugens råd', flag: 'yes', lang: 'fr' } },
    });
    expect(state.kind).to.equal('tip-carousel');
    expect(state.width).to.equal('phone', 'a good field is kept beside a bad one');
    expect(state.mode).to.equal('inline');
    expect(state.look).to.deep.equal(defaultState().look, 'a look with a bad part is not used');
    expect(state.widgets['tip-carousel']).to.deep.equal({
      draft: undefined,
      lang: undefined,
      jsonName: undefined,
      label: 'Ugens råd',
      flag: false,
      headingLevel: 0,
      frameTitle: '',
    });
    expect(problems).to.deep.equal([{ type: 'partly' }]);
  });

  it('leaves out a draft over the widget’s limits, saying which and why', () => {
    const tips = Array.from({ length: 101 }, (_, i) => ({ title: `${i}`, body: 'x' }));
    const { state, problems } = parseState({
      widgets: { 'tip-carousel': { draft: { tips }, label: 'Kept' } },
    });
    expect(state.widgets['tip-carousel'].draft).to.equal(undefined);
    expect(state.widgets['tip-carousel'].label).to.equal('Kept');
    expect(problems).to.deep.equal([
      {
        type: 'draft',
        kind: 'tip-carousel',
        size: { type: 'items', path: 'tips', noun: 'tip', count: 101, max: 100 },
      },
    ]);
    expect(loadMessage(problems[0]!, 'da')).to.equal(
      'Din gemte kladde til rådkarrusellen blev ikke åbnet. Der er 101 råd i indholdet, men der kan højst være 100.',
    );
  });

  it('counts nested lists and text size against the same limits', () => {
    const options = Array.from({ length: 11 }, () => ({ label: 'x' }));
    const quiz = { archetypes: [], questions: [{}, { options }] };
    const problem = sizeProblem('archetype-quiz', quiz)!;
    expect(sizeMessage(problem, 'da')).to.equal(
      'Der er 11 svar i spørgsmål 2, men der kan højst være 10.',
    );
    expect(sizeMessage(problem, 'en')).to.equal(
      'There are 11 answers in question 2, but there can be at most 10.',
    );
    const long = { tips: [{ title: 'x', body: 'æ'.repeat(MAX_CONTENT_BYTES / 2) }] };
    expect(sizeMessage(sizeProblem('tip-carousel', long)!, 'da')).to.equal(
      'Indholdet er for stort. Det må højst fylde 500\u00a0kB.',
    );
    expect(sizeProblem('tip-carousel', tipsDa.content)).to.equal(undefined);
  });

  it('moves a version 1 draft to version 2, and forgets the old key on the next save', () => {
    const v1 = {
      kind: 'archetype-quiz',
      drafts: { 'tip-carousel': { tips: [{ title: 'A', body: 'B' }] } },
      langs: { 'tip-carousel': 'en' },
      jsonNames: { 'tip-carousel': 'a.json' },
      settings: { 'tip-carousel': { label: 'L', flag: true }, 'archetype-quiz': { flag: false } },
      look: { accent: '#1f6b3a', font: 'inherit', radius: '0' },
      mode: 'src',
      cssName: 'c.css',
      uiLang: 'en',
    };
    localStorage.setItem(LEGACY_KEY, JSON.stringify({ version: '1', value: v1 }));
    const { state, problems } = loadState();
    expect(problems).to.deep.equal([]);
    expect(state).to.deep.include({ kind: 'archetype-quiz', mode: 'src', uiLang: 'en' });
    expect(state.look.radius).to.equal('0');
    expect(state.widgets['tip-carousel']).to.deep.equal({
      draft: { tips: [{ title: 'A', body: 'B' }] },
      lang: 'en',
      jsonName: 'a.json',
      label: 'L',
      flag: true,
      headingLevel: 0,
      frameTitle: '',
    });
    expect(fromVersion1('x')).to.equal('x');
    saveState(state);
    expect(localStorage.getItem(LEGACY_KEY)).to.equal(null);
    expect(loadState().state).to.deep.equal(state);
  });

  it('reports saved text it cannot read, of another version, too large, or that throws', () => {
    const loadWith = (text: string) => {
      localStorage.setItem(STORAGE_KEY, text);
      return loadState();
    };
    const fresh = defaultState();
    expect(loadWith('{"version": "2", "val')).to.deep.equal({
      state: fresh,
      problems: [{ type: 'unreadable' }],
    });
    expect(loadWith('[1, 2]').problems).to.deep.equal([{ type: 'unreadable' }]);
    expect(loadWith('{"version": "9", "value": {}}').problems).to.deep.equal([
      { type: 'version', version: '9' },
    ]);
    expect(loadWith(' '.repeat(MAX_STATE_LENGTH + 1)).problems).to.deep.equal([
      { type: 'too-large', max: MAX_STATE_LENGTH },
    ]);
    const throwing = {
      get length(): number {
        throw new Error('boom');
      },
    };
    sinon.stub(Storage.prototype, 'getItem').returns(throwing as unknown as string);
    expect(loadState()).to.deep.equal({ state: fresh, problems: [{ type: 'unreadable' }] });
    expect(loadMessage({ type: 'unreadable' }, 'da')).to.equal(
      'Din gemte kladde kunne ikke læses, så byggeren starter med det indbyggede indhold.',
    );
    expect(loadMessage({ type: 'version', version: '9' }, 'en')).to.equal(
      'Your saved draft was made with another version of the builder and cannot be opened here, so the builder starts from the built-in content.',
    );
    expect(loadMessage({ type: 'too-large', max: MAX_STATE_LENGTH }, 'da')).to.equal(
      'Din gemte kladde er for stor til at blive åbnet. Den må højst fylde 1.550\u00a0kB, så byggeren starter med det indbyggede indhold.',
    );
  });

  it('takes the kind from storage only when it names a widget (issue 16: "constructor")', () => {
    localStorage.setItem(LEGACY_KEY, '{"version":"1","value":{"kind":"constructor"}}');
    const { state, problems } = loadState();
    expect(state.kind).to.equal('tip-carousel');
    expect(problems).to.deep.equal([{ type: 'partly' }]);
    for (const name of INHERITED) expect(isWidgetKind(name), name).to.equal(false);
  });

  describe('properties, with names every object inherits', () => {
    it('any saved value opens as a usable state, and a saved state reads back as itself', () => {
      fc.assert(
        fc.property(savedState, (json) => {
          const { state } = parseState(JSON.parse(json));
          expectUsable(state);
          const again = parseState(JSON.parse(JSON.stringify(state)));
          expect(again).to.deep.equal({ state, problems: [] });
        }),
        { numRuns: 300 },
      );
    });

    it('any stored text, of either version, opens without throwing', () => {
      const stored = fc.oneof(
        savedState.map((value) => [STORAGE_KEY, '"2"', value] as const),
        savedVersion1.map((value) => [LEGACY_KEY, '"1"', value] as const),
        fc.tuple(fc.constantFrom(STORAGE_KEY, LEGACY_KEY), leaf, savedState),
      );
      fc.assert(
        fc.property(stored, ([key, version, value]) => {
          localStorage.clear();
          localStorage.setItem(
            key,
            objectJson([
              ['version', version],
              ['value', value],
            ]),
          );
          expectUsable(loadState().state);
        }),
        { numRuns: 200 },
      );
    });

    it('a draft’s ids and keys never reach what every object inherits', () => {
      const name = fc.constantFrom(...INHERITED);
      fc.assert(
        fc.property(name, name, fc.integer({ min: 0, max: 9 }), (id, key, points) => {
          const option = objectJson([
            ['label', '"Svar"'],
            ['weights', objectJson([[key, String(points)]])],
          ]);
          const quiz = JSON.parse(
            objectJson([
              ['archetypes', `[${objectJson([['id', JSON.stringify(id)]])}]`],
              ['questions', `[${objectJson([['options', `[${option}]`]])}]`],
            ]),
          ) as unknown;
          const shaped = toDraft(quiz)!;
          expect(shaped.kind).to.equal('archetype-quiz');
          const path = 'questions[0].options[0].weights';
          expect(getIn(shaped.draft, `${path}.${key}`)).to.equal(points);
          expect(
            getIn(shaped.draft, `${path}.${key === 'valueOf' ? 'toString' : 'valueOf'}`),
          ).to.equal(undefined);
          const edited = setIn(shaped.draft, `${path}.${key}`, points + 1);
          const weights = getIn(edited, path) as object;
          expect(Object.getPrototypeOf(weights)).to.equal(Object.prototype);
          expect(Object.getOwnPropertyDescriptor(weights, key)?.value).to.equal(points + 1);
          for (const lang of ['da', 'en'] as const) {
            const place = placeOf(`${path}.${key}`, lang);
            expect(place.endsWith(`› ${key}`), place).to.equal(true);
            expect(place).to.not.match(/native code|function/);
          }
        }),
        { numRuns: 100 },
      );
    });
  });
});

import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { id as contentId } from '../../src/core/validate.js';
import {
  EMBED_PARAMETERS,
  EMBED_WIDGETS,
  embedAddress,
  hasForm,
  MAX_SRC,
  parseEmbedAddress,
  type EmbedProblem,
  type ParameterKind,
  type ParsedAddress,
} from '../../src/embed/embed-params.js';

interface ManifestAttribute {
  name: string;
  type?: { text: string };
}
interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[];
}
interface Registry {
  widgets: { name: string; tag: string }[];
}

const json = async <T>(path: string): Promise<T> => (await fetch(path)).json() as Promise<T>;

/** The problems of a refused address (fails the test when it was not refused). */
function problems(search: string): readonly EmbedProblem[] {
  const parsed = parseEmbedAddress(search);
  if (parsed.kind !== 'refused') throw new Error(`${search} was not refused: ${parsed.kind}`);
  return parsed.problems;
}

/** The attributes of an accepted address (fails the test when it was refused). */
function accepted(search: string): Extract<ParsedAddress, { kind: 'widget' }>['request'] {
  const parsed = parseEmbedAddress(search);
  if (parsed.kind !== 'widget')
    throw new Error(`${search} was not accepted: ${JSON.stringify(parsed)}`);
  return parsed.request;
}

describe('embed page address', () => {
  describe('the parameter table', () => {
    it('has the registry’s widgets, in its order', async () => {
      const registry = await json<Registry>('/src/widgets.json');
      expect(EMBED_WIDGETS).to.deep.equal(registry.widgets.map((w) => w.name));
    });

    it('names every documented attribute of each widget, with a form that fits its type', async () => {
      const registry = await json<Registry>('/src/widgets.json');
      const manifest = await json<Manifest>('/custom-elements.json');
      const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
      // What the manifest's types allow; `interval` is declared from a constant, so untyped.
      const fits: Record<ParameterKind, (type: string | undefined) => boolean> = {
        boolean: (t) => t === 'boolean',
        seconds: (t) => t === undefined || t === 'number',
        start: (t) => t === 'string | undefined',
        'heading-level': (t) => t === 'number',
        text: (t) => t === 'string | undefined',
        'theme-id': (t) => t === 'string | undefined',
      };
      for (const { name, tag } of registry.widgets) {
        const attributes = declarations.find((d) => d.tagName === tag)?.attributes ?? [];
        const table: Readonly<Record<string, ParameterKind>> =
          EMBED_PARAMETERS[name as keyof typeof EMBED_PARAMETERS];
        const documented = attributes.map((a) => a.name).filter((n) => n !== 'src');
        expect(Object.keys(table).sort(), name).to.deep.equal(documented.sort());
        for (const attribute of attributes.filter((a) => a.name !== 'src'))
          expect(fits[table[attribute.name]!](attribute.type?.text), `${name} ${attribute.name}`).to
            .be.true;
        expect(attributes.map((a) => a.name)).to.include('src');
      }
    });

    it('gives the theme id the grammar of the content’s ids', () => {
      const schema = contentId();
      for (const value of [
        'digital-ledelse',
        'a',
        '0-9',
        'a-',
        'A',
        '-a',
        'æble',
        'a b',
        'a_b',
        '',
      ])
        expect(hasForm('theme-id', value), value).to.equal(v.safeParse(schema, value).success);
    });

    it('takes labels up to 100 characters', () => {
      expect(hasForm('text', 'x'.repeat(100))).to.be.true;
      expect(hasForm('text', 'x'.repeat(101))).to.be.false;
      expect(hasForm('text', '   ')).to.be.false;
      expect(hasForm('text', 'Ugens råd')).to.be.true;
    });
  });

  describe('help', () => {
    it('is shown for no parameters, or only lang and id', () => {
      for (const search of ['', '?', '?lang=da', '?id=frame-1', '?lang=en&id=a'])
        expect(parseEmbedAddress(search).kind, search).to.equal('help');
      expect(parseEmbedAddress('?lang=en').lang).to.equal('en');
      expect(parseEmbedAddress('?lang=en-GB').lang).to.equal('en');
      expect(parseEmbedAddress('').lang).to.equal('da');
    });

    it('is not shown for a malformed lang or id: those are refused', () => {
      expect(problems('?lang=de')).to.deep.include({ code: 'invalid-lang' });
      expect(problems('?id=%3Cb%3E')).to.deep.include({ code: 'invalid-id' });
    });
  });

  describe('a widget with its settings', () => {
    it('takes every setting of the carousel', () => {
      expect(
        accepted(
          '?widget=tip-carousel&lang=en&src=/files/tips.json&id=tips&autoplay&interval=7.5&start=today&label=Ugens%20r%C3%A5d&heading-level=2',
        ),
      ).to.deep.equal({
        widget: 'tip-carousel',
        lang: 'en',
        src: '/files/tips.json',
        id: 'tips',
        attributes: {
          autoplay: true,
          interval: '7.5',
          start: 'today',
          label: 'Ugens råd',
          'heading-level': '2',
        },
      });
    });

    it('takes every setting of the quiz and of the wheel', () => {
      expect(
        accepted('?widget=archetype-quiz&persist=true&heading-level=3').attributes,
      ).to.deep.equal({ persist: true, 'heading-level': '3' });
      expect(
        accepted('?widget=strategy-wheel&selected=data-og-viden&rotate=&label=Hjul').attributes,
      ).to.deep.equal({ selected: 'data-og-viden', rotate: true, label: 'Hjul' });
    });

    it('leaves a boolean off with =false', () => {
      expect(accepted('?widget=tip-carousel&autoplay=false').attributes).to.deep.equal({});
    });

    it('gives the language of the page’s words from lang', () => {
      expect(parseEmbedAddress('?widget=tip-carousel&lang=en').lang).to.equal('en');
      expect(parseEmbedAddress('?widget=tip-carousel&lang=da-DK').lang).to.equal('da');
      expect(parseEmbedAddress('?widget=nothing&lang=en').lang).to.equal('en');
    });

    it('keeps a well-formed id even when the address is refused', () => {
      expect(parseEmbedAddress('?widget=nothing&id=f2').id).to.equal('f2');
      expect(parseEmbedAddress('?widget=tip-carousel&id=f2&id=f3').id).to.equal(null);
    });
  });

  describe('refused', () => {
    it('without a widget, or with an unknown one', () => {
      expect(problems('?src=/a.json')).to.deep.equal([{ code: 'missing-widget' }]);
      expect(problems('?widget=tip-carousels')).to.deep.equal([{ code: 'unknown-widget' }]);
      expect(problems('?widget=')).to.deep.equal([{ code: 'unknown-widget' }]);
      expect(problems('?widget=__proto__')).to.deep.equal([{ code: 'unknown-widget' }]);
      expect(problems('?widget=constructor')).to.deep.equal([{ code: 'unknown-widget' }]);
    });

    it('with a parameter no widget takes, never repeating its name', () => {
      const found = problems('?widget=tip-carousel&Ring%2012345678=1&autoplay');
      expect(found).to.deep.equal([{ code: 'unknown-parameter' }]);
      expect(problems('?widget=tip-carousel&Widget=quiz')).to.deep.equal([
        { code: 'unknown-parameter' },
      ]);
    });

    it('with another widget’s setting', () => {
      expect(problems('?widget=archetype-quiz&autoplay')).to.deep.equal([
        { code: 'not-for-widget', name: 'autoplay', widget: 'archetype-quiz' },
      ]);
      expect(problems('?widget=tip-carousel&selected=a&rotate')).to.deep.equal([
        { code: 'not-for-widget', name: 'selected', widget: 'tip-carousel' },
        { code: 'not-for-widget', name: 'rotate', widget: 'tip-carousel' },
      ]);
    });

    it('with a parameter given twice', () => {
      expect(problems('?widget=tip-carousel&widget=archetype-quiz')).to.deep.equal([
        { code: 'repeated', name: 'widget' },
      ]);
      expect(problems('?widget=tip-carousel&src=/a.json&src=/b.json')).to.deep.equal([
        { code: 'repeated', name: 'src' },
      ]);
      expect(problems('?widget=tip-carousel&start=1&start=2')).to.deep.equal([
        { code: 'repeated', name: 'start' },
      ]);
    });

    it('with a value of the wrong form, for every kind', () => {
      const wrong: [string, string, ParameterKind][] = [
        ['tip-carousel', 'autoplay=yes', 'boolean'],
        ['tip-carousel', 'autoplay=TRUE', 'boolean'],
        ['tip-carousel', 'interval=fast', 'seconds'],
        ['tip-carousel', 'interval=-5', 'seconds'],
        ['tip-carousel', 'interval=1e3', 'seconds'],
        ['tip-carousel', 'interval=', 'seconds'],
        ['tip-carousel', 'start=0', 'start'],
        ['tip-carousel', 'start=tomorrow', 'start'],
        ['tip-carousel', 'start=1.5', 'start'],
        ['tip-carousel', 'heading-level=7', 'heading-level'],
        ['archetype-quiz', 'heading-level=h2', 'heading-level'],
        ['archetype-quiz', 'persist=1', 'boolean'],
        ['archetype-quiz', `label=${'x'.repeat(101)}`, 'text'],
        ['archetype-quiz', 'label=%0A', 'text'],
        ['archetype-quiz', 'label=a%00b', 'text'],
        ['strategy-wheel', 'selected=Ring%20til%20os', 'theme-id'],
        ['strategy-wheel', 'selected=%3Cimg%20src%3Dx%3E', 'theme-id'],
        ['strategy-wheel', 'rotate=no', 'boolean'],
      ];
      for (const [widget, param, kind] of wrong) {
        const name = param.split('=')[0]!;
        expect(problems(`?widget=${widget}&${param}`), param).to.deep.equal([
          { code: 'invalid-value', name, kind },
        ]);
      }
    });

    it('with a malformed lang, id or src', () => {
      for (const lang of ['de', 'english', 'en_GB', '', 'en-', '<da>'])
        expect(problems(`?widget=tip-carousel&lang=${lang}`), lang).to.deep.equal([
          { code: 'invalid-lang' },
        ]);
      for (const id of ['', 'a b', 'x'.repeat(65), '"x"'])
        expect(problems(`?widget=tip-carousel&id=${encodeURIComponent(id)}`), id).to.deep.equal([
          { code: 'invalid-id' },
        ]);
      const srcs = ['', '%20/a.json', '/\\evil.example/x', '%09//evil.example', '/a%0A', 'x'];
      srcs[5] = `/${'a'.repeat(MAX_SRC)}`;
      for (const src of srcs)
        expect(problems(`?widget=tip-carousel&src=${src}`), src).to.deep.equal([
          { code: 'invalid-src' },
        ]);
    });

    it('lists every problem, in the address’s order', () => {
      expect(problems('?widget=archetype-quiz&lang=xx&autoplay&heading-level=9&foo')).to.deep.equal(
        [
          { code: 'invalid-lang' },
          { code: 'not-for-widget', name: 'autoplay', widget: 'archetype-quiz' },
          { code: 'invalid-value', name: 'heading-level', kind: 'heading-level' },
          { code: 'unknown-parameter' },
        ],
      );
    });
  });

  describe('embedAddress', () => {
    it('writes the address the page accepts, settings in the table’s order', () => {
      const address = embedAddress({
        page: 'https://www.kommune.dk/digileder/embed/',
        widget: 'tip-carousel',
        lang: 'da',
        src: '/filer/råd & tips.json',
        id: 'raad',
        settings: { label: 'Ugens råd', autoplay: true, start: 'today' },
      });
      expect(address).to.equal(
        'https://www.kommune.dk/digileder/embed/?widget=tip-carousel&lang=da&src=/filer/r%C3%A5d%20%26%20tips.json&id=raad&autoplay&start=today&label=Ugens%20r%C3%A5d',
      );
      expect(accepted(new URL(address).search)).to.deep.equal({
        widget: 'tip-carousel',
        lang: 'da',
        src: '/filer/råd & tips.json',
        id: 'raad',
        attributes: { autoplay: true, start: 'today', label: 'Ugens råd' },
      });
    });

    it('leaves out a boolean that is off, and keeps https addresses readable', () => {
      expect(
        embedAddress({
          page: 'index.html',
          widget: 'strategy-wheel',
          src: 'https://filer.kommune.dk/hjul.json',
          settings: { rotate: false },
        }),
      ).to.equal('index.html?widget=strategy-wheel&src=https://filer.kommune.dk/hjul.json');
    });

    it('throws on a setting the widget does not take, or a value the page would refuse', () => {
      expect(() =>
        embedAddress({ page: 'x', widget: 'archetype-quiz', settings: { autoplay: true } }),
      ).to.throw(RangeError, /autoplay/);
      expect(() =>
        embedAddress({ page: 'x', widget: 'tip-carousel', settings: { interval: 'fast' } }),
      ).to.throw(RangeError, /refuse/);
      expect(() =>
        embedAddress({ page: 'x', widget: 'tip-carousel', settings: { interval: true } }),
      ).to.throw(RangeError, /value/);
    });
  });
});

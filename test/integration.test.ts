import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { DigiArchetypeQuiz } from '../src/archetype-quiz/index.js';
import {
  checkContent,
  defineWidgets,
  isWidgetName,
  WIDGETS,
  type ContentCheck,
} from '../src/integration.js';
import { DigiStrategyWheel } from '../src/strategy-wheel/index.js';
import { DigiTipCarousel } from '../src/tip-carousel/index.js';
import registry from '../src/widgets.json' with { type: 'json' };

/** A registry of its own, so each test starts with no element defined. */
class Registry {
  readonly defined = new Map<string, CustomElementConstructor>();
  get(tag: string): CustomElementConstructor | undefined {
    return this.defined.get(tag);
  }
  define(tag: string, element: CustomElementConstructor): void {
    if (this.defined.has(tag)) throw new Error(`${tag} defined twice`);
    this.defined.set(tag, element);
  }
}
const asRegistry = (r: Registry) => r as unknown as CustomElementRegistry;

/** The message of a failed check (the test fails if the check passed). */
function message(check: ContentCheck | undefined): string {
  expect(check?.ok, 'the check passed').to.equal(false);
  return check && !check.ok ? check.message : '';
}

describe('integration entry', () => {
  afterEach(() => sinon.restore());

  describe('WIDGETS', () => {
    it("lists the registry's widgets in its order, with their tags and classes", () => {
      expect(WIDGETS.map((w) => [w.name, w.tag])).to.deep.equal(
        registry.widgets.map((w) => [w.name, w.tag]),
      );
      expect(WIDGETS.map((w) => w.element)).to.deep.equal([
        DigiTipCarousel,
        DigiArchetypeQuiz,
        DigiStrategyWheel,
      ]);
    });

    it('tells widget names from anything else', () => {
      expect(isWidgetName('strategy-wheel')).to.equal(true);
      expect(isWidgetName('toString')).to.equal(false);
      expect(isWidgetName('digi-strategy-wheel')).to.equal(false);
      expect(isWidgetName(undefined)).to.equal(false);
    });
  });

  describe('defineWidgets', () => {
    it('defines every free tag, silently, and again does nothing', () => {
      const warn = sinon.stub(console, 'warn');
      const registry = new Registry();
      expect(defineWidgets(asRegistry(registry))).to.deep.equal([]);
      expect(defineWidgets(asRegistry(registry))).to.deep.equal([]);
      expect([...registry.defined.keys()]).to.deep.equal(WIDGETS.map((w) => w.tag));
      expect(warn.callCount).to.equal(0);
    });

    it('leaves tags another copy defined to it, with one warning naming them all', () => {
      const warn = sinon.stub(console, 'warn');
      const registry = new Registry();
      const other = class extends HTMLElement {};
      registry.define('digi-tip-carousel', other);
      registry.define('digi-strategy-wheel', other);
      expect(defineWidgets(asRegistry(registry))).to.deep.equal([
        'digi-tip-carousel',
        'digi-strategy-wheel',
      ]);
      expect(registry.get('digi-tip-carousel')).to.equal(other);
      expect(registry.get('digi-archetype-quiz')).to.equal(DigiArchetypeQuiz);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.include(
        '<digi-tip-carousel>, <digi-strategy-wheel>',
      );
    });
  });

  describe('checkContent', () => {
    it('passes good JSON text and gives the content', async () => {
      const check = await checkContent(
        'strategy-wheel',
        {
          text: '{"themes":[{"id":"a","title":"A","description":"En"},{"id":"b","title":"B","description":"To"}]}',
        },
        'da',
      );
      expect(check).to.deep.include({ ok: true });
      expect((check as { content: { themes: unknown[] } }).content.themes).to.have.length(2);
    });

    it("gives the widget's own message for text that is not JSON, in Danish and English", async () => {
      expect(message(await checkContent('tip-carousel', { text: '{"tips": [' }, 'da'))).to.equal(
        'Indholdet er ikke gyldig JSON. Tjek kommaer, anførselstegn og klammer.',
      );
      expect(message(await checkContent('tip-carousel', { text: '{"tips": [' }, 'en'))).to.equal(
        'The content is not valid JSON. Check commas, quotes and brackets.',
      );
    });

    it('names the first problem and counts the rest, with its reason and path', async () => {
      const check = await checkContent(
        'tip-carousel',
        { text: '{"tips":[{"title":"","body":"x"},{"title":"Ok"}]}' },
        'da',
      );
      expect(check).to.deep.equal({
        ok: false,
        reason: 'invalid-content',
        path: 'tips[0].title',
        message:
          'Indholdet følger ikke formatet: tips[0].title: skal indeholde tekst (og 1 fejl mere)',
      });
    });

    it("checks one widget's content with that widget's rules", async () => {
      const tips = JSON.stringify({ tips: [{ title: 'A', body: 'B' }] });
      expect((await checkContent('tip-carousel', { text: tips }, 'en'))?.ok).to.equal(true);
      expect(message(await checkContent('archetype-quiz', { text: tips }, 'en'))).to.match(
        /^The content does not follow the format: archetypes: is missing/,
      );
    });

    it('fetches an address as the widget does: content, or why not', async () => {
      expect(
        (await checkContent('tip-carousel', { src: '/test/fixtures/tips.json' }, 'da'))?.ok,
      ).to.equal(true);
      expect(
        message(await checkContent('tip-carousel', { src: '/test/fixtures/none.json' }, 'en')),
      ).to.equal('The file /test/fixtures/none.json could not be loaded (HTTP 404).');
      expect(
        message(await checkContent('tip-carousel', { src: '/test/fixtures/broken.json' }, 'da')),
      ).to.equal('Indholdet er ikke gyldig JSON. Tjek kommaer, anførselstegn og klammer.');
    });

    it('gives undefined when aborted, and leaves no request behind', async () => {
      const abort = new AbortController();
      const pending = checkContent('tip-carousel', { src: '/test-src/never' }, 'da', abort.signal);
      abort.abort();
      expect(await pending).to.equal(undefined);
    });
  });
});

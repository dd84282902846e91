// The real embed page (embed/index.html, its script served from the sources) in iframes of this
// test page, in every engine: what it shows for an address, and the height messages it posts.
import { expect, waitUntil } from '@open-wc/testing';
import {
  HEIGHT_MESSAGE,
  HEIGHT_REQUEST,
  isHeightMessage,
  type EmbedHeightMessage,
} from '../../src/embed/embed-height.js';

interface Registry {
  widgets: { name: string; tag: string }[];
}

/** An embed page in an iframe of this page, with the height messages it posted. */
interface Embed {
  frame: HTMLIFrameElement;
  doc: Document;
  messages: EmbedHeightMessage[];
  /** Waits for a message after the first `count` (default: the first one). */
  message(count?: number): Promise<EmbedHeightMessage>;
}

const embeds: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of embeds.splice(0)) frame.remove();
});

/** Opens `/embed/index.html` + `search` in a frame `width` px wide; resolves once it reported. */
async function openEmbed(search: string, width = 640): Promise<Embed> {
  const frame = document.createElement('iframe');
  frame.title = 'Embed';
  frame.style.width = `${width}px`;
  frame.style.height = '300px';
  frame.style.border = '0';
  frame.src = `/embed/index.html${search}`;
  const messages: EmbedHeightMessage[] = [];
  window.addEventListener('message', (event) => {
    if (event.source === frame.contentWindow && isHeightMessage(event.data))
      messages.push(event.data);
  });
  embeds.push(frame);
  document.body.append(frame);
  const message = async (count = 0) => {
    await waitUntil(() => messages.length > count, `no height message after ${count}`, {
      timeout: 8000,
    });
    return messages[count]!;
  };
  await message();
  return { frame, doc: frame.contentDocument!, messages, message };
}

interface AxeWindow {
  axe: {
    run(
      context: Document,
      options: object,
    ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
  };
}

/**
 * axe's violations in the frame's whole document, from an axe loaded into the frame (its policy
 * allows scripts from its own server). The rules about a whole page (one main landmark, an h1,
 * everything inside landmarks) are the host page's: a frame's content lives in the host's
 * landmarks and under its h1 (test/e2e/embed.mjs runs axe from a host through its frames).
 */
async function axe(embed: Embed): Promise<string[]> {
  const view = embed.frame.contentWindow as Window & Partial<AxeWindow>;
  if (!view.axe) {
    const script = embed.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    embed.doc.head.append(script);
    await loaded;
  }
  // A widget's entrance animation ends first: axe measures the resting colours.
  const shadow = main(embed).firstElementChild!.shadowRoot;
  await Promise.all((shadow?.getAnimations() ?? []).map((a) => a.finished));
  const off = { enabled: false };
  const rules = { 'landmark-one-main': off, 'page-has-heading-one': off, region: off };
  const { violations } = await view.axe!.run(embed.doc, { rules, resultTypes: ['violations'] });
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The page's root, `#embed`: in a frame, what the page shows is its only child. */
const main = (embed: Embed) => embed.doc.getElementById('embed')!;
const text = (element: Node | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The addresses the frame fetched, other than its own. */
const fetched = (embed: Embed) =>
  embed.frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);

describe('embed page', () => {
  let registry: Registry;
  before(async () => {
    registry = (await (await fetch('/src/widgets.json')).json()) as Registry;
  });

  describe('with no parameters', () => {
    it('shows a short help in Danish', async () => {
      const embed = await openEmbed('');
      expect(text(main(embed).querySelector('h1'))).to.equal('Vis en widget i en iframe');
      expect(text(main(embed))).to.contain('?widget=tip-carousel');
      expect(embed.doc.title).to.equal('Indlejring af widgets');
      expect(embed.doc.documentElement.lang).to.equal('da');
      expect(main(embed).querySelector('[role="alert"]')).to.equal(null);
      expect(await axe(embed)).to.deep.equal([]);
    });

    it('shows it in English with lang=en', async () => {
      const embed = await openEmbed('?lang=en');
      expect(text(main(embed).querySelector('h1'))).to.equal('Show a widget in an iframe');
      expect(embed.doc.documentElement.lang).to.equal('en');
    });
  });

  describe('each widget', () => {
    it('with built-in content: the registry’s element, its settings, the page’s title', async () => {
      const settings: Record<string, string> = {
        'tip-carousel': '&autoplay&interval=12&start=3&heading-level=2',
        'archetype-quiz': '&heading-level=3&label=Selvtest%20om%20digitalt%20lederskab',
        'strategy-wheel': '&rotate&selected=no-such-theme',
      };
      const titles = ['Råd-karrusel', 'Selvtest', 'Strategihjul'];
      for (const [index, { name, tag }] of registry.widgets.entries()) {
        const embed = await openEmbed(`?widget=${name}${settings[name]}`);
        const element = main(embed).firstElementChild as HTMLElement & { language: string };
        expect(element.localName, name).to.equal(tag);
        expect(main(embed).children).to.have.length(1);
        // The host page has the main landmark.
        expect(embed.doc.querySelector('main')).to.equal(null);
        expect(embed.frame.contentWindow!.customElements.get(tag), tag).to.not.equal(undefined);
        expect(embed.doc.title).to.equal(titles[index]);
        expect(element.language).to.equal('da');
        expect(element.shadowRoot!.querySelector('[part~="base"]'), tag).to.not.equal(null);
        expect(element.hasAttribute('src')).to.be.false;
        if (name === 'tip-carousel') {
          expect(element.hasAttribute('autoplay')).to.be.true;
          expect(element.getAttribute('interval')).to.equal('12');
          expect(text(element.shadowRoot!.querySelector('[part~="position"]'))).to.equal('3 af 13');
          expect(
            element.shadowRoot!.querySelector('[role="heading"][aria-level="2"]'),
          ).to.not.equal(null);
        } else if (name === 'archetype-quiz') {
          expect(
            element.shadowRoot!.querySelector('[part~="quiz"]')!.getAttribute('aria-label'),
          ).to.equal('Selvtest om digitalt lederskab');
        } else {
          expect(element.hasAttribute('rotate')).to.be.true;
          // The wheel judges an id against its content itself, with its own warning.
          expect(text(element.shadowRoot!.querySelector('[part~="notice"]'))).to.contain(
            'no-such-theme',
          );
        }
        expect(await axe(embed), name).to.deep.equal([]);
        embed.frame.remove();
      }
    });

    it('in English with lang=en', async () => {
      const embed = await openEmbed('?widget=tip-carousel&lang=en');
      const element = main(embed).firstElementChild as HTMLElement & {
        language: string;
        updateComplete: Promise<unknown>;
      };
      expect(embed.doc.documentElement.lang).to.equal('en');
      expect(embed.doc.title).to.equal('Tip carousel');
      expect(element.language).to.equal('en');
      await waitUntil(
        () => /^1 of 13$/.test(text(element.shadowRoot!.querySelector('[part~="position"]'))),
        'not in English',
      );
    });

    it('with content from a same-origin src, fetched from the checked address', async () => {
      const files: Record<string, [string, string]> = {
        'tip-carousel': ['/test/fixtures/tips.json', 'Første råd'],
        'archetype-quiz': ['/test/fixtures/quiz-weights.json', 'Hvilken mødetype er du?'],
        'strategy-wheel': ['/test/fixtures/wheel-themes.json', 'Borgeren i centrum'],
      };
      for (const { name, tag } of registry.widgets) {
        const [src, shown] = files[name]!;
        const embed = await openEmbed(`?widget=${name}&src=${encodeURIComponent(src)}`);
        const element = main(embed).querySelector(tag)!;
        expect(element.getAttribute('src')).to.equal(`${location.origin}${src}`);
        await waitUntil(() => text(element.shadowRoot).includes(shown), `${name}: no "${shown}"`);
        expect(fetched(embed).filter((url) => url.endsWith('.json'))).to.deep.equal([
          `${location.origin}${src}`,
        ]);
        embed.frame.remove();
      }
    });
  });

  describe('refuses', () => {
    it('a src on another origin, and fetches nothing from it', async () => {
      const embed = await openEmbed('?widget=tip-carousel&src=//evil.example/tips.json');
      const alert = main(embed).querySelector('[role="alert"]')!;
      expect(text(alert.querySelector('h1'))).to.equal('Widgetten kan ikke vises');
      expect([...alert.querySelectorAll('li')].map(text)).to.deep.equal([
        `src peger på et andet domæne. Indhold må kun hentes fra ${location.origin} og fra de domæner, som it-afdelingen har skrevet i embed.config.json.`,
      ]);
      expect(main(embed).querySelector('digi-tip-carousel')).to.equal(null);
      expect(embed.doc.title).to.equal('Widgetten kan ikke vises');
      for (const url of fetched(embed)) expect(url.startsWith(location.origin), url).to.be.true;
      expect(await axe(embed)).to.deep.equal([]);
    });

    it('a javascript: src, without reading the configuration', async () => {
      const embed = await openEmbed('?widget=strategy-wheel&lang=en&src=javascript:alert(1)');
      expect([...main(embed).querySelectorAll('li')].map(text)).to.deep.equal([
        'src must be an address starting with https://, http:// or /.',
      ]);
      expect(fetched(embed).some((url) => url.includes('embed.config.json'))).to.be.false;
    });

    it('bad parameters, listing each in the page’s language and nothing of the address', async () => {
      const embed = await openEmbed(
        '?widget=archetype-quiz&lang=en&autoplay&heading-level=9&Call%20us%20on%2012345678=1',
      );
      const alert = main(embed).querySelector('[role="alert"]')!;
      expect(text(alert.querySelector('h1'))).to.equal('The widget cannot be shown');
      expect([...alert.querySelectorAll('li')].map(text)).to.deep.equal([
        'autoplay cannot be used with archetype-quiz.',
        'heading-level must be a whole number from 1 to 6.',
        'The address has a parameter the page does not know.',
      ]);
      expect(text(alert.querySelector('p'))).to.equal(
        'Correct the address in the iframe, or contact whoever put the widget on the page.',
      );
      expect(text(main(embed))).not.to.contain('12345678');
      expect(main(embed).querySelector('digi-archetype-quiz')).to.equal(null);
      expect(await axe(embed)).to.deep.equal([]);
    });

    it('an unknown widget, naming the ones there are', async () => {
      const embed = await openEmbed('?widget=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
      expect([...main(embed).querySelectorAll('li')].map(text)).to.deep.equal([
        'widget skal være en af: tip-carousel, archetype-quiz, strategy-wheel.',
      ]);
      expect(main(embed).querySelector('script')).to.equal(null);
    });
  });

  describe('height messages', () => {
    it('reports the page’s height on load, with the frame’s id and the widget', async () => {
      const embed = await openEmbed('?widget=archetype-quiz&id=quiz-1');
      const first = embed.messages[0]!;
      expect(first).to.deep.equal({
        type: HEIGHT_MESSAGE,
        height: Math.ceil(main(embed).getBoundingClientRect().height),
        id: 'quiz-1',
        widget: 'archetype-quiz',
      });
      expect(first.height).to.be.greaterThan(100);
    });

    it('reports again when the height changes, and only then', async () => {
      const embed = await openEmbed('?widget=strategy-wheel&id=w', 900);
      const wide = embed.messages[0]!.height;
      embed.frame.style.width = '320px';
      const narrow = await embed.message(1);
      expect(narrow.height).to.equal(Math.ceil(main(embed).getBoundingClientRect().height));
      expect(narrow.height).to.not.equal(wide);
      // A change of the frame's height alone changes nothing inside: no message.
      embed.frame.style.height = '500px';
      await new Promise((resolve) => embed.frame.contentWindow!.requestAnimationFrame(resolve));
      await new Promise((resolve) => embed.frame.contentWindow!.requestAnimationFrame(resolve));
      expect(embed.messages).to.have.length(2);
    });

    it('answers a height request from its parent', async () => {
      const embed = await openEmbed('?widget=tip-carousel&id=t');
      embed.frame.contentWindow!.postMessage({ type: HEIGHT_REQUEST }, '*');
      const again = await embed.message(1);
      expect(again).to.deep.equal(embed.messages[0]);
    });

    it('tells two frames apart by their ids, and reports for its help and refusals too', async () => {
      const [a, b] = await Promise.all([
        openEmbed('?widget=tip-carousel&id=a&start=today'),
        openEmbed('?widget=tip-carousel&id=b&src=https://evil.example/x.json'),
      ]);
      expect([a.messages[0]!.id, a.messages[0]!.widget]).to.deep.equal(['a', 'tip-carousel']);
      expect([b.messages[0]!.id, b.messages[0]!.widget]).to.deep.equal(['b', null]);
      const help = await openEmbed('');
      expect(help.messages[0]).to.include({ id: null, widget: null });
    });
  });
});

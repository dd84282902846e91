// The content behaviours every widget shares, as one suite run for each widget of the registry
// (test/shared/content.test.ts): content from `src`, inline JSON, children, which source wins,
// refused content (404, timeout, broken JSON, wrong shape), language, lifecycle, and parts that
// load lazily. What only one widget does stays in that widget's own test files.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import sinon from 'sinon';
import type { DigiErrorEvent } from '../../src/core/events.js';
import {
  animationsDone,
  captureConsoleErrors,
  expectRefusal,
  expectSrcTimeout,
  recordEvents,
  settle,
  shadow,
} from '../helpers.js';

/** A widget as the suite meets it: a Lit element with the shared `language` getter. */
export type Widget = LitElement & { readonly language: string; src?: string; content?: unknown };

/** What the suite needs to know about one widget. */
export interface ContentCase {
  /** The custom element's tag, as in src/widgets.json. */
  readonly tag: string;
  /** A selector into the shadow root for the widget itself: absent when content is refused. */
  readonly widget: string;
  /**
   * The main text a reader meets, white space collapsed: the first tip's title, the first
   * question, the selected theme's title. May take the step a reader takes to see it (the quiz
   * starts from its intro).
   */
  shown(el: Widget): Promise<string>;
  /** What `shown` gives with the built-in content, in each built-in language. */
  readonly builtIn: { readonly da: string; readonly en: string };
  /** A step through the widget by keyboard or pointer, from the Danish built-in content. */
  readonly step: { take(el: Widget): Promise<void>; readonly shows: string };
  /** A valid content file the test server has, and what `shown` gives with it. */
  readonly file: { readonly src: string; readonly shows: string };
  /** Valid inline JSON, what `shown` gives with it, and another text of it the widget shows. */
  readonly inline: { readonly json: string; readonly shows: string; readonly contains: string };
  /** Valid content as an object (the `content` property), and what `shown` gives with it. */
  readonly content: { readonly value: object; readonly shows: string };
  /**
   * Light-DOM children as content (markup), what `shown` gives with them, and a child added later
   * with its own text; undefined for a widget that reads no children.
   */
  readonly children?: {
    readonly markup: string;
    readonly shows: string;
    readonly added: string;
    readonly addedShows: string;
  };
  /** Inline JSON that is no JSON. */
  readonly brokenInline: string;
  /** A file of the wrong shape, the path it names and the Danish problem with that path. */
  readonly wrongShape: { readonly src: string; readonly path: string; readonly message: string };
  /** A tag the test file defined for this widget with a spec whose English pack and validator fail. */
  readonly lostChunks: string;
}

const collapse = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const noticeOf = (el: Element) => shadow(el).querySelector('[part="notice"]');
const loadingOf = (el: Element) => shadow(el).querySelector('.loading');

/** `<tag …attributes>inner</tag>` as a template, through lit's static html. */
function widget(tag: string, attributes: string, inner = ''): TemplateResult {
  const markup = `<${tag} ${attributes}>${inner}</${tag}>`;
  return staticHtml`${unsafeStatic(markup)}`;
}

/** Renders `markup` (one or more elements) in a wrapper and gives the wrapper and the widget. */
async function render(tag: string, markup: string, wrapperLang?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (wrapperLang) wrapper.lang = wrapperLang;
  wrapper.innerHTML = markup;
  const el = wrapper.querySelector<Widget>(tag)!;
  await el.updateComplete;
  return { wrapper, el };
}

/** Waits until the widget has stopped loading and shows its content or a notice. */
const loaded = (el: Widget, what: string) => waitUntil(() => !loadingOf(el), what);

/** Defines the suite for one widget. */
export function contentSuite(c: ContentCase): void {
  const { tag } = c;
  const script = (json: string) => `<script type="application/json">${json}</script>`;
  const failing = (template: TemplateResult) => expectRefusal<Widget>(template, tag, c.widget);

  describe(`<${tag}>: content shared by every widget`, () => {
    afterEach(() => sinon.restore());

    describe('sources', () => {
      it('loads a JSON file from src, with no digi-error', async () => {
        const errors = recordEvents(document, 'digi-error');
        const { el } = await render(tag, `<${tag} src="${c.file.src}"></${tag}>`);
        await loaded(el, 'the file did not load');
        expect(await c.shown(el)).to.equal(c.file.shows);
        expect(noticeOf(el), 'no notice').to.equal(null);
        expect(errors).to.have.length(0);
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });

      it('says it is loading while src loads, and a new src wins over one still loading', async () => {
        const errors = recordEvents(document, 'digi-error');
        const { el } = await render(tag, `<${tag} src="/test-src/never"></${tag}>`);
        expect(loadingOf(el)!.getAttribute('role')).to.equal('status');
        expect(collapse(loadingOf(el)!.textContent)).to.equal('Henter indhold …');
        await animationsDone(el);
        await expect(el).to.be.accessible();
        el.src = c.file.src;
        await loaded(el, 'the second src did not load');
        expect(await c.shown(el)).to.equal(c.file.shows);
        expect(errors).to.have.length(0);
      });

      it('reads inline JSON', async () => {
        const { el } = await render(tag, `<${tag}>${script(c.inline.json)}</${tag}>`);
        expect(await c.shown(el)).to.equal(c.inline.shows);
        expect(collapse(shadow(el).textContent)).to.contain(c.inline.contains);
        expect(noticeOf(el), 'no notice').to.equal(null);
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });

      if (c.children) {
        const children = c.children;
        it('reads light-DOM children as content, and follows when they change', async () => {
          const { el } = await render(tag, `<${tag}>${children.markup}</${tag}>`);
          expect(await c.shown(el)).to.equal(children.shows);
          el.insertAdjacentHTML('afterbegin', children.added);
          await waitUntil(
            async () => (await c.shown(el)) === children.addedShows,
            'the added child is not shown',
          );
          expect(noticeOf(el), 'no notice').to.equal(null);
        });
      } else {
        it('reads no children as content: the built-in content shows', async () => {
          const { el } = await render(
            tag,
            `<${tag}><article><h3>Barn</h3><p>Tekst</p></article></${tag}>`,
          );
          expect(await c.shown(el)).to.equal(c.builtIn.da);
          expect(noticeOf(el), 'no notice').to.equal(null);
        });
      }

      it('the content property wins over src, inline JSON and children', async () => {
        const inner = `${script('{ "ignored": true }')}${c.children?.markup ?? ''}`;
        const el = await fixture<Widget>(
          staticHtml`<${unsafeStatic(tag)} src=${c.file.src} .content=${structuredClone(c.content.value)}
            >${unsafeStatic(inner)}</${unsafeStatic(tag)}
          >`,
        );
        await el.updateComplete;
        expect(await c.shown(el)).to.equal(c.content.shows);
      });

      it('src wins over inline JSON and children', async () => {
        const { el } = await render(
          tag,
          `<${tag} src="${c.file.src}">${script(c.inline.json)}${c.children?.markup ?? ''}</${tag}>`,
        );
        await loaded(el, 'the file did not load');
        expect(await c.shown(el)).to.equal(c.file.shows);
      });
    });

    describe('refused content', () => {
      it('a src that answers 404', async () => {
        const src = `/test/fixtures/${tag}-missing.json`;
        const { detail, text } = await failing(widget(tag, `src="${src}"`));
        expect(detail.reason).to.equal('fetch-failed');
        expect(detail.message).to.contain('kunne ikke hentes (HTTP 404)');
        expect(text).to.contain(`${src} kunne ikke hentes (HTTP 404)`);
      });

      it('a src that never answers fails after 10 s', async () => {
        await expectSrcTimeout(tag);
      });

      it('broken JSON from src', async () => {
        const { detail, text } = await failing(widget(tag, 'src="/test/fixtures/broken.json"'));
        expect(detail.reason).to.equal('invalid-json');
        expect(text).to.contain('Indholdet er ikke gyldig JSON');
      });

      it('broken inline JSON', async () => {
        const { detail, text } = await failing(widget(tag, '', script(c.brokenInline)));
        expect(detail.reason).to.equal('invalid-json');
        expect(text).to.contain('Indholdet er ikke gyldig JSON');
      });

      it('JSON of the wrong shape names the path', async () => {
        const { detail, text } = await failing(widget(tag, `src="${c.wrongShape.src}"`));
        expect(detail).to.include({ reason: 'invalid-content', path: c.wrongShape.path });
        expect(detail.message).to.contain(`${c.wrongShape.path}: ${c.wrongShape.message}`);
        expect(text).to.contain(`${c.wrongShape.path}: ${c.wrongShape.message}`);
      });

      it('content that is not an object', async () => {
        const { detail, text } = await failing(
          staticHtml`<${unsafeStatic(tag)} .content=${'tekst'}></${unsafeStatic(tag)}>`,
        );
        expect(detail.reason).to.equal('invalid-content');
        expect(text).to.contain('Indholdet: skal være et objekt');
      });

      it('tells the editor in English when the widget speaks English', async () => {
        const { detail, text } = await failing(
          staticHtml`<${unsafeStatic(tag)} lang="en" .content=${'text'}></${unsafeStatic(tag)}>`,
        );
        expect(text).to.contain('The content cannot be shown');
        expect(text).to.contain('must be an object');
        expect(detail.message).to.contain('must be an object');
        const missing = await failing(widget(tag, 'lang="en" src="/test/fixtures/missing.json"'));
        expect(missing.text).to.contain(
          'The file /test/fixtures/missing.json could not be loaded (HTTP 404)',
        );
      });

      it('one broken widget leaves the others working', async () => {
        const logged = sinon.stub(console, 'error');
        const { wrapper } = await render(
          tag,
          `<${tag} id="bad">${script('{ "broken": [ }')}</${tag}><${tag} id="good"></${tag}>`,
        );
        const bad = wrapper.querySelector<Widget>('#bad')!;
        const good = wrapper.querySelector<Widget>('#good')!;
        await bad.updateComplete;
        await good.updateComplete;
        logged.restore();
        expect(logged.callCount).to.equal(1);
        expect(noticeOf(bad) !== null, 'a notice on the broken one').to.equal(true);
        expect(noticeOf(good), 'no notice on the good one').to.equal(null);
        await c.step.take(good);
        expect(await c.shown(good)).to.equal(c.step.shows);
      });
    });

    describe('language', () => {
      it('speaks Danish by default, and English under its own lang="en"', async () => {
        const { el } = await render(tag, `<${tag}></${tag}>`);
        expect(el.language).to.equal('da');
        expect(await c.shown(el)).to.equal(c.builtIn.da);
        expect(shadow(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('da');
        const { el: english } = await render(tag, `<${tag} lang="en"></${tag}>`);
        expect(english.language).to.equal('en');
        expect(await c.shown(english)).to.equal(c.builtIn.en);
        expect(shadow(english).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
        await animationsDone(english);
        await expect(english).to.be.accessible();
      });

      it('follows the nearest ancestor’s lang, its own lang first, and switches at run time', async () => {
        const { wrapper, el } = await render(tag, `<${tag}></${tag}>`, 'en-GB');
        expect(await c.shown(el)).to.equal(c.builtIn.en);
        el.setAttribute('lang', 'da');
        await settle(el);
        expect(await c.shown(el)).to.equal(c.builtIn.da);
        el.removeAttribute('lang');
        await settle(el);
        expect(await c.shown(el)).to.equal(c.builtIn.en);
        wrapper.lang = 'da';
        await settle(el);
        expect(el.language).to.equal('da');
        expect(await c.shown(el)).to.equal(c.builtIn.da);
      });

      it('crosses shadow roots to find the language', async () => {
        const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
        const root = host.attachShadow({ mode: 'open' });
        root.innerHTML = `<section><${tag}></${tag}></section>`;
        const el = root.querySelector<Widget>(tag)!;
        await el.updateComplete;
        expect(el.language).to.equal('en');
        expect(await c.shown(el)).to.equal(c.builtIn.en);
        root.querySelector('section')!.setAttribute('lang', 'da');
        await settle(el);
        expect(el.language).to.equal('da');
        expect(await c.shown(el)).to.equal(c.builtIn.da);
      });

      it('an unknown lang shows Danish and tells the editor', async () => {
        const errors: DigiErrorEvent[] = [];
        let el!: Widget;
        const logged = await captureConsoleErrors(async () => {
          const wrapper = await fixture(
            html`<div @digi-error=${(e: DigiErrorEvent) => errors.push(e)}></div>`,
          );
          wrapper.innerHTML = `<${tag} lang="de"></${tag}>`;
          el = wrapper.querySelector<Widget>(tag)!;
          await el.updateComplete;
        });
        expect(await c.shown(el)).to.equal(c.builtIn.da);
        expect(noticeOf(el)!.getAttribute('role')).to.equal('status');
        expect(collapse(noticeOf(el)!.textContent)).to.contain(
          'Sproget "de" findes ikke, så teksten vises på dansk.',
        );
        expect(shadow(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('da');
        expect(errors.map((e) => [e.detail.reason, e.detail.path])).to.deep.equal([
          ['invalid-attribute', 'lang'],
        ]);
        expect(logged).to.have.length(1);
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });
    });

    describe('lifecycle', () => {
      it('taken out while its src loads and put back, it loads the file, with no digi-error', async () => {
        const errors = recordEvents(document, 'digi-error');
        const { wrapper, el } = await render(tag, `<${tag} src="${c.file.src}"></${tag}>`);
        el.remove();
        await new Promise(requestAnimationFrame);
        wrapper.append(el);
        await loaded(el, 'the file did not load after the widget came back');
        expect(await c.shown(el)).to.equal(c.file.shows);
        expect(errors).to.have.length(0);
      });

      it('moved to another place in the page, it keeps where the reader was', async () => {
        const { wrapper, el } = await render(tag, `<${tag}></${tag}><div id="elsewhere"></div>`);
        const events = recordEvents(document, 'digi-error');
        await c.step.take(el);
        wrapper.querySelector('#elsewhere')!.append(el);
        await el.updateComplete;
        expect(await c.shown(el)).to.equal(c.step.shows);
        expect(events).to.have.length(0);
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });
    });

    describe('lazily loaded parts', () => {
      it('shows Danish with a notice when the English pack cannot load', async () => {
        const errors: DigiErrorEvent[] = [];
        let el!: Widget;
        const logged = await captureConsoleErrors(async () => {
          const wrapper = await fixture(
            html`<div lang="en" @digi-error=${(e: DigiErrorEvent) => errors.push(e)}></div>`,
          );
          wrapper.innerHTML = `<${c.lostChunks}></${c.lostChunks}>`;
          el = wrapper.querySelector<Widget>(c.lostChunks)!;
          await waitUntil(() => noticeOf(el), 'no notice');
        });
        expect(await c.shown(el)).to.equal(c.builtIn.da);
        expect(collapse(noticeOf(el)!.textContent)).to.contain(
          'En del af widgetten kunne ikke hentes',
        );
        expect(errors.map((e) => e.detail.reason)).to.deep.equal(['fetch-failed']);
        expect(logged).to.have.length(1);
      });

      it('shows an error when the validator for custom content cannot load', async () => {
        const errors = recordEvents<DigiErrorEvent>(document, 'digi-error');
        let el!: Widget;
        const logged = await captureConsoleErrors(async () => {
          const wrapper = await fixture(html`<div></div>`);
          const holder = document.createElement('div');
          holder.innerHTML = `<${c.lostChunks}></${c.lostChunks}>`;
          el = holder.querySelector<Widget>(c.lostChunks)!;
          el.content = structuredClone(c.content.value);
          wrapper.append(el);
          await el.updateComplete;
        });
        expect(noticeOf(el)!.getAttribute('role')).to.equal('alert');
        expect(shadow(el).querySelector(c.widget), 'no widget').to.equal(null);
        await expect(el).to.be.accessible();
        expect(errors.map((e) => e.detail.reason)).to.deep.equal(['fetch-failed']);
        expect(logged).to.have.length(1);
      });
    });
  });
}

// How content loads (src, inline JSON, children, the content property), bad content (404, timeout,
// broken JSON, wrong shape), language and lazily loaded parts. Kept as they were: the lead replaces
// these by a suite shared by the three widgets.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { DigiErrorEvent } from '../../src/core/events.js';
import {
  DigiTipCarousel as CarouselClass,
  tipCarouselSpec,
  type DigiTipCarousel,
} from '../../src/tip-carousel/index.js';
import {
  animationsDone,
  captureConsoleErrors,
  expectRefusal,
  expectSrcTimeout,
  parkMouse,
  recordEvents,
  resetReducedMotion,
  settle,
  shadow,
} from '../helpers.js';
import {
  $,
  $$,
  carousel,
  current,
  currentTitle,
  notice,
  region,
  tipsDa,
  tipsEn,
} from './harness.js';

afterEach(async () => {
  sinon.restore();
  await parkMouse();
  await resetReducedMotion();
});

describe('<digi-tip-carousel>', () => {
  describe('custom content', () => {
    it('loads tips from src with a generic label', async () => {
      const el = await carousel(
        html`<digi-tip-carousel src="/test/fixtures/tips.json"></digi-tip-carousel>`,
      );
      await waitUntil(() => current(el), 'tips did not load');
      expect(currentTitle(el)).to.equal('Første råd');
      expect($$(el, '[role="tab"]')).to.have.length(3);
      expect($(el, '[part="credit"]')).to.equal(null);
      expect(region(el).getAttribute('aria-label')).to.equal('Gode råd');
      el.goTo(1);
      await el.updateComplete;
      expect(current(el).querySelectorAll('p')).to.have.length(2);
      expect(current(el).querySelector('a')!.getAttribute('href')).to.equal(
        'https://example.org/laes-mere',
      );
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('reads inline JSON', async () => {
      const el = await carousel(
        html`<digi-tip-carousel>
          <script type="application/json">
            { "tips": [{ "title": "Inline", "body": "Fra JSON i siden." }] }
          </script>
        </digi-tip-carousel>`,
      );
      expect(currentTitle(el)).to.equal('Inline');
      expect(shadow(el).textContent).to.contain('Fra JSON i siden.');
    });

    it('reads light-DOM children as tips, readable before the script runs', async () => {
      const el = await carousel(
        html`<digi-tip-carousel>
          <article id="a">
            <h3>Barn et</h3>
            <p>Første afsnit.</p>
            <p>Andet.</p>
          </article>
          <article data-title="Barn to">
            <p>Tekst</p>
            <a href="/mere">Læs mere</a>
          </article>
        </digi-tip-carousel>`,
      );
      expect($$(el, '[role="tab"]')).to.have.length(2);
      expect(currentTitle(el)).to.equal('Barn et');
      expect(current(el).querySelectorAll('p')).to.have.length(2);
      el.next();
      await el.updateComplete;
      expect(currentTitle(el)).to.equal('Barn to');
      expect(current(el).querySelector('a')!.textContent).to.equal('Læs mere');
    });

    it('updates when the children change', async () => {
      const el = await carousel(
        html`<digi-tip-carousel
          ><div>
            <h2>Et</h2>
            tekst
          </div></digi-tip-carousel
        >`,
      );
      const extra = document.createElement('div');
      extra.innerHTML = '<h2>To</h2><p>mere</p>';
      el.append(extra);
      await waitUntil(() => $$(el, '[role="tab"]').length === 2);
      expect($$(el, '[part="slide"]')).to.have.length(1);
    });

    it('the content property wins over src and children', async () => {
      const el = await carousel(
        html`<digi-tip-carousel
          src="/test/fixtures/tips.json"
          .content=${{ tips: [{ title: 'Fra egenskab', body: 'Tekst' }] }}
          ><div><h2>Barn</h2></div></digi-tip-carousel
        >`,
      );
      expect(currentTitle(el)).to.equal('Fra egenskab');
    });

    it('a new src wins over one still loading', async () => {
      const errors = recordEvents(document, 'digi-error');
      const el = await carousel(
        html`<digi-tip-carousel src="/test-src/never"></digi-tip-carousel>`,
      );
      expect($(el, '.loading')!.textContent.trim()).to.equal('Henter indhold …');
      await animationsDone(el);
      await expect(el).to.be.accessible();
      el.src = '/test/fixtures/tips.json';
      await waitUntil(() => current(el), 'second src did not load');
      expect(currentTitle(el)).to.equal('Første råd');
      expect(errors).to.have.length(0);
    });
  });

  describe('bad content', () => {
    const failing = (template: ReturnType<typeof html>) =>
      expectRefusal<DigiTipCarousel>(template, 'digi-tip-carousel', '[part="carousel"]');

    it('a src that answers 404', async () => {
      const { detail, text } = await failing(
        html`<digi-tip-carousel src="/test/fixtures/missing.json"></digi-tip-carousel>`,
      );
      expect(detail.reason).to.equal('fetch-failed');
      expect(text).to.contain('/test/fixtures/missing.json kunne ikke hentes (HTTP 404)');
    });

    it('a src that never answers fails after 10 s', async () => {
      await expectSrcTimeout('digi-tip-carousel');
    });

    it('broken JSON from src', async () => {
      const { detail, text } = await failing(
        html`<digi-tip-carousel src="/test/fixtures/broken.json"></digi-tip-carousel>`,
      );
      expect(detail.reason).to.equal('invalid-json');
      expect(text).to.contain('ikke gyldig JSON');
    });

    it('broken inline JSON', async () => {
      const { detail } = await failing(
        html`<digi-tip-carousel>
          <script type="application/json">
            { "tips": [ }
          </script>
        </digi-tip-carousel>`,
      );
      expect(detail.reason).to.equal('invalid-json');
    });

    it('JSON of the wrong shape names the path', async () => {
      const { detail, text } = await failing(
        html`<digi-tip-carousel src="/test/fixtures/wrong-shape.json"></digi-tip-carousel>`,
      );
      expect(detail.reason).to.equal('invalid-content');
      expect(detail.path).to.equal('tips[1].title');
      expect(detail.message).to.contain('tips[1].title: skal indeholde tekst');
      expect(text).to.contain('tips[1].title: skal indeholde tekst');
    });

    it('an empty list of tips, and content that is not an object', async () => {
      const { detail } = await failing(
        html`<digi-tip-carousel .content=${{ tips: [] }}></digi-tip-carousel>`,
      );
      expect(detail).to.include({ reason: 'invalid-content', path: 'tips' });
      const second = await failing(
        html`<digi-tip-carousel .content=${'tips'}></digi-tip-carousel>`,
      );
      expect(second.text).to.contain('Indholdet: skal være et objekt');
    });

    it('a javascript: link', async () => {
      const { detail } = await failing(
        html`<digi-tip-carousel
          .content=${{ tips: [{ title: 'T', body: 'B', link: { href: ' javascript:alert(1)', text: 'Klik' } }] }}
        ></digi-tip-carousel>`,
      );
      expect(detail.path).to.equal('tips[0].link.href');
    });

    it('duplicate ids', async () => {
      const { detail } = await failing(
        html`<digi-tip-carousel
          .content=${{
            tips: [
              { id: 'a', title: 'T', body: 'B' },
              { id: 'a', title: 'T', body: 'B' },
            ],
          }}
        ></digi-tip-carousel>`,
      );
      expect(detail.path).to.equal('tips[1].id');
    });

    it('shows hostile text as text, never as HTML', async () => {
      const hostile = '<img src=x onerror="window.__pwned = true">';
      const el = await carousel(
        html`<digi-tip-carousel
          .content=${{ tips: [{ title: hostile, body: hostile }] }}
        ></digi-tip-carousel>`,
      );
      expect(currentTitle(el)).to.equal(hostile);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('one broken widget leaves the others working', async () => {
      const logged = sinon.stub(console, 'error');
      const wrapper = await fixture(
        html`<div>
          <digi-tip-carousel id="bad" .content=${{ tips: 'nope' }}></digi-tip-carousel>
          <digi-tip-carousel id="good"></digi-tip-carousel>
        </div>`,
      );
      const good = wrapper.querySelector<DigiTipCarousel>('#good')!;
      const bad = wrapper.querySelector<DigiTipCarousel>('#bad')!;
      await bad.updateComplete;
      logged.restore();
      expect(logged.callCount).to.equal(1);
      expect(currentTitle(good)).to.equal(tipsDa.tips[0]!.title);
      expect(notice(bad)).to.not.equal(null);
      good.next();
      await good.updateComplete;
      expect(good.currentIndex).to.equal(1);
    });
  });

  describe('language', () => {
    it('follows its own lang, then the nearest ancestor, and re-renders on change', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en-GB"><digi-tip-carousel></digi-tip-carousel></div>`,
      );
      const el = wrapper.querySelector('digi-tip-carousel')!;
      await el.updateComplete;
      expect(region(el).getAttribute('aria-roledescription')).to.equal('carousel');
      expect(region(el).getAttribute('aria-label')).to.equal('13 tips on digital leadership');
      expect(currentTitle(el)).to.equal(tipsEn.tips[0]!.title);
      expect(current(el).getAttribute('aria-roledescription')).to.equal('tip');
      expect($(el, '#tab-0')!.getAttribute('aria-label')).to.equal(
        `Tip 1: ${tipsEn.tips[0]!.title}`,
      );
      await animationsDone(el);
      await expect(el).to.be.accessible();

      el.next();
      el.setAttribute('lang', 'da');
      await settle(el);
      expect(currentTitle(el)).to.equal(tipsDa.tips[1]!.title);
      el.removeAttribute('lang');
      wrapper.lang = 'en';
      await settle(el);
      expect(currentTitle(el)).to.equal(tipsEn.tips[1]!.title);
    });

    it('crosses shadow roots to find the language', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<section><digi-tip-carousel></digi-tip-carousel></section>';
      const el = root.querySelector('digi-tip-carousel')!;
      await el.updateComplete;
      expect(el.language).to.equal('en');
      root.querySelector('section')!.setAttribute('lang', 'da');
      await settle(el);
      expect(el.language).to.equal('da');
    });

    it('an unknown lang shows Danish and tells the editor', async () => {
      const errors: DigiErrorEvent[] = [];
      const logged = await captureConsoleErrors(async () => {
        const wrapper = await fixture(
          html`<div @digi-error=${(e: DigiErrorEvent) => errors.push(e)}>
            <digi-tip-carousel lang="de"></digi-tip-carousel>
          </div>`,
        );
        const el = wrapper.querySelector('digi-tip-carousel')!;
        await el.updateComplete;
        expect(currentTitle(el)).to.equal(tipsDa.tips[0]!.title);
        expect(notice(el)!.textContent).to.contain('Sproget "de" findes ikke');
        expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('da');
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });
      expect(errors.map((e) => e.detail.path)).to.deep.equal(['lang']);
      expect(logged).to.have.length(1);
    });

    it('any UI string can be overridden through strings', async () => {
      const el = await carousel(
        html`<digi-tip-carousel
          .strings=${{ next: 'Frem', position: 'Råd {n}/{total}' }}
        ></digi-tip-carousel>`,
      );
      expect($(el, '[part="next-button"]')!.getAttribute('aria-label')).to.equal('Frem');
      expect($(el, '[part="position"]')!.textContent.trim()).to.equal('Råd 1/13');
    });
  });

  describe('lazily loaded parts', () => {
    // A server that lost a chunk file: the widget must still work and say what happened.
    class LostChunks extends CarouselClass {
      protected override readonly spec = {
        ...tipCarouselSpec,
        en: () => Promise.reject(new Error('chunk missing')),
        loader: () => Promise.reject(new Error('chunk missing')),
      };
    }
    customElements.define('lost-chunks-carousel', LostChunks);

    it('shows Danish with a notice when the English pack cannot load', async () => {
      const errors: DigiErrorEvent[] = [];
      const logged = await captureConsoleErrors(async () => {
        const wrapper = await fixture(
          html`<div lang="en" @digi-error=${(e: DigiErrorEvent) => errors.push(e)}>
            <lost-chunks-carousel></lost-chunks-carousel>
          </div>`,
        );
        const el = wrapper.querySelector<CarouselClass>('lost-chunks-carousel')!;
        await waitUntil(() => notice(el), 'no notice');
        expect(currentTitle(el)).to.equal(tipsDa.tips[0]!.title);
        expect(notice(el)!.textContent).to.contain('En del af widgetten kunne ikke hentes');
      });
      expect(errors.map((e) => e.detail.reason)).to.deep.equal(['fetch-failed']);
      expect(logged).to.have.length(1);
    });

    it('shows an error when the validator for custom content cannot load', async () => {
      const errors = recordEvents<DigiErrorEvent>(document, 'digi-error');
      const logged = await captureConsoleErrors(async () => {
        const el = await fixture<CarouselClass>(
          html`<lost-chunks-carousel
            .content=${{ tips: [{ title: 'T', body: 'B' }] }}
          ></lost-chunks-carousel>`,
        );
        expect(notice(el)!.getAttribute('role')).to.equal('alert');
        await expect(el).to.be.accessible();
      });
      expect(errors.map((e) => e.detail.reason)).to.deep.equal(['fetch-failed']);
      expect(logged).to.have.length(1);
    });

    it('keeps light-DOM children visible while their content is checked', async () => {
      // The validator arrives only when the test lets it: until then the children are checked.
      let arrive!: () => void;
      const gate = new Promise<void>((resolve) => (arrive = resolve));
      class SlowChecker extends CarouselClass {
        protected override readonly spec = {
          ...tipCarouselSpec,
          loader: () => gate.then(() => tipCarouselSpec.loader()),
        };
      }
      customElements.define('slow-checker-carousel', SlowChecker);
      const el = new SlowChecker();
      el.innerHTML = '<article><h3>Synlig</h3><p>Tekst</p></article>';
      document.body.append(el);
      try {
        await waitUntil(() => shadow(el).querySelector('slot'), 'the loading state');
        const slot = shadow(el).querySelector('slot')!;
        expect(slot.assignedElements()).to.have.length(1);
        expect(slot.assignedElements()[0]!.getBoundingClientRect().height).to.be.above(0);
        arrive();
        await el.updateComplete;
        expect(currentTitle(el)).to.equal('Synlig');
      } finally {
        el.remove();
      }
    });
  });
});

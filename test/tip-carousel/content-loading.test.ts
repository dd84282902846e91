// The carousel's own content: what custom tips render (src, children), its content rules, its
// English and string overrides, and children kept visible while they are checked. What every
// widget shares (sources, refusals, language, lifecycle, lazy parts) is in test/shared/.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  DigiTipCarousel as CarouselClass,
  tipCarouselSpec,
  type DigiTipCarousel,
} from '../../src/tip-carousel/index.js';
import { animationsDone, expectRefusal, settle, shadow } from '../helpers.js';
import {
  $,
  $$,
  carousel,
  cleanUp,
  current,
  currentTitle,
  region,
  tipsDa,
  tipsEn,
} from './harness.js';

afterEach(cleanUp);

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
  });

  describe('bad content', () => {
    const failing = (template: ReturnType<typeof html>) =>
      expectRefusal<DigiTipCarousel>(template, 'digi-tip-carousel', '[part="carousel"]');

    it('an empty list of tips', async () => {
      const { detail } = await failing(
        html`<digi-tip-carousel .content=${{ tips: [] }}></digi-tip-carousel>`,
      );
      expect(detail).to.include({ reason: 'invalid-content', path: 'tips' });
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

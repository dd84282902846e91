// The carousel with its built-in tips: region, slide, picker, heading level, look, credit.
import { expect, html, waitUntil } from '@open-wc/testing';
import { animationsDone, captureConsoleErrors, expectHeadingLevelChecked } from '../helpers.js';
import {
  $,
  $$,
  carousel,
  cleanUp,
  current,
  currentTitle,
  notice,
  region,
  tipsDa,
} from './harness.js';

afterEach(cleanUp);

describe('<digi-tip-carousel>', () => {
  describe('with built-in content', () => {
    it('is a labelled carousel region whose slide is the tab panel of the picked tip', async () => {
      const el = await carousel();
      const section = region(el);
      expect(section.tagName).to.equal('SECTION');
      expect(section.getAttribute('aria-roledescription')).to.equal('karrusel');
      expect(section.getAttribute('aria-label')).to.equal('13 råd om digitalt lederskab');
      const panels = $$(el, '[role="tabpanel"][aria-roledescription="råd"]');
      expect(panels).to.have.length(1);
      expect(panels[0]!.getAttribute('aria-labelledby')).to.equal('tab-0');
      const tab = $(el, '#tab-0')!;
      expect(tab.getAttribute('role')).to.equal('tab');
      expect(tab.getAttribute('aria-controls')).to.equal(panels[0]!.id);
      expect(tab.getAttribute('aria-selected')).to.equal('true');
      expect(currentTitle(el)).to.equal(tipsDa.tips[0]!.title);
      expect($(el, '[part="position"]')!.textContent.trim()).to.equal('1 af 13');
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('has only the current slide in its DOM, visible, and the credit line below it', async () => {
      const el = await carousel();
      const slides = $$(el, '[part="slide"]');
      expect(slides).to.have.length(1);
      expect(getComputedStyle(slides[0]!).visibility).to.equal('visible');
      expect(slides[0]!.inert).to.equal(false);
      expect($$(el, '[part="title"]')).to.have.length(1);
      const credit = $(el, '[part="credit"]')!;
      expect(credit.textContent).to.contain('Esbjerg Kommune');
      expect(credit.textContent).to.contain('Greve Kommune');
      expect(
        slides[0]!.compareDocumentPosition(credit) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    });

    it('takes its label from the label attribute and never writes one itself', async () => {
      const el = await carousel(html`<digi-tip-carousel label="Ugens råd"></digi-tip-carousel>`);
      expect(region(el).getAttribute('aria-label')).to.equal('Ugens råd');
      const plain = await carousel();
      expect(plain.hasAttribute('label')).to.equal(false);
    });

    it('heading-level sets the level of the tip titles', async () => {
      const el = await carousel(html`<digi-tip-carousel heading-level="2"></digi-tip-carousel>`);
      const levels = () => [...new Set($$(el, '.title').map((t) => t.getAttribute('aria-level')))];
      expect(levels()).to.deep.equal(['2']);
      expect(notice(el)).to.equal(null);
    });

    it('refuses a heading-level outside 1–6 like any attribute: notice, digi-error, console.error', async () => {
      await expectHeadingLevelChecked(
        html`<digi-tip-carousel heading-level="9"></digi-tip-carousel>`,
        'digi-tip-carousel',
        '[part="carousel"]',
        3,
        (el) => [...new Set($$(el, '.title').map((t) => t.getAttribute('aria-level')))],
        (level) => [String(level)],
      );
    });

    it('takes its look from the --digi-* custom properties', async () => {
      const el = await carousel(
        html`<digi-tip-carousel
          style="--digi-color-accent: rgb(31, 107, 58); --digi-radius: 12px; --digi-tip-carousel-border: 2px solid rgb(31, 107, 58); --digi-tip-carousel-padding: 24px"
        ></digi-tip-carousel>`,
      );
      const card = getComputedStyle($(el, '[part="carousel"]')!);
      expect(card.borderTopWidth).to.equal('2px');
      expect(card.borderTopColor).to.equal('rgb(31, 107, 58)');
      expect(card.paddingTop).to.equal('24px');
      expect(card.borderTopLeftRadius).to.equal('12px');
      expect(getComputedStyle($(el, '[part="next-button"]')!).color).to.equal('rgb(31, 107, 58)');
    });

    it('keeps the same height for every tip (no jump while reading)', async () => {
      const el = await carousel();
      const heights = new Set<number>();
      for (let i = 0; i < 13; i++) {
        el.goTo(i);
        await el.updateComplete;
        heights.add(Math.round(el.getBoundingClientRect().height));
      }
      expect([...heights]).to.have.length(1);
    });

    it('keeps one slide, the panel of the selected tab, through moves, strings and returning content', async () => {
      const el = await carousel();
      const state = () => ({
        slides: $$(el, '[part="slide"]').length,
        labelledBy: current(el).getAttribute('aria-labelledby'),
        selected: $$(el, '[role="tab"][aria-selected="true"]').map((t) => t.id),
        tabStops: $$(el, '[role="tab"]')
          .filter((t) => t.tabIndex === 0)
          .map((t) => t.id),
      });
      el.goTo(5);
      await el.updateComplete;
      expect(state()).to.deep.equal({
        slides: 1,
        labelledBy: 'tab-5',
        selected: ['tab-5'],
        tabStops: ['tab-5'],
      });
      expect(currentTitle(el)).to.equal(tipsDa.tips[5]!.title);

      el.strings = { slide: 'kort', pickerItem: 'Kort {n}' };
      await el.updateComplete;
      expect(current(el).getAttribute('aria-roledescription')).to.equal('kort');
      expect($$(el, '[role="tab"]')[5]!.getAttribute('aria-label')).to.equal('Kort 6');
      expect(state()).to.deep.equal({
        slides: 1,
        labelledBy: 'tab-5',
        selected: ['tab-5'],
        tabStops: ['tab-5'],
      });

      await captureConsoleErrors(async () => {
        el.content = { tips: [] };
        await waitUntil(() => notice(el), 'the error notice');
      });
      el.content = undefined;
      await el.updateComplete;
      expect($$(el, '[role="tab"]')).to.have.length(13);
      expect(currentTitle(el)).to.equal(tipsDa.tips[0]!.title);
      expect(state()).to.deep.equal({
        slides: 1,
        labelledBy: 'tab-0',
        selected: ['tab-0'],
        tabStops: ['tab-0'],
      });
    });
  });
});

// Layout: 320 px without horizontal scrolling, no shift on upgrade inside the reserve, the page
// font and the focus ring.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DigiTipCarousel as CarouselClass } from '../../src/tip-carousel/index.js';
import { animationsDone, engine, layoutShiftApi } from '../helpers.js';
import { $, $$, $button, cleanUp, reserveCss } from './harness.js';

afterEach(cleanUp);

describe('<digi-tip-carousel>', () => {
  describe('layout', () => {
    it('fits 320 px without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><digi-tip-carousel autoplay></digi-tip-carousel></div>`,
      );
      const el = wrapper.querySelector('digi-tip-carousel')!;
      await el.updateComplete;
      const base = $(el, '[part="carousel"]')!;
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const part of $$(el, '[part="controls"], [part="picker"], [part="slides"]')) {
        expect(part.getBoundingClientRect().right).to.be.at.most(
          el.getBoundingClientRect().right + 0.5,
        );
      }
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    const noShiftApi = layoutShiftApi
      ? ''
      : ` [${engine}: no Layout Instability API; checks only that the text below stays put]`;
    it(`does not move the page when it upgrades inside the reserved height${noShiftApi}`, async () => {
      // A tag not yet defined, like a page whose script has not run yet, reserved by the rules
      // of the stylesheet the snippet links (src/tip-carousel/tip-carousel.reserve.css).
      const style = document.createElement('style');
      style.textContent = (await reserveCss()).replaceAll('digi-tip-carousel', 'late-tip-carousel');
      document.head.append(style);
      after(() => style.remove());
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 900px">
          <late-tip-carousel></late-tip-carousel>
          <p id="below">Text under the widget</p>
        </div>`,
      );
      const below = wrapper.querySelector('#below')!;
      const before = below.getBoundingClientRect().top;
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as PerformanceEntry & { value: number }).value);
      });
      if (layoutShiftApi) observer.observe({ type: 'layout-shift' });
      await new Promise(requestAnimationFrame);
      customElements.define('late-tip-carousel', class extends CarouselClass {});
      const el = wrapper.querySelector<CarouselClass>('late-tip-carousel')!;
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      observer.disconnect();
      expect(below.getBoundingClientRect().top).to.equal(before);
      expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
      const card = $(el, '[part="carousel"]')!.getBoundingClientRect();
      expect(Math.round(card.height)).to.equal(Math.round(el.getBoundingClientRect().height));
    });

    it('inherits the page font and shows a 3 px focus ring', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: Georgia, serif">
          <digi-tip-carousel></digi-tip-carousel>
        </div>`,
      );
      const el = wrapper.querySelector('digi-tip-carousel')!;
      await el.updateComplete;
      const next = $button(el, '[part="next-button"]')!;
      expect(getComputedStyle(next).fontFamily).to.contain('Georgia');
      next.focus();
      await sendKeys({ press: 'Shift' });
      expect(next.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(next).outlineWidth).to.equal('3px');
      expect(getComputedStyle(next).outlineStyle).to.equal('solid');
    });
  });
});

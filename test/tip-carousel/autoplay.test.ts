// Autoplay to the APG rules: the stop button first, stops on keyboard focus, pauses on hover,
// `interval`, reduced motion.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { DigiErrorEvent } from '../../src/core/events.js';
import { type DigiTipCarousel, type DigiTipChangeEvent } from '../../src/tip-carousel/index.js';
import {
  animationsDone,
  captureConsoleErrors,
  centre,
  deepActiveElement,
  itUnderReducedMotion,
  recordEvents,
} from '../helpers.js';
import { $, $button, carousel, cleanUp, current, notice } from './harness.js';

afterEach(cleanUp);

describe('<digi-tip-carousel>', () => {
  describe('autoplay', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    });
    afterEach(() => clock.restore());

    const rotationButton = (el: DigiTipCarousel) => $button(el, '[part="rotation-button"]')!;
    const live = (el: DigiTipCarousel) => $(el, '[part="slides"]')!.getAttribute('aria-live');

    it('rotates every interval with live announcements off, one event a turn', async () => {
      const el = await carousel(html`<digi-tip-carousel autoplay></digi-tip-carousel>`);
      const events = recordEvents<DigiTipChangeEvent>(el, 'digi-tip-change');
      expect(live(el)).to.equal('off');
      expect(rotationButton(el).textContent.trim()).to.equal('Stop automatisk skift');
      clock.tick(9_999);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(0);
      clock.tick(1);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);
      clock.tick(10_000);
      await el.updateComplete;
      expect(events.map((e) => e.detail.index)).to.deep.equal([1, 2]);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('puts the stop button first in the tab order', async () => {
      const wrapper = await fixture(
        html`<div>
          <button id="before">before</button><digi-tip-carousel autoplay></digi-tip-carousel>
        </div>`,
      );
      const el = wrapper.querySelector('digi-tip-carousel')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === rotationButton(el), 'focus on the stop button').to.equal(true);
    });

    it('stops for good when keyboard focus enters, until the reader starts it', async () => {
      const wrapper = await fixture(
        html`<div>
          <button id="before">before</button><digi-tip-carousel autoplay></digi-tip-carousel
          ><button id="after">after</button>
        </div>`,
      );
      const el = wrapper.querySelector('digi-tip-carousel')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(live(el)).to.equal('polite');
      expect(rotationButton(el).textContent.trim()).to.equal('Start automatisk skift');

      wrapper.querySelector<HTMLButtonElement>('#after')!.focus();
      clock.tick(30_000);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(0);

      rotationButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(live(el)).to.equal('off');
      clock.tick(10_000);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('stops when the reader presses stop; stays stopped', async () => {
      const el = await carousel(html`<digi-tip-carousel autoplay></digi-tip-carousel>`);
      rotationButton(el).click();
      await el.updateComplete;
      clock.tick(60_000);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(0);
      expect(live(el)).to.equal('polite');
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('pauses while the pointer hovers and resumes when it leaves', async () => {
      const el = await carousel(html`<digi-tip-carousel autoplay></digi-tip-carousel>`);
      await sendMouse({ type: 'move', position: centre($(el, '.slides')!) });
      clock.tick(30_000);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(0);
      expect(live(el)).to.equal('polite');
      // Off the carousel but inside the viewport (WebDriver refuses a pointer outside it).
      const rect = el.getBoundingClientRect();
      const outside: [number, number] = [Math.round(rect.left + 20), Math.round(rect.bottom + 20)];
      expect(outside[1]).to.be.below(innerHeight);
      await sendMouse({ type: 'move', position: outside });
      clock.tick(10_000);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);
    });

    it('follows interval, also when it changes while rotating', async () => {
      const el = await carousel(
        html`<digi-tip-carousel autoplay interval="6"></digi-tip-carousel>`,
      );
      clock.tick(6_000);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);
      el.interval = 20;
      await el.updateComplete;
      clock.tick(19_000);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);
      clock.tick(1_000);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(2);
    });

    itUnderReducedMotion('starts stopped under reduced motion, and nothing animates', async () => {
      const el = await carousel(html`<digi-tip-carousel autoplay></digi-tip-carousel>`);
      expect(rotationButton(el).textContent.trim()).to.equal('Start automatisk skift');
      clock.tick(60_000);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(0);
      el.next();
      await el.updateComplete;
      expect(getComputedStyle(current(el)).animationName).to.equal('none');
    });

    it('clears its timer when the element leaves the page', async () => {
      const el = await carousel(html`<digi-tip-carousel autoplay></digi-tip-carousel>`);
      expect(clock.countTimers()).to.equal(1);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    });

    it('refuses interval="-1" and below 5 with a notice, and keeps working', async () => {
      const errors: DigiErrorEvent[] = [];
      const logged = await captureConsoleErrors(async () => {
        const wrapper = await fixture(
          html`<div @digi-error=${(e: DigiErrorEvent) => errors.push(e)}>
            <digi-tip-carousel autoplay interval="-1"></digi-tip-carousel>
          </div>`,
        );
        const el = wrapper.querySelector('digi-tip-carousel')!;
        await el.updateComplete;
        expect(notice(el)!.textContent).to.contain('interval="-1" er ugyldig');
        clock.tick(10_000);
        await el.updateComplete;
        expect(el.currentIndex).to.equal(1);
        await animationsDone(el);
        await expect(el).to.be.accessible();
        el.setAttribute('interval', '2');
        await el.updateComplete;
        clock.tick(5_000);
        await el.updateComplete;
        expect(el.currentIndex).to.equal(2);
      });
      expect(errors.map((e) => [e.detail.reason, e.detail.path])).to.deep.equal([
        ['invalid-attribute', 'interval'],
        ['invalid-attribute', 'interval'],
      ]);
      expect(logged).to.have.length(2);
    });
  });
});

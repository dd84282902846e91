// Moving between tips: previous and next, the picker (tabs), methods, swipe, `start`.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { DigiErrorEvent } from '../../src/core/events.js';
import { tipOfTheDay, type DigiTipChangeEvent } from '../../src/tip-carousel/index.js';
import {
  animationsDone,
  captureConsoleErrors,
  centre,
  deepActiveElement,
  recordEvents,
  SPACE,
} from '../helpers.js';
import {
  $,
  $$buttons,
  $button,
  carousel,
  cleanUp,
  current,
  currentTitle,
  notice,
  tipsDa,
} from './harness.js';

afterEach(cleanUp);

describe('<digi-tip-carousel>', () => {
  describe('previous and next', () => {
    it('are real buttons that move one tip and wrap around, one event each', async () => {
      const el = await carousel();
      const events = recordEvents<DigiTipChangeEvent>(el, 'digi-tip-change');
      const next = $button(el, '[part="next-button"]')!;
      const previous = $button(el, '[part="previous-button"]')!;
      expect(next.tagName).to.equal('BUTTON');
      expect(next.getAttribute('aria-label')).to.equal('Næste råd');
      expect(previous.getAttribute('aria-label')).to.equal('Forrige råd');

      previous.click();
      await el.updateComplete;
      expect(currentTitle(el)).to.equal(tipsDa.tips[12]!.title);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.index).to.equal(12);
      expect(events[0]!.detail.tip).to.deep.equal(tipsDa.tips[12]);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);

      next.click();
      await el.updateComplete;
      expect(el.currentIndex).to.equal(0);
      expect(events).to.have.length(2);
    });

    it('work from the keyboard', async () => {
      const el = await carousel();
      const events = recordEvents(el, 'digi-tip-change');
      $button(el, '[part="next-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(el.currentIndex).to.equal(2);
      expect(events).to.have.length(2);
      expect($(el, '[part="position"]')!.textContent.trim()).to.equal('3 af 13');
    });
  });

  describe('slide picker', () => {
    it('is one tab stop; arrows, Home and End choose a tip and move focus', async () => {
      const el = await carousel();
      const events = recordEvents<DigiTipChangeEvent>(el, 'digi-tip-change');
      const tabs = $$buttons(el, '[role="tablist"] [role="tab"]');
      expect(tabs).to.have.length(13);
      expect(tabs.filter((t) => t.tabIndex === 0)).to.have.length(1);
      expect(tabs[0]!.getAttribute('aria-label')).to.equal(`Råd 1: ${tipsDa.tips[0]!.title}`);

      $button(el, '[part="next-button"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === tabs[0], 'focus on the first tab').to.equal(true);

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);
      expect(deepActiveElement()?.getAttribute('aria-selected')).to.equal('true');
      expect(deepActiveElement()?.getAttribute('aria-controls')).to.equal('slide');
      expect(current(el).getAttribute('aria-labelledby')).to.equal('tab-1');

      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.currentIndex).to.equal(12);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.currentIndex).to.equal(0);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.currentIndex).to.equal(12);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.currentIndex).to.equal(0);
      expect(events.map((e) => e.detail.index)).to.deep.equal([1, 12, 0, 12, 0]);

      const picked = $$buttons(el, '[role="tab"]');
      expect(picked.filter((t) => t.tabIndex === 0)).to.have.length(1);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('chooses a tip on click', async () => {
      const el = await carousel();
      const events = recordEvents(el, 'digi-tip-change');
      $$buttons(el, '[role="tab"]')[4]!.click();
      await el.updateComplete;
      expect(el.currentIndex).to.equal(4);
      expect(events).to.have.length(1);
    });

    it('shows the focus ring on the tab an arrow key reaches after a click', async () => {
      // A click focuses without a ring; the arrow that follows is keyboard use and needs one
      // (WebKit gave none to a tab focused from script after a click).
      const el = await carousel();
      const tabs = $$buttons(el, '[role="tab"]');
      await sendMouse({ type: 'click', position: centre(tabs[2]!) });
      await el.updateComplete;
      expect(deepActiveElement() === tabs[2], 'the click focuses its tab').to.equal(true);
      expect(tabs[2]!.matches(':focus-visible')).to.equal(false);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(deepActiveElement() === tabs[3], 'the arrow moves focus').to.equal(true);
      expect(tabs[3]!.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(tabs[3]!).outlineStyle).to.equal('solid');
    });

    it('flips the arrow keys on right-to-left pages', async () => {
      const wrapper = await fixture(
        html`<div dir="rtl"><digi-tip-carousel></digi-tip-carousel></div>`,
      );
      const el = wrapper.querySelector('digi-tip-carousel')!;
      await el.updateComplete;
      $$buttons(el, '[role="tab"]')[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);
      // Whether a chevron, drawn pointing left, is turned to point right: `transform` and `scale`
      // add up.
      const pointsRight = (chevron: Element) => {
        const style = getComputedStyle(chevron);
        const turned =
          (style.transform.startsWith('matrix(-1') ? 1 : 0) +
          (style.scale.startsWith('-1') ? 1 : 0);
        return turned % 2 === 1;
      };
      expect(pointsRight($(el, '.next .chevron')!), 'next points left').to.equal(false);
      expect(pointsRight($(el, '.previous .chevron')!), 'previous points right').to.equal(true);
    });
  });

  describe('methods', () => {
    it('next(), previous() and goTo() move without events', async () => {
      const el = await carousel();
      const events = recordEvents(el, 'digi-tip-change');
      el.next();
      el.next();
      el.previous();
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);
      el.goTo(7);
      await el.updateComplete;
      expect(currentTitle(el)).to.equal(tipsDa.tips[7]!.title);
      el.goTo(99);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(12);
      el.goTo(-3);
      await el.updateComplete;
      expect(el.currentIndex).to.equal(0);
      el.previous();
      await el.updateComplete;
      expect(el.currentIndex).to.equal(12);
      expect(events).to.have.length(0);
    });
  });

  describe('swipe', () => {
    it('a sideways drag turns the tip; a vertical one does not', async () => {
      const el = await carousel();
      const events = recordEvents<DigiTipChangeEvent>(el, 'digi-tip-change');
      const [x, y] = centre($(el, '.slides')!);
      await sendMouse({ type: 'move', position: [x + 60, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x - 60, y] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(el.currentIndex).to.equal(1);

      await sendMouse({ type: 'move', position: [x - 60, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 60, y] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(el.currentIndex).to.equal(0);

      await sendMouse({ type: 'move', position: [x, y - 40] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 10, y + 40] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(el.currentIndex).to.equal(0);
      expect(events.map((e) => e.detail.index)).to.deep.equal([1, 0]);
      expect(getComputedStyle($(el, '.slides')!).touchAction).to.equal('pan-y');
    });
  });

  describe('start', () => {
    it('start="3" opens on the third tip without an event', async () => {
      const events: Event[] = [];
      const wrapper = await fixture(
        html`<div @digi-tip-change=${(e: Event) => events.push(e)}>
          <digi-tip-carousel start="3"></digi-tip-carousel>
        </div>`,
      );
      const el = wrapper.querySelector('digi-tip-carousel')!;
      await el.updateComplete;
      expect(el.currentIndex).to.equal(2);
      expect(events).to.have.length(0);
    });

    it('start="today" picks the same tip for everyone on a day, another the next day', async () => {
      const clock = sinon.useFakeTimers({ now: new Date(2026, 10, 29, 8, 0), toFake: ['Date'] });
      try {
        const el = await carousel(html`<digi-tip-carousel start="today"></digi-tip-carousel>`);
        expect(el.currentIndex).to.equal(tipOfTheDay(13, new Date(2026, 10, 29, 23, 59)));
        expect(tipOfTheDay(13, new Date(2026, 10, 30))).to.equal((el.currentIndex + 1) % 13);
      } finally {
        clock.restore();
      }
    });

    it('start="99" falls back to the first tip with a notice and one digi-error', async () => {
      const errors: DigiErrorEvent[] = [];
      const logged = await captureConsoleErrors(async () => {
        const wrapper = await fixture(
          html`<div @digi-error=${(e: DigiErrorEvent) => errors.push(e)}>
            <digi-tip-carousel start="99"></digi-tip-carousel>
          </div>`,
        );
        const el = wrapper.querySelector('digi-tip-carousel')!;
        await el.updateComplete;
        expect(el.currentIndex).to.equal(0);
        expect(notice(el)!.getAttribute('role')).to.equal('status');
        expect(notice(el)!.textContent).to.contain('start="99" er ugyldig');
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.include({ reason: 'invalid-attribute', path: 'start' });
      expect(logged).to.have.length(1);
    });
  });
});

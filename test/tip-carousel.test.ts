import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/tip-carousel/define.js';
import type { DigiErrorEvent } from '../src/core/events.js';
import {
  DigiTipCarousel as CarouselClass,
  tipCarouselDa as da,
  tipCarouselEn as en,
  tipCarouselSpec,
  tipOfTheDay,
  type DigiTipCarousel,
  type DigiTipChangeEvent,
} from '../src/tip-carousel/index.js';

const tipsDa = da.content;
const tipsEn = en.content;
import {
  animationsDone,
  expectRefusal,
  expectSrcTimeout,
  expectHeadingLevelChecked,
  captureConsoleErrors,
  centre,
  deepActiveElement,
  engine,
  itUnderReducedMotion,
  layoutShiftApi,
  recordEvents,
  resetReducedMotion,
  settle,
  shadow,
  parkMouse,
  SPACE,
} from './helpers.js';

const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $button = (el: Element, selector: string) =>
  shadow(el).querySelector<HTMLButtonElement>(selector);
const $$ = (el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(selector),
];
const $$buttons = (el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<HTMLButtonElement>(selector),
];
const region = (el: DigiTipCarousel) =>
  $(el, '[aria-roledescription="karrusel"], [aria-roledescription="carousel"]')!;
/** The slide on show: the only one in the DOM, the tab panel of the selected tab. */
const current = (el: DigiTipCarousel) => $(el, '#slide')!;
const currentTitle = (el: DigiTipCarousel) =>
  current(el).querySelector('[role="heading"]')!.textContent;
const notice = (el: Element) => $(el, '[part="notice"]');

/** The reserving rules of the stylesheet the snippet links, as written in the source. */
const reserveCss = async () => (await fetch('/src/tip-carousel/tip-carousel.reserve.css')).text();

async function carousel(template = html`<digi-tip-carousel></digi-tip-carousel>`) {
  return fixture<DigiTipCarousel>(template);
}

afterEach(async () => {
  sinon.restore();
  await parkMouse();
  await resetReducedMotion();
});

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

// The stylesheet the snippet links reserves, before the script runs, exactly the height the
// carousel takes once upgraded (src/tip-carousel/tip-carousel.reserve.css and the floor in
// tip-carousel.styles.ts), so upgrading moves nothing: at 320, 768 and 1280 px, in Danish and
// English, with and without autoplay.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { DigiTipCarousel } from '../../src/tip-carousel/index.js';
import {
  engine,
  layoutShiftApi,
  METRIC_FONT,
  restoreViewport,
  setViewportSize,
} from '../helpers.js';
import { frames, reserveCss } from './harness.js';

afterEach(restoreViewport);

let tags = 0;

/**
 * A page whose script has not run yet: a carousel under a fresh tag (`attributes` on it) reserved
 * by the stylesheet's rules, text above and below. Defines the tag, and returns the heights
 * before and after, the shift of the text below and the layout shift the browser reported.
 */
async function upgrade(attributes: string) {
  const tag = `reserve-carousel-${(tags += 1)}`;
  const style = document.createElement('style');
  style.textContent = (await reserveCss()).replaceAll('digi-tip-carousel', tag);
  document.head.append(style);
  try {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style=${METRIC_FONT}>
        <p>Tekst over widgetten.</p>
        ${staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`}
        <p id="below">Tekst under widgetten.</p>
      </div>`,
    );
    const el = wrapper.querySelector<DigiTipCarousel>(tag)!;
    const below = wrapper.querySelector('#below')!;
    await frames();
    const reserved = el.getBoundingClientRect().height;
    const top = below.getBoundingClientRect().top;
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value);
    });
    if (layoutShiftApi) observer.observe({ type: 'layout-shift' });
    customElements.define(tag, class extends DigiTipCarousel {});
    await el.updateComplete;
    await frames();
    observer.disconnect();
    return {
      el,
      reserved,
      upgraded: el.getBoundingClientRect().height,
      moved: below.getBoundingClientRect().top - top,
      shift: shifts.reduce((a, b) => a + b, 0),
    };
  } finally {
    style.remove();
  }
}

// WebKit's MiniBrowser keeps its window at least 447 px wide (see setViewportSize).
const WIDTHS = [320, 768, 1280];
const fits = (width: number) => engine !== 'WebKit' || width >= 447;

describe('the reserving stylesheet and <digi-tip-carousel>', () => {
  for (const width of WIDTHS) {
    for (const attributes of ['', 'lang="en"', 'autoplay', 'autoplay lang="en"']) {
      const title = `reserves the upgraded height at ${width} px ${attributes ? `(${attributes})` : '(Danish)'}${
        layoutShiftApi
          ? ''
          : ` [${engine}: no Layout Instability API; checks that the text below stays put]`
      }`;
      if (!fits(width)) {
        it(`${title} [${engine}: the window cannot be narrower than 447 px]`);
        continue;
      }
      it(title, async () => {
        await setViewportSize(width, 800);
        const { el, reserved, upgraded, moved, shift } = await upgrade(attributes);
        expect(reserved, 'a height is reserved').to.be.above(300);
        expect(Math.abs(upgraded - reserved), `${upgraded} vs ${reserved}`).to.be.at.most(1);
        expect(moved).to.equal(0);
        expect(shift).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('reserves nothing for a hidden carousel, and nothing once upgraded', async () => {
    const style = document.createElement('style');
    style.textContent = await reserveCss();
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <digi-tip-carousel hidden></digi-tip-carousel>
          <digi-tip-carousel
            .content=${{ tips: [{ title: 'Kort', body: 'Et kort råd.' }] }}
          ></digi-tip-carousel>
        </div>`,
      );
      const [hidden, custom] = wrapper.querySelectorAll<DigiTipCarousel>('digi-tip-carousel');
      await custom!.updateComplete;
      await frames();
      expect(hidden!.getBoundingClientRect().height).to.equal(0);
      // Custom tips set their own height: the reservation is for the built-in ones.
      expect(custom!.getBoundingClientRect().height).to.be.below(300);
      await expect(custom!).to.be.accessible();
    } finally {
      style.remove();
    }
  });
});

// Only the current slide is laid out; the slide area keeps the height of the tallest tip, measured
// once per content and width for every carousel on the page (src/core/tallest.ts), so nothing
// jumps between tips.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { DigiTipCarousel } from '../../src/tip-carousel/index.js';
import { engine, METRIC_FONT, restoreViewport, setViewportSize } from '../helpers.js';
import { $, $$, $button, carousel, current, frames } from './harness.js';

afterEach(async () => {
  sinon.restore();
  await restoreViewport();
});

/** Heights of the carousel and its slide area through every tip, pressing next. */
async function heightsThroughTips(el: DigiTipCarousel): Promise<Set<number>> {
  const heights = new Set<number>();
  const next = $button(el, '[part="next-button"]')!;
  for (let i = 0; i <= 13; i++) {
    await frames();
    heights.add(el.getBoundingClientRect().height);
    heights.add($(el, '[part="slides"]')!.getBoundingClientRect().height);
    next.click();
    await el.updateComplete;
  }
  return heights;
}

/** Counts the probes laid out from now on (each is appended to a slide area once). */
function countProbes(): () => number {
  const append = sinon.spy(Element.prototype, 'append');
  return () =>
    append.getCalls().filter((call) => (call.args[0] as Element | undefined)?.className === 'probe')
      .length;
}

// A tall tip among short ones, so a wrong height shows.
const uneven = {
  tips: [
    { title: 'Kort', body: 'Et.' },
    { title: 'Langt', body: 'Mange ord, der fylder flere linjer. '.repeat(12) },
    { title: 'Kort igen', body: 'To.' },
  ],
};

describe('<digi-tip-carousel> sizing', () => {
  for (const width of [320, 768, 1280]) {
    const title = `keeps one height through all 13 tips at ${width} px`;
    if (engine === 'WebKit' && width < 447) {
      it(`${title} [WebKit: the window cannot be narrower than 447 px]`);
      continue;
    }
    it(title, async () => {
      await setViewportSize(width, 800);
      const el = await carousel();
      const heights = await heightsThroughTips(el);
      // One height for the carousel, one for its slide area.
      expect(heights.size, [...heights].join(', ')).to.equal(2);
      expect($$(el, '[part="slide"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('measures the built-in tips once for all carousels of one width', async () => {
    const probes = countProbes();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px">
        ${[1, 2, 3, 4].map(() => html`<digi-tip-carousel></digi-tip-carousel>`)}
      </div>`,
    );
    const els = [...wrapper.querySelectorAll<DigiTipCarousel>('digi-tip-carousel')];
    await Promise.all(els.map((el) => el.updateComplete));
    await frames();
    expect(probes(), 'one probe for four carousels').to.equal(1);
    expect(
      els.every((el) => !$(el, '.probe')),
      'the probe is gone',
    ).to.equal(true);
    const areas = els.map((el) => $(el, '[part="slides"]')!.getBoundingClientRect().height);
    expect(new Set(areas).size).to.equal(1);
    expect(await heightsThroughTips(els[1]!)).to.have.length(2);
    await expect(wrapper).to.be.accessible();
  });

  it('sizes the slide area to the tallest custom tip', async () => {
    const el = await carousel(
      html`<digi-tip-carousel style=${METRIC_FONT} .content=${uneven}></digi-tip-carousel>`,
    );
    // How tall the tip on show is: from the slide's top to its last paragraph's margin (the
    // slide itself stretches to the area).
    const content = () => {
      const slide = current(el);
      const last = slide.lastElementChild!;
      const bottom =
        last.getBoundingClientRect().bottom + parseFloat(getComputedStyle(last).marginBottom);
      return bottom - slide.getBoundingClientRect().top;
    };
    await frames();
    const area = $(el, '[part="slides"]')!.getBoundingClientRect().height;
    expect(content()).to.be.below(area / 2);
    el.goTo(1);
    await el.updateComplete;
    await frames();
    expect(Math.abs(content() - area)).to.be.below(1);
    expect(await heightsThroughTips(el)).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('measures again at a new width, and only once for it', async () => {
    const probes = countProbes();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 700px">
        <digi-tip-carousel></digi-tip-carousel>
        <digi-tip-carousel></digi-tip-carousel>
      </div>`,
    );
    const els = [...wrapper.querySelectorAll<DigiTipCarousel>('digi-tip-carousel')];
    await Promise.all(els.map((el) => el.updateComplete));
    await frames();
    const wide = $(els[0]!, '[part="slides"]')!.getBoundingClientRect().height;
    expect(probes()).to.equal(1);
    wrapper.style.width = '320px';
    await frames();
    expect(probes()).to.equal(2);
    const narrow = els.map((el) => $(el, '[part="slides"]')!.getBoundingClientRect().height);
    expect(narrow[0]).to.be.above(wide);
    expect(narrow[1]).to.equal(narrow[0]);
    expect(await heightsThroughTips(els[0]!)).to.have.length(2);
  });

  it('measures again when put back in a place of another width', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div id="wide" style="width: 900px"><digi-tip-carousel></digi-tip-carousel></div>
        <div id="narrow" style="width: 340px"></div>
      </div>`,
    );
    const el = wrapper.querySelector<DigiTipCarousel>('digi-tip-carousel')!;
    await el.updateComplete;
    await frames();
    const wide = $(el, '[part="slides"]')!.getBoundingClientRect().height;
    // Out of the page for a while (its measurement forgets it), then back elsewhere.
    el.remove();
    await frames();
    wrapper.querySelector('#narrow')!.append(el);
    await el.updateComplete;
    await frames();
    expect($(el, '[part="slides"]')!.getBoundingClientRect().height).to.be.above(wide);
    expect(await heightsThroughTips(el)).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});

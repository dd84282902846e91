// What a screen reader gets from <digi-strategy-wheel>: Chromium's accessibility tree (names, roles,
// states, reading order), beside axe; the one panel and its stable height; the credit line; and
// the reserve rule against the upgraded height.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/strategy-wheel/define.js';
import { strategyWheelDa as da, type DigiStrategyWheel } from '../../src/strategy-wheel/index.js';
import { itReads, readingOrder } from '../a11y-tree.js';
import { METRIC_FONT, shadow } from '../helpers.js';
import { removeFrames, reserveRule, upgradeInFrame } from '../reserve-frame.js';
import { WHEEL_FILES } from './harness.js';

const themes = da.content.themes;
const $$ = (el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(selector),
];
const frame = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

async function wheel(template = html`<digi-strategy-wheel></digi-strategy-wheel>`) {
  const el = await fixture<DigiStrategyWheel>(template);
  await el.updateComplete;
  await frame();
  return el;
}

afterEach(removeFrames);

describe('<digi-strategy-wheel> as a screen reader gets it', () => {
  itReads(
    'tabs named by the title alone, the panel named by its tab, then the credit',
    async () => {
      const el = await wheel();
      const lines = await readingOrder(el);
      expect(lines[0]).to.equal('tablist "Esbjerg Kommunes digitaliseringstemaer"');
      expect(lines.filter((line) => line.startsWith('tab '))).to.deep.equal(
        themes.map((t, i) => `tab "${t.title}"${i === 0 ? ' selected' : ''}`),
      );
      expect(lines.some((line) => /"\d+\.? /.test(line) || line === 'StaticText "1"')).to.equal(
        false,
      );
      const panel = lines.findIndex((line) => line.startsWith('tabpanel'));
      expect(lines[panel]).to.equal(`tabpanel "${themes[0]!.title}"`);
      expect(lines[panel + 1]).to.equal(`heading "${themes[0]!.title}" level=3`);
      expect(lines.filter((line) => line.startsWith('tabpanel'))).to.have.length(1);
      expect(lines.at(-1)).to.match(/^StaticText "Temaerne er Esbjerg Kommunes/);
      await expect(el).to.be.accessible();
    },
  );

  itReads('after choosing theme 3: that tab selected, the panel named by it', async () => {
    const el = await wheel();
    $$(el, '[role="tab"]')[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    const lines = await readingOrder(el);
    expect(lines).to.include(`tab "${themes[2]!.title}" selected`);
    expect(lines).to.include(`tabpanel "${themes[2]!.title}"`);
    await expect(el).to.be.accessible();
  });
});

describe('<digi-strategy-wheel> panel', () => {
  it('holds one panel in the DOM, as tall as the tallest theme, so nothing moves between themes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 360px; ${METRIC_FONT}">
        <digi-strategy-wheel></digi-strategy-wheel>
      </div>`,
    );
    const el = wrapper.querySelector('digi-strategy-wheel')!;
    await el.updateComplete;
    await frame();
    expect($$(el, '[role="tabpanel"]')).to.have.length(1);
    expect($$(el, '.sizer > *')).to.have.length(0);
    const panels = shadow(el).querySelector<HTMLElement>('.panels')!;
    const heights = new Set<number>();
    const panelHeights: number[] = [];
    for (let i = 0; i < themes.length; i++) {
      $$(el, '[role="tab"]')[i]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      heights.add(Math.round(el.getBoundingClientRect().height));
      heights.add(Math.round(panels.getBoundingClientRect().height));
      panelHeights.push(shadow(el).querySelector<HTMLElement>('#panel')!.offsetHeight);
    }
    expect([...heights]).to.have.length(2);
    // As tall as the tallest panel (its last margin included), not more.
    const tallest = Math.max(...panelHeights);
    expect(panels.getBoundingClientRect().height).to.be.within(tallest, tallest + 16);
  });

  it('credits the built-in themes, and custom themes carry no credit', async () => {
    const el = await wheel();
    expect($$(el, '[part="credit"]').map((p) => p.textContent)).to.deep.equal([da.strings.credit]);
    el.content = {
      themes: [
        { id: 'a', title: 'A', description: 'a' },
        { id: 'b', title: 'B', description: 'b' },
      ],
    };
    await el.updateComplete;
    expect($$(el, '[part="credit"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});

describe('<digi-strategy-wheel> reserve rule', () => {
  for (const width of [320, 768, 1280]) {
    it(`keeps the upgraded wheel's height at ${width} px (±1 px)`, async () => {
      const { reserved, upgraded } = await upgradeInFrame(
        WHEEL_FILES,
        width,
        await reserveRule(WHEEL_FILES),
      );
      expect(reserved).to.be.above(0);
      expect(Math.abs(upgraded - reserved), `${upgraded} vs ${reserved}`).to.be.at.most(1);
    });
  }
});

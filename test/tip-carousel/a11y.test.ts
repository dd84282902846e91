// What a screen reader gets from the carousel (Chromium's accessibility tree), beside axe in every
// state: the APG tabbed carousel, controls before the slide, unique landmark names.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { uniqueName } from '../../src/core/unique-name.js';
import type { DigiTipCarousel } from '../../src/tip-carousel/index.js';
import { itReads, readingOrder } from '../a11y-tree.js';
import { parkMouse } from '../helpers.js';
import { $button, $$buttons, carousel, region, tipsDa, tipsEn } from './harness.js';

const credit =
  'Frit efter artiklen »13 råd om dit digitale lederskab« med kommunaldirektørerne Rikke ' +
  'Vestergaard, Esbjerg Kommune, og Claus Thykjær, Greve Kommune.';

/** The lines a reader walks through for the built-in Danish tips with tip `index` on show. */
const danish = (index: number, controls: string[]) => [
  'region "13 råd om digitalt lederskab" (karrusel)',
  ...controls,
  'button "Forrige råd"',
  'button "Næste råd"',
  'tablist "Vælg råd"',
  ...tipsDa.tips.map(
    (tip, i) => `tab "Råd ${i + 1}: ${tip.title}"${i === index ? ' selected' : ''}`,
  ),
  `tabpanel "Råd ${index + 1}: ${tipsDa.tips[index]!.title}" (råd)`,
  `heading "${tipsDa.tips[index]!.title}" level=3`,
  'paragraph',
  `StaticText "${tipsDa.tips[index]!.body}"`,
  'paragraph',
  `StaticText "${credit}"`,
];

afterEach(async () => {
  sinon.restore();
  await parkMouse();
});

describe('<digi-tip-carousel> as a screen reader reads it', () => {
  itReads(
    'reads the controls, then the tabs, then the slide as the picked tab’s panel',
    async () => {
      const el = await carousel();
      expect(await readingOrder(el)).to.deep.equal(danish(0, []));
      await expect(el).to.be.accessible();
    },
  );

  itReads(
    'after a tip is picked with the keyboard, its tab is selected and names the panel',
    async () => {
      const el = await carousel();
      $$buttons(el, '[role="tab"]')[0]!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      const lines = await readingOrder(el);
      expect(lines).to.deep.equal(
        danish(12, []).map((l) => (l.startsWith('tab "Råd 13') ? `${l} focused` : l)),
      );
      await expect(el).to.be.accessible();
    },
  );

  itReads('with autoplay the rotation button comes first and says what it does', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const el = await carousel(html`<digi-tip-carousel autoplay></digi-tip-carousel>`);
    expect(await readingOrder(el)).to.deep.equal(danish(0, ['button "Stop automatisk skift"']));
    await expect(el).to.be.accessible();
    $button(el, '[part="rotation-button"]')!.click();
    await el.updateComplete;
    expect((await readingOrder(el)).slice(0, 2)).to.deep.equal([
      'region "13 råd om digitalt lederskab" (karrusel)',
      'button "Start automatisk skift"',
    ]);
    await expect(el).to.be.accessible();
    clock.restore();
  });

  itReads('reads English with its own names and role descriptions', async () => {
    const el = await carousel(html`<digi-tip-carousel lang="en"></digi-tip-carousel>`);
    const lines = await readingOrder(el);
    expect(lines.slice(0, 5)).to.deep.equal([
      'region "13 tips on digital leadership" (carousel)',
      'button "Previous tip"',
      'button "Next tip"',
      'tablist "Choose a tip"',
      `tab "Tip 1: ${tipsEn.tips[0]!.title}" selected`,
    ]);
    expect(lines).to.include(`tabpanel "Tip 1: ${tipsEn.tips[0]!.title}" (tip)`);
    await expect(el).to.be.accessible();
  });

  itReads('custom tips: a generic name and no credit line', async () => {
    const el = await carousel(
      html`<digi-tip-carousel
        .content=${{
          tips: [
            { title: 'Et', body: 'Første.' },
            { title: 'To', body: 'Andet.' },
          ],
        }}
      ></digi-tip-carousel>`,
    );
    expect(await readingOrder(el)).to.deep.equal([
      'region "Gode råd" (karrusel)',
      'button "Forrige råd"',
      'button "Næste råd"',
      'tablist "Vælg råd"',
      'tab "Råd 1: Et" selected',
      'tab "Råd 2: To"',
      'tabpanel "Råd 1: Et" (råd)',
      'heading "Et" level=3',
      'paragraph',
      'StaticText "Første."',
    ]);
    await expect(el).to.be.accessible();
  });

  describe('two carousels on one page', () => {
    const names = (wrapper: Element) =>
      [...wrapper.querySelectorAll<DigiTipCarousel>('digi-tip-carousel')].map((el) =>
        region(el).getAttribute('aria-label'),
      );

    itReads('give two landmarks with two names (axe landmark-unique)', async () => {
      const wrapper = await fixture(
        html`<div>
          <digi-tip-carousel></digi-tip-carousel><digi-tip-carousel></digi-tip-carousel>
        </div>`,
      );
      const [a, b] = wrapper.querySelectorAll('digi-tip-carousel');
      await a!.updateComplete;
      await b!.updateComplete;
      expect((await readingOrder(a!))[0]).to.equal(
        'region "13 råd om digitalt lederskab" (karrusel)',
      );
      expect((await readingOrder(b!))[0]).to.equal(
        'region "13 råd om digitalt lederskab 2" (karrusel)',
      );
      await expect(wrapper).to.be.accessible();
    });

    it('keep their numbers while on the page; a newcomer takes the number of one that left', async () => {
      const wrapper = await fixture(
        html`<div>
          <digi-tip-carousel></digi-tip-carousel><digi-tip-carousel></digi-tip-carousel>
          <digi-tip-carousel label="Ugens råd"></digi-tip-carousel>
        </div>`,
      );
      const [first, second] = wrapper.querySelectorAll<DigiTipCarousel>('digi-tip-carousel');
      await second!.updateComplete;
      expect(names(wrapper)).to.deep.equal([
        '13 råd om digitalt lederskab',
        '13 råd om digitalt lederskab 2',
        'Ugens råd',
      ]);
      // Moving the second keeps its number; removing the first frees the plain name.
      wrapper.prepend(second!);
      first!.remove();
      const newcomer = document.createElement('digi-tip-carousel');
      wrapper.append(newcomer);
      await newcomer.updateComplete;
      second!.next();
      await second!.updateComplete;
      expect(names(wrapper)).to.deep.equal([
        '13 råd om digitalt lederskab 2',
        'Ugens råd',
        '13 råd om digitalt lederskab',
      ]);
      await expect(wrapper).to.be.accessible();
    });
  });
});

describe('uniqueName()', () => {
  it('numbers holders of one name in the order they ask, per name', () => {
    const [a, b, c] = [1, 2, 3].map(() => document.createElement('div'));
    document.body.append(a!, b!, c!);
    try {
      expect(uniqueName(a!, 'Quiz')).to.equal('Quiz');
      expect(uniqueName(b!, 'Quiz')).to.equal('Quiz 2');
      expect(uniqueName(a!, 'Quiz'), 'asking again').to.equal('Quiz');
      expect(uniqueName(c!, 'Hjul')).to.equal('Hjul');
      b!.remove();
      expect(uniqueName(c!, 'Quiz'), 'takes the number of one that left').to.equal('Quiz 2');
    } finally {
      for (const el of [a, b, c]) el!.remove();
    }
  });
});

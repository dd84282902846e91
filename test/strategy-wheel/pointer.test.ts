// Pointer: clicks on segments, legend entries and the hole of the donut.
import {
  TITLES,
  cleanUp,
  click,
  clickSegment,
  details,
  expectSelected,
  ids,
  legendItems,
  selectEvents,
  tablist,
  themes,
  themesDa,
  wheel,
  wheelCentre,
} from './harness.js';
import { centre } from '../helpers.js';
import { expect, html } from '@open-wc/testing';

afterEach(cleanUp);

describe('<digi-strategy-wheel>', () => {
  describe('pointer', () => {
    it('a click inside a segment selects it; a click on the selected one tells nothing', async () => {
      const el = await wheel();
      const events = selectEvents(el);
      for (const index of [2, 4, 0]) {
        await clickSegment(el, index);
        expectSelected(el, index, themesDa[index]!.title);
        expect(el.getAttribute('selected')).to.equal(ids[index]);
      }
      await clickSegment(el, 0);
      // Taps act at once: no double-tap zoom delay on the wheel.
      expect(getComputedStyle(tablist(el)!).touchAction).to.equal('manipulation');
      expect(details(events)).to.deep.equal([
        { id: ids[2], index: 2 },
        { id: ids[4], index: 4 },
        { id: ids[0], index: 0 },
      ]);
    });

    it('each of 12 segments answers a click on its own shape', async () => {
      const content = themes(12);
      const el = await wheel(html`<digi-strategy-wheel .content=${content}></digi-strategy-wheel>`);
      const events = selectEvents(el);
      const order = [6, 11, 1, 10, 2, 9, 3, 8, 4, 7, 5, 0];
      for (const index of order) {
        await clickSegment(el, index);
        expectSelected(el, index, TITLES[index]!);
      }
      expect(events.map((e) => e.detail.index)).to.deep.equal(order);
      expect(events.map((e) => e.detail.id)).to.deep.equal(order.map((i) => `tema-${i + 1}`));
    });

    it('a click on a legend entry selects its theme', async () => {
      const el = await wheel();
      const events = selectEvents(el);
      await click(el, centre(legendItems(el)[3]!));
      expectSelected(el, 3, themesDa[3]!.title);
      await click(el, centre(legendItems(el)[1]!.querySelector('span')!));
      expectSelected(el, 1, themesDa[1]!.title);
      await click(el, centre(legendItems(el)[1]!.querySelector('svg')!));
      expect(details(events)).to.deep.equal([
        { id: ids[3], index: 3 },
        { id: ids[1], index: 1 },
      ]);
    });

    it('a click in the hole of the donut selects nothing', async () => {
      const el = await wheel();
      const events = selectEvents(el);
      await click(el, wheelCentre(el));
      expectSelected(el, 0, themesDa[0]!.title);
      expect(events).to.have.length(0);
    });
  });
});

// Keyboard: one tab stop, arrows, Home/End, keys left to the browser, the focus ring.
import {
  $,
  accessibleName,
  cleanUp,
  clickSegment,
  details,
  expectFocus,
  expectSelected,
  ids,
  onPage,
  press,
  pressWith,
  selectEvents,
  shapes,
  shownPanel,
  tabIn,
  tabs,
  themesDa,
} from './harness.js';
import { DigiThemeSelectEvent } from '../../src/strategy-wheel/index.js';
import { animationsDone } from '../helpers.js';
import { expect, html } from '@open-wc/testing';

afterEach(cleanUp);

describe('<digi-strategy-wheel>', () => {
  describe('keyboard', () => {
    it('puts exactly one tab in the tab order: the selected one, then the panel', async () => {
      const { el, before, after } = await onPage(
        html`<digi-strategy-wheel selected="smart-kommune"></digi-strategy-wheel>`,
      );
      await tabIn(el, before);
      expectFocus(tabs(el)[2], 'Tab from the page:');
      await press(el, 'Tab');
      expectFocus($(el, '#panel'), 'second Tab:');
      await press(el, 'Tab');
      expectFocus(after, 'third Tab:');
      await pressWith(el, 'Shift', 'Tab');
      expectFocus($(el, '#panel'), 'Shift+Tab:');
      await pressWith(el, 'Shift', 'Tab');
      expectFocus(tabs(el)[2], 'second Shift+Tab:');
      await pressWith(el, 'Shift', 'Tab');
      expectFocus(before, 'third Shift+Tab:');
    });

    it('Right/Down go clockwise, Left/Up counter-clockwise, both wrap; Home/End; selection and focus follow', async () => {
      const { el, before } = await onPage();
      const events = selectEvents(el);
      await tabIn(el, before);
      const steps: [string, number][] = [
        ['ArrowRight', 1],
        ['ArrowDown', 2],
        ['ArrowLeft', 1],
        ['ArrowUp', 0],
        ['ArrowUp', 4],
        ['ArrowDown', 0],
        ['ArrowLeft', 4],
        ['ArrowRight', 0],
        ['End', 4],
        ['Home', 0],
      ];
      for (const [key, index] of steps) {
        await press(el, key);
        expectSelected(el, index, themesDa[index]!.title);
        expectFocus(tabs(el)[index], `${key} → tab ${index + 1}:`);
        expect(el.selected).to.equal(ids[index]);
        expect(el.getAttribute('selected')).to.equal(ids[index]);
      }
      expect(details(events)).to.deep.equal(steps.map(([, index]) => ({ id: ids[index], index })));
      expect(events.every((e) => e instanceof DigiThemeSelectEvent && e.bubbles && e.composed)).to
        .be.true;

      // Home on the first theme changes nothing, so tells nothing.
      await press(el, 'Home');
      expect(events).to.have.length(steps.length);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('the tabpanel is named by the selected tab', async () => {
      const { el, before } = await onPage();
      await tabIn(el, before);
      for (let i = 0; i < 5; i++) {
        const panel = shownPanel(el)!;
        expect(panel.getAttribute('aria-labelledby')).to.equal(`tab-${i}`);
        expect(accessibleName(panel)).to.equal(themesDa[i]!.title);
        await press(el, 'ArrowRight');
      }
    });

    it('leaves other keys, and arrows with Ctrl or Alt, to the browser', async () => {
      const { el, before } = await onPage();
      const events = selectEvents(el);
      const prevented: [string, boolean][] = [];
      const listener = (event: KeyboardEvent) =>
        prevented.push([event.key, event.defaultPrevented]);
      document.addEventListener('keydown', listener);
      try {
        await tabIn(el, before);
        await press(el, 'Enter');
        await press(el, 'a');
        await press(el, 'PageDown');
        await pressWith(el, 'Control', 'ArrowRight');
        await pressWith(el, 'Alt', 'ArrowDown');
        expectSelected(el, 0, themesDa[0]!.title);
        expectFocus(tabs(el)[0]);
        expect(events).to.have.length(0);
        await press(el, 'ArrowDown');
        expectSelected(el, 1, themesDa[1]!.title);
      } finally {
        document.removeEventListener('keydown', listener);
      }
      expect(prevented.filter(([key]) => !['Tab', 'Control', 'Alt'].includes(key))).to.deep.equal([
        ['Enter', false],
        ['a', false],
        ['PageDown', false],
        ['ArrowRight', false],
        ['ArrowDown', false],
        ['ArrowDown', true],
      ]);
    });

    it('draws a focus ring over the selected segment for keyboard focus, not for clicks', async () => {
      const { el, before } = await onPage();
      const ring = $(el, '.ring')!;
      const halo = $(el, '.halo')!;
      expect(getComputedStyle(ring).strokeWidth).to.equal('2px');
      await tabIn(el, before);
      expect(tabs(el)[0]!.matches(':focus-visible')).to.be.true;
      expect(getComputedStyle(ring).strokeWidth).to.equal('4px');
      expect(getComputedStyle(ring).stroke).to.equal('rgb(26, 26, 26)');
      expect(getComputedStyle(halo).strokeWidth).to.equal('9px');
      expect(getComputedStyle(halo).stroke).to.equal('rgb(255, 255, 255)');
      await press(el, 'ArrowLeft');
      expect(ring.getAttribute('d')).to.equal(shapes(el)[4]!.getAttribute('d'));
      expect(getComputedStyle(ring).strokeWidth).to.equal('4px');

      await clickSegment(el, 2);
      expectFocus(tabs(el)[2], 'a click focuses its tab:');
      expect(tabs(el)[2]!.matches(':focus-visible')).to.be.false;
      expect(getComputedStyle(ring).strokeWidth).to.equal('2px');
      expect(getComputedStyle(halo).strokeWidth).to.equal('0px');
      // The keyboard carries on from the clicked tab.
      await press(el, 'ArrowRight');
      expectSelected(el, 3, themesDa[3]!.title);
      expectFocus(tabs(el)[3]);
      expect(getComputedStyle(ring).strokeWidth).to.equal('4px');
    });
  });
});

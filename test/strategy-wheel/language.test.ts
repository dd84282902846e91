// The wheel in English, a language change that keeps the selection, and string overrides.
import {
  $,
  cleanUp,
  details,
  expectFocus,
  expectSelected,
  ids,
  onPage,
  press,
  selectEvents,
  shownPanel,
  tabIn,
  tabNames,
  tablist,
  tabs,
  text,
  themes,
  themesDa,
  themesEn,
  wheel,
} from './harness.js';
import { animationsDone, settle } from '../helpers.js';
import { expect, html } from '@open-wc/testing';

afterEach(cleanUp);

describe('<digi-strategy-wheel>', () => {
  describe('language', () => {
    it('speaks English under its own lang="en", with the English built-in themes', async () => {
      const el = await wheel(html`<digi-strategy-wheel lang="en"></digi-strategy-wheel>`);
      expect(tablist(el)!.getAttribute('aria-label')).to.equal(
        'Esbjerg Municipality’s digitalisation themes',
      );
      expect(tabNames(el)).to.deep.equal(themesEn.map((t) => t.title));
      expectSelected(el, 0, 'Tomorrow’s welfare technology');
      expect(text(shownPanel(el)!.querySelector('.examples-heading'))).to.equal('Examples');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('en');
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('follows the nearest ancestor’s lang, and a change keeps the selection', async () => {
      const { el, wrapper, before } = await onPage(undefined, { lang: 'en-GB' });
      const events = selectEvents(el);
      expectSelected(el, 0, themesEn[0]!.title);
      await tabIn(el, before);
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      expectSelected(el, 2, 'A smart municipality');

      wrapper.lang = 'da';
      await settle(el);
      expectSelected(el, 2, 'En smart kommune');
      expect(tablist(el)!.getAttribute('aria-label')).to.equal(
        'Esbjerg Kommunes digitaliseringstemaer',
      );
      expect(tabNames(el)[2]).to.equal('En smart kommune');
      expect(el.getAttribute('selected')).to.equal('smart-kommune');
      expectFocus(tabs(el)[2], 'focus stays:');

      el.setAttribute('lang', 'en');
      await settle(el);
      expectSelected(el, 2, 'A smart municipality');
      await press(el, 'ArrowRight');
      expectSelected(el, 3, themesEn[3]!.title);
      expect(details(events)).to.deep.equal([
        { id: ids[1], index: 1 },
        { id: ids[2], index: 2 },
        { id: ids[3], index: 3 },
      ]);
    });

    it('names custom themes “Themes” in English', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel lang="en" .content=${themes(3)}></digi-strategy-wheel>`,
      );
      expect(tablist(el)!.getAttribute('aria-label')).to.equal('Themes');
    });

    it('any UI string can be overridden through strings', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel
          .strings=${{ label: 'Strategiens hjul', examples: 'Det gør vi' }}
        ></digi-strategy-wheel>`,
      );
      expect(tablist(el)!.getAttribute('aria-label')).to.equal('Strategiens hjul');
      expect(tabNames(el)[0]).to.equal(themesDa[0]!.title);
      expect(text(shownPanel(el)!.querySelector('.examples-heading'))).to.equal('Det gør vi');
      el.content = themes(2);
      el.strings = { customLabel: 'Vores temaer' };
      await el.updateComplete;
      expect(tablist(el)!.getAttribute('aria-label')).to.equal('Vores temaer');
    });
  });
});

// The selected attribute: opening on a theme, unknown ids, while loading, across new content.
import {
  TITLES,
  cleanUp,
  clickSegment,
  details,
  expectSelected,
  ids,
  notice,
  onPage,
  press,
  selectEvents,
  tabIn,
  tablist,
  text,
  themes,
  themesDa,
  wheel,
} from './harness.js';
import { type DigiErrorEvent } from '../../src/core/events.js';
import { type DigiStrategyWheel, DigiThemeSelectEvent } from '../../src/strategy-wheel/index.js';
import { animationsDone, captureConsoleErrors, recordEvents } from '../helpers.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

afterEach(cleanUp);

describe('<digi-strategy-wheel>', () => {
  describe('selected', () => {
    it('opens on the theme it names and follows later changes by code, without events', async () => {
      const events: DigiThemeSelectEvent[] = [];
      const wrapper = await fixture(
        html`<div @digi-theme-select=${(e: DigiThemeSelectEvent) => events.push(e)}>
          <digi-strategy-wheel selected="administrative-processer"></digi-strategy-wheel>
        </div>`,
      );
      const el = wrapper.querySelector('digi-strategy-wheel')!;
      await el.updateComplete;
      expectSelected(el, 3, themesDa[3]!.title);
      el.selected = 'smart-kommune';
      await el.updateComplete;
      expectSelected(el, 2, themesDa[2]!.title);
      expect(el.getAttribute('selected')).to.equal('smart-kommune');
      el.setAttribute('selected', ' sammenhaengende-service ');
      await el.updateComplete;
      expectSelected(el, 1, themesDa[1]!.title);
      el.removeAttribute('selected');
      await el.updateComplete;
      expectSelected(el, 0, themesDa[0]!.title);
      expect(el.getAttribute('selected')).to.equal(ids[0]);
      expect(events).to.have.length(0);
      expect(notice(el) === null, 'no notice').to.be.true;
    });

    it('an unknown id shows the first theme with a notice and one digi-error', async () => {
      const errors: DigiErrorEvent[] = [];
      let el!: DigiStrategyWheel;
      let before!: HTMLButtonElement;
      const logged = await captureConsoleErrors(async () => {
        ({ el, before } = await onPage(
          html`<digi-strategy-wheel
            selected="findes-ikke"
            @digi-error=${(e: DigiErrorEvent) => errors.push(e)}
          ></digi-strategy-wheel>`,
        ));
        expectSelected(el, 0, themesDa[0]!.title);
        expect(notice(el)!.getAttribute('role')).to.equal('status');
        expect(text(notice(el))).to.contain(
          'selected="findes-ikke" er ugyldig, så velfaerdsteknologi bruges i stedet.',
        );
        expect(el.getAttribute('selected'), 'the refused id stays beside its notice').to.equal(
          'findes-ikke',
        );
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });
      expect(logged).to.have.length(1);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.deep.equal({
        reason: 'invalid-attribute',
        path: 'selected',
        message: 'selected="findes-ikke" er ugyldig, så velfaerdsteknologi bruges i stedet.',
      });

      // The reader's choice replaces it, and the notice goes.
      const events = selectEvents(el);
      await tabIn(el, before);
      await press(el, 'ArrowRight');
      expect(el.getAttribute('selected')).to.equal(ids[1]);
      expect(notice(el) === null, 'notice gone').to.be.true;
      expect(details(events)).to.deep.equal([{ id: ids[1], index: 1 }]);
      expect(errors).to.have.length(1);
    });

    it('an unknown id set at run time falls back the same way, and a good one clears it', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel selected="smart-kommune"></digi-strategy-wheel>`,
      );
      const events = selectEvents(el);
      const errors = recordEvents<DigiErrorEvent>(el, 'digi-error');
      const logged = await captureConsoleErrors(async () => {
        el.selected = 'ukendt';
        await el.updateComplete;
      });
      expectSelected(el, 0, themesDa[0]!.title);
      expect(text(notice(el))).to.contain('selected="ukendt" er ugyldig');
      expect(errors.map((e) => e.detail.path)).to.deep.equal(['selected']);
      expect(logged).to.have.length(1);
      el.selected = 'kompetencer-til-fremtiden';
      await el.updateComplete;
      expectSelected(el, 4, themesDa[4]!.title);
      expect(notice(el) === null, 'notice gone').to.be.true;
      expect(events).to.have.length(0);
    });

    it('a selected id set while the content loads is applied when it arrives', async () => {
      const events: DigiThemeSelectEvent[] = [];
      const wrapper = await fixture(
        html`<div @digi-theme-select=${(e: DigiThemeSelectEvent) => events.push(e)}>
          <digi-strategy-wheel src="/test-src/never"></digi-strategy-wheel>
        </div>`,
      );
      const el = wrapper.querySelector('digi-strategy-wheel')!;
      await el.updateComplete;
      el.selected = 'groen-digital-omstilling';
      await el.updateComplete;
      expect(tablist(el) === null, 'still loading').to.be.true;
      el.src = '/test/fixtures/wheel-themes.json';
      await waitUntil(() => tablist(el), 'themes did not load');
      await el.updateComplete;
      expectSelected(el, 2, 'Grøn digital omstilling');
      expect(el.selected).to.equal('groen-digital-omstilling');
      expect(notice(el) === null, 'no notice').to.be.true;
      expect(events).to.have.length(0);
    });

    it('new content keeps a selected id it still has, and drops one it lost silently', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel .content=${themes(6)}></digi-strategy-wheel>`,
      );
      const errors = recordEvents(el, 'digi-error');
      const events = selectEvents(el);
      await clickSegment(el, 4);
      expect(el.selected).to.equal('tema-5');
      el.content = themes(8);
      await el.updateComplete;
      expectSelected(el, 4, TITLES[4]!);
      el.content = themes(3);
      await el.updateComplete;
      expectSelected(el, 0, TITLES[0]!);
      expect(el.selected).to.equal('tema-1');
      expect(notice(el) === null, 'no notice').to.be.true;
      expect(errors).to.have.length(0);
      expect(events).to.have.length(1);
    });
  });
});

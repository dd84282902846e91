// The wheel with its built-in themes: tablist, legend, panel, label, heading level, steady height.
import {
  $,
  $$,
  accessibleName,
  cleanUp,
  expectSelected,
  ids,
  legendItems,
  numbers,
  panels,
  shownPanel,
  tabNames,
  tablist,
  tabs,
  text,
  themesDa,
  wheel,
} from './harness.js';
import {
  animationsDone,
  captureConsoleErrors,
  expectHeadingLevelChecked,
  refusedAttribute,
  shadow,
} from '../helpers.js';
import { expect, html } from '@open-wc/testing';

afterEach(cleanUp);

describe('<digi-strategy-wheel>', () => {
  describe('with built-in content', () => {
    it('is a labelled SVG tablist of five numbered tabs, in Danish', async () => {
      const el = await wheel();
      const list = tablist(el)!;
      expect(list.localName).to.equal('svg');
      expect(list.getAttribute('aria-label')).to.equal('Esbjerg Kommunes digitaliseringstemaer');
      expect(accessibleName(list)).to.equal('Esbjerg Kommunes digitaliseringstemaer');
      expect(el.hasAttribute('label'), 'writes no label attribute').to.equal(false);

      const all = tabs(el);
      expect(all).to.have.length(5);
      expect(all.every((tab) => tab.localName === 'g' && tab.closest('svg') === list)).to.be.true;
      expect(tabNames(el)).to.deep.equal(themesDa.map((t) => t.title));
      expect(accessibleName(all[1]!)).to.equal('Sammenhængende service');
      expect(numbers(el).map((n) => n.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);

      // One panel: every tab controls it, and it is named by the selected tab.
      all.forEach((tab, i) => {
        const panel = shadow(el).getElementById(tab.getAttribute('aria-controls')!);
        expect(panel?.getAttribute('role'), `tab ${i + 1} controls a tabpanel`).to.equal(
          'tabpanel',
        );
      });
      expect(panels(el)).to.have.length(1);
      expect(panels(el)[0]!.getAttribute('aria-labelledby')).to.equal(all[0]!.id);
      expect(numbers(el).every((n) => n.closest('[aria-hidden="true"]'))).to.equal(true);
      expectSelected(el, 0, themesDa[0]!.title);
      expect(el.selected).to.equal('velfaerdsteknologi');
      expect(el.getAttribute('selected')).to.equal('velfaerdsteknologi');
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    it('has a legend of numbered titles that assistive technology skips', async () => {
      const el = await wheel();
      const legend = $(el, '[part="legend"]')!;
      expect(legend.localName).to.equal('ol');
      expect(legend.getAttribute('aria-hidden')).to.equal('true');
      expect(legendItems(el).map(text)).to.deep.equal(
        themesDa.map((t, i) => `${i + 1} ${t.title}`),
      );
      expect($(el, '[part="centre"]')!.getAttribute('aria-hidden')).to.equal('true');
      for (const part of $$(el, '.halo, .ring')) {
        expect(part.getAttribute('aria-hidden')).to.equal('true');
      }
    });

    it('shows the selected theme in the panel: title, description and examples', async () => {
      const el = await wheel();
      const panel = shownPanel(el)!;
      const title = panel.querySelector('[part="title"]')!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('3');
      expect(text(title)).to.equal(themesDa[0]!.title);
      expect($$(el, '#panel [part="description"]').map(text)).to.deep.equal([
        themesDa[0]!.description,
      ]);
      const examplesHeading = panel.querySelector('.examples-heading')!;
      expect(text(examplesHeading)).to.equal('Eksempler');
      expect(examplesHeading.getAttribute('aria-level')).to.equal('4');
      expect([...panel.querySelectorAll('[part="examples"] li')].map(text)).to.deep.equal(
        themesDa[0]!.examples,
      );
      expect(panel.querySelector('[part="link"]') === null, 'no link').to.be.true;
    });

    it('takes its name from label, and heading-level sets the outline (1–6)', async () => {
      const el = await wheel(
        html`<digi-strategy-wheel label="Vores strategi" heading-level="2"></digi-strategy-wheel>`,
      );
      expect(tablist(el)!.getAttribute('aria-label')).to.equal('Vores strategi');
      const levels = () =>
        [...shownPanel(el)!.querySelectorAll('[role="heading"]')].map((h) =>
          h.getAttribute('aria-level'),
        );
      expect(levels()).to.deep.equal(['2', '3']);
      el.headingLevel = 6;
      await el.updateComplete;
      expect(levels()).to.deep.equal(['6', '6']);
      // Set as a property, the value set is what the notice quotes (the attribute still says 2).
      const logged = await captureConsoleErrors(async () => {
        el.headingLevel = 9;
        await el.updateComplete;
        expect(levels()).to.deep.equal(['6', '6']);
        el.headingLevel = -2;
        await el.updateComplete;
        expect(levels()).to.deep.equal(['1', '2']);
      });
      expect(logged.map((args) => args.join(' '))).to.deep.equal([
        `<digi-strategy-wheel> ${refusedAttribute('heading-level', '9', 6)}`,
        `<digi-strategy-wheel> ${refusedAttribute('heading-level', '-2', 1)}`,
      ]);
    });

    it('refuses a heading-level outside 1–6 like any attribute: notice, digi-error, console.error', async () => {
      await expectHeadingLevelChecked(
        html`<digi-strategy-wheel heading-level="9"></digi-strategy-wheel>`,
        'digi-strategy-wheel',
        '[part="tablist"]',
        3,
        (el) =>
          [...shownPanel(el)!.querySelectorAll('[role="heading"]')].map((h) =>
            h.getAttribute('aria-level'),
          ),
        (level) => [String(level), String(Math.min(6, level + 1))],
      );
    });

    it('keeps the same height for every theme (no jump while choosing)', async () => {
      const el = await wheel();
      const heights = new Set<number>();
      for (const id of ids) {
        el.selected = id;
        await el.updateComplete;
        heights.add(Math.round(el.getBoundingClientRect().height));
      }
      expect([...heights]).to.have.length(1);
    });
  });
});

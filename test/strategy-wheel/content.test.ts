// The wheel's own content rules: theme counts, colours, links, ids (loading itself: test/shared).
import {
  TITLES,
  cleanUp,
  expectFocus,
  expectSelected,
  legendItems,
  onPage,
  press,
  shapes,
  shownPanel,
  tabIn,
  tabNames,
  tablist,
  text,
  themes,
  wheel,
} from './harness.js';
import { type DigiStrategyWheel } from '../../src/strategy-wheel/index.js';
import { type TemplateResult } from 'lit';
import { animationsDone, expectRefusal, shadow } from '../helpers.js';
import { expect, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';

afterEach(cleanUp);

describe('<digi-strategy-wheel>', () => {
  describe('custom content', () => {
    it('loads themes from src, with the generic label, own colours and a link', async () => {
      const warn = sinon.stub(console, 'warn');
      const { el, before, after } = await onPage(
        html`<digi-strategy-wheel src="/test/fixtures/wheel-themes.json"></digi-strategy-wheel>`,
      );
      await waitUntil(() => tablist(el), 'themes did not load');
      await el.updateComplete;
      expect(tablist(el)!.getAttribute('aria-label')).to.equal('Temaer');
      expect(tabNames(el)).to.deep.equal([
        'Borgeren i centrum',
        'Data, der skaber værdi',
        'Grøn digital omstilling',
      ]);
      expect(shapes(el).map((s) => s.getAttribute('fill'))).to.deep.equal([
        '#1f6b3a',
        '#1098ad',
        '#7a3e9d',
      ]);
      expect(warn.callCount).to.equal(0);

      // Two paragraphs, examples and a link, which comes after the panel in the tab order.
      const panel = shownPanel(el)!;
      expect(panel.querySelectorAll('[part="description"]')).to.have.length(2);
      expect([...panel.querySelectorAll('[part="examples"] li')].map(text)).to.deep.equal([
        'Én digital indgang til alle ansøgninger',
        'Svar på henvendelser inden for to hverdage',
      ]);
      const link = panel.querySelector<HTMLAnchorElement>('[part="link"]')!;
      expect(link.getAttribute('href')).to.equal('https://www.example.dk/strategi/borgeren');
      expect(text(link)).to.equal('Læs hele indsatsen');
      await tabIn(el, before);
      await press(el, 'Tab');
      expectFocus(panel);
      await press(el, 'Tab');
      expectFocus(link, 'the link:');
      await press(el, 'Tab');
      expectFocus(after);
      await animationsDone(el);
      await expect(el).to.be.accessible();

      // A theme without examples has no examples heading; a relative link is fine.
      el.selected = 'data-der-skaber-vaerdi';
      await el.updateComplete;
      expect(shownPanel(el)!.querySelector('.examples-heading') === null, 'no heading').to.be.true;
      expect(shownPanel(el)!.querySelector('[part="link"]') === null, 'no link').to.be.true;
      el.selected = 'groen-digital-omstilling';
      await el.updateComplete;
      expect(shownPanel(el)!.querySelector('[part="link"]')!.getAttribute('href')).to.equal(
        '/intranet/klima-og-miljoe',
      );
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });

    for (const count of [2, 5, 12]) {
      it(`passes axe in every state with ${count} themes`, async () => {
        const { el, before } = await onPage(
          html`<digi-strategy-wheel .content=${themes(count)}></digi-strategy-wheel>`,
        );
        await animationsDone(el);
        await expect(el).to.be.accessible();
        await tabIn(el, before);
        await press(el, 'End');
        expectSelected(el, count - 1, TITLES[count - 1]!);
        await animationsDone(el);
        await expect(el).to.be.accessible();
        el.rotate = true;
        await press(el, 'ArrowRight');
        await animationsDone(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('bad content', () => {
    const failing = (template: TemplateResult) =>
      expectRefusal<DigiStrategyWheel>(template, 'digi-strategy-wheel', '[role="tablist"]');

    const withContent = (content: unknown) =>
      html`<digi-strategy-wheel .content=${content}></digi-strategy-wheel>`;

    it('0, 1 and 13 themes, and missing themes', async () => {
      const none = await failing(withContent({ themes: [] }));
      expect(none.detail).to.include({ reason: 'invalid-content', path: 'themes' });
      expect(none.text).to.contain('themes: skal have mindst 2');
      const one = await failing(withContent(themes(1)));
      expect(one.detail.path).to.equal('themes');
      expect(one.text).to.contain('themes: skal have mindst 2');
      const thirteen = await failing(withContent(themes(13)));
      expect(thirteen.detail.path).to.equal('themes');
      expect(thirteen.text).to.contain('themes: må højst have 12');
      const missing = await failing(withContent({ temaer: themes(3).themes }));
      expect(missing.text).to.contain('themes: mangler');
    });

    it('a colour that is not #rgb or #rrggbb', async () => {
      const named = await failing(withContent(themes(3, (i) => (i === 0 ? { color: 'red' } : {}))));
      expect(named.detail.path).to.equal('themes[0].color');
      expect(named.text).to.contain('themes[0].color: skal være en farve, fx #1a6b3c');
      const short = await failing(
        withContent(themes(3, (i) => (i === 2 ? { color: '#12345' } : {}))),
      );
      expect(short.detail.path).to.equal('themes[2].color');
    });

    it('a javascript: link', async () => {
      const { detail, text } = await failing(
        withContent(
          themes(2, (i) =>
            i === 1 ? { link: { href: ' javascript:alert(1)', text: 'Klik her' } } : {},
          ),
        ),
      );
      expect(detail.path).to.equal('themes[1].link.href');
      expect(text).to.contain('skal være et http(s)-link eller et relativt link');
    });

    it('duplicate ids, and an id that is not lower-case letters, digits and hyphens', async () => {
      const duplicate = await failing(
        withContent(themes(4, (i) => (i === 2 ? { id: 'tema-1' } : {}))),
      );
      expect(duplicate.detail.path).to.equal('themes[2].id');
      expect(duplicate.text).to.contain('themes[2].id: bruges mere end én gang');
      const spaced = await failing(
        withContent(themes(2, (i) => (i === 0 ? { id: 'Tema 1' } : {}))),
      );
      expect(spaced.detail.path).to.equal('themes[0].id');
    });

    it('tells the editor in English when the wheel speaks English', async () => {
      const { detail, text } = await failing(
        html`<digi-strategy-wheel lang="en" .content=${themes(1)}></digi-strategy-wheel>`,
      );
      expect(text).to.contain('The content cannot be shown');
      expect(text).to.contain('themes: must have at least 2');
      expect(detail.message).to.contain('themes: must have at least 2');
    });

    it('shows hostile text as text, never as HTML', async () => {
      const hostile = '<img src=x onerror="window.__pwned = true">';
      const content = themes(3, (i) =>
        i === 1 ? { title: hostile, description: hostile, examples: [hostile] } : {},
      );
      const el = await wheel(
        html`<digi-strategy-wheel selected="tema-2" .content=${content}></digi-strategy-wheel>`,
      );
      expect(tabNames(el)[1]).to.equal(hostile);
      expectSelected(el, 1, hostile);
      expect(text(legendItems(el)[1])).to.equal(`2 ${hostile}`);
      expect(text(shownPanel(el)!.querySelector('[part="description"]'))).to.equal(hostile);
      expect(shadow(el).querySelector('img') === null, 'no img element').to.be.true;
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });
  });
});

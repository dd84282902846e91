// The checks of e2e.mjs on the web part's look and neighbours: theme variants, two web parts and
// the CDN bundle on one page, the pane's languages and its screenshot.
import {
  assert,
  axe,
  contrast,
  element,
  mount,
  openPane,
  ready,
  same,
  settlePane,
  TAG,
} from './checks.mjs';

/** The colours the widget in `slot` really uses: its private `--_*` values, resolved. */
const colours = (page, slot) =>
  page.evaluate((slot) => {
    const base = document
      .querySelector(`#webpart-${slot} > div > *`)
      .shadowRoot.querySelector('.base');
    const style = getComputedStyle(base);
    const hex = (value) => {
      const probe = document.createElement('i');
      probe.style.color = value;
      document.body.append(probe);
      const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g).map(Number);
      probe.remove();
      return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
    };
    const read = (name) => hex(style.getPropertyValue(`--_${name}`).trim());
    return Object.fromEntries(
      ['surface', 'subtle', 'text', 'muted', 'accent', 'on-accent', 'border', 'focus', 'error'].map(
        (name) => [name, read(name)],
      ),
    );
  }, slot);

/** `colour` mixed 85 % with black: the quiz's hovered accent buttons. */
const hovered = (colour) =>
  `#${[1, 3, 5]
    .map((i) =>
      Math.round(parseInt(colour.slice(i, i + 2), 16) * 0.85)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** Every pair the widgets draw, with the contrast WCAG asks of it. */
function pairs(t) {
  return [
    ['text', 'surface', 4.5],
    ['text', 'subtle', 4.5],
    ['muted', 'surface', 4.5],
    ['muted', 'subtle', 4.5],
    ['accent', 'surface', 4.5],
    ['accent', 'subtle', 4.5],
    ['on-accent', 'accent', 4.5],
    ['error', 'surface', 4.5],
    ['border', 'surface', 3],
    ['border', 'subtle', 3],
    ['focus', 'surface', 3],
    ['focus', 'subtle', 3],
  ]
    .map(([fore, back, need]) => ({
      pair: `${fore} on ${back}`,
      ratio: contrast(t[fore], t[back]),
      need,
    }))
    .concat({
      pair: 'on-accent on hovered accent',
      ratio: contrast(t['on-accent'], hovered(t.accent)),
      need: 4.5,
    });
}

export const themeChecks = {
  async 'theme: light, neutral, soft, strong and dark sections keep 4.5:1 text, 3:1 controls'(c) {
    const expected = {
      // The section's own background where every colour passes; the widgets' own look where
      // the wheel's segments would not stand out from it.
      strong: { 'tip-carousel': '#0078d4', 'strategy-wheel': '#ffffff' },
      dark: { 'archetype-quiz': '#1b1a19' },
      soft: { 'tip-carousel': '#eff6fc' },
    };
    const notes = [];
    for (const [variant, theme] of Object.entries(c.themes))
      for (const widget of Object.keys(TAG)) {
        const { page, problems } = await c.workbench();
        await mount(c, page, 1, { properties: { widget }, theme });
        await ready(page, 1, widget);
        const t = await colours(page, 1);
        const what = `${widget} on the ${variant} section`;
        for (const { pair, ratio, need } of pairs(t))
          assert(ratio >= need, `${what}: ${pair} is ${ratio.toFixed(2)}:1, needs ${need}:1`);
        const surface = expected[variant]?.[widget];
        if (surface) same(t.surface, surface, `${what}: surface`);
        // The quiz's result and buttons appear after its start; check the first screen and a step.
        same(await axe(c, page), [], `${what}: axe`);
        same(await problems(), [], `${what}: errors`);
        notes.push(
          `${variant}/${widget}: surface ${t.surface}, text ${t.text}, accent ${t.accent}`,
        );
        await page.close();
      }

    // A theme that changes while the page is open recolours the same element.
    const { page } = await c.workbench();
    await mount(c, page, 1, { properties: { widget: 'tip-carousel' }, theme: c.themes.neutral });
    await ready(page, 1, 'tip-carousel');
    await page.evaluate(() => {
      window.before = document.querySelector('#webpart-1 digi-tip-carousel');
    });
    await page.evaluate((theme) => window.handles[1].setTheme(theme), c.themes.strong);
    same((await colours(page, 1)).surface, '#0078d4', 'surface after the theme changed');
    same(
      await page.evaluate(
        () => document.querySelector('#webpart-1 digi-tip-carousel') === window.before,
      ),
      true,
      'the same element after the theme changed',
    );
    await page.close();
  },

  async 'together: two web parts on one page, and the CDN bundle before and after'(c) {
    let { page, log, problems } = await c.workbench();
    await mount(c, page, 1, { properties: { widget: 'tip-carousel' } });
    await mount(c, page, 2, { properties: { widget: 'archetype-quiz' } });
    await ready(page, 1, 'tip-carousel');
    await ready(page, 2, 'archetype-quiz');
    await openPane(c, page, 2);
    await page.select('#pane-widget', '2');
    await ready(page, 2, 'strategy-wheel');
    same(
      (await element(page, 1))?.tag,
      'digi-tip-carousel',
      'the first web part after the second changed',
    );
    same(log.warnings, [], 'warnings with two web parts');
    same(await problems(), [], 'errors with two web parts');
    await page.close();

    const cdn = (page) =>
      page.evaluate(
        () =>
          new Promise((done, fail) => {
            const script = document.createElement('script');
            script.type = 'module';
            script.src = '/cdn/digileder-widgets.js';
            script.onload = done;
            script.onerror = () => fail(new Error('the CDN bundle did not load'));
            document.head.append(script);
          }),
      );
    ({ page, log, problems } = await c.workbench());
    await cdn(page);
    await mount(c, page, 1, { properties: { widget: 'strategy-wheel' } });
    await ready(page, 1, 'strategy-wheel');
    same(
      log.warnings.length,
      1,
      `warnings with the CDN bundle first (${log.warnings.join(' | ')})`,
    );
    assert(
      Object.values(TAG).every((tag) => log.warnings[0].includes(`<${tag}>`)),
      `the warning names every tag: ${log.warnings[0]}`,
    );
    same(await problems(), [], 'errors with the CDN bundle first');
    await page.close();

    ({ page, log, problems } = await c.workbench());
    await mount(c, page, 1, { properties: { widget: 'archetype-quiz' } });
    await ready(page, 1, 'archetype-quiz');
    await cdn(page);
    await page.evaluate(() => {
      const el = document.createElement('digi-tip-carousel');
      document.getElementById('below-1').after(el);
    });
    await page.waitForFunction(
      () => document.querySelector('.section > digi-tip-carousel')?.shadowRoot,
    );
    const perTag = Object.values(TAG).map(
      (tag) => log.warnings.filter((w) => w.includes(`<${tag}>`)).length,
    );
    assert(
      perTag.every((n) => n <= 1),
      `warnings per tag with the CDN bundle after: ${perTag}`,
    );
    same(await problems(), [], 'errors with the CDN bundle after');
    await page.close();
  },

  async 'pane: Danish and English by the UI culture; screenshot for the docs'(c) {
    const labels = {
      'da-DK': 'Hvor kommer indholdet fra?',
      'en-US': 'Where does the content come from?',
    };
    for (const [culture, label] of Object.entries(labels)) {
      const { page } = await c.workbench();
      await mount(c, page, 1, { properties: { widget: 'tip-carousel' }, culture });
      await ready(page, 1, 'tip-carousel');
      await openPane(c, page, 1, culture);
      const legend = await page.$eval('#pane fieldset legend', (l) => l.textContent);
      same(legend, label, `the content question (${culture})`);
      const title = await page.$eval('#pane .pane-title', (t) => t.textContent);
      same(title, c.entry.title[culture] ?? c.entry.title.default, `the pane's title (${culture})`);
      if (culture === 'da-DK') {
        await page.click('#pane-contentSource-address');
        await page.waitForSelector('#pane-contentAddress');
        await page.type('#pane-contentAddress', `${c.LIBRARY}tips.json`);
        same(await settlePane(page), [], 'the pane with a good address');
        await ready(page, 1, 'tip-carousel');
        // The page as an editor sees it: the web part beside its pane (the second section,
        // empty here, left out).
        await page.evaluate(async () => {
          document.activeElement?.blur();
          document.getElementById('section-2').hidden = true;
          const widget = document.querySelector('#webpart-1 digi-tip-carousel');
          await Promise.all(widget.shadowRoot.getAnimations().map((a) => a.finished));
        });
        const workbench = await page.$('.workbench');
        c.writeScreenshot(await workbench.screenshot({ type: 'png' }));
      }
      await page.close();
    }
  },
};

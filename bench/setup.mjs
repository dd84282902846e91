// Before the rounds: the same tips for Shoelace (read from our carousel), Shoelace's reserved
// height, the reserving CSS of each side, and every page the measures open.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INSTANCES } from './measures.mjs';
import { floorPage, page, setShoelaceSlides, snippetPage, subjects } from './pages.mjs';

/**
 * Reads our built-in Danish tips as the carousel renders them, one at a time (only the current
 * slide is in its DOM): title, paragraphs, link.
 */
const readTips = async () => {
  const carousel = document.querySelector('digi-tip-carousel');
  const tips = [];
  for (let i = 0; i < carousel.shadowRoot.querySelectorAll('[role="tab"]').length; i++) {
    carousel.goTo(i);
    await carousel.updateComplete;
    const slide = carousel.shadowRoot.querySelector('[part~="slide"]');
    const link = slide.querySelector('[part~="link"]');
    tips.push({
      title: slide.querySelector('[part~="title"]').textContent.trim(),
      paragraphs: [...slide.querySelectorAll('[part~="body"]')].map((p) => p.textContent.trim()),
      ...(link ? { link: { href: link.getAttribute('href'), text: link.textContent.trim() } } : {}),
    });
  }
  return tips;
};

/**
 * Writes the pages of `sides` (and the floor's); returns `{ urls, tips, css }`: each side's page
 * URLs by name, the tips Shoelace was given, and the reserving CSS (ours: the stylesheet the
 * snippet links, dist/cdn/digileder-widgets.css, as built).
 */
export async function preparePages(h, project, sides) {
  const tips = await h.inFreshPage(
    'carousel',
    h.writePage('setup-tips', page('carousel')),
    async (p) => {
      await h.ready(p);
      return p.evaluate(readTips);
    },
  );
  setShoelaceSlides(tips);

  // Our reserving stylesheet (scripts/stylesheet.mjs), the one the editors' snippet links.
  const ours = readFileSync(join(project, 'dist', 'cdn', 'digileder-widgets.css'), 'utf8').trim();
  const css = { carousel: ours, quiz: ours, wheel: ours, bare: '' };
  if (sides.includes('shoelace')) {
    const height = await h.inFreshPage(
      'shoelace',
      h.writePage('setup-shoelace', page('shoelace')),
      async (p) => {
        await h.ready(p);
        return p.evaluate(() =>
          Math.ceil(document.querySelector('sl-carousel').getBoundingClientRect().height),
        );
      },
    );
    // Shoelace publishes no such rule; its docs advise `:not(:defined) { visibility: hidden }`
    // against a flash of unstyled content. We give it that plus its exact upgraded height.
    css.shoelace = `sl-carousel:not(:defined) {
  display: block;
  height: ${height}px;
  overflow: hidden;
  visibility: hidden;
}`;
  }

  const urls = { floor: h.writePage('floor', floorPage) };
  for (const side of sides) {
    const write = (name, html) => h.writePage(`${side}-${name}`, html);
    urls[side] = {
      ...Object.fromEntries(
        INSTANCES.map((n) => [`ready${n}`, write(String(n), page(side, { count: n }))]),
      ),
      baseline: write('baseline', page(side, { count: 100, script: false })),
      empty: write('empty', page(side, { count: 0 })),
      reserved: write('reserved', page(side, { css: css[side], script: 'after-paint' })),
      bare: write('bare', page(side, { script: 'after-paint' })),
      ...(subjects[side].tag === 'bench-bare'
        ? {}
        : {
            snippet: write('snippet', snippetPage(side)),
            snippetText: write('snippet-text', snippetPage(side, { text: true })),
          }),
    };
  }
  return { urls, tips, css };
}

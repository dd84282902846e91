// Measures the space each widget needs in the web part before a reader does anything, to keep
// the table in integrations/sharepoint/src/webparts/digilederWidgets/layout.ts true. Run after
// `npm run build:sharepoint` when the built-in content or the widgets' layout changes:
//   node test/e2e/sharepoint/reserve.mjs
// For every widget, in Danish and English, at web part widths from 240 to 1280 px, the height of
// its first screen with the built-in content (the carousel: its tallest tip, as autoplay shows
// them all without a reader's action), in the stand-in page's font (wider than Segoe UI, so the
// figures err on the safe side). Prints, per band of widths, the most any of them needed.
import puppeteer from 'puppeteer-core';
import { join, resolve } from 'node:path';
import { chromeArgs, findChrome } from '../../../scripts/chrome-path.mjs';
import { openPage, serve } from './harness.mjs';
import { readZip } from './zip.mjs';

const project = resolve(import.meta.dirname, '..', '..', '..');
const entries = readZip(join(project, 'dist', 'sharepoint', 'digileder-widgets.sppkg'));
const assets = new Map(
  [...entries]
    .filter(([name]) => name.startsWith('ClientSideAssets/'))
    .map(([name, data]) => [name.slice('ClientSideAssets/'.length), data]),
);
const xml = [...entries].find(([name]) => /\/WebPart_[\w-]+\.xml$/.test(name))[1].toString();
const manifest = JSON.parse(
  /ComponentManifest="([^"]*)"/
    .exec(xml)[1]
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&'),
);
const entry = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId].path;

// Bands of web part width, in rem: [from, to).
const BANDS = [15, 17.5, 20, 22.5, 25, 26.25, 30, 35, 36.25, 40];
const widths = [];
for (let px = 240; px <= 1280; px += 20) widths.push(px);

const server = await serve({
  standin: join(import.meta.dirname, 'standin'),
  assets,
  cdn: join(project, 'dist', 'cdn'),
  files: {},
});
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: chromeArgs,
});
const page = await openPage(browser, { errors: [], warnings: [] });
await page.setViewport({ width: 1400, height: 900 });
await page.goto(`${server.origin}/workbench.html`);

const needs = {};
for (const widget of ['tip-carousel', 'archetype-quiz', 'strategy-wheel'])
  for (const culture of ['da-DK', 'en-US'])
    for (const px of widths) {
      const rem = await page.evaluate(
        async (url, id, version, widget, culture, px) => {
          const WebPart = await window.spStandIn.load(url, id, version);
          const domElement = document.getElementById('webpart-1');
          domElement.style.width = `${px}px`;
          const handle = await window.spStandIn.mount(WebPart, {
            domElement,
            properties: { widget },
            uiCulture: culture,
          });
          const el = domElement.querySelector('.digileder-widgets > *');
          await el.updateComplete;
          el.style.minHeight = '0px';
          const base = el.shadowRoot.querySelector('.base');
          let most = base.getBoundingClientRect().height;
          for (
            let i = 1;
            widget === 'tip-carousel' && i < el.shadowRoot.querySelectorAll('[role="tab"]').length;
            i++
          ) {
            el.goTo(i);
            await el.updateComplete;
            most = Math.max(most, base.getBoundingClientRect().height);
          }
          handle.dispose();
          return most / 16;
        },
        `/assets/${entry}`,
        manifest.id,
        manifest.version,
        widget,
        culture,
        px,
      );
      const band = BANDS.findLastIndex((from) => px / 16 >= from);
      needs[widget] ??= {};
      needs[widget][band] = Math.max(needs[widget][band] ?? 0, rem);
    }
await browser.close();
server.close();

for (const [widget, bands] of Object.entries(needs)) {
  console.log(widget);
  for (const [band, rem] of Object.entries(bands)) {
    const from = BANDS[band];
    const to = BANDS[Number(band) + 1] ?? '∞';
    console.log(`  ${from}–${to} rem wide: ${rem.toFixed(1)} rem`);
  }
}

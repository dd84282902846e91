// The SharePoint web part in headless Chromium: the scripts of the built .sppkg (run
// `npm run build:sharepoint` first), loaded by a stand-in of SharePoint's framework
// (standin/: AMD loader, BaseClientSideWebPart lifecycle, context, property pane) on a page under
// a strict Content-Security-Policy (no inline script, no eval, nothing from another origin).
//   built-in  – every widget, Danish and English by the page's UI culture (da-DK, en-US), and a
//               fixed language; at 1100 and 375 px the text below the web part does not move from
//               the first frame to the widget being ready; axe clean.
//   address   – each widget's content from a JSON file in a document library (its built-in
//               content), fetched with the reader's session; at 1100, 700, 480, 375 and 320 px
//               the text below does not move while the file loads (the web part reserves the
//               space, see test/e2e/sharepoint/reserve.mjs).
//   pasted    – JSON typed into the pane: checked there, shown by the widget.
//   broken    – broken JSON, JSON of the wrong shape, a broken file and a foreign address give
//               the widget's own message (or ours, for the address) in the pane and on the page;
//               no uncaught error, no request to the foreign origin.
//   settings  – autoplay and interval, start, heading level, label, persist, rotate reach the
//               element.
//   re-render – a changed property replaces the widget: the old one holds no timer, its request
//               is cancelled, no instance survives a garbage collection; so does dispose.
//   theme     – light, neutral, soft, strong and dark sections (Fluent's own variants): text
//               4.5:1 and controls 3:1 on every background the widgets draw; axe clean.
//   together  – two web parts on a page; the CDN bundle before and after the web part's.
//   pane      – the pane in Danish and English by the UI culture; its screenshot is written to
//               docs/images/sharepoint-pane.png.
// Every page must log no page error and no CSP violation. Prints one line per check and
// `SharePoint: N passed, N failed`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../../scripts/chrome-path.mjs';
import { CSP, LIBRARY, SESSION, openPage, serve, themes } from './harness.mjs';
import { runChecks } from './checks.mjs';
import { readZip } from './zip.mjs';

const started = performance.now();
const project = resolve(import.meta.dirname, '..', '..', '..');
const integration = join(project, 'integrations', 'sharepoint');
const sppkg = join(project, 'dist', 'sharepoint', 'digileder-widgets.sppkg');
if (!existsSync(sppkg) || !existsSync(join(project, 'dist', 'cdn', 'digileder-widgets.js'))) {
  console.error('Build first: npm run build && npm run build:sharepoint');
  process.exit(1);
}

// The web part as SharePoint knows it: its manifest (from the package) and its scripts.
const entries = readZip(sppkg);
const [webPartXml] =
  [...entries].find(([name]) => /\/WebPart_[\w-]+\.xml$/.test(name))?.slice(1) ?? [];
const manifest = JSON.parse(
  /ComponentManifest="([^"]*)"/
    .exec(webPartXml.toString('utf8'))[1]
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&'),
);
const assets = new Map(
  [...entries]
    .filter(([name]) => name.startsWith('ClientSideAssets/'))
    .map(([name, data]) => [name.slice('ClientSideAssets/'.length), data]),
);
const { loaderConfig } = manifest;
const entry = {
  url: `/assets/${loaderConfig.scriptResources[loaderConfig.entryModuleId].path}`,
  id: manifest.id,
  version: manifest.version,
  title: manifest.preconfiguredEntries[0].title,
  properties: manifest.preconfiguredEntries[0].properties,
};

const fixture = (name) => readFileSync(join(project, 'test', 'fixtures', name), 'utf8');
// The widgets' Danish built-in content as files: the space the web part reserves must hold it.
const builtIn = JSON.parse(
  execFileSync(
    'npx',
    [
      'tsx',
      '--eval',
      ['tip-carousel', 'archetype-quiz', 'strategy-wheel']
        .map((w, i) => `import { da as w${i} } from './src/${w}/${w}.da.ts';`)
        .join('') + 'console.log(JSON.stringify([w0.content, w1.content, w2.content]));',
    ],
    { cwd: project, encoding: 'utf8' },
  ),
);
const server = await serve({
  standin: join(import.meta.dirname, 'standin'),
  assets,
  cdn: join(project, 'dist', 'cdn'),
  files: {
    'tips.json': fixture('tips.json'),
    'raad.json': JSON.stringify(builtIn[0]),
    'selvtest.json': JSON.stringify(builtIn[1]),
    'strategihjul.json': JSON.stringify(builtIn[2]),
    'ødelagt.json': fixture('broken.json'),
  },
});
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: chromeArgs,
});

/** A fresh stand-in page with the reader's session, at `width` px. */
async function workbench(width = 1100) {
  const log = { errors: [], warnings: [] };
  const page = await openPage(browser, log);
  await page.setViewport({ width, height: 900 });
  await page.setCookie({ ...SESSION, url: server.origin });
  await page.goto(`${server.origin}/workbench.html`);
  const problems = async () => {
    const violations = await page.evaluate(() => window.__standIn.violations);
    return [...log.errors.filter((e) => e.startsWith('page error')), ...violations];
  };
  return { page, log, problems };
}

const axeSource = readFileSync(join(project, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const context = {
  browser,
  server,
  entry,
  CSP,
  LIBRARY,
  fixture,
  themes: themes(integration),
  workbench,
  axeSource,
  screenshot: join(project, 'docs', 'images', 'sharepoint-pane.png'),
  writeScreenshot(png) {
    mkdirSync(join(project, 'docs', 'images'), { recursive: true });
    writeFileSync(this.screenshot, png);
  },
};

const failed = await runChecks(context, process.argv.slice(2)).finally(async () => {
  await browser.close();
  server.close();
});
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
process.exitCode = failed ? 1 : 0;

// The docs' screenshots, taken from the real build (dist/cdn/ and dist/builder/, `npm run build`
// first) in headless Chromium, each in a state reached as a reader or an editor reaches it: keys
// pressed, buttons pressed, content typed or broken. Deterministic: a fixed viewport and pixel
// ratio, one installed font (Liberation Sans) for the pages and the builder, reduced motion (the
// widgets and the builder then animate nothing), no focused text field (no blinking caret) and a
// fresh browser profile (no stored draft).
//   npm run docs:screenshots          writes docs/images/<name>.png
//   node scripts/screenshots.mjs --check
//                                     takes every shot into a temporary folder instead (npm test):
//                                     fails when a selector, state or text is missing, or when the
//                                     docs use an image of docs/images/ this script does not make
//                                     (or the script makes one no doc uses). Pixels are not compared.
//   node scripts/screenshots.mjs builder-3-content widgets
//                                     only the shots named.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './chrome-path.mjs';
import { serveStatic } from './static-server.mjs';

const project = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const images = join(project, 'docs', 'images');
const out = check ? mkdtempSync(join(tmpdir(), 'digi-shots-')) : images;
const FONT = "'Liberation Sans', Arial, sans-serif";
/** Images in docs/images/ that other scripts write (test/e2e/sharepoint/e2e.mjs). */
const othersImages = new Set(['sharepoint-pane.png']);

for (const file of ['cdn/digileder-widgets.js', 'builder/index.html'])
  try {
    readFileSync(join(project, 'dist', file));
  } catch {
    console.error(`dist/${file} is missing: run npm run build first`);
    process.exit(1);
  }

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// ---------------------------------------------------------------------------------------------
// A page that shows widgets from dist/cdn/, as an editor's two lines would.

/** An HTML page holding `body`, loading the all-in-one bundle, in the fixed font. */
const widgetPage = (body, { maxWidth = 'none', lang = 'da' } = {}) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Screenshot</title>
    <style>
      body { margin: 0; padding: 24px; font-family: ${FONT}; color: #1a1a1a; background: #ffffff; }
      #shot { max-width: ${maxWidth}; }
      .three { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 24px; align-items: start; }
    </style>
    <script type="module" src="/cdn/digileder-widgets.js"></script>
  </head>
  <body><div id="shot">${body}</div></body>
</html>`;

/** The pages this script serves besides dist/: name → HTML. */
const pages = new Map();

const server = await serveStatic(join(project, 'dist'));
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  // Debian's Chromium carries only its en-US words: a file field reads "Choose File".
  args: [...chromeArgs, '--font-render-hinting=none', '--hide-scrollbars'],
});

/** A fresh page at `width` × `height`, reduced motion, failing on page errors and failed files. */
async function open(url, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname.slice(1);
    if (pages.has(path)) void request.respond({ contentType: 'text/html', body: pages.get(path) });
    else void request.continue();
  });
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  page.problems = problems;
  return page;
}

/** Opens a page of widgets; resolves once every widget on it has rendered. */
async function openWidgets(name, body, options = {}) {
  pages.set(`shots/${name}.html`, widgetPage(body, options));
  const page = await open(`${server.base}shots/${name}.html`, { height: options.height });
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('#shot *')].filter((e) =>
        e.localName.startsWith('digi-'),
      );
      return (
        widgets.length > 0 &&
        widgets.every(
          (e) => customElements.get(e.localName) && e.shadowRoot?.querySelector('[part="base"]'),
        )
      );
    },
    { timeout: 10_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Waits for `selector` (through shadow roots with `>>>`) and returns it; fails when it never comes. */
async function find(page, selector) {
  try {
    return await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
  } catch {
    throw new Error(`nothing matches ${selector}`);
  }
}

/** Focuses what `selector` finds and presses `keys` in turn. */
async function press(page, selector, ...keys) {
  // evaluate, not ElementHandle.focus(): the wheel's tabs are SVG elements.
  await (await find(page, selector)).evaluate((element) => element.focus());
  for (const key of keys) await page.keyboard.press(key);
}

/** Takes away focus, so no caret blinks and no focus ring is drawn unless a shot wants one. */
const blur = (page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active instanceof HTMLElement) active.blur();
  });

/** The text a selector finds, white space collapsed. */
const textOf = async (page, selector) =>
  (await find(page, selector)).evaluate((e) => e.textContent.replace(/\s+/g, ' ').trim());

/** Writes the PNG of what `selector` finds, at most `maxHeight` tall from its top. */
async function shoot(page, name, selector, { maxHeight = 1600, margin = 12 } = {}) {
  const element = await find(page, selector);
  await element.scrollIntoView();
  const box = await element.boundingBox();
  assert(box && box.width > 0 && box.height > 0, `${selector} has no size`);
  const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
  const clip = {
    x: Math.max(0, Math.floor(box.x + scroll.x - margin)),
    y: Math.max(0, Math.floor(box.y + scroll.y - margin)),
    width: Math.ceil(box.width + 2 * margin),
    height: Math.ceil(Math.min(box.height, maxHeight) + 2 * margin),
  };
  const png = await page.screenshot({ clip, captureBeyondViewport: true, type: 'png' });
  assert(page.problems.length === 0, page.problems.join('; '));
  writeFileSync(join(out, `${name}.png`), png);
  return { width: clip.width, height: clip.height, bytes: png.length };
}

// ---------------------------------------------------------------------------------------------
// The shots. Each returns what it wrote; a thrown error fails it.

const shots = {
  /** The README's picture: the three widgets side by side, as they come. */
  async widgets() {
    const page = await openWidgets(
      'widgets',
      `<div class="three">
        <digi-tip-carousel></digi-tip-carousel>
        <digi-archetype-quiz></digi-archetype-quiz>
        <digi-strategy-wheel></digi-strategy-wheel>
      </div>`,
      { height: 900 },
    );
    return shoot(page, 'widgets', '#shot', { margin: 12 });
  },

  /** The carousel on its third tip, reached with the Next button. */
  async 'tip-carousel'() {
    const page = await openWidgets('tip-carousel', '<digi-tip-carousel></digi-tip-carousel>', {
      maxWidth: '720px',
    });
    const next = 'digi-tip-carousel >>> [part~="next-button"]';
    await press(page, next, 'Enter', 'Enter');
    const position = await textOf(page, 'digi-tip-carousel >>> [part~="position"]');
    assert(/^3 af \d+$/.test(position), `the position reads "${position}", not "3 af …"`);
    await blur(page);
    return shoot(page, 'tip-carousel', 'digi-tip-carousel');
  },

  /** The quiz on its second question, with an answer chosen, reached with the keyboard. */
  async 'archetype-quiz'() {
    const page = await openWidgets('quiz', '<digi-archetype-quiz></digi-archetype-quiz>', {
      maxWidth: '720px',
    });
    const quiz = 'digi-archetype-quiz >>> ';
    await press(page, `${quiz}[part~="start-button"]`, 'Enter');
    await press(page, `${quiz}[part~="option"] input`, 'Space');
    await press(page, `${quiz}[part~="next-button"]`, 'Enter');
    await find(page, `${quiz}[part~="progress"]`);
    await page.waitForFunction(
      () =>
        /^Spørgsmål 2 af \d+$/.test(
          document
            .querySelector('digi-archetype-quiz')
            .shadowRoot.querySelector('[part~="progress"]')
            ?.textContent.trim() ?? '',
        ),
      { timeout: 5_000 },
    );
    await press(page, `${quiz}[part~="option"] input`, 'ArrowDown');
    await blur(page);
    return shoot(page, 'archetype-quiz', 'digi-archetype-quiz');
  },

  /** The quiz's result, every question answered with its second answer. */
  async 'archetype-quiz-result'() {
    const page = await openWidgets('quiz-result', '<digi-archetype-quiz></digi-archetype-quiz>', {
      maxWidth: '720px',
    });
    const quiz = 'digi-archetype-quiz >>> ';
    await press(page, `${quiz}[part~="start-button"]`, 'Enter');
    for (let question = 0; question < 60; question++) {
      if (await page.$(`${quiz}[part~="result"]`)) break;
      await press(page, `${quiz}[part~="option"] input`, 'ArrowDown');
      await press(page, `${quiz}[part~="next-button"]`, 'Enter');
      await page.waitForFunction(
        (n) => {
          const root = document.querySelector('digi-archetype-quiz').shadowRoot;
          const progress = root.querySelector('[part~="progress"]')?.textContent ?? '';
          return root.querySelector('[part~="result"]') || !progress.includes(`${n} af`);
        },
        { timeout: 5_000 },
        question + 1,
      );
    }
    await find(page, `${quiz}[part~="your-level"]`);
    await blur(page);
    return shoot(page, 'archetype-quiz-result', 'digi-archetype-quiz');
  },

  /** The wheel with its second theme chosen by the arrow key, turned to the top. */
  async 'strategy-wheel'() {
    const page = await openWidgets(
      'strategy-wheel',
      '<digi-strategy-wheel rotate></digi-strategy-wheel>',
      { maxWidth: '900px' },
    );
    const wheel = 'digi-strategy-wheel >>> ';
    await press(page, `${wheel}[role="tab"][aria-selected="true"]`, 'ArrowRight');
    await page.waitForFunction(
      () =>
        document
          .querySelector('digi-strategy-wheel')
          .shadowRoot.querySelectorAll('[role="tab"]')[1]
          ?.getAttribute('aria-selected') === 'true',
      { timeout: 5_000 },
    );
    await blur(page);
    return shoot(page, 'strategy-wheel', 'digi-strategy-wheel');
  },

  /** What an editor sees when the content is broken: the widget's message. */
  async message() {
    const page = await openWidgets(
      'message',
      `<digi-tip-carousel>
        <script type="application/json">{ "tips": [ { "title": "Første råd", } ] }</script>
      </digi-tip-carousel>`,
      { maxWidth: '720px' },
    );
    const notice = await textOf(page, 'digi-tip-carousel >>> [part~="notice"]');
    assert(/gyldig JSON/.test(notice), `the notice reads "${notice}"`);
    // The widget logs the problem too (console.error); that is its contract, not a failure here.
    return shoot(page, 'message', 'digi-tip-carousel');
  },
};

// The builder's six steps, each shot after the editor's action that fills it.
const B = 'digi-embed-builder >>> ';
/** The address of the widget files the editor types in step 6. */
const BASE = 'https://intranet.kommune.dk/assets/digileder/';
/** A builder button by its text. */
async function builderButton(page, label) {
  const handle = await page
    .waitForFunction(
      (text) =>
        [
          ...document.querySelector('digi-embed-builder').shadowRoot.querySelectorAll('button'),
        ].find((b) => b.textContent.replace(/\s+/g, ' ').trim() === text),
      { timeout: 10_000 },
      label,
    )
    .catch(() => {
      throw new Error(`the builder has no button "${label}"`);
    });
  return handle.asElement();
}
let builder;
async function openBuilder() {
  if (builder) return builder;
  builder = await open(`${server.base}builder/`, { width: 1280, height: 1000 });
  // The builder's own font stack is the system's; the shots pin one installed font instead
  // (through the CSSOM, which the builder's Content-Security-Policy allows).
  await builder.evaluate((font) => {
    document.body.style.fontFamily = font;
  }, FONT);
  await find(builder, `${B}section.step h2`);
  await builder.evaluate(() => document.fonts.ready);
  return builder;
}

/** Marks the step whose heading starts with `n.` with data-shot="n", and returns its selector. */
async function stepSelector(page, n) {
  const found = await page.evaluate((n) => {
    const root = document.querySelector('digi-embed-builder').shadowRoot;
    const section = [...root.querySelectorAll('section.step')].find((s) =>
      s.querySelector('h2')?.textContent.trim().startsWith(`${n}.`),
    );
    section?.setAttribute('data-shot', String(n));
    return Boolean(section);
  }, n);
  assert(found, `the builder has no step headed "${n}. …"`);
  return `${B}section[data-shot="${n}"]`;
}

Object.assign(shots, {
  async 'builder-1-widget'() {
    const page = await openBuilder();
    await press(page, `${B}input[name="kind"][value="tip-carousel"]`, 'Space');
    await blur(page);
    return shoot(page, 'builder-1-widget', await stepSelector(page, 1));
  },
  async 'builder-2-start'() {
    const page = await openBuilder();
    await blur(page);
    return shoot(page, 'builder-2-start', await stepSelector(page, 2));
  },
  async 'builder-3-content'() {
    const page = await openBuilder();
    // The editor rewrites the first tip's title; the field shows it and the preview follows.
    const title = `${B}.content-form >>> input[id$="tips-0-title"], ${B}.content-form >>> textarea[id$="tips-0-title"]`;
    await (await find(page, title)).focus();
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.type('Gør digitaliseringen til en sag for hele byrådet');
    await blur(page);
    return shoot(page, 'builder-3-content', await stepSelector(page, 3), { maxHeight: 900 });
  },
  async 'builder-4-look'() {
    const page = await openBuilder();
    const accent = `${B}#accent-text`;
    await (await find(page, accent)).focus();
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.type('#1f6b3a');
    await blur(page);
    return shoot(page, 'builder-4-look', await stepSelector(page, 4));
  },
  async 'builder-5-preview'() {
    const page = await openBuilder();
    await find(page, `${B}.frame > digi-tip-carousel`);
    await blur(page);
    return shoot(page, 'builder-5-preview', await stepSelector(page, 5));
  },
  async 'builder-6-code'() {
    const page = await openBuilder();
    // Where IT put the widget files, as the editor types it (the builder suggests its own folder).
    await (await find(page, `${B}#base`)).focus();
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.type(BASE);
    await (await builderButton(page, 'Lav koden')).focus();
    await page.keyboard.press('Enter');
    const snippet = await find(page, `${B}#snippet`);
    const code = await snippet.evaluate((area) => area.value);
    assert(code.includes(BASE), `the snippet does not load from ${BASE}: ${code}`);
    assert(code.includes('<digi-tip-carousel'), `the snippet holds no carousel: ${code}`);
    await blur(page);
    return shoot(page, 'builder-6-code', await stepSelector(page, 6));
  },
});

// ---------------------------------------------------------------------------------------------

// The builder's shots follow one editor through the steps, each building on the one before:
// naming one takes them all, so every shot shows the same draft.
const builderShots = Object.keys(shots).filter((name) => name.startsWith('builder-'));
const chosen = only.length
  ? Object.keys(shots).filter(
      (name) =>
        only.includes(name) ||
        (builderShots.includes(name) && only.some((n) => builderShots.includes(n))),
    )
  : Object.keys(shots);
for (const name of only) assert(shots[name], `no shot named ${name}`);
const failures = [];
try {
  for (const name of chosen) {
    try {
      const { width, height, bytes } = await shots[name]();
      console.log(`ok   ${name}.png ${width}×${height}, ${(bytes / 1000).toFixed(0)} kB`);
    } catch (error) {
      failures.push(name);
      console.log(`FAIL ${name}: ${error.message}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

// The docs use exactly the images this script makes (and those other scripts write).
const docs = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(project, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const used = new Set(
  docs.flatMap((file) =>
    [...readFileSync(join(project, file), 'utf8').matchAll(/images\/([\w-]+\.png)/g)].map(
      (m) => m[1],
    ),
  ),
);
const made = new Set(Object.keys(shots).map((name) => `${name}.png`));
for (const image of used)
  if (!made.has(image) && !othersImages.has(image))
    failures.push(`docs use images/${image}, which no script makes`);
for (const image of made)
  if (!used.has(image)) failures.push(`${image} is made but no doc shows it`);
const stray = readdirSync(images).filter((f) => !made.has(f) && !othersImages.has(f));
if (stray.length) failures.push(`docs/images holds files no script makes: ${stray.join(', ')}`);
if (check) rmSync(out, { recursive: true, force: true });

if (failures.length) {
  console.error(`Screenshots: ${failures.length} failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(
  check
    ? `Screenshots: all ${chosen.length} shots can be taken (not written; npm run docs:screenshots writes them).`
    : `Screenshots: ${chosen.length} written to docs/images/.`,
);

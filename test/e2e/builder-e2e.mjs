// The embed builder end to end, in headless Chromium against the BUILT dist/builder/ and
// dist/cdn/ (run `npm run build` first), as an editor would use it: with the keyboard, in the real
// forms. The widgets come from the registry, src/widgets.json.
//   carousel – three tips typed in (one with a link), the first moved down with its button, the
//              snippet copied with the Copy button and read back from the clipboard, loaded in a
//              fresh page: the carousel shows exactly those tips in that order.
//   quiz     – a title and two questions with their answers typed in; in the fresh page the quiz
//              shows that title, both questions and their answers.
//   wheel    – English built-in content cut to three themes and retyped, a new accent colour, a
//              name and `rotate`, the content as a downloaded JSON file (`src`) and the look as a
//              downloaded CSS file; the fresh page serves both beside dist/cdn/ under a strict CSP,
//              and the wheel shows the three themes in the new colour, in English, with that name.
//   invalid  – an emptied title: "Lav koden" gives an alert with the problem, and no snippet.
//   a11y     – axe finds nothing in the builder with the real forms, at 1100 and at 320 px, and
//              nothing scrolls sideways.
//   locked   – a stored draft with the kind "constructor" (version 1) and one with 10,000 tips:
//              the page opens, says what it could not open, and starting over clears both.
//   places   – step 6's three places (an HTML block, an iframe under a strict CSP, the SharePoint
//              web part's pane): test/e2e/builder-platforms.mjs.
//   offline  – the builder page requested nothing but its own files, and broke nothing of its own
//              Content-Security-Policy (a <meta> in builder/index.html).
// Every fresh page is served with `Content-Security-Policy: default-src 'self'` and must log no
// error and no CSP violation. Prints one line per check and `Builder: N passed, N failed`.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { platformChecks } from './builder-platforms.mjs';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const started = performance.now();
const project = realpathSync(resolve(import.meta.dirname, '../..'));
const dist = join(project, 'dist');
if (!existsSync(join(dist, 'builder', 'index.html')) || !existsSync(join(dist, 'cdn'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const B = 'digi-embed-builder >>> ';
/** The widgets, from the registry: name → element name. */
const { widgets } = JSON.parse(readFileSync(join(project, 'src', 'widgets.json'), 'utf8'));
const TAGS = Object.fromEntries(widgets.map((w) => [w.name, w.tag]));
/** The content form of whichever widget is chosen (each kind names its own). */
const FORM = '.content-form';
const id = (path) => `#f-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;

const server = await serveStatic(dist);
const origin = server.base.replace(/\/$/, '');
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: chromeArgs,
});
const results = [];

/** Runs one named check; a thrown error fails it with its message. */
async function check(name, run) {
  const since = performance.now();
  try {
    await run();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${((performance.now() - since) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${error.message}`);
    if (process.env.DEBUG) console.log(error.stack);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function same(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  assert(a === e, `${what}:\n  got      ${a}\n  expected ${e}`);
}

// ---------------------------------------------------------------------------------------------
// The builder page, with a record of its requests and of the files it hands out for download.

await browser
  .defaultBrowserContext()
  .overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
const page = await browser.newPage();
await page.setViewport({ width: 1100, height: 900 });
const requests = [];
const errors = [];
page.on('request', (request) => requests.push(request.url()));
page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
page.on('console', (message) => {
  // The static server has no favicon.ico; the browser asks for it, the builder does not.
  if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico'))
    errors.push(`console.error: ${message.text()}`);
});
await page.evaluateOnNewDocument(() => {
  const violations = [];
  Object.defineProperty(window, '__csp', { value: violations });
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(`${e.effectiveDirective} ${e.blockedURI || '(inline)'}`),
  );
  // Downloads are kept for the fresh pages to serve, not saved to disk.
  const blobs = new Map();
  const downloads = {};
  Object.defineProperty(window, '__downloads', { value: downloads });
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    const url = create(blob);
    blobs.set(url, blob);
    return url;
  };
  // The builder's live status messages, for the checks to read.
  window.statuses = () =>
    [...document.querySelector('digi-embed-builder').shadowRoot.querySelectorAll('[role="status"]')]
      .map((s) => s.textContent.trim())
      .filter(Boolean);
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = blobs.get(this.href);
    if (!this.download || !blob) return click.call(this);
    void blob.text().then((text) => {
      downloads[this.download] = { text, type: blob.type };
    });
  };
});
await page.goto(`${server.base}builder/`, { waitUntil: 'networkidle0' });
await page.waitForSelector(`${B}h2`);

/** Focuses what `selector` finds (through shadow roots with `>>>`). */
async function focus(selector) {
  const handle = await page.waitForSelector(selector, { timeout: 5_000 });
  await handle.focus();
  return handle;
}

/** Presses `key` on what `selector` finds: Enter on a button, Space on a radio button. */
async function press(selector, key = 'Enter') {
  await focus(selector);
  await page.keyboard.press(key);
}

/** A button of the builder (outside the forms) by its text. */
async function button(label) {
  const handle = await page.waitForFunction(
    (text) =>
      [
        ...(document.querySelector('digi-embed-builder')?.shadowRoot?.querySelectorAll('button') ??
          []),
      ].find((b) => b.textContent.replace(/\s+/g, ' ').trim() === text),
    { timeout: 5_000 },
    label,
  );
  return handle.asElement();
}

async function pressButton(label) {
  const handle = await button(label);
  await handle.focus();
  await page.keyboard.press('Enter');
}

/** Types `text` into a field, replacing what it held, with the keyboard. */
async function fill(selector, text) {
  await focus(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

/** The draft the shown form holds. */
const draft = () =>
  page.evaluate(
    (form) => document.querySelector('digi-embed-builder').shadowRoot.querySelector(form).draft,
    FORM,
  );

/** Chooses a widget with the keyboard; resolves once its form and preview are shown. */
async function choose(kind) {
  await press(`${B}input[name="kind"][value="${kind}"]`, 'Space');
  await page.waitForSelector(`${B}.frame > ${TAGS[kind]}`);
}

/** Chooses a widget with the keyboard and starts it from built-in content. */
async function start(kind, builtin) {
  await choose(kind);
  await pressButton(builtin);
}

/** Removes items at `index` with the form's Remove buttons until `list` holds `count`. */
async function cutList(list, count) {
  const form = `${B}${FORM} >>> `;
  for (let guard = 0; guard < 60; guard++) {
    const length = (await draft())[list].length;
    if (length <= count) return;
    await press(`${form}button[data-list="${list}"][data-index="${count}"][data-action="remove"]`);
    await page.waitForFunction(
      (selector, key, n) =>
        document.querySelector('digi-embed-builder').shadowRoot.querySelector(selector).draft[key]
          .length === n,
      { timeout: 5_000 },
      FORM,
      list,
      length - 1,
    );
  }
}

/** Presses "Lav koden", then Copy, and returns what the clipboard then holds. */
async function copySnippet() {
  await page.bringToFront(); // the clipboard API wants the focused page
  await pressButton('Lav koden');
  const area = await page.waitForSelector(`${B}#snippet`, { timeout: 5_000 });
  const shown = await area.evaluate((a) => a.value);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await pressButton('Kopiér koden');
  try {
    await page.waitForFunction(() => window.statuses().some((s) => s.startsWith('Kopieret')), {
      timeout: 5_000,
    });
  } catch {
    const shown = await page.evaluate(() => window.statuses());
    throw new Error(`no "Kopieret" status after Copy: ${JSON.stringify(shown)}`);
  }
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  same(copied, shown, 'the clipboard holds the snippet shown');
  const valid = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    return [...doc.body.children].map((e) => e.localName);
  }, copied);
  assert(valid[0] === 'script', `the snippet starts with ${valid[0]}, not the script tag`);
  return copied;
}

/**
 * Opens `snippet` in a fresh page at /fresh/<name>.html (beside dist/cdn/, strict CSP), with
 * `files` served in /cdn/ as well; returns the page once `tag` has rendered `ready`.
 */
async function fresh(name, snippet, tag, ready, files = {}) {
  const reader = await browser.newPage();
  const problems = [];
  reader.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  reader.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  reader.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await reader.evaluateOnNewDocument(() => {
    const seen = [];
    Object.defineProperty(window, '__csp', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI || '(inline)'}`),
    );
  });
  await reader.setRequestInterception(true);
  const page = `${server.base}fresh/${name}.html`;
  reader.on('request', (request) => {
    const url = request.url();
    const file = Object.entries(files).find(([file]) => url === `${server.base}cdn/${file}`);
    if (url === `${server.base}favicon.ico`) void request.respond({ status: 204 });
    else if (url === page)
      void request.respond({
        status: 200,
        headers: { 'Content-Security-Policy': CSP },
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html>\n<html lang="da">\n<head><meta charset="utf-8"><title>${name}</title></head>\n<body>\n${snippet}</body>\n</html>\n`,
      });
    else if (file)
      void request.respond({ status: 200, contentType: file[1].type, body: file[1].text });
    else void request.continue();
  });
  await reader.goto(page, { waitUntil: 'networkidle0' });
  await reader.waitForFunction(
    (t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s),
    { timeout: 10_000 },
    tag,
    ready,
  );
  const csp = await reader.evaluate(() => window.__csp);
  problems.push(...csp.map((v) => `CSP violation: ${v}`));
  assert(!problems.length, problems.join('; '));
  return reader;
}

/** Texts of every `selector` in the shadow root of the page's `tag`. */
/** The texts of `selector` in the widget, each followed by its `attribute`'s value if asked. */
const texts = (reader, tag, selector, attribute) =>
  reader.evaluate(
    (t, s, a) =>
      [...document.querySelector(t).shadowRoot.querySelectorAll(s)].map((e) =>
        [e.textContent.replace(/\s+/g, ' ').trim(), ...(a ? [e.getAttribute(a)] : [])].join(' '),
      ),
    tag,
    selector,
    attribute,
  );

/**
 * The texts of `selector` on each tab's panel, as a keyboard reader meets them: the focus on the
 * selected tab, Home to the first, then the right arrow from tab to tab (the carousel and the wheel show only the
 * selected tab's panel). `reader` is a page or a frame.
 */
async function eachTab(reader, tag, selector, attribute) {
  const count = await reader.evaluate((t) => {
    const root = document.querySelector(t).shadowRoot;
    root.querySelector('[role="tab"][aria-selected="true"]').focus();
    return root.querySelectorAll('[role="tab"]').length;
  }, tag);
  // A page, or a frame in one (whose page has the keyboard).
  const { keyboard } = typeof reader.page === 'function' ? reader.page() : reader;
  const found = [];
  for (let i = 0; i < count; i++) {
    await keyboard.press(i === 0 ? 'Home' : 'ArrowRight');
    await reader.evaluate(async (t) => {
      await document.querySelector(t).updateComplete;
      await new Promise((done) => requestAnimationFrame(done));
    }, tag);
    found.push(...(await texts(reader, tag, selector, attribute)));
  }
  return found;
}

// ---------------------------------------------------------------------------------------------

const TIPS = [
  { title: 'Mød kollegerne, hvor de er', body: 'Tag en kop kaffe med dem, der tøver.' },
  { title: 'Vis det i praksis', body: 'Et konkret eksempel slår tre slides.' },
  {
    title: 'Fejr de små skridt',
    body: 'Fortæl, når noget er blevet lettere.',
    link: { text: 'Læs mere om små skridt', href: 'https://intra.example.dk/smaa-skridt' },
  },
];

await check(
  'carousel: three tips typed in and reordered, copied, shown in a fresh page',
  async () => {
    await start('tip-carousel', 'Indbygget indhold på dansk');
    await cutList('tips', 3);
    const form = `${B}${FORM} >>> `;
    for (const [i, tip] of TIPS.entries()) {
      await fill(`${form}${id(`tips[${i}].title`)}`, tip.title);
      await fill(`${form}${id(`tips[${i}].body`)}`, tip.body);
      if (tip.link) {
        await fill(`${form}${id(`tips[${i}].link.text`)}`, tip.link.text);
        await fill(`${form}${id(`tips[${i}].link.href`)}`, tip.link.href);
      }
    }
    // Reordered with the keyboard: the first tip moves down one place.
    await press(`${form}button[data-list="tips"][data-index="0"][data-action="down"]`);
    const order = [TIPS[1], TIPS[0], TIPS[2]];
    await page.waitForFunction(
      (selector, title) =>
        document.querySelector('digi-embed-builder').shadowRoot.querySelector(selector).draft
          .tips[0].title === title,
      { timeout: 5_000 },
      FORM,
      order[0].title,
    );
    const tips = (await draft()).tips;
    same(
      tips.map(({ title, body, link }) => ({
        title,
        body,
        ...(link ? { link: { text: link.text, href: link.href } } : {}),
      })),
      order,
      'the draft',
    );
    const snippet = await copySnippet();
    assert(
      snippet.includes(`src="${server.base}cdn/tip-carousel.js"`),
      'bundle URL beside the builder',
    );
    const reader = await fresh('carousel', snippet, 'digi-tip-carousel', '[part~="slide"]');
    same(
      await eachTab(reader, 'digi-tip-carousel', '[part~="title"]'),
      order.map((t) => t.title),
      'titles',
    );
    same(
      await eachTab(reader, 'digi-tip-carousel', '[part~="body"]'),
      order.map((t) => t.body),
      'texts',
    );
    const links = await eachTab(reader, 'digi-tip-carousel', 'a', 'href');
    same(links, [`${TIPS[2].link.text} ${TIPS[2].link.href}`], 'the link, on the third tip');
    await reader.close();
  },
);

const QUIZ = {
  title: 'Hvor digital er du i afdelingen?',
  questions: [
    {
      text: 'Hvordan deler du dokumenter?',
      options: ['På papir', 'Som vedhæftning', 'I et fællesdrev', 'Vi skriver i samme fil'],
    },
    {
      text: 'Hvem hjælper dig med nye systemer?',
      options: ['Ingen', 'IT', 'En kollega', 'Jeg hjælper andre'],
    },
  ],
};

await check('quiz: a title and two questions typed in, copied, shown in a fresh page', async () => {
  await start('archetype-quiz', 'Indbygget indhold på dansk');
  await cutList('questions', 2);
  const form = `${B}${FORM} >>> `;
  await fill(`${form}${id('title')}`, QUIZ.title);
  const built = await draft();
  const expected = QUIZ.questions.map((q, i) => ({
    text: q.text,
    options: q.options.slice(0, built.questions[i].options.length),
  }));
  for (const [i, q] of expected.entries()) {
    await fill(`${form}${id(`questions[${i}].text`)}`, q.text);
    for (const [j, label] of q.options.entries())
      await fill(`${form}${id(`questions[${i}].options[${j}].label`)}`, label);
  }
  const typed = await draft();
  same(
    typed.questions.map((q) => ({ text: q.text, options: q.options.map((o) => o.label) })),
    expected,
    'the draft',
  );
  const snippet = await copySnippet();
  const reader = await fresh('quiz', snippet, 'digi-archetype-quiz', '[part~="start-button"]');
  const tag = 'digi-archetype-quiz';
  same(await texts(reader, tag, '[part~="intro"] [role="heading"]'), [QUIZ.title], 'the title');
  for (const [i, q] of expected.entries()) {
    const button = i === 0 ? '[part~="start-button"]' : '[part~="next-button"]';
    if (i > 0) {
      await (await reader.waitForSelector(`${tag} >>> [part~="option"] input`)).click();
    }
    await (await reader.waitForSelector(`${tag} >>> ${button}`)).click();
    await reader.waitForFunction(
      (text) =>
        document
          .querySelector('digi-archetype-quiz')
          .shadowRoot.querySelector('legend')
          ?.textContent.trim() === text,
      { timeout: 5_000 },
      q.text,
    );
    same(await texts(reader, tag, '[part~="option"]'), q.options, `answers to question ${i + 1}`);
    same(
      await texts(reader, tag, '[part~="progress"]'),
      [`Spørgsmål ${i + 1} af 2`],
      'two questions in all',
    );
  }
  await reader.close();
});

const THEMES = [
  { title: 'Data we can trust', description: 'Clean registers first.' },
  { title: 'Services that work', description: 'Fewer forms, more answers.' },
  { title: 'Skills for everyone', description: 'Every team gets a digital buddy.' },
];

await check('wheel: English, three themes, a JSON file and a CSS file, strict CSP', async () => {
  await start('strategy-wheel', 'Indbygget indhold på engelsk');
  await cutList('themes', 3);
  const form = `${B}${FORM} >>> `;
  for (const [i, theme] of THEMES.entries()) {
    await fill(`${form}${id(`themes[${i}].title`)}`, theme.title);
    await fill(`${form}${id(`themes[${i}].description`)}`, theme.description);
  }
  await fill(`${B}#accent-text`, '#1f6b3a');
  const previewAccent = await page.evaluate(() =>
    document
      .querySelector('digi-embed-builder')
      .shadowRoot.querySelector('.frame')
      .style.getPropertyValue('--digi-color-accent'),
  );
  same(previewAccent, '#1f6b3a', 'the accent colour on the preview');
  await fill(`${B}#label`, 'Our strategy');
  await press(`${B}input[name="flag"]`, 'Space');
  await press(`${B}input[name="mode"][value="src"]`, 'Space');
  await fill(`${B}#json`, 'vores-hjul.json');
  const snippet = await copySnippet();
  assert(snippet.includes(`src="${server.base}cdn/vores-hjul.json"`), 'src names the JSON file');
  assert(snippet.includes(`href="${server.base}cdn/digileder-udseende.css"`), 'links the CSS');
  assert(snippet.includes('lang="en" label="Our strategy" rotate'), 'language, name, rotate');
  assert(!/style=|<style|application\/json/.test(snippet), 'nothing inline');
  await pressButton('Hent JSON-filen');
  await pressButton('Hent CSS-filen');
  await page.waitForFunction(() => Object.keys(window.__downloads).length === 2, {
    timeout: 5_000,
  });
  const files = await page.evaluate(() => window.__downloads);
  same(Object.keys(files).sort(), ['digileder-udseende.css', 'vores-hjul.json'], 'downloads');
  const reader = await fresh('wheel', snippet, 'digi-strategy-wheel', '[role="tab"]', files);
  const tag = 'digi-strategy-wheel';
  same(
    await reader
      .evaluate(() =>
        [
          ...document
            .querySelector('digi-strategy-wheel')
            .shadowRoot.querySelectorAll('[role="tab"]'),
        ].map((t) => t.getAttribute('aria-label') ?? t.textContent.trim()),
      )
      .then((names) => names.map((n) => THEMES.find((t) => n.includes(t.title))?.title ?? n)),
    THEMES.map((t) => t.title),
    'the tabs',
  );
  same(
    await eachTab(reader, tag, '[part~="panel"] [part~="title"]'),
    THEMES.map((t) => t.title),
    'panel titles',
  );
  same(
    await eachTab(reader, tag, '[part~="description"]'),
    THEMES.map((t) => t.description),
    'descriptions',
  );
  const accent = await reader.evaluate(() =>
    getComputedStyle(document.querySelector('digi-strategy-wheel'))
      .getPropertyValue('--digi-color-accent')
      .trim(),
  );
  same(accent, '#1f6b3a', 'the accent colour from the CSS file');
  const attributes = await reader.evaluate(() => {
    const wheel = document.querySelector('digi-strategy-wheel');
    return [wheel.getAttribute('label'), wheel.hasAttribute('rotate'), wheel.language];
  });
  same(attributes, ['Our strategy', true, 'en'], 'label, rotate and language');
  await reader.close();
});

await check('invalid: an emptied title gives an alert and no snippet', async () => {
  await choose('tip-carousel');
  const form = `${B}${FORM} >>> `;
  await fill(`${form}${id('tips[1].title')}`, '');
  await pressButton('Lav koden');
  const blocked = await page.waitForSelector(`${B}#blocked[role="alert"]`, { timeout: 5_000 });
  const text = await blocked.evaluate((b) => b.textContent.replace(/\s+/g, ' ').trim());
  assert(text.includes('tips[1].title'), `the alert names the field: ${text}`);
  const offered = await page.evaluate(() => {
    const root = document.querySelector('digi-embed-builder').shadowRoot;
    return {
      snippet: root.querySelector('#snippet') !== null,
      copy: [...root.querySelectorAll('button')].some((b) => b.textContent.includes('Kopiér')),
    };
  });
  same(offered, { snippet: false, copy: false }, 'snippet and Copy offered');
});

// Where the widget goes: an HTML block, an iframe, the SharePoint web part (test/e2e/).
await platformChecks({
  ...{ browser, page, server, project, dist, CSP, B },
  ...{ check, assert, same, focus, press, pressButton, fill, draft, start, cutList, id },
  ...{ copySnippet, fresh, texts, eachTab },
});

await check('a11y: axe finds nothing, with the real forms, at 1100 and at 320 px', async () => {
  // Evaluated from the disk: no request of the page's, and outside the page's CSP.
  await page.evaluate(
    readFileSync(join(project, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'),
  );
  const axe = () =>
    page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  for (const width of [1100, 320]) {
    await page.setViewport({ width, height: 800 });
    for (const kind of Object.keys(TAGS)) {
      await choose(kind);
      // The preview's fade-in ends first: axe measures the resting colours.
      await page.evaluate(async () => {
        const widget = document
          .querySelector('digi-embed-builder')
          .shadowRoot.querySelector('.frame > *');
        await widget?.updateComplete;
        await new Promise(requestAnimationFrame);
        await Promise.all((widget?.shadowRoot?.getAnimations() ?? []).map((a) => a.finished));
      });
      same(await axe(), [], `axe on the ${kind} at ${width} px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(overflow <= width, `${kind} at ${width} px scrolls sideways: ${overflow} px wide`);
    }
  }
  await page.setViewport({ width: 1100, height: 900 });
});

const MANY_TIPS = {
  tips: Array.from({ length: 10_000 }, (_, i) => ({ title: `Råd ${i + 1}`, body: 'Tekst.' })),
};

await check(
  'locked out? a stored kind "constructor" and 10,000 stored tips: it opens, says so, starts over',
  async () => {
    const cases = [
      [
        'digi-builder:v1',
        { version: '1', value: { kind: 'constructor' } },
        'Noget i din gemte kladde kunne ikke bruges',
      ],
      [
        'digi-builder',
        { version: '2', value: { widgets: { 'tip-carousel': { draft: MANY_TIPS } } } },
        'Din gemte kladde til rådkarrusellen blev ikke åbnet. Der er 10.000 råd i indholdet',
      ],
    ];
    for (const [key, stored, says] of cases) {
      await page.evaluate(
        (k, v) => {
          localStorage.clear();
          localStorage.setItem(k, v);
        },
        key,
        JSON.stringify(stored),
      );
      await page.reload({ waitUntil: 'networkidle0' });
      const notice = await page.waitForSelector(`${B}.stored[role="alert"]`, { timeout: 5_000 });
      const text = await notice.evaluate((n) => n.textContent.replace(/\s+/g, ' ').trim());
      assert(text.includes(says), `the notice for ${key} says: ${text}`);
      await page.waitForSelector(`${B}${FORM} >>> ${id('tips[0].title')}`, { timeout: 5_000 });
      await pressButton('Slet den gemte kladde, og start forfra');
      await pressButton('Ja, slet kladden');
      await page.waitForFunction(
        () => !document.querySelector('digi-embed-builder').shadowRoot.querySelector('.stored'),
        { timeout: 5_000 },
      );
      const left = await page.evaluate(() => [
        localStorage.getItem('digi-builder'),
        localStorage.getItem('digi-builder:v1'),
      ]);
      same(left, [null, null], `storage after starting over (${key})`);
    }
  },
);

await check('offline: the builder requested nothing but its own files', async () => {
  const foreign = requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:'),
  );
  same(foreign, [], 'requests elsewhere');
  same(errors, [], 'errors in the builder page');
  same(await page.evaluate(() => window.__csp), [], "violations of the builder's own CSP");
});

await browser.close();
server.close();
const failed = results.filter((r) => !r.ok).length;
console.log(
  `Builder: ${results.length - failed} passed, ${failed} failed ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
process.exit(failed ? 1 : 0);

// The builder's last step end to end, for each place a widget can go (called from
// test/e2e/builder-e2e.mjs with its page and helpers, against the BUILT dist/):
//   html       – chosen with the keyboard in the radio group; the snippet copied and pasted into a
//                plain page under a strict CSP shows the widget with the content typed in.
//   iframe     – the code copied into a host page with a strict CSP (and the optional host-script
//                line): the frame has its title, lazy loading and the suggested height, the embed
//                page inside it shows the chosen widget with the chosen content (the downloaded
//                JSON file served beside it), and the host script sizes the frame to its content.
//   sharepoint – the steps name the pane's fields and choices exactly as @digileder/widgets/
//                sharepoint-pane.js (built) has them, the address to type is the folder and file,
//                the downloaded file is the content; and, when dist/sharepoint/ is built, the web
//                part's own pane chunk in the .sppkg holds every one of those words.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readZip } from './sharepoint/zip.mjs';

/** The content the three checks build: two tips, typed in. */
const TIPS = [
  { title: 'Del skærmen, ikke filen', body: 'Vis kollegerne, hvor dokumentet bor.' },
  { title: 'Spørg først den, der tøver', body: 'Den tøvende ser ofte det, vi andre overser.' },
];
const FRAME_TITLE = 'Råd om digitalt lederskab';
const FOLDER = '/sites/intranet/Delte dokumenter/';
const JSON_NAME = 'to-raad.json';

/**
 * Runs the checks. `c` is the builder test's context: its browser, builder page, server, CSP and
 * helpers (check, assert, same, press, pressButton, fill, start, cutList, draft, fresh, B, id).
 */
export async function platformChecks(c) {
  const { page, B } = c;
  const form = `${B}.content-form >>> `;
  const builderRoot = (selector) =>
    page.evaluate(
      (s) => document.querySelector('digi-embed-builder').shadowRoot.querySelector(s)?.value,
      selector,
    );
  /** The radio button of a place, reached with the arrow keys from the one checked now. */
  async function placeWith(value) {
    // The builder's tab in front: the clipboard and requestAnimationFrame want it.
    await page.bringToFront();
    const order = ['html', 'sharepoint', 'iframe'];
    const now = await page.evaluate(
      () =>
        document
          .querySelector('digi-embed-builder')
          .shadowRoot.querySelector('input[name="target"]:checked').value,
    );
    await c.focus(`${B}input[name="target"]:checked`);
    const steps = order.indexOf(value) - order.indexOf(now);
    for (let i = 0; i < Math.abs(steps); i++)
      await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await page.waitForFunction(
      (v) =>
        document
          .querySelector('digi-embed-builder')
          .shadowRoot.querySelector(`input[name="target"][value="${v}"]`).checked,
      { timeout: 5_000 },
      value,
    );
  }

  await c.check('places: two tips typed in for the three places', async () => {
    await c.start('tip-carousel', 'Indbygget indhold på dansk');
    await c.cutList('tips', 2);
    for (const [i, tip] of TIPS.entries()) {
      await c.fill(`${form}${c.id(`tips[${i}].title`)}`, tip.title);
      await c.fill(`${form}${c.id(`tips[${i}].body`)}`, tip.body);
    }
    const tips = (await c.draft()).tips.map(({ title, body }) => ({ title, body }));
    c.same(tips, TIPS, 'the draft');
  });

  await c.check('places/html: chosen with the keyboard, pasted into a plain page', async () => {
    await placeWith('html');
    await c.press(`${B}input[name="mode"][value="inline"]`, 'Space');
    const snippet = await c.copySnippet();
    // The look's CSS file, when an earlier check changed the look, is served beside the bundle.
    const files = await page.evaluate(() => window.__downloads);
    const reader = await c.fresh(
      'places-html',
      snippet,
      'digi-tip-carousel',
      '[part~="slide"]',
      files,
    );
    try {
      c.same(
        await c.eachTab(reader, 'digi-tip-carousel', '[part~="title"]'),
        TIPS.map((t) => t.title),
        'the titles in the page',
      );
    } finally {
      await reader.close();
    }
  });

  await c.check(
    'places/iframe: the code in a host page with a strict CSP shows the content',
    async () => {
      await placeWith('iframe');
      await c.fill(`${B}#json`, JSON_NAME);
      // No title: no code, and the alert says why.
      await c.fill(`${B}#frame-title`, '');
      await c.pressButton('Lav koden');
      const blocked = await page.waitForSelector(`${B}#blocked[role="alert"]`, { timeout: 5_000 });
      const why = await blocked.evaluate((b) => b.textContent.replace(/\s+/g, ' ').trim());
      c.assert(why.includes('Skriv en titel til rammen'), `the alert says: ${why}`);
      c.assert((await builderRoot('#frame-code')) === undefined, 'no code without a title');
      await c.fill(`${B}#frame-title`, FRAME_TITLE);
      await page.waitForSelector(`${B}#frame-code`, { timeout: 5_000 });
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await c.pressButton('Kopiér koden');
      await page.waitForFunction(() => window.statuses().some((s) => s.startsWith('Kopieret')), {
        timeout: 5_000,
      });
      const code = await page.evaluate(() => navigator.clipboard.readText());
      c.same(code, await builderRoot('#frame-code'), 'the clipboard holds the code shown');
      const line = await builderRoot('#resize-line');
      c.same(line, `<script src="${c.server.base}embed/resize.js" defer></script>\n`, 'host line');
      await page.evaluate((name) => Reflect.deleteProperty(window.__downloads, name), JSON_NAME);
      await c.pressButton('Hent JSON-filen');
      await page.waitForFunction(
        (name) => Object.hasOwn(window.__downloads, name),
        { timeout: 5_000 },
        JSON_NAME,
      );
      const file = (await page.evaluate(() => window.__downloads))[JSON_NAME];
      c.same(
        JSON.parse(file.text).tips.map(({ title, body }) => ({ title, body })),
        TIPS,
        'the downloaded file',
      );

      // The host page: the code and the host-script line, under the strict CSP, the file served
      // beside the embed page (where the code's relative `src` points).
      const host = await c.browser.newPage();
      await host.setViewport({ width: 1000, height: 900 });
      const problems = [];
      host.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      host.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      await host.evaluateOnNewDocument(() => {
        const seen = [];
        Object.defineProperty(window, '__csp', { value: seen });
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.effectiveDirective} ${e.blockedURI || '(inline)'}`),
        );
      });
      await host.setRequestInterception(true);
      const hostUrl = `${c.server.base}host/iframe.html`;
      host.on('request', (request) => {
        const url = request.url();
        if (url === hostUrl)
          void request.respond({
            status: 200,
            headers: { 'Content-Security-Policy': c.CSP },
            contentType: 'text/html; charset=utf-8',
            body: `<!doctype html>\n<html lang="da">\n<head><meta charset="utf-8"><title>Intranet</title></head>\n<body>\n<h1>Ledelse</h1>\n${code}${line}</body>\n</html>\n`,
          });
        else if (url === `${c.server.base}embed/${JSON_NAME}`)
          void request.respond({ status: 200, contentType: file.type, body: file.text });
        else if (url.endsWith('/favicon.ico')) void request.respond({ status: 204 });
        else void request.continue();
      });
      try {
        await host.goto(hostUrl, { waitUntil: 'networkidle0' });
        const attributes = await host.evaluate(() => {
          const frame = document.querySelector('iframe');
          return {
            title: frame.getAttribute('title'),
            loading: frame.getAttribute('loading'),
            height: frame.getAttribute('height'),
          };
        });
        c.same(
          attributes,
          { title: FRAME_TITLE, loading: 'lazy', height: '650' },
          'the iframe: its title, lazy loading, the suggested height at 320 px',
        );
        const frame = host.frames().find((f) => f.url().startsWith(`${c.server.base}embed/`));
        c.assert(frame, 'the embed page is in the frame');
        c.assert(
          new URL(frame.url()).searchParams.get('src') === JSON_NAME,
          `the frame's address names the file: ${frame.url()}`,
        );
        await frame.waitForFunction(
          () =>
            document
              .querySelector('digi-tip-carousel')
              ?.shadowRoot?.querySelector('[part~="slide"]'),
          { timeout: 10_000 },
        );
        c.same(
          await c.eachTab(frame, 'digi-tip-carousel', '[part~="title"]'),
          TIPS.map((t) => t.title),
          'the tips in the frame',
        );
        // The host script sizes the frame to the embed page's content.
        await host.waitForFunction(
          () => /^\d+(\.\d+)?px$/.test(document.querySelector('iframe').style.height),
          {
            timeout: 5_000,
          },
        );
        const violations = [
          ...(await host.evaluate(() => window.__csp)),
          ...(await frame.evaluate(() => window.__csp)),
        ];
        problems.push(...violations.map((v) => `CSP violation: ${v}`));
        c.same(problems, [], 'errors and CSP violations in the host page and the frame');
      } finally {
        await host.close();
        await page.bringToFront();
      }
    },
  );

  await c.check("places/sharepoint: the pane's own words, the address and the file", async () => {
    await placeWith('sharepoint');
    await c.fill(`${B}#library`, FOLDER);
    await page.waitForSelector(`${B}ol.pane-steps`, { timeout: 5_000 });
    const steps = await page.evaluate(() =>
      [
        ...document
          .querySelector('digi-embed-builder')
          .shadowRoot.querySelectorAll('ol.pane-steps > li'),
      ].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
    );
    const pane = await import(pathToFileURL(join(c.dist, 'sharepoint-pane.js')).href);
    const p = pane.paneStrings('da');
    const expected = [
      `Under »${p.widgetLabel}« vælger du »${p.widgetNames['tip-carousel']}«.`,
      `Under »${p.sourceLabel}« vælger du »${p.sourceAddress}«.`,
      `I feltet »${p.addressLabel}« skriver du: ${FOLDER}${JSON_NAME}`,
      `Under »${p.languageLabel}« vælger du »${p.languageDa}«.`,
    ];
    for (const step of expected)
      c.assert(steps.includes(step), `the steps hold "${step}":\n  ${steps.join('\n  ')}`);
    c.assert(
      steps.some((s) => s.includes(`»${pane.TOOLBOX.title.da}«`)),
      'a step names the web part as the toolbox does',
    );
    // Every quoted field and choice is one of the pane's own texts (or the toolbox's).
    const known = new Set([
      ...Object.values(p).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v))),
      ...Object.values(pane.TOOLBOX).map((v) => v.da),
    ]);
    const quoted = steps.flatMap((s) => [...s.matchAll(/»([^«]+)«/g)].map((m) => m[1]));
    const strangers = quoted.filter((q) => !known.has(q));
    c.same(strangers, [], "quoted words that are not the pane's");
    await page.evaluate((name) => Reflect.deleteProperty(window.__downloads, name), JSON_NAME);
    await c.pressButton('Hent JSON-filen');
    await page.waitForFunction(
      (name) => Object.hasOwn(window.__downloads, name),
      { timeout: 5_000 },
      JSON_NAME,
    );
    const file = (await page.evaluate(() => window.__downloads))[JSON_NAME];
    c.same(
      JSON.parse(file.text).tips.map(({ title, body }) => ({ title, body })),
      TIPS,
      'the file for the library',
    );
    c.platformQuoted = quoted.filter(
      (q) => q !== pane.TOOLBOX.title.da && q !== pane.TOOLBOX.group.da,
    );
  });

  await c.check('places/a11y: axe finds nothing in each place, at 1100 and at 320 px', async () => {
    await page.evaluate(
      readFileSync(join(c.project, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'),
    );
    for (const width of [1100, 320]) {
      await page.setViewport({ width, height: 800 });
      for (const place of ['html', 'sharepoint', 'iframe']) {
        await placeWith(place);
        // Each place with its code or steps shown.
        if (place !== 'sharepoint') await c.pressButton('Lav koden');
        await page.waitForSelector(
          `${B}${place === 'sharepoint' ? 'ol.pane-steps' : place === 'html' ? '#snippet' : '#frame-code'}`,
          { timeout: 5_000 },
        );
        const violations = await page.evaluate(async () => {
          const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
          return violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        c.same(violations, [], `axe on ${place} at ${width} px`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        c.assert(wide <= width, `${place} at ${width} px scrolls sideways: ${wide} px wide`);
      }
    }
    await page.setViewport({ width: 1100, height: 900 });
  });

  const sppkg = join(c.dist, 'sharepoint', 'digileder-widgets.sppkg');
  if (!existsSync(sppkg)) {
    console.log('skip places/sharepoint in the .sppkg: build it first (npm run build:sharepoint)');
    return;
  }
  await c.check(
    "places/sharepoint: the web part's pane in the .sppkg has the same words",
    async () => {
      const words = c.platformQuoted ?? [];
      c.assert(words.length >= 6, `too few pane words to compare: ${words.length}`);
      const scripts = [...readZip(sppkg)]
        .filter(([name]) => name.startsWith('ClientSideAssets/') && name.endsWith('.js'))
        .map(([, data]) => data.toString('utf8'))
        .join('\n');
      // A minifier may write æ, ø, å and quotes as escapes.
      const escaped = (s) =>
        s.replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
      const missing = words.filter((w) => !scripts.includes(w) && !scripts.includes(escaped(w)));
      c.same(missing, [], "builder's pane words the web part's scripts do not hold");
      const manifest = JSON.parse(
        readFileSync(
          join(
            c.project,
            'integrations/sharepoint/src/webparts/digilederWidgets/DigilederWidgetsWebPart.manifest.json',
          ),
          'utf8',
        ),
      );
      const pane = await import(pathToFileURL(join(c.dist, 'sharepoint-pane.js')).href);
      c.same(
        manifest.preconfiguredEntries[0].title,
        { default: pane.TOOLBOX.title.en, 'da-DK': pane.TOOLBOX.title.da },
        "the web part's toolbox title",
      );
    },
  );
}

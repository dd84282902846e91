// What the embed page's end-to-end checks share: a recording page (console errors, page errors,
// requests, CSP violations in every frame, height messages at the top), host pages, and reading
// the embed frames.

/** A new page recording what the checks look at. */
export async function recordingPage(browser, width = 1000) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800 });
  const log = { errors: [], requests: [] };
  await page.evaluateOnNewDocument(() => {
    // In every frame: the CSP violations it saw.
    const violations = [];
    Object.defineProperty(window, '__csp', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI || '(inline)'}`),
    );
    if (window.top !== window) return;
    // At the top: every message, with the index of the iframe whose window sent it.
    const messages = [];
    Object.defineProperty(window, '__messages', { value: messages });
    window.addEventListener('message', (event) => {
      const frame = [...document.querySelectorAll('iframe')].findIndex(
        (f) => f.contentWindow === event.source,
      );
      messages.push({ frame, origin: event.origin, data: event.data });
    });
  });
  page.on('console', (message) => {
    const where = message.location().url ?? '';
    // Favicons are the browser's requests, and a refused address logs one error on purpose.
    if (message.type() !== 'error' || where.endsWith('/favicon.ico')) return;
    if (message.text().startsWith('@digileder/widgets embed page: the address')) return;
    log.errors.push(`console.error: ${message.text()} (${where})`);
  });
  page.on('pageerror', (error) => log.errors.push(`page error: ${error.message}`));
  page.on('request', (request) => log.requests.push(request.url()));
  return { page, log };
}

/** A host page: an h1, the iframes (`{ title, src, id?, height? }`), the host script or not. */
export function hostHtml({ embed, frames, script = true, title = 'Intranet' }) {
  const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const iframes = frames
    .map(
      (f) =>
        `      <iframe title="${attr(f.title)}" src="${attr(f.src)}"${f.id ? ` id="${f.id}"` : ''}` +
        ` height="${f.height ?? 150}"></iframe>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="stylesheet" href="/host.css" />
${script ? `    <script src="${embed}/embed/resize.js" defer></script>\n` : ''}  </head>
  <body>
    <main>
      <h1>${title}</h1>
      <p>Tekst før widgets.</p>
      <h2>Digitalt lederskab</h2>
${iframes}
      <p>Tekst efter widgets.</p>
    </main>
  </body>
</html>
`;
}

/** The puppeteer Frame of the `index`th iframe of the page. */
export async function frameAt(page, index) {
  const handle = (await page.$$('iframe'))[index];
  const frame = await handle.contentFrame();
  await handle.dispose();
  return frame;
}

/** The height messages the top page received, `{ frame, origin, data }`. */
export const heightMessages = (page) =>
  page.evaluate(() =>
    window.__messages.filter((m) => m.data && m.data.type === 'digileder:embed-height'),
  );

/** Waits until iframe `index` has reported and is as tall as its last report. */
export async function waitSized(page, index, timeout = 10_000) {
  try {
    await page.waitForFunction(
      (i) => {
        const last = window.__messages
          .filter((m) => m.frame === i && m.data?.type === 'digileder:embed-height')
          .at(-1);
        const frame = document.querySelectorAll('iframe')[i];
        return last && frame.style.height === `${last.data.height}px`;
      },
      { timeout },
      index,
    );
  } catch {
    throw new Error(`iframe ${index} was never as tall as it reported`);
  }
}

/** In a frame: the widget's tag (or null), the alert's items, the page's height and scrolling. */
export const readFrame = (frame) =>
  frame.evaluate(() => {
    const root = document.getElementById('embed');
    const widget = [...(root?.querySelectorAll('*') ?? [])].find((e) =>
      e.localName.startsWith('digi-'),
    );
    return {
      widget: widget?.localName ?? null,
      landmarks: root?.querySelectorAll('main').length ?? 0,
      shadowText: widget?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
      alert: [...document.querySelectorAll('[role="alert"] li')].map((li) => li.textContent),
      text: root?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      height: Math.ceil(root?.getBoundingClientRect().height ?? 0),
      scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
      violations: window.__csp ?? ['(the violation recorder never ran here)'],
    };
  });

/** The requests that went to none of `origins`. */
export const elsewhere = (log, origins) =>
  log.requests.filter(
    (url) => !origins.some((origin) => url.startsWith(`${origin}/`)) && !url.startsWith('data:'),
  );

// Helpers shared by the hostile-host checks: a recording page, waits, shadow-DOM queries.
import { perWidget, tags } from '../../../scripts/widgets.mjs';

/** Every widget's tag, in the registry's order (src/widgets.json). */
export const TAGS = tags;

/** What each widget shows once it has rendered its content. */
export const MAIN_PARTS = perWidget(
  {
    'digi-tip-carousel': '[part~="carousel"]',
    'digi-archetype-quiz': 'section[part~="quiz"]',
    'digi-strategy-wheel': '[role="tablist"]',
  },
  'test/e2e/hosts/page.mjs MAIN_PARTS',
);

/** A new page that records console messages, page errors, failed requests and CSP violations. */
export async function open(browser) {
  const page = await browser.newPage();
  const log = { errors: [], warnings: [], requests: [] };
  await page.evaluateOnNewDocument(() => {
    const seen = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ` +
          `at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(`console.error: ${message.text()}`);
    else if (message.type() === 'warn') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A `src` the widget gave up on (removed from the page) is aborted on purpose.
    if (!request.url().endsWith('/never.json')) log.errors.push(`request failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    log.requests.push(response.url());
    if (response.status() >= 400) log.errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, log };
}

/** Waits until each widget on the page shows its main part; returns the tags that never did. */
export async function waitRendered(page, tags = TAGS) {
  const parts = Object.fromEntries(tags.map((tag) => [tag, MAIN_PARTS[tag]]));
  try {
    await page.waitForFunction(
      (p) =>
        Object.entries(p).every(([tag, selector]) =>
          document.querySelector(tag)?.shadowRoot?.querySelector(selector),
        ),
      { timeout: 10_000 },
      parts,
    );
  } catch {
    // Reported below, tag by tag.
  }
  return page.evaluate(
    (p) =>
      Object.entries(p)
        .filter(
          ([tag, selector]) => !document.querySelector(tag)?.shadowRoot?.querySelector(selector),
        )
        .map(([tag, selector]) => `<${tag}> did not render ${selector}`),
    parts,
  );
}

/** An element in the shadow root of the first `tag`, as a handle. */
export const shadow = (page, tag, selector) =>
  page.evaluateHandle(
    (t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s),
    tag,
    selector,
  );

/** The trimmed text of an element in the shadow root of the first `tag`, or null. */
export const text = (page, tag, selector) =>
  page.evaluate(
    (t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s)?.textContent.trim() ?? null,
    tag,
    selector,
  );

/** Lets pending violation reports, console messages and renders arrive. */
export const settle = (page, ms = 250) =>
  page.evaluate(
    (wait) => new Promise((done) => requestAnimationFrame(() => setTimeout(done, wait))),
    ms,
  );

/** The first line of an error's message. */
export const short = (error) => String(error?.message ?? error).split('\n')[0];

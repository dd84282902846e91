// The benchmark's pages in the one headless Chromium that puppeteer-core drives: every measurement
// in a fresh incognito context with the probe installed (pages.mjs), the heap and DOM readings, and
// tracing around a stretch of the page's life.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchProbe, subjects } from './pages.mjs';
import { TRACE_CATEGORIES, mainThreadTime } from './trace.mjs';

/**
 * `browser`: puppeteer's; `server`: the static server of `site`; `problems`: where page errors,
 * console errors and failed requests are collected.
 */
export function harness({ browser, server, site, problems }) {
  /** Writes a page under site/pages/ and returns its URL. */
  function writePage(name, html) {
    writeFileSync(join(site, 'pages', `${name}.html`), html);
    return `${server.base}pages/${name}.html`;
  }

  /**
   * Opens `url` in a new incognito context (nothing cached, nothing shared), with the probe, and
   * runs `fn(page, cdp, requests)`; records page errors, console errors and failed requests.
   */
  async function inFreshPage(subject, url, fn, { reducedMotion = false, viewport } = {}) {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      if (viewport) await page.setViewport(viewport);
      const cdp = await page.createCDPSession();
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('pageerror', (error) => problems.push(`${url}: page error ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${url}: console.error ${message.text()}`);
      });
      page.on('requestfailed', (request) => problems.push(`${url}: failed ${request.url()}`));
      page.on('response', (response) => {
        if (response.status() >= 400)
          problems.push(`${url}: HTTP ${response.status()} ${response.url()}`);
      });
      if (reducedMotion) {
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      }
      await page.evaluateOnNewDocument(
        benchProbe,
        subjects[subject]?.tag ?? 'bench-none',
        subjects[subject]?.nested ?? '',
      );
      await page.goto(url, { waitUntil: 'load' });
      return await fn(page, cdp, requests);
    } finally {
      await context.close();
    }
  }

  const ready = (page) => page.evaluate(() => window.__bench.ready);

  const enabled = new WeakSet();
  async function metrics(cdp) {
    if (!enabled.has(cdp)) await cdp.send('Performance.enable');
    enabled.add(cdp);
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  }

  async function heapAfterGc(page, cdp) {
    await page.evaluate(async () => {
      await window.__bench.frame();
      await window.__bench.frame();
    });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
    return {
      heap: usedSize,
      blink: embedderHeapUsedSize ?? NaN,
      nodes: (await metrics(cdp)).Nodes ?? NaN,
    };
  }

  /**
   * Traces `fn()` (which must mark `bench:start` and `bench:end` in the page) and returns its
   * result with the main-thread time between the marks (trace.mjs). `keep`: a path to write the
   * trace to, for DevTools' Performance panel.
   */
  async function traced(page, fn, keep) {
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    let bytes;
    let result;
    try {
      result = await fn();
    } finally {
      bytes = await page.tracing.stop();
    }
    if (keep) writeFileSync(keep, bytes);
    return { result, trace: mainThreadTime(bytes) };
  }

  return { writePage, inFreshPage, ready, metrics, heapAfterGc, traced };
}

// Loads every story of the built Storybook (storybook-static/) in headless Chromium and fails when
// a widget of the registry (src/widgets.json) has no stories, or a story logs an error, a request fails, its widget is not defined or not rendered, or axe finds
// a violation. Storybook itself reports a story as fine even when its play function throws, so
// page errors and console errors are collected here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { registry } from '../../scripts/widgets.mjs';

const root = 'storybook-static';
if (!existsSync(join(root, 'index.json'))) {
  console.error('Build Storybook first: npm run build-storybook');
  process.exit(1);
}
const server = await serveStatic(root);
const base = server.base.replace(/\/$/, '');

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const failures = [];
// Every widget of the registry has its stories file, and it holds stories.
for (const { name, tag } of registry)
  if (!stories.some((story) => story.importPath === `./stories/${name}.stories.ts`))
    failures.push(`<${tag}> has no stories (stories/${name}.stories.ts)`);
const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: chromeArgs,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  for (const story of stories) {
    // A blank page between stories, so a message the last story logs late (an error story's
    // lazily loaded validator) is never counted against the next one.
    await page.goto('about:blank');
    const problems = [];
    // Error stories show a broken file on purpose: their one console.error is the point.
    const expectsError = /error/i.test(story.id);
    const onConsole = (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (message.location().url?.endsWith('/favicon.ico')) return;
      if (expectsError && /^<digi-|404/.test(text)) return;
      problems.push(`console.error: ${text}`);
    };
    const onPageError = (error) => problems.push(`page error: ${error.message}`);
    const onFailed = (request) => problems.push(`request failed: ${request.url()}`);
    const onResponse = (response) => {
      if (response.url().endsWith('/favicon.ico')) return;
      if (response.status() >= 400 && !(expectsError && response.status() === 404)) {
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    };
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('requestfailed', onFailed);
    page.on('response', onResponse);
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(
        () => {
          const widget = [...document.querySelectorAll('#storybook-root *')].find((el) =>
            el.localName.startsWith('digi-'),
          );
          return Boolean(
            widget &&
            customElements.get(widget.localName) &&
            widget.shadowRoot?.querySelector('.base'),
          );
        },
        { timeout: 10_000 },
      );
      // Let lazy chunks and renders finish (updateComplete waits for both).
      await page.evaluate(() =>
        Promise.all(
          [...document.querySelectorAll('#storybook-root *')]
            .filter((el) => el.localName.startsWith('digi-'))
            .map((el) => el.updateComplete),
        ),
      );
      // axe checks the resting state, after fade-ins, of widgets nested in shadow roots too (the
      // embed builder's preview).
      await page.evaluate(async () => {
        const widgets = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.localName.startsWith('digi-')) widgets.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document.querySelector('#storybook-root'));
        await Promise.all(widgets.map((el) => el.updateComplete));
        await new Promise(requestAnimationFrame);
        const animations = widgets.flatMap((el) => el.shadowRoot?.getAnimations() ?? []);
        await Promise.all(animations.map((a) => a.finished));
      });
      await page.evaluate(axe);
      // Storybook's a11y addon runs axe in the same page; wait for its turn.
      const violations = await page.evaluate(async () => {
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
            return result.violations.map(
              (v) =>
                `${v.id} (${v.nodes.length}): ${v.nodes
                  .slice(0, 2)
                  .map((n) => `${n.target.join(' ')} ${n.failureSummary}`)
                  .join(' | ')}`,
            );
          } catch (error) {
            if (attempt > 50 || !String(error).includes('already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
      for (const violation of violations) problems.push(`axe: ${violation}`);
    } catch (error) {
      problems.push(`widget not defined or not rendered: ${error.message.split('\n')[0]}`);
    }
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
    if (problems.length) failures.push(`${story.id}\n  ${problems.join('\n  ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Stories: ${stories.length - failures.length} passed, ${failures.length} failed`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}

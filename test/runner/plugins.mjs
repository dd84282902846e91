// What every engine's test run shares (web-test-runner.config.mjs): the plugins that serve the test
// files and answer the tests' commands, and the reporter that prints each engine's totals.
import commonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';

/** Routes the content tests load with `src`: a slow server that never answers, and JSON. */
function testServer() {
  return {
    name: 'digi-test-server',
    serve(context) {
      if (context.path === '/test-src/never') return new Promise(() => {});
    },
  };
}

/**
 * React 18 ships CommonJS only and reads `process.env.NODE_ENV`: the React test needs both turned
 * into browser ESM. The replacement runs first, then the CommonJS conversion of React's packages.
 */
const reactPackages = /\/node_modules\/(react|react-dom|scheduler)\//;
function nodeEnv() {
  return {
    name: 'digi-node-env',
    transform(context) {
      if (reactPackages.test(context.path) && typeof context.body === 'string')
        return { body: context.body.replaceAll('process.env.NODE_ENV', '"development"') };
    },
  };
}
const reactCommonJs = fromRollup(commonjs)({
  strictRequires: false,
  requireReturnsDefault: 'preferred',
  include: [
    '**/node_modules/react/**',
    '**/node_modules/react-dom/**',
    '**/node_modules/scheduler/**',
  ],
});

/** WebDriver's names for the keys the tests press (the W3C "normalised key values"). */
const webdriverKeys = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: '\uE00D',
  ' ': '\uE00D',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/**
 * `digi-press` presses a chord of real keys (`{ keys: ['Shift', 'Tab'] }`: down in order, up in
 * reverse) in every launcher. `sendKeys` from @web/test-runner-commands cannot hold a modifier
 * over WebDriver (it supports only `press` and `type` there).
 */
function pressPlugin() {
  return {
    name: 'digi-press',
    async executeCommand({ command, payload, session }) {
      if (command !== 'digi-press') return undefined;
      const keys = payload.keys;
      if (session.browser.type === 'puppeteer') {
        const { keyboard } = session.browser.getPage(session.id);
        for (const key of keys) await keyboard.down(key);
        for (const key of [...keys].reverse()) await keyboard.up(key);
        return true;
      }
      if (session.browser.type === 'webdriver') {
        const value = (key) => webdriverKeys[key] ?? key;
        const actions = [
          ...keys.map((key) => ({ type: 'keyDown', value: value(key) })),
          ...[...keys].reverse().map((key) => ({ type: 'keyUp', value: value(key) })),
        ];
        await session.browser.driverManager.performActions(session.id, [
          { type: 'key', id: 'keyboard', actions },
        ]);
        return true;
      }
      throw new Error(`digi-press: no keyboard for browser type ${session.browser.type}`);
    },
  };
}

/**
 * `digi-viewport` sizes the viewport (`{ width, height }`, CSS pixels) in every launcher, so viewport
 * media queries follow. `setViewport` from @web/test-runner-commands knows puppeteer and playwright
 * only. Over WebDriver there is no viewport to set, only the window (Set Window Rect): the window is
 * resized by what its chrome takes (MiniBrowser's toolbar), checked against `innerWidth` and
 * `innerHeight` until the viewport is exactly the size asked for.
 */
function viewportPlugin() {
  return {
    name: 'digi-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'digi-viewport') return undefined;
      const { width, height } = payload;
      if (!Number.isInteger(width) || !Number.isInteger(height))
        throw new Error('digi-viewport: width and height must be whole numbers');
      if (session.browser.type === 'puppeteer') {
        await session.browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (session.browser.type === 'webdriver') {
        const { driver } = session.browser;
        const viewport = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
        let inner = await viewport();
        for (let attempt = 0; attempt < 3; attempt += 1) {
          if (inner[0] === width && inner[1] === height) return true;
          const outer = await driver.getWindowRect();
          await driver.setWindowRect(
            null,
            null,
            outer.width + width - inner[0],
            outer.height + height - inner[1],
          );
          // The page hears of the new size a moment after the driver answers.
          for (let wait = 0; wait < 40; wait += 1) {
            inner = await viewport();
            if (inner[0] === width && inner[1] === height) return true;
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
        }
        throw new Error(
          `digi-viewport: asked for ${width}×${height}, the viewport stays ${inner.join('×')}`,
        );
      }
      throw new Error(`digi-viewport: no viewport for browser type ${session.browser.type}`);
    },
  };
}

/**
 * `digi-ax` returns Chromium's whole accessibility tree under the element `selector` names (shadow
 * DOM included), every node kept: test/a11y-tree.ts prunes it. @web/test-runner-commands'
 * `a11ySnapshot` keeps only puppeteer's "interesting" nodes, which drops landmarks, tab lists and
 * lists, and starts from the first interesting descendant when the element itself is not.
 * Chromium only: over WebDriver there is no accessibility tree to read.
 */
function axTreePlugin() {
  return {
    name: 'digi-ax',
    async executeCommand({ command, payload, session }) {
      if (command !== 'digi-ax') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`digi-ax: no accessibility tree for browser type ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const root = await page.$(payload.selector);
      if (!root) throw new Error(`digi-ax: nothing matches ${payload.selector}`);
      return page.accessibility.snapshot({ root, interestingOnly: false });
    },
  };
}

/** Ends the run with plain lines CI can read: the engine's totals and its adapted tests. */
function totalsReporter(engine) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, filtered: 0 };
      const notes = [];
      const walk = (suite, path) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) totals.skipped += 1;
          else if (test.passed) totals.passed += 1;
          else if (reducedMotion && !test.error) {
            // Left out by the reduced-motion run's grep: never started, so neither passed nor failed.
            totals.filtered += 1;
            continue;
          } else totals.failed += 1;
          // Tests an engine runs differently say so in their title: "… [Firefox: reason]".
          if (test.name.includes(`[${engine}:`))
            notes.push(
              `  ${test.skipped ? 'pending' : 'adapted'}: ${[...path, test.name].join(' › ')}`,
            );
        }
        for (const child of suite?.suites ?? []) walk(child, [...path, child.name]);
      };
      for (const session of sessions) walk(session.testResults, []);
      const errors = sessions.filter((s) => s.errors?.length && !s.testResults).length;
      totals.failed += errors;
      if (notes.length)
        process.stdout.write(`\n${engine} runs these tests differently:\n${notes.join('\n')}\n`);
      const filtered = reducedMotion ? ` (${totals.filtered} not named "reduced motion")` : '';
      process.stdout.write(
        `\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped${filtered}\n`,
      );
    },
  };
}

/**
 * DIGI_REDUCED_MOTION=1: this run's browser was started with reduced motion on, and runs only the
 * tests named "reduced motion" (for the engines whose launcher cannot emulate media features).
 */
export const reducedMotion = process.env.DIGI_REDUCED_MOTION === '1';

/** The plugins every engine's run uses. */
export function plugins() {
  return [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    nodeEnv(),
    reactCommonJs,
    testServer(),
    pressPlugin(),
    viewportPlugin(),
    axTreePlugin(),
  ];
}

/** The reporters: web-test-runner's own, then the totals line `engine`'s run ends with. */
export function reporters(engine) {
  return [defaultReporter(), totalsReporter(engine)];
}

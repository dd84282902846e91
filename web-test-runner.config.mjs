// The browser tests' one configuration: a group per engine.
//
//   web-test-runner [files]                   Chromium (the everyday run; add --coverage for V8's)
//   web-test-runner --group chromium          the same, as `npm run test:unit` runs it (--coverage)
//   web-test-runner --group firefox           Firefox ESR from Debian's package, puppeteer-core
//                                             over WebDriver BiDi
//   web-test-runner --group webkit            WebKitGTK's MiniBrowser through its WebDriver, under
//                                             xvfb-run (test/runner/webkit.mjs)
//   TEST_AREA=wheel web-test-runner …         one area's test files (test/runner/areas.mjs); with
//                                             --coverage its JSON goes to coverage/areas/wheel, and
//                                             test/runner/coverage.mjs merges the areas and checks
//                                             the thresholds
//
// `npm run test:engines` (test/runner/engines.mjs) runs the Firefox and WebKit groups, each twice:
// the second time in a browser started with reduced motion (DIGI_REDUCED_MOTION=1), which neither
// can emulate over WebDriver. `--files` narrows any group. A group whose browser is not installed
// stops with a line saying what to install.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './scripts/chrome-path.mjs';
import { selectedArea } from './test/runner/areas.mjs';
import { freePort } from './test/runner/free-port.mjs';
import { plugins, reducedMotion, reporters } from './test/runner/plugins.mjs';
import { WebKitGtkLauncher, miniBrowser, webkitDriver } from './test/runner/webkit.mjs';

export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const onPath = (name) =>
  (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, name)));

/**
 * The engines, by group name: what the reporter calls each, what is missing for it to run (a line
 * saying what to install, or undefined) and its launcher.
 */
export const engines = {
  chromium: {
    name: 'Chromium',
    missing: () =>
      findChrome()
        ? undefined
        : 'no Chromium or Chrome found (apt-get install -y chromium, or set CHROME_PATH)',
    browser: () =>
      chromeLauncher({
        launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs },
      }),
  },
  firefox: {
    name: 'Firefox',
    missing: () =>
      existsSync(firefoxPath)
        ? undefined
        : `${firefoxPath} is not installed (apt-get install -y firefox-esr, or set FIREFOX_PATH)`,
    browser: () =>
      chromeLauncher({
        puppeteer,
        launchOptions: {
          browser: 'firefox',
          executablePath: firefoxPath,
          headless: true,
          extraPrefsFirefox: {
            'ui.prefersReducedMotion': reducedMotion ? 1 : 0,
            'app.update.enabled': false,
            'browser.shell.checkDefaultBrowser': false,
          },
        },
      }),
  },
  webkit: {
    name: 'WebKit',
    missing() {
      const install = '(apt-get install -y webkit2gtk-driver xvfb)';
      if (!existsSync(webkitDriver)) return `${webkitDriver} is not installed ${install}`;
      if (!existsSync(miniBrowser)) return `${miniBrowser} is not installed ${install}`;
      if (!onPath('xvfb-run')) return `xvfb-run is not installed ${install}`;
    },
    browser: () => new WebKitGtkLauncher(),
  },
};

/** The group this run asked for with `--group name` or `--group=name`; Chromium without one. */
function selectedGroup(argv) {
  const at = argv.findIndex((arg) => arg === '--group' || arg.startsWith('--group='));
  if (at < 0) return undefined;
  return argv[at].includes('=') ? argv[at].slice('--group='.length) : argv[at + 1];
}
const group = selectedGroup(process.argv);
const engine = engines[group ?? 'chromium'];
// Only a group asked for by name stops here: test/runner/engines.mjs imports `engines` too.
if (group && !engine)
  throw new Error(`No test group named ${group}: use ${Object.keys(engines).join(', ')}`);
if (group && engine.missing()) throw new Error(`${engine.name} cannot run: ${engine.missing()}`);

const area = selectedArea();

/** The coverage thresholds: checked here on a whole run, by test/runner/coverage.mjs on the areas. */
export const coverageThreshold = { statements: 90, branches: 80, functions: 90, lines: 90 };

export default {
  files: area ? area.tests : ['test/**/*.test.ts'],
  nodeResolve: true,
  // Two suites may run at once (test/runner/one-browser.mjs): each takes a free port, not 8000 and up.
  port: await freePort(),
  concurrency: 1,
  // Per test file. The longest file runs in seconds; under `npm test` other steps share the two
  // cores, so a file gets three minutes before it counts as hung.
  testsFinishTimeout: 180000,
  plugins: plugins(),
  reporters: reporters(engine?.name ?? group),
  testFramework: {
    // The second run of an engine that cannot emulate media (see test/helpers.ts).
    config: { timeout: 10000, ...(reducedMotion ? { grep: 'reduced motion' } : {}) },
  },
  // Without --group, the root's browser (Chromium) runs alone; with it, only that group's browser,
  // on the root's files or --files.
  browsers: [engines.chromium.browser()],
  groups: group && engine ? [{ name: group, browsers: [engine.browser()] }] : [],
  // WebKit: one WebDriver session, started under xvfb-run, a page per test file.
  ...(group === 'webkit' ? { browserStartTimeout: 60_000, testsStartTimeout: 60_000 } : {}),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.{da,en}.ts'],
    ...(area
      ? { reportDir: `coverage/areas/${area.name}`, reporters: ['json'] }
      : { reportDir: 'coverage', threshold: coverageThreshold }),
    report: true,
  },
};

// Firefox ESR from Debian's package, driven by puppeteer-core over WebDriver BiDi. No coverage
// (that is V8's, Chromium only). BiDi has no media-feature emulation: with DIGI_REDUCED_MOTION=1
// this config starts a Firefox whose `ui.prefersReducedMotion` pref is on, for the tests named
// "reduced motion" (scripts/test-engines.mjs does both runs).
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { reducedMotion, sharedConfig } from './web-test-runner.shared.mjs';

export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export default {
  ...sharedConfig('Firefox'),
  browsers: [
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
  ],
};

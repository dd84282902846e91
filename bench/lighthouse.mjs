// One Lighthouse run (its default: mobile, simulated throttling, the performance category) of a
// page on 127.0.0.1, in a Chromium of its own started by chrome-launcher with its default flags
// plus headless and no sandbox. Nothing is fetched from outside the machine.
import { writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** Added to chrome-launcher's defaults (`Launcher.defaultFlags()`). */
export const LIGHTHOUSE_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
];

/**
 * Runs Lighthouse on `url`; resolves to `{ score, cls, tbt, lcp, fcp, si, version, warnings }`
 * (score 0–100, times in ms). `keep`: a path to write the whole report (JSON) to.
 */
export async function runLighthouse(url, chromePath, keep) {
  const chrome = await launch({ chromePath, chromeFlags: LIGHTHOUSE_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    if (keep) writeFileSync(keep, result.report);
    const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: (lhr.categories.performance.score ?? NaN) * 100,
      cls: value('cumulative-layout-shift'),
      tbt: value('total-blocking-time'),
      lcp: value('largest-contentful-paint'),
      fcp: value('first-contentful-paint'),
      si: value('speed-index'),
      version: lhr.lighthouseVersion,
      settings: `${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod === 'simulate' ? 'simulated' : lhr.configSettings.throttlingMethod} throttling`,
      warnings: lhr.runWarnings,
    };
  } finally {
    chrome.kill();
  }
}

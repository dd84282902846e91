// "Hostile host" checks from issue 7, in headless Chromium against the built dist/cdn/ folder
// (run `npm run build` first). Each module in test/e2e/hosts/ adds its pages and checks:
//   embedding.mjs     csp, twice: a strict Content-Security-Policy; the bundle loaded twice.
//   memory.mjs        memory: 500 connect/disconnect cycles of each widget leave heap, DOM nodes
//                     and listeners at the baseline and no detached instance alive.
//   forced-colors.mjs forced-colors: every control, focus ring, marker and text visible in
//                     Windows High Contrast (emulated), in every state of every widget.
//   reflow.mjs        reflow-320, reflow-zoom: at 320 CSS px and at 200 % zoom no horizontal
//                     scrolling, no clipped text, every control reached and worked by keyboard,
//                     targets of at least 24 × 24 px.
// Prints one line per check (figures indented under it) and `Hosts: N passed, N failed`; exits
// non-zero on a failure. `node test/e2e/hostile-hosts.mjs memory reflow` runs only the checks whose
// names start with those words.
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.mjs';
import * as embedding from './hosts/embedding.mjs';
import * as forcedColors from './hosts/forced-colors.mjs';
import * as memory from './hosts/memory.mjs';
import * as reflow from './hosts/reflow.mjs';
import { serve } from './hosts/server.mjs';
import { short } from './hosts/page.mjs';

const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const dist = join(realpathSync(resolve(import.meta.dirname, '../..')), 'dist');
if (!existsSync(join(dist, 'cdn', 'digileder-widgets.js'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}

const modules = [embedding, memory, forcedColors, reflow];
const only = process.argv.slice(2);
const checks = modules
  .flatMap((module) => module.checks)
  .filter((check) => !only.length || only.some((word) => check.name.startsWith(word)));
const server = await serve(dist, Object.assign({}, ...modules.map((module) => module.pages)));
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: chromeArgs,
});
let failed = 0;
try {
  for (const check of checks) {
    const time = performance.now();
    const notes = [];
    let problems;
    try {
      problems = await check.run({
        browser,
        base: server.base,
        never: server.never,
        note: (line) => notes.push(line),
      });
    } catch (error) {
      problems = [`failed: ${short(error)}`];
    }
    if (problems.length) failed++;
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} ${check.name}: ${check.title} (${seconds(time)})`,
    );
    for (const note of notes) console.log(`       ${note}`);
    for (const problem of problems) console.error(`  ${problem.replaceAll('\n', '\n    ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Hosts: ${checks.length - failed} passed, ${failed} failed (${seconds(started)})`);
process.exitCode = failed ? 1 : 0;

// The browser tests in the engines besides Chromium (issue 7): Firefox ESR over WebDriver BiDi and
// WebKit (WebKitGTK's MiniBrowser) over WebDriver, each from Debian's packages, as the `firefox` and
// `webkit` groups of web-test-runner.config.mjs. Chromium runs in `npm run test:unit` (with
// coverage). Each engine runs the whole suite once, then once more in a browser started with
// reduced motion for the tests named "reduced motion" (neither engine can emulate media features
// over WebDriver). An engine that is not installed is skipped with one line saying what to
// install, except under CI (CI=true), where it fails the run: CI must test every engine. Any
// installed engine that fails fails the script.
//
// TEST_AREA=<area> (test/runner/areas.mjs) runs one area's files, as `npm test` does for each
// area (test:engines:<area>). The second run loads only the files with a test named "reduced
// motion", and is left out when there is none; the check below still fails when a test the first
// run left pending for reduced motion did not run in the second.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { engines as known } from '../../web-test-runner.config.mjs';
import { selectedArea } from './areas.mjs';

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const wtr = join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
/** An engine's whole run (both passes) may take this long before it counts as failed. */
const LIMIT_MS = 8 * 60_000;
/** CI=true (or any value but "false" and "0"): a missing engine fails instead of being skipped. */
const ci = !!process.env.CI && !['false', '0'].includes(process.env.CI);

const engines = ['firefox', 'webkit'].map((group) => ({ group, ...known[group] }));

const area = selectedArea();
const testFiles = globSync(area ? area.tests : ['test/**/*.test.ts'], { cwd: root }).sort();
/** The files with a test named "reduced motion": the only ones the second run loads. */
const reducedFiles = testFiles.filter((file) =>
  readFileSync(join(root, file), 'utf8').includes('reduced motion'),
);

/**
 * Runs web-test-runner on `group` (on `files` when given); echoes its output; resolves to its exit
 * code and output.
 */
function run(group, env, files) {
  return new Promise((resolve) => {
    const args = [wtr, '--group', group, ...(files ? ['--files', ...files] : [])];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    const timer = setTimeout(() => {
      output += `\nKilled after ${LIMIT_MS / 60_000} minutes\n`;
      child.kill('SIGTERM');
    }, LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** The totals line the shared reporter prints, and the tests the engine ran differently. */
function parse(output, engine) {
  const match = /^Tests: (\d+) passed, (\d+) failed, (\d+) skipped\b/m.exec(output);
  const [passed, failed, skipped] = match ? match.slice(1).map(Number) : [0, 1, 0];
  const pendingForReducedMotion = output
    .split('\n')
    .filter((line) => /^\s+pending: /.test(line) && line.includes('started with reduced motion'));
  const ranReduced = output
    .split('\n')
    .filter(
      (line) => /^\s+adapted: /.test(line) && line.includes(`[${engine}: reduced motion set`),
    );
  return { found: !!match, passed, failed, skipped, pendingForReducedMotion, ranReduced };
}

const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
const summary = [];
let failed = false;

summary.push(`Chromium: run by npm run test:unit${area ? `:${area.name}` : ''} (with coverage)`);
for (const engine of engines) {
  const missing = engine.missing();
  if (missing && ci) {
    summary.push(
      `${engine.name}: FAILED, not installed under CI (CI=${process.env.CI}): ${missing}`,
    );
    failed = true;
    continue;
  }
  if (missing) {
    summary.push(`${engine.name}: skipped, ${missing} (under CI=true this fails the run)`);
    continue;
  }
  const started = Date.now();
  const suite = area ? `the ${area.name} area (${testFiles.length} files)` : 'the whole suite';
  console.log(`\n── ${engine.name}: ${suite} ──`);
  const whole = await run(engine.group, {});
  const main = parse(whole.output, engine.name);
  const needsReduced = reducedFiles.length > 0 || main.pendingForReducedMotion.length > 0;
  let reduced = { found: true, passed: 0, failed: 0, skipped: 0, ranReduced: [] };
  if (needsReduced) {
    console.log(
      `\n── ${engine.name}: the reduced-motion tests (${reducedFiles.length} files), ` +
        'in a browser started with reduced motion ──',
    );
    // A pending test in a file that does not say "reduced motion" (a title built elsewhere): then
    // the second run loads every file of the first.
    const files = reducedFiles.length ? reducedFiles : undefined;
    const reducedRun = await run(engine.group, { DIGI_REDUCED_MOTION: '1' }, files);
    reduced = parse(reducedRun.output, engine.name);
  }
  const took = seconds(Date.now() - started);

  const problems = [];
  if (whole.code !== 0 || !main.found || main.failed) problems.push('the suite failed');
  // web-test-runner counts the tests the grep left out as failed: the reporter's line decides.
  if (!reduced.found || reduced.failed) problems.push('the reduced-motion run failed');
  // Every test left pending for want of reduced motion must have run in the second browser.
  if (
    reduced.ranReduced.length !== main.pendingForReducedMotion.length ||
    (needsReduced && reduced.passed === 0)
  )
    problems.push(
      `${main.pendingForReducedMotion.length} tests wait for the reduced-motion run but ` +
        `${reduced.ranReduced.length} ran there (did the browser start with reduced motion?)`,
    );
  const line =
    `${engine.name}: ${main.passed} passed, ${main.failed} failed, ${main.skipped} pending; ` +
    (needsReduced
      ? `reduced-motion run: ${reduced.passed} passed, ${reduced.failed} failed, ` +
        `${reduced.skipped} pending`
      : 'no reduced-motion test here') +
    ` (${took})`;
  summary.push(problems.length ? `${line} – FAILED: ${problems.join('; ')}` : line);
  if (problems.length) failed = true;
}

console.log(`\nEngines:\n${summary.map((line) => `  ${line}`).join('\n')}`);
process.exit(failed ? 1 : 0);

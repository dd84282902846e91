// Runs a browser suite once a browser slot is free: `node test/runner/one-browser.mjs <command…>`.
// `npm test` (wireit) runs its steps in parallel, but many browser suites at once on a small machine
// slow each other into timeouts. Each browser step in package.json goes through here and waits for
// one of BROWSER_SLOTS slots (default 2), each a lock file (.cache/browser-<n>.lock). A single suite
// keeps about two thirds of one core busy (it mostly waits on the browser), so two at a time on two
// cores finish the same work about 1.5 times sooner; BROWSER_SLOTS=1 runs them one by one. A lock
// left by a process that died goes stale and is taken over. The command runs in a shell, so
// `a && b` works; its exit code is this one's.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

const command = process.argv.slice(2).join(' ');
if (!command) {
  console.error('usage: node test/runner/one-browser.mjs <command…>');
  process.exit(2);
}
const slots = Number(process.env.BROWSER_SLOTS || 2);
if (!Number.isInteger(slots) || slots < 1) {
  console.error(
    `one-browser: BROWSER_SLOTS=${process.env.BROWSER_SLOTS} is not a whole number ≥ 1`,
  );
  process.exit(2);
}

const dir = join(import.meta.dirname, '..', '..', '.cache');
mkdirSync(dir, { recursive: true });
const options = {
  realpath: false,
  stale: 30_000,
  onCompromised: (error) => console.error(`one-browser: the lock was lost (${error.message})`),
};

/** Takes the first free slot, trying them all once a second; up to an hour (each suite has its own limits). */
async function takeSlot() {
  for (let round = 0; round < 3600; round++) {
    for (let slot = 0; slot < slots; slot++) {
      try {
        return await lockfile.lock(join(dir, `browser-${slot}.lock`), options);
      } catch (error) {
        if (error.code !== 'ELOCKED') throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('one-browser: no browser slot came free within an hour');
}

const started = Date.now();
const release = await takeSlot();
if (Date.now() - started > 1000)
  console.log(`one-browser: waited ${Math.round((Date.now() - started) / 1000)} s`);

const child = spawn(command, { shell: true, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', async (code, signal) => {
  await release();
  process.exit(code ?? (signal ? 1 : 0));
});

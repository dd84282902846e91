// Runs a browser suite once no other one is running: `node test/runner/one-browser.mjs <command…>`.
// `npm test` (wireit) runs its steps in parallel, but two browser suites at once on a small machine
// slow each other into timeouts; each browser step in package.json goes through here and waits its
// turn on a lock file (.cache/browser.lock). A lock left by a process that died goes stale and is
// taken over. The command runs in a shell, so `a && b` works; its exit code is this one's.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

const command = process.argv.slice(2).join(' ');
if (!command) {
  console.error('usage: node test/runner/one-browser.mjs <command…>');
  process.exit(2);
}

const dir = join(import.meta.dirname, '..', '..', '.cache');
const file = join(dir, 'browser.lock');
mkdirSync(dir, { recursive: true });

const started = Date.now();
const release = await lockfile.lock(file, {
  realpath: false,
  stale: 30_000,
  // Up to an hour: the longest suite takes minutes, and each one has its own time limits.
  retries: { retries: 3600, factor: 1, minTimeout: 1000, maxTimeout: 1000 },
  onCompromised: (error) => console.error(`one-browser: the lock was lost (${error.message})`),
});
if (Date.now() - started > 1000)
  console.log(`one-browser: waited ${Math.round((Date.now() - started) / 1000)} s`);

const child = spawn(command, { shell: true, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', async (code, signal) => {
  await release();
  process.exit(code ?? (signal ? 1 : 0));
});

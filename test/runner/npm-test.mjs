// `npm test`: runs wireit's step test:all (every check, see package.json) with a worker for every
// step that is ready. The browser steps wait their turn on a lock (one-browser.mjs) while holding
// one of wireit's workers, and its default (two per core) would leave none for the build, ESLint
// or Storybook while they wait. WIREIT_PARALLEL, when set, wins.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, WIREIT_PARALLEL: process.env.WIREIT_PARALLEL || 'infinity' };
// npm_execpath is the npm that runs this script; run test:all with the same one.
const npm = process.env.npm_execpath;
const [command, args] = npm
  ? [process.execPath, [npm, 'run', 'test:all']]
  : ['npm', ['run', 'test:all']];
const result = spawnSync(command, args, { stdio: 'inherit', env });
process.exit(result.status ?? 1);

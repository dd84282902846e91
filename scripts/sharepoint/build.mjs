// `npm run build:sharepoint`: builds the SharePoint Online web part (integrations/sharepoint/, an
// SPFx 1.23.2 solution) and writes dist/sharepoint/digileder-widgets.sppkg.
// - The web part uses this repo's package through a `file:` dependency, so the package is built
//   first when dist/ lacks it (`npm run build`).
// - SPFx's own packages (~1,200) live in integrations/sharepoint/node_modules, installed with
//   `npm ci` there when missing; the root `npm ci` never installs them.
// - SPFx needs Node 22 (>=22.14 <23). The integration pins the registry's `node` package as a
//   devDependency; its node_modules/.bin comes first on PATH for the Heft commands only.
// Prints each step's time and the package's size.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '..', '..');
const integration = join(project, 'integrations', 'sharepoint');
const bin = join(integration, 'node_modules', '.bin');
const output = join(project, 'dist', 'sharepoint', 'digileder-widgets.sppkg');
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function step(title, command, args, options = {}) {
  const since = performance.now();
  execFileSync(command, args, { stdio: 'inherit', ...options });
  console.log(`${title} (${seconds(since)})`);
}

if (!existsSync(join(project, 'dist', 'integration.js')))
  step('Built the package (npm run build)', 'npm', ['run', 'build'], { cwd: project });

if (!existsSync(join(bin, 'heft')) || !existsSync(join(bin, 'node')))
  step(
    'Installed SPFx in integrations/sharepoint (npm ci)',
    'npm',
    ['ci', '--no-audit', '--no-fund'],
    { cwd: integration },
  );

// The Heft commands run with the integration's Node 22 first on PATH.
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` };
const version = execFileSync('node', ['--version'], { cwd: integration, env, encoding: 'utf8' });
if (!/^v22\./.test(version.trim())) {
  console.error(`SPFx needs Node 22; ${bin} gives ${version.trim()}. Run npm ci there.`);
  process.exit(1);
}
console.log(`Node ${version.trim()} for SPFx (from integrations/sharepoint/node_modules/node)`);

const heft = join(bin, 'heft');
step('Heft build (TypeScript, webpack), production', heft, ['build', '--clean', '--production'], {
  cwd: integration,
  env,
});
step('Heft package-solution, production', heft, ['package-solution', '--production'], {
  cwd: integration,
  env,
});

const { paths } = JSON.parse(
  readFileSync(join(integration, 'config', 'package-solution.json'), 'utf8'),
);
const built = join(integration, 'sharepoint', paths.zippedPackage);
mkdirSync(join(project, 'dist', 'sharepoint'), { recursive: true });
copyFileSync(built, output);
console.log(
  `Wrote dist/sharepoint/digileder-widgets.sppkg: ${statSync(output).size} bytes ` +
    `(build:sharepoint took ${seconds(started)}).`,
);

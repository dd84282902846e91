// Keeps wireit's cache honest: a step restored from the cache must not hide a change to a file it
// reads. Checks the browser tests' areas (test/runner/areas.mjs) and every step's scripts, and
// writes the areas' wireit steps.
//
//   node scripts/check-inputs.mjs         check (run by `npm run lint`, as lint:inputs):
//     1. every test/**/*.test.ts belongs to exactly one area;
//     2. every file an area's tests load is one of its inputs, so that wireit cannot restore a
//        result a change made stale: the files esbuild bundles from the area's test files, the
//        paths the tests fetch or load in a frame (string literals such as '/src/widgets.json' or
//        `/src/${widget}/define.ts`, any part in ${…} read as a wildcard), and the scripts of the
//        pages they load, with everything those import;
//     3. package.json's wireit steps test:unit:<area> and test:engines:<area> are the ones this
//        script writes;
//     4. every step that runs a script of ours (`node x.mjs`, `tsx x.mjs`) lists among its files
//        that script and every file of the repository it imports (a step with no files runs
//        every time and needs none).
//   node scripts/check-inputs.mjs --write  rewrites the areas' steps in package.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { build } from 'esbuild';
import { globSync } from 'tinyglobby';
import { AREAS, COMMON_INPUTS } from '../test/runner/areas.mjs';

const root = join(import.meta.dirname, '..');
const names = Object.keys(AREAS);
const browserEnv = Object.fromEntries(
  ['CHROME_PATH', 'FIREFOX_PATH', 'WEBKIT_DRIVER', 'WEBKIT_BROWSER'].map((name) => [
    name,
    { external: true },
  ]),
);

/** The wireit steps the areas need, by name, in package.json's order. */
export function areaSteps() {
  const steps = {
    'test:unit': {
      command: 'node test/runner/coverage.mjs',
      dependencies: names.map((name) => `test:unit:${name}`),
      files: ['test/runner/**', 'web-test-runner.config.mjs', 'scripts/chrome-path.mjs'],
      output: ['coverage/lcov.info', 'coverage/lcov-report/**'],
    },
    'test:engines': { dependencies: names.map((name) => `test:engines:${name}`) },
  };
  for (const name of names) {
    const files = [...COMMON_INPUTS, ...AREAS[name].inputs];
    steps[`test:unit:${name}`] = {
      command: 'node test/runner/one-browser.mjs web-test-runner --group chromium --coverage',
      files,
      output: [`coverage/areas/${name}/**`],
      env: { TEST_AREA: name, ...browserEnv },
      dependencies: [{ script: 'check:browser', cascade: false }],
    };
  }
  for (const name of names) {
    steps[`test:engines:${name}`] = {
      command: 'node test/runner/one-browser.mjs node test/runner/engines.mjs',
      files: [...COMMON_INPUTS, ...AREAS[name].inputs],
      output: [],
      env: { TEST_AREA: name, ...browserEnv, CI: { external: true } },
    };
  }
  return steps;
}

const packagePath = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(packagePath, 'utf8'));
const wanted = areaSteps();

if (process.argv.includes('--write')) {
  // The area steps go where test:unit stood; the other steps keep their places.
  const wireit = {};
  for (const [name, step] of Object.entries(pkg.wireit)) {
    if (name in wanted || /^test:(unit|engines):/.test(name)) continue;
    if (name === 'test:all') Object.assign(wireit, wanted);
    wireit[name] = step;
  }
  pkg.wireit = wireit;
  for (const name of Object.keys(wanted)) pkg.scripts[name] = 'wireit';
  writeFileSync(packagePath, `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`check-inputs: wrote ${Object.keys(wanted).length} wireit steps to package.json`);
  process.exit(0);
}

const problems = [];
const toPosix = (path) => path.split('\\').join('/');
const glob = (patterns) => new Set(globSync(patterns, { cwd: root, dot: true }).map(toPosix));

// 1. Every test file in exactly one area.
const testFiles = glob(['test/**/*.test.ts']);
const areaTests = Object.fromEntries(names.map((name) => [name, glob(AREAS[name].tests)]));
for (const file of testFiles) {
  const owners = names.filter((name) => areaTests[name].has(file));
  if (owners.length !== 1)
    problems.push(`${file} is in ${owners.length ? owners.join(' and ') : 'no area'}`);
}

/** Leaves out the imports of absolute paths: code a Node script sends to a page to run. */
const pagePaths = {
  name: 'page-paths',
  setup(builder) {
    builder.onResolve({ filter: /^\// }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * The repository files esbuild bundles from `entries`: for the browser with the packages they
 * import, or for Node with the packages left out.
 */
async function closure(entries, platform = 'browser') {
  const result = await build({
    entryPoints: entries.map((entry) => join(root, entry)),
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform,
    // A Node script's packages, and the '/…' paths its pages import in the browser, stay out.
    ...(platform === 'node' ? { packages: 'external', plugins: [pagePaths] } : {}),
    write: false,
    outdir: join(root, '.cache', 'check-inputs'),
    metafile: true,
    logLevel: 'silent',
    loader: { '.css': 'text', '.html': 'text', '.svg': 'text' },
  });
  return Object.keys(result.metafile.inputs)
    .map(toPosix)
    .filter((path) => !path.includes('node_modules/') && !path.includes(':'));
}

/** Paths a test file fetches or loads: '/src/…', '/embed/…', '/test/…' string literals. */
function loadedPaths(file) {
  const text = readFileSync(join(root, file), 'utf8');
  const found = new Set();
  for (const match of text.matchAll(/['"`]\/((?:src|embed|test)\/[^'"`\s?#]*)/g)) {
    let path = match[1].replace(/\$\{[^}]*\}/g, '*');
    if (path.endsWith('/')) path += 'index.html';
    found.add(path);
  }
  return [...found];
}

/** The module scripts an HTML page loads, as repository paths. */
function pageScripts(page) {
  const text = readFileSync(join(root, page), 'utf8');
  return [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)]
    .map((match) => posix.normalize(posix.join(dirname(page), match[1])))
    .filter((path) => !path.startsWith('..'));
}

// 2. Every file an area loads is one of its inputs.
for (const name of names) {
  const inputs = glob([...COMMON_INPUTS, ...AREAS[name].inputs]);
  const loaded = new Set(await closure([...areaTests[name]]));
  for (const file of [...loaded].filter((path) => path.startsWith('test/'))) {
    for (const path of loadedPaths(file)) {
      // A path that matches no file is a 404 the test asks for (a missing fixture).
      const matches = [...glob([path])];
      for (const match of matches) {
        loaded.add(match);
        const scripts = match.endsWith('.html') ? pageScripts(match) : [];
        if (/\.[mc]?[jt]s$/.test(match)) scripts.push(match);
        for (const script of scripts)
          for (const imported of await closure([script])) loaded.add(imported);
      }
    }
  }
  const outside = [...loaded].filter((path) => !inputs.has(path)).sort();
  for (const path of outside)
    problems.push(
      `area ${name} loads ${path}, which is not among its inputs (test/runner/areas.mjs)`,
    );
}

// 3. package.json's steps as written here.
for (const [name, step] of Object.entries(wanted)) {
  if (JSON.stringify(pkg.wireit[name]) !== JSON.stringify(step))
    problems.push(`package.json's wireit.${name} differs from test/runner/areas.mjs`);
  if (pkg.scripts[name] !== 'wireit') problems.push(`package.json's scripts.${name} is not wireit`);
}
for (const name of Object.keys(pkg.wireit))
  if (/^test:(unit|engines):/.test(name) && !(name in wanted))
    problems.push(`package.json's wireit.${name} is no area's step`);

// 4. Every step lists the scripts it runs and what they import.
let scripts = 0;
for (const [name, step] of Object.entries(pkg.wireit)) {
  // A step without files runs every time (check:browser looks at the machine, not the tree).
  if (!step.command || !step.files) continue;
  const files = glob(step.files ?? []);
  const run = [...step.command.matchAll(/\b(?:node|tsx)\s+([\w./-]+\.[mc]?[jt]s)\b/g)].map(
    (match) => match[1],
  );
  for (const script of run) {
    scripts += 1;
    for (const path of await closure([script], 'node'))
      if (!files.has(path))
        problems.push(`wireit.${name} runs ${script}, which loads ${path}: not among its files`);
  }
}

if (problems.length) {
  console.error(
    `check-inputs: ${problems.length} problems\n${problems.map((p) => `  ${p}`).join('\n')}\n` +
      'Add the files to the step (for an area, in test/runner/areas.mjs, then run ' +
      'node scripts/check-inputs.mjs --write).',
  );
  process.exit(1);
}
const counts = names.map((name) => `${name} ${areaTests[name].size}`).join(', ');
console.log(
  `check-inputs: ${testFiles.size} test files in ${names.length} areas (${counts}), every ` +
    `loaded file an input; ${scripts} scripts in ${relative(root, packagePath)}'s steps, ` +
    'every import among their files',
);

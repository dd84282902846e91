// Packs the package as npm would publish it and checks the tarball: publint and
// @arethetypeswrong/cli (ESM-only profile) report no error, the file list holds only what a
// consumer needs, the editors' data is valid and complete, and the imports the docs show resolve.
// Run after `npm run build`; leaves only the tarball, in .cache/pack/ (ignored by git).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { cdnEntries, libraryEntries, perWidget, registry, tags, widgets } from './widgets.mjs';

const packDir = join('.cache', 'pack');
const problems = [];
const fail = (message) => problems.push(message);

rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
    encoding: 'utf8',
  }),
);
const tarball = join(packDir, packed.filename);
const files = packed.files.map((f) => f.path).sort();

// 1. The file list: an allowlist, then what must be there.
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const entryNames = Object.keys(libraryEntries).map(esc).join('|');
const allowed = [
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json)$/,
  /^schemas\/[\w-]+\.schema\.json$/,
  new RegExp(`^dist/(${entryNames})\\.js(\\.map)?$`),
  /^dist\/chunks\/[\w.-]+\.js(\.map)?$/,
  /^dist\/cdn\/[\w.-]+\.js(\.map)?$/,
  // The reserving stylesheet the editors' snippet links (scripts/stylesheet.mjs).
  /^dist\/cdn\/digileder-widgets\.css$/,
  /^dist\/types\/[\w./-]+\.d\.ts$/,
  /^dist\/(vscode\.html-custom-data|web-types)\.json$/,
  // The editors' embed builder: static files an IT department hosts beside dist/cdn/.
  /^dist\/builder\/index\.html$/,
  /^dist\/builder\/assets\/[\w.-]+\.(js|css)$/,
  // The iframe embed page and its optional host script (docs/embed.md), beside dist/cdn/ too.
  /^dist\/embed\/(index\.html|resize\.js)$/,
  /^dist\/embed\/assets\/[\w.-]+\.(js|css)$/,
];
const forbidden =
  /(^|\/)(test|tests|stories|src|coverage|storybook-static|\.cache|node_modules)(\/|$)|\.(test|spec|stories)\.|\.tsbuildinfo$/;
for (const file of files) {
  if (forbidden.test(file)) fail(`The tarball must not contain ${file}`);
  else if (!allowed.some((re) => re.test(file))) fail(`Unexpected file in the tarball: ${file}`);
}
const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'dist/vscode.html-custom-data.json',
  'dist/web-types.json',
  'dist/types/react.d.ts',
  'dist/types/jsx.d.ts',
  ...widgets.map((w) => `schemas/${w}.schema.json`),
  ...Object.keys(libraryEntries).map((name) => `dist/${name}.js`),
  ...Object.keys(cdnEntries).flatMap((name) => [`dist/cdn/${name}.js`, `dist/cdn/${name}.js.map`]),
  'dist/builder/index.html',
  'dist/embed/index.html',
  'dist/embed/resize.js',
  'dist/cdn/digileder-widgets.css',
];
for (const file of required) if (!files.includes(file)) fail(`The tarball lacks ${file}`);

// Every library entry is reachable through the exports map, with its types packed (the
// integrations' door, `./integration.js`, and the pane's words, `./sharepoint-pane.js`, included).
const exportTargets = Object.values(
  JSON.parse(readFileSync('package.json', 'utf8')).exports,
).filter((target) => typeof target === 'object');
for (const name of Object.keys(libraryEntries)) {
  const target = exportTargets.find((t) => t.default === `./dist/${name}.js`);
  if (!target) fail(`dist/${name}.js has no entry in package.json "exports"`);
  else if (!files.includes(target.types.replace(/^\.\//, '')))
    fail(`dist/${name}.js has no packed types (${target.types})`);
}
// The SharePoint package is built into dist/sharepoint/ but published apart from npm.
if (files.some((file) => file.startsWith('dist/sharepoint/')))
  fail('dist/sharepoint/ must not be in the tarball');

// 2. publint on the tarball itself; warnings count as errors (strict).
const { messages, pkg } = await publint({
  pack: { tarball: readFileSync(tarball).buffer },
  level: 'suggestion',
  strict: true,
});
for (const message of messages) {
  const text = `publint ${message.type}: ${formatMessage(message, pkg, { color: false })}`;
  if (message.type === 'suggestion') console.log(text);
  else fail(text);
}

// 3. Are the types wrong? On the tarball, for ESM consumers (the package has no CommonJS build).
try {
  execFileSync(
    'npx',
    [
      'attw',
      tarball,
      '--profile',
      'esm-only',
      // A stylesheet has no types to check.
      '--exclude-entrypoints',
      './digileder-widgets.css',
      '--format',
      'table-flipped',
      '--no-color',
      '--no-emoji',
    ],
    { stdio: 'inherit' },
  );
} catch {
  fail('@arethetypeswrong/cli reported problems (see its table above)');
}

// 4. The editors' data, read from the tarball: valid JSON, every tag, the attributes and events.
// Unpacked outside the project, so no linter or type checker ever sees a second copy of dist/.
const unpacked = mkdtempSync(join(tmpdir(), 'digileder-pack-'));
process.on('exit', () => rmSync(unpacked, { recursive: true, force: true }));
execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
const read = (file) => {
  try {
    return JSON.parse(readFileSync(join(unpacked, 'package', file), 'utf8'));
  } catch (error) {
    fail(`${file} is missing or not valid JSON: ${error.message}`);
    return undefined;
  }
};
const packedPkg = read('package.json');
const expected = perWidget(
  {
    'digi-tip-carousel': {
      attributes: ['autoplay', 'interval', 'start'],
      event: 'digi-tip-change',
    },
    'digi-archetype-quiz': { attributes: ['persist'], event: 'digi-quiz-complete' },
    'digi-strategy-wheel': { attributes: ['rotate', 'selected'], event: 'digi-theme-select' },
  },
  "the editors' data each widget must have",
);
const vscode = read('dist/vscode.html-custom-data.json');
const webTypes = read(packedPkg?.['web-types']?.replace(/^\.\//, '') ?? 'package.json#web-types');
if (packedPkg && packedPkg['web-types'] !== './dist/web-types.json')
  fail('package.json must name "web-types": "./dist/web-types.json"');
if (vscode) {
  if (vscode.version !== 1.1) fail('vscode custom data: version must be 1.1');
  for (const tag of tags) {
    const { attributes } = expected[tag];
    const entry = vscode.tags?.find((t) => t.name === tag);
    if (!entry?.description?.value) fail(`vscode custom data: no described <${tag}>`);
    for (const name of attributes) {
      const attr = entry?.attributes?.find((a) => a.name === name);
      if (!attr?.description?.value) fail(`vscode custom data: <${tag}> lacks attribute ${name}`);
    }
  }
  const autoplay = vscode.tags
    ?.find((t) => t.name === 'digi-tip-carousel')
    ?.attributes?.find((a) => a.name === 'autoplay');
  if (autoplay && autoplay.valueSet !== 'v') fail('vscode custom data: autoplay must be boolean');
}
if (webTypes) {
  if (webTypes.name !== packedPkg?.name || webTypes.version !== packedPkg?.version)
    fail('web-types: name and version must match package.json');
  const elements = webTypes.contributions?.html?.elements ?? [];
  for (const tag of tags) {
    const { attributes, event } = expected[tag];
    const entry = elements.find((e) => e.name === tag);
    if (!entry?.description) fail(`web-types: no described <${tag}>`);
    for (const name of attributes)
      if (!entry?.attributes?.some((a) => a.name === name && a.description))
        fail(`web-types: <${tag}> lacks attribute ${name}`);
    for (const list of [entry?.events, entry?.js?.events])
      if (!list?.some((e) => e.name === event && e.description))
        fail(`web-types: <${tag}> lacks event ${event}`);
  }
}

// 5. package.json's entries follow the registry (src/widgets.json): one subpath export and one
// `sideEffects` entry (its define file registers the element) per widget, and no other widget.
if (packedPkg) {
  const exportsMap = packedPkg.exports ?? {};
  const sideEffects = packedPkg.sideEffects ?? [];
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  for (const { name, tag } of registry) {
    const entry = { types: `./dist/types/${name}/define.d.ts`, default: `./dist/${name}.js` };
    if (!same(exportsMap[`./${name}.js`], entry))
      fail(`package.json exports["./${name}.js"] must be ${JSON.stringify(entry)} (<${tag}>)`);
    if (!sideEffects.includes(`./dist/${name}.js`))
      fail(`package.json sideEffects must list ./dist/${name}.js (<${tag}>)`);
  }
  // Bundlers reading the sources (Storybook, the builder's page) must keep the define files too.
  for (const file of ['./src/define.ts', './src/*/define.ts', './src/react.ts'])
    if (!sideEffects.includes(file)) fail(`package.json sideEffects must list ${file}`);
  // Other `./<name>.js` subpaths are the package's other entries (`./classes.js` for dist/index.js,
  // the integrations' `./integration.js`, `./sharepoint-pane.js`): anything else looks like a
  // widget the registry lacks.
  const widgetFile = /^\.\/([\w-]+)\.js$/;
  const otherEntries = new Set(['classes', ...Object.keys(libraryEntries)]);
  for (const subpath of Object.keys(exportsMap)) {
    const name = widgetFile.exec(subpath)?.[1];
    if (name && !otherEntries.has(name) && !widgets.includes(name))
      fail(`package.json exports ${subpath}, a widget src/widgets.json does not hold`);
  }
  for (const file of sideEffects) {
    const name = /^\.\/dist\/([\w-]+)\.js$/.exec(file)?.[1];
    if (name && !Object.hasOwn(libraryEntries, name))
      fail(`package.json sideEffects lists ${file}, which the build does not make`);
  }
}

// 6. The CHANGELOG (Keep a Changelog) has an entry for the version being packed.
const changelog = readFileSync(join(unpacked, 'package', 'CHANGELOG.md'), 'utf8');
if (!changelog.includes(`## [${packedPkg?.version}] - `))
  fail(`CHANGELOG.md has no "## [${packedPkg?.version}] - <date>" entry`);

// 7. Every import the README and the developers' guide show resolves through the exports map.
const docs = ['README.md', 'docs/developers.md']
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const specifiers = new Set(
  [...docs.matchAll(/(?:import|from)\s+['"](@digileder\/widgets[^'"]*)['"]/g)].map((m) => m[1]),
);
if (!specifiers.size) fail('README.md and docs/developers.md show no import of @digileder/widgets');
for (const specifier of specifiers) {
  const subpath = `.${specifier.slice('@digileder/widgets'.length)}`;
  const target = packedPkg?.exports?.[subpath];
  // A types-only entry (`./jsx`) has no `default`: its types file is what must be packed.
  const file = typeof target === 'string' ? target : (target?.default ?? target?.types);
  if (!file || !files.includes(file.replace(/^\.\//, '')))
    fail(`The docs' import '${specifier}' does not resolve to a packed file`);
  else if (typeof target === 'object' && !files.includes(target.types.replace(/^\.\//, '')))
    fail(`The docs' import '${specifier}' has no packed types`);
}

const tarballBytes = readFileSync(tarball).length;
console.log(
  `${packed.filename}: ${files.length} files, ${tarballBytes} bytes packed (gzip tarball, ` +
    `${(tarballBytes / 1000).toFixed(1)} kB), ${packed.unpackedSize} bytes unpacked; ` +
    `imports in the docs checked: ${[...specifiers].join(', ')}.`,
);
if (problems.length) {
  console.error(`Package check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Package check passed: publint, attw (esm-only), file list, editor data.');

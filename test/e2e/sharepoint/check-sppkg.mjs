// Checks dist/sharepoint/digileder-widgets.sppkg (run `npm run build:sharepoint` first) by
// unzipping it, as an IT admin's app catalog would read it:
//   solution   – the app's id, version and title are those of config/package-solution.json, its
//                version the package's (0.1.0 → 0.1.0.0); a client-side solution that skips
//                feature deployment (so it can be made available to all sites), not
//                domain-isolated.
//   component  – one web part with the manifest's id, the integration's version, Danish and
//                English titles, theme variants supported; its scripts come from the package's
//                own client-side assets (includeClientSideAssets) and from SharePoint's framework
//                components, nothing else.
//   assets     – every script the package lists is in it and the other way round; no script holds
//                eval, new Function or a string-built timer, nor an absolute URL of any host.
// Prints the sizes (the .sppkg, its entry bundle and chunks, min and min+gzip) and one line per
// check; exits non-zero on a failure.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readZip } from './zip.mjs';

const project = resolve(import.meta.dirname, '..', '..', '..');
const integration = join(project, 'integrations', 'sharepoint');
const sppkg = join(project, 'dist', 'sharepoint', 'digileder-widgets.sppkg');
if (!existsSync(sppkg)) {
  console.error('Build first: npm run build:sharepoint');
  process.exit(1);
}

const json = (file) => JSON.parse(readFileSync(join(integration, file), 'utf8'));
const solution = json('config/package-solution.json').solution;
const manifestSource = readFileSync(
  join(integration, 'src/webparts/digilederWidgets/DigilederWidgetsWebPart.manifest.json'),
  'utf8',
);
const component = JSON.parse(manifestSource);
const version = json('package.json').version;
const packageVersion = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).version;

const entries = readZip(sppkg);
const text = (name) => entries.get(name)?.toString('utf8') ?? '';
const attribute = (xml, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(xml)?.[1];
const unescape = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const results = [];
function check(name, run) {
  const problems = [];
  run((ok, message) => ok || problems.push(message));
  results.push({ name, problems });
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}`);
  for (const problem of problems) console.error(`       ${problem}`);
}

const app = text('AppManifest.xml');
check('solution: id, version, title, skipFeatureDeployment, client-side', (expect) => {
  expect(
    attribute(app, 'ProductID') === solution.id,
    `ProductID is ${attribute(app, 'ProductID')}`,
  );
  expect(attribute(app, 'Version') === solution.version, `Version is ${attribute(app, 'Version')}`);
  expect(
    version === packageVersion,
    `the web part's version ${version} is not the package's ${packageVersion}`,
  );
  expect(
    solution.version === `${version}.0`,
    `package-solution.json version ${solution.version} does not follow package.json ${version}`,
  );
  expect(attribute(app, 'IsClientSideSolution') === 'true', 'not a client-side solution');
  expect(attribute(app, 'SkipFeatureDeployment') === 'true', 'SkipFeatureDeployment is not true');
  expect(attribute(app, 'IsDomainIsolated') === 'false', 'domain-isolated');
  expect(app.includes(`<Title>${solution.title}</Title>`), `title is not ${solution.title}`);
});

const webPartXml = text(`${component.id}/WebPart_${component.id}.xml`);
const manifest = JSON.parse(unescape(attribute(webPartXml, 'ComponentManifest') ?? 'null'));
const assets = [...entries.keys()]
  .filter((name) => name.startsWith('ClientSideAssets/'))
  .map((name) => name.slice('ClientSideAssets/'.length));
const scripts = assets.filter((name) => name.endsWith('.js'));
const entry = manifest?.loaderConfig?.scriptResources?.[manifest.loaderConfig.entryModuleId];

check('component: the web part, its titles, its scripts', (expect) => {
  expect(manifest !== null, `no WebPart_${component.id}.xml with a component manifest`);
  if (!manifest) return;
  expect(manifest.id === component.id, `component id is ${manifest.id}`);
  expect(manifest.componentType === 'WebPart', `component type is ${manifest.componentType}`);
  expect(manifest.version === version, `component version ${manifest.version}, not ${version}`);
  expect(manifest.supportsThemeVariants === true, 'theme variants not supported');
  const [preset] = manifest.preconfiguredEntries ?? [];
  expect(preset?.title?.['da-DK'] === 'Digitalt lederskab', 'no Danish title "Digitalt lederskab"');
  expect(preset?.title?.default === 'Digital leadership', 'no English title "Digital leadership"');
  expect(
    JSON.stringify(manifest.loaderConfig.internalModuleBaseUrls) ===
      '["HTTPS://SPCLIENTSIDEASSETLIBRARY/"]',
    `scripts load from ${manifest.loaderConfig.internalModuleBaseUrls}, not the tenant's ` +
      'client-side asset library (includeClientSideAssets)',
  );
  expect(entry?.type === 'path' && scripts.includes(entry.path), 'the entry script is not packed');
  for (const [name, resource] of Object.entries(manifest.loaderConfig.scriptResources)) {
    expect(
      resource.type === 'path' ? scripts.includes(resource.path) : true,
      `${name} is not packed`,
    );
    expect(
      resource.type === 'path' ||
        (resource.type === 'component' && name.startsWith('@microsoft/sp-')),
      `${name} loads from outside the package and SharePoint's framework (${resource.type})`,
    );
  }
});

check('assets: all listed, no eval, no absolute URL', (expect) => {
  const listed = [
    ...text('_rels/ClientSideAssets.xml.rels').matchAll(/Target="\/ClientSideAssets\/([^"]+)"/g),
  ].map((m) => m[1]);
  expect(
    text('ClientSideAssets.xml').includes('Client Side Assets'),
    'no ClientSideAssets feature',
  );
  expect(scripts.length > 1, 'no scripts in ClientSideAssets/');
  for (const name of assets) expect(listed.includes(name), `${name} is packed but not listed`);
  for (const name of listed) expect(assets.includes(name), `${name} is listed but not packed`);
  const forbidden = [
    [/(?<![\w$.])eval\s*\(/, 'eval('],
    [/new\s+Function\s*\(/, 'new Function('],
    [/(?<![\w$.])Function\s*\(\s*["'`]/, 'Function("…")'],
    [/set(?:Timeout|Interval)\s*\(\s*["'`]/, 'a timer from a string'],
    [/(?:https?:)?\/\/(?:[a-z0-9-]+\.)+[a-z]{2,}/i, 'an absolute URL'],
    [/["'`]\/\/[a-z0-9-]/i, 'a protocol-relative URL'],
  ];
  for (const name of scripts) {
    const code = text(`ClientSideAssets/${name}`);
    for (const [pattern, what] of forbidden) {
      const match = pattern.exec(code);
      expect(
        !match,
        `${name} holds ${what}: …${code.slice(Math.max(0, match?.index - 40), match?.index + 40)}…`,
      );
    }
  }
});

const size = (name) => {
  const code = entries.get(`ClientSideAssets/${name}`);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
};
const chunks = scripts.filter((name) => name !== entry?.path).map(size);
const main = entry ? size(entry.path) : { min: 0, gzip: 0 };
console.log(
  `digileder-widgets.sppkg: ${kB(statSync(sppkg).size)}; its bundle ${entry?.path}: ` +
    `${kB(main.min)} min, ${kB(main.gzip)} min+gzip; ${chunks.length} lazy chunks ` +
    `(English, validation, the property pane): ${kB(chunks.reduce((s, c) => s + c.gzip, 0))} ` +
    'min+gzip in all.',
);
const failed = results.filter((r) => r.problems.length).length;
console.log(`Package: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;

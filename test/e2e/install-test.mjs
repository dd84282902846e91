// Installs the packed tarball into three throwaway consumers outside the project, as a user would,
// builds each and loads it in headless Chromium:
//   plain  – an HTML page loading the copied dist/cdn/ folder, no build, with every widget of the
//            registry (src/widgets.json);
//   vite   – a Vite + TypeScript app importing one widget, type-checked with strict tsc;
//   react  – a React 18 app using @digileder/widgets/react, type-checked and built with Vite.
// Each must render its widget, let an event reach the page, log no console error and fail no
// request. The dependencies come from the npm cache (`npm install --prefer-offline`); the build
// tools are the project's own (vite's JS API, node_modules/.bin/tsc) pointed at the consumer, and
// the built module graph is checked to come from the consumer's node_modules with one copy of lit.
// Run after `npm run check:package` (or `npm run build`): it uses the tarball in .cache/pack/.
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { tags, widgetOf } from '../../scripts/widgets.mjs';

const run = promisify(execFile);
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const project = realpathSync(resolve(import.meta.dirname, '../..'));
const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));

// 1. The tarball: the one `npm run check:package` left, else a fresh `npm pack`.
const packDir = join(project, '.cache', 'pack');
const findTarball = () =>
  existsSync(packDir) ? readdirSync(packDir).find((f) => f.endsWith('.tgz')) : undefined;
if (!existsSync(join(project, 'dist', 'cdn', 'digileder-widgets.js'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}
if (!findTarball()) {
  mkdirSync(packDir, { recursive: true });
  await run('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], { cwd: project });
}
const tarball = join(packDir, findTarball());

// 2. The consumers, in a temporary folder outside the project (removed at exit).
const temp = realpathSync(mkdtempSync(join(tmpdir(), 'digileder-install-')));
const cleanUp = () => rmSync(temp, { recursive: true, force: true });
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const write = (file, text) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const favicon = '<link rel="icon" href="data:," />';
const tsconfig = (extra = {}) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        isolatedModules: true,
        verbatimModuleSyntax: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        ...extra,
      },
      include: ['src'],
    },
    null,
    2,
  );
/**
 * The plain page holds every widget of the registry: these two as a page would write them (the
 * carousel in English, the wheel with inline JSON), the others as bare tags.
 */
const plainMarkup = {
  'digi-tip-carousel': '<digi-tip-carousel lang="en"></digi-tip-carousel>',
  'digi-strategy-wheel': `<digi-strategy-wheel>
      <script type="application/json">
        { "themes": [
          { "id": "data", "title": "Data", "description": "Data i brug." },
          { "id": "mennesker", "title": "Mennesker", "description": "Kompetencer." }
        ] }
      </script>
    </digi-strategy-wheel>`,
};
for (const tag of Object.keys(plainMarkup)) widgetOf(tag);

const consumers = [
  {
    name: 'plain',
    title: 'plain HTML page with the CDN bundle',
    dependencies: {},
    files: {
      'public/index.html': `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>Plain page</title>
    ${favicon}
    <script type="module" src="./cdn/digileder-widgets.js?v=0.1.0"></script>
  </head>
  <body>
    ${tags.map((tag) => plainMarkup[tag] ?? `<${tag}></${tag}>`).join('\n    ')}
    <output id="result"></output>
    <script type="module">
      document.addEventListener('digi-tip-change', (event) => {
        document.getElementById('result').textContent = 'index ' + event.detail.index;
      });
    </script>
  </body>
</html>
`,
    },
    expected: 'index 1',
    widgets: tags,
    english: true,
    // Loaded with a query string, then English and the custom-content loader are fetched as
    // chunks: the bundle must still run once (the chunks must not import it by its plain name).
    entry: '/cdn/digileder-widgets.js',
  },
  {
    name: 'vite',
    title: 'Vite + TypeScript app importing one widget',
    dependencies: {},
    files: {
      'tsconfig.json': tsconfig(),
      'index.html': `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>Vite + TypeScript</title>
    ${favicon}
  </head>
  <body>
    <digi-tip-carousel></digi-tip-carousel>
    <output id="result"></output>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`,
      'src/main.ts': `import '@digileder/widgets/tip-carousel.js';

const el = document.querySelector('digi-tip-carousel')!;
el.autoplay = true;
const result = document.querySelector<HTMLOutputElement>('#result')!;
el.addEventListener('digi-tip-change', (e) => {
  const title: string = e.detail.tip.title;
  result.textContent = 'index ' + e.detail.index.toFixed() + ': ' + title;
});
// @ts-expect-error: the element has no such property, and TypeScript must know it.
el.notAProperty = 1;
`,
    },
    expected: /^index \d+: \S/,
    widgets: ['digi-tip-carousel'],
    build: true,
  },
  {
    name: 'react',
    title: 'React 18 app with @digileder/widgets/react',
    dependencies: Object.fromEntries(
      ['react', 'react-dom', '@types/react', '@types/react-dom'].map((name) => [
        name,
        pkg.devDependencies[name],
      ]),
    ),
    files: {
      'tsconfig.json': tsconfig({ jsx: 'react-jsx', types: ['react', 'react-dom'] }),
      'index.html': `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>React 18</title>
    ${favicon}
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`,
      'src/main.tsx': `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TipCarousel } from '@digileder/widgets/react';

function App() {
  const [index, setIndex] = useState<number | null>(null);
  return (
    <>
      <TipCarousel label="Tips" onDigiTipChange={(e) => setIndex(e.detail.index)} />
      <output id="result">{index === null ? '' : \`index \${index.toFixed()}\`}</output>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`,
    },
    expected: 'index 1',
    widgets: ['digi-tip-carousel'],
    build: true,
  },
];

// npm must treat each consumer as its own project, not as the one running `npm test`.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_(config_local_prefix|config_call|package_|lifecycle_)/i.test(key),
  ),
);

/** Vite's module graph: every module must come from the consumer, with one copy of lit. */
const graphProbe = (consumerDir, problems) => ({
  name: 'install-test-graph',
  generateBundle() {
    const ids = [...this.getModuleIds()].filter((id) => !id.startsWith('\0'));
    const files = ids.map((id) => id.split('?')[0]).filter((id) => id.startsWith(sep));
    for (const file of files)
      if (!file.startsWith(consumerDir + sep)) problems.push(`bundled from outside: ${file}`);
    const count = (re) => files.filter((file) => re.test(file)).length;
    const litHtml = count(/[/\\]node_modules[/\\]lit-html[/\\](development[/\\])?lit-html\.js$/);
    const litElement = count(
      /[/\\]node_modules[/\\]lit-element[/\\](development[/\\])?lit-element\.js$/,
    );
    if (litHtml !== 1 || litElement !== 1)
      problems.push(`lit bundled ${litHtml}× (lit-html) and ${litElement}× (lit-element)`);
    if (!count(/[/\\]node_modules[/\\]@digileder[/\\]widgets[/\\]dist[/\\]/))
      problems.push('no module of @digileder/widgets in the bundle');
  },
});

async function prepare(consumer) {
  const dir = join(temp, consumer.name);
  for (const [file, text] of Object.entries(consumer.files)) write(join(dir, file), text);
  write(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `digileder-consumer-${consumer.name}`,
        private: true,
        type: 'module',
        dependencies: { '@digileder/widgets': `file:${tarball}`, ...consumer.dependencies },
      },
      null,
      2,
    ),
  );
  let time = performance.now();
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, env });
  const timings = [`install ${seconds(time)}`];
  const installed = join(dir, 'node_modules', '@digileder', 'widgets');
  const version = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version;
  if (version !== pkg.version) throw new Error(`installed version ${version}, not ${pkg.version}`);

  if (!consumer.build) {
    cpSync(join(installed, 'dist', 'cdn'), join(dir, 'public', 'cdn'), { recursive: true });
    return { dir, out: join(dir, 'public'), timings };
  }
  time = performance.now();
  try {
    await run(join(project, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], {
      cwd: dir,
    });
  } catch (error) {
    throw new Error(`tsc --noEmit failed:\n${error.stdout}${error.stderr}`, { cause: error });
  }
  timings.push(`tsc ${seconds(time)}`);
  time = performance.now();
  const problems = [];
  await build({
    root: dir,
    configFile: false,
    envDir: false,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    cacheDir: join(dir, 'node_modules', '.vite'),
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    plugins: [graphProbe(dir, problems)],
    build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: false },
  });
  timings.push(`vite build ${seconds(time)}`);
  const out = join(dir, 'dist');
  const js = readdirSync(join(out, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(out, 'assets', f), 'utf8'))
    .join('\n');
  const litCopies = js.match(/litHtmlVersions/g)?.length ?? 0;
  if (litCopies !== 1) problems.push(`the output registers lit-html ${litCopies}×, not once`);
  if (problems.length) throw new Error(problems.join('\n'));
  return { dir, out, timings };
}

async function check(browser, consumer, out) {
  const problems = [];
  const server = await serveStatic(out);
  const page = await browser.newPage();
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') problems.push(`console.error: ${text}`);
    else if (message.type() === 'warn' && /lit/i.test(text)) problems.push(`console.warn: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url())));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(server.base, { waitUntil: 'load' });
    await page.waitForFunction(
      (tags) =>
        tags.every((tag) => {
          const el = document.querySelector(tag);
          return Boolean(customElements.get(tag) && el?.shadowRoot?.querySelector('.base'));
        }),
      { timeout: 10_000 },
      consumer.widgets,
    );
    await page.evaluate(
      (tags) => Promise.all(tags.map((t) => document.querySelector(t).updateComplete)),
      consumer.widgets,
    );
    const rendered = await page.evaluate(() => {
      const root = document.querySelector('digi-tip-carousel').shadowRoot;
      return {
        carousel: Boolean(root.querySelector('[part~="carousel"][aria-roledescription]')),
        tablist: Boolean(root.querySelector('[role="tablist"] [role="tab"]')),
        position: root.querySelector('[part~="position"]')?.textContent.trim(),
      };
    });
    if (!rendered.carousel) problems.push('no carousel region in the shadow root');
    if (!rendered.tablist) problems.push('no tablist in the shadow root');
    if (consumer.english && !/^1 of \d+$/.test(rendered.position ?? ''))
      problems.push(`not English: the position reads "${rendered.position}"`);
    const next = await page.evaluateHandle(() =>
      document.querySelector('digi-tip-carousel').shadowRoot.querySelector('[part~="next-button"]'),
    );
    await next.click();
    try {
      await page.waitForFunction(() => document.getElementById('result')?.textContent.trim(), {
        timeout: 5_000,
      });
    } catch {
      problems.push('the page saw no digi-tip-change after a click on next');
    }
    const result = await page.evaluate(() => document.getElementById('result')?.textContent.trim());
    if (
      result &&
      !(typeof consumer.expected === 'string'
        ? result === consumer.expected
        : consumer.expected.test(result))
    )
      problems.push(`the page shows "${result}", expected ${String(consumer.expected)}`);
    if (consumer.entry) {
      const loads = requested.filter((url) => url.pathname === consumer.entry);
      const chunks = requested.filter((url) => /\/cdn\/.+-[\w-]+\.js$/.test(url.pathname));
      if (loads.length !== 1)
        problems.push(`${consumer.entry} was loaded ${loads.length}×: ${loads.join(', ')}`);
      if (chunks.length < 2)
        problems.push(`expected the English and loader chunks, got ${chunks.length}`);
    }
  } catch (error) {
    problems.push(`widget not defined or not rendered: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
    server.close();
  }
  return problems;
}

// 3. Install all three at once (npm's cache is safe to share), then build and load each.
const prepared = await Promise.allSettled(consumers.map(prepare));
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: chromeArgs,
});
let failed = 0;
try {
  for (const [i, consumer] of consumers.entries()) {
    const setup = prepared[i];
    let problems;
    let timings = ['not built'];
    if (setup.status === 'rejected') {
      const error = setup.reason;
      problems = [`setup failed: ${error.message}${error.stderr ? `\n${error.stderr}` : ''}`];
    } else {
      timings = setup.value.timings;
      const time = performance.now();
      problems = await check(browser, consumer, setup.value.out);
      timings.push(`browser ${seconds(time)}`);
    }
    if (problems.length) failed++;
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} ${consumer.name}: ${consumer.title} (${timings.join(', ')})`,
    );
    for (const problem of problems) console.error(`  ${problem.replaceAll('\n', '\n    ')}`);
  }
} finally {
  await browser.close();
}
console.log(
  `Consumers: ${consumers.length - failed} passed, ${failed} failed (${seconds(started)}, ` +
    `${tarball.slice(project.length + 1)})`,
);
process.exitCode = failed ? 1 : 0;

// Measures each self-contained CDN bundle and the reserving stylesheet (min+gzip) against its
// budget, and keeps the size table in the IT guide (docs/it.md) true. Fails when a bundle is over
// budget or missing, or when the table is out of date (`npm run size -- --write` rewrites it). Lazy
// chunks, loaded only for English or custom content, are listed beside their bundle but not
// counted against the budget.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cdnEntries } from './widgets.mjs';

/** Budgets in kB (1 kB = 1000 bytes) of min+gzip, from the issues. */
export const budgets = {
  'digileder-widgets.js': 28,
  'tip-carousel.js': 13.65,
  'archetype-quiz.js': 16,
  'strategy-wheel.js': 15,
};

// Every bundle the build makes (scripts/widgets.mjs, from the registry) has a budget, and no other.
const bundles = Object.keys(cdnEntries).map((name) => `${name}.js`);
for (const bundle of new Set([...bundles, ...Object.keys(budgets)]))
  if (!bundles.includes(bundle) || !Object.hasOwn(budgets, bundle))
    throw new Error(`${bundle}: a budget needs a bundle of scripts/widgets.mjs and the reverse`);

const dir = 'dist/cdn';
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const gzip = (file) => gzipSync(readFileSync(`${dir}/${file}`), { level: 9 }).length;
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
let failed = false;

const rows = [];
// The reserving stylesheet the snippet links (scripts/stylesheet.mjs): at most 1 kB.
const sheet = { bundle: 'digileder-widgets.css', budget: 1 };
const hasSheet = readdirSync(dir).includes(sheet.bundle);
if (!hasSheet) {
  console.error(`Missing stylesheet ${dir}/${sheet.bundle}`);
  failed = true;
}
for (const [bundle, budget] of Object.entries(budgets)) {
  if (!files.includes(bundle)) {
    console.error(`Missing bundle ${dir}/${bundle}`);
    failed = true;
    continue;
  }
  const size = gzip(bundle);
  const prefix = `${bundle.replace(/\.js$/, '')}.`;
  const chunks = files.filter((f) => f.startsWith(prefix) && f !== bundle);
  const lazy = chunks.reduce((sum, f) => sum + gzip(f), 0);
  const over = size > budget * 1000;
  failed ||= over;
  rows.push({ bundle, size, budget, lazy, chunks: chunks.length, over });
}

if (hasSheet) {
  const size = gzip(sheet.bundle);
  const over = size > sheet.budget * 1000;
  failed ||= over;
  rows.push({ ...sheet, size, lazy: 0, chunks: 0, over, sheet: true });
}

console.log('CDN bundle                 min+gzip   budget       lazy chunks');
for (const r of rows) {
  console.log(
    `${r.bundle.padEnd(24)} ${kb(r.size).padStart(10)}   ${`${r.budget} kB`.padStart(5)} ${r.over ? 'OVER' : 'ok  '}   ${r.sheet ? '–' : `${r.chunks} files, ${kb(r.lazy)}`}`,
  );
}

const table = [
  '| File in `dist/cdn/` | min+gzip | budget | loaded only when needed (English, custom content) |',
  '| --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| \`${r.bundle}\` | ${kb(r.size)} | ${r.budget} kB | ${r.sheet ? '–' : `${r.chunks} files, ${kb(r.lazy)} in all`} |`,
  ),
].join('\n');
/** The page that holds the table, between `<!-- sizes:start -->` and `<!-- sizes:end -->`. */
const target = 'docs/it.md';
const page = readFileSync(target, 'utf8');
const block = /(<!-- sizes:start -->)([\s\S]*?)(<!-- sizes:end -->)/;
// Compare the table's cells, not how Prettier aligned its columns.
const cells = (text) =>
  text
    .replace(/ *\| */g, '|')
    .replace(/-{3,}/g, '---')
    .replace(/\s+/g, ' ')
    .trim();
const current = block.exec(page);
if (!current) {
  console.error(`${target} has no <!-- sizes:start --> … <!-- sizes:end --> block.`);
  failed = true;
} else if (process.argv.includes('--write')) {
  writeFileSync(target, page.replace(block, `$1\n\n${table}\n\n$3`));
  execFileSync('npx', ['prettier', '--write', target], { stdio: 'ignore' });
  console.log(`${target} size table written.`);
} else if (cells(current[2]) !== cells(table)) {
  console.error(`The size table in ${target} is out of date: run npm run size -- --write`);
  failed = true;
}

if (failed) {
  console.error(`A bundle is over its budget or missing, or the table in ${target} is stale.`);
  process.exit(1);
}

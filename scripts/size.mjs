// Measures each self-contained CDN bundle (min+gzip) against its budget; fails when one is over.
// Lazy chunks (loaded only for English or custom content) are listed but not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Budgets in kB (1 kB = 1000 bytes) of min+gzip, from the issues. */
export const budgets = {
  'digileder-widgets.js': 28,
  'tip-carousel.js': 14,
  'archetype-quiz.js': 16,
  'strategy-wheel.js': 15,
};

const dir = 'dist/cdn';
const kb = (bytes) => (bytes / 1000).toFixed(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
let failed = false;
console.log('CDN bundle                      min+gzip   budget');
for (const file of files.sort()) {
  const gzip = gzipSync(readFileSync(`${dir}/${file}`), { level: 9 }).length;
  const budget = budgets[file];
  const over = budget !== undefined && gzip > budget * 1000;
  failed ||= over;
  const verdict =
    budget === undefined ? '(lazy chunk)' : over ? `${budget} kB  OVER` : `${budget} kB  ok`;
  console.log(`${file.padEnd(30)} ${`${kb(gzip)} kB`.padStart(9)}   ${verdict}`);
}
for (const name of Object.keys(budgets)) {
  if (!files.includes(name) && name !== 'digileder-widgets.js' && !name.startsWith('tip-'))
    continue;
  if (!files.includes(name)) {
    console.error(`Missing bundle ${dir}/${name}`);
    failed = true;
  }
}
if (failed) {
  console.error('A bundle is over its budget (or missing).');
  process.exit(1);
}

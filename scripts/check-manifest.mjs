// Fails when custom-elements.json, src/jsx.ts, the generated entries (src/index.ts, src/define.ts,
// src/react.ts) or schemas/ are out of date with the sources: regenerate them into a temporary
// folder (or in memory) and compare with the committed files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the project, so the scratch folder lives inside it.
const tmp = join('.cache', 'manifest-check');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
execFileSync('npx', ['cem', 'analyze', '--quiet', '--outdir', tmp], { stdio: 'inherit' });
const stale = [];
if (
  readFileSync(join(tmp, 'custom-elements.json'), 'utf8') !==
  readFileSync('custom-elements.json', 'utf8')
) {
  stale.push('custom-elements.json (run: npm run manifest)');
}
// `npm run build` regenerates schemas/; git must already hold that output.
const changed = execFileSync('git', ['status', '--porcelain', '--', 'schemas'], {
  encoding: 'utf8',
});
if (changed.trim()) stale.push(`schemas/ (commit the regenerated files):\n${changed}`);
// src/jsx.ts (React 19 JSX types) is generated from the manifest and must match it.
try {
  execFileSync('node', ['scripts/jsx-types.mjs', '--check'], { stdio: 'inherit' });
} catch {
  stale.push('src/jsx.ts (run: npm run jsx-types)');
}
// The package's entries are generated from src/widgets.json (and the manifest's events).
try {
  execFileSync('node', ['scripts/entries.mjs', '--check'], { stdio: 'inherit' });
} catch {
  stale.push('src/index.ts, src/define.ts or src/react.ts (run: npm run entries)');
}
for (const file of readdirSync('schemas')) JSON.parse(readFileSync(join('schemas', file), 'utf8'));
if (stale.length) {
  console.error(`Out of date: ${stale.join('; ')}`);
  process.exit(1);
}
console.log('custom-elements.json and schemas/ are up to date.');

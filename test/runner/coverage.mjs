// `npm run test:unit` ends here: merges the Chromium coverage each area wrote
// (coverage/areas/<area>/coverage-final.json, from test:unit:<area>, fresh or restored by wireit),
// prints the totals, writes the whole report (coverage/lcov.info, coverage/lcov-report/) and fails
// when an area's coverage is missing or the totals fall under the thresholds of
// web-test-runner.config.mjs. istanbul merges the areas' counts by source location, so code that
// only one area runs counts as covered.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import libCoverage from 'istanbul-lib-coverage';
import libReport from 'istanbul-lib-report';
import reports from 'istanbul-reports';
import { coverageThreshold } from '../../web-test-runner.config.mjs';
import { AREAS } from './areas.mjs';

const root = join(import.meta.dirname, '..', '..');
const map = libCoverage.createCoverageMap({});
const missing = [];
for (const area of Object.keys(AREAS)) {
  const file = join(root, 'coverage', 'areas', area, 'coverage-final.json');
  if (existsSync(file)) map.merge(JSON.parse(readFileSync(file, 'utf8')));
  else missing.push(area);
}
if (missing.length) {
  console.error(`coverage: no coverage from ${missing.join(', ')} (run npm run test:unit)`);
  process.exit(1);
}

const context = libReport.createContext({ dir: join(root, 'coverage'), coverageMap: map });
reports.create('lcov').execute(context);

const summary = map.getCoverageSummary();
const below = [];
const lines = Object.entries(coverageThreshold).map(([kind, threshold]) => {
  const { pct, covered, total } = summary[kind];
  if (pct < threshold) below.push(kind);
  return `  ${kind.padEnd(10)} ${pct.toFixed(2).padStart(6)} % (${covered}/${total}, at least ${threshold} %)`;
});
console.log(
  `Coverage, ${map.files().length} files, ${Object.keys(AREAS).length} areas merged:\n${lines.join('\n')}`,
);
if (below.length) {
  console.error(`coverage: under the threshold for ${below.join(', ')}`);
  process.exit(1);
}

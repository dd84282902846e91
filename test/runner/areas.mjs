// The browser tests' areas: the one place that says which test files run together and what each
// group's result depends on. `npm test` runs every area as its own wireit step in each engine
// (test:unit:<area> in Chromium with coverage, test:engines:<area> in Firefox and WebKit), so a
// change reruns only the areas whose inputs it touches, and wireit restores the rest from its cache.
//
// - `tests`: the area's test files. Every *.test.ts belongs to exactly one area.
// - `inputs`: what the area's results depend on besides COMMON_INPUTS: its tests, their helpers and
//   the sources they import, fetch or load in a frame. An input left out would let a cached result
//   lie, so `npm run lint:inputs` (scripts/check-inputs.mjs) bundles each area's tests with esbuild and
//   fails when a file they import, or a path they fetch, is not in the area's inputs.
//
// package.json's wireit steps are written from this file: `node scripts/check-inputs.mjs --write`.

/** What every area depends on: the shared helpers, fixtures, runner, configuration and packages. */
export const COMMON_INPUTS = [
  'test/{helpers,registry,a11y-tree,reserve-frame}.ts',
  'test/fixtures/**',
  'test/runner/**',
  'web-test-runner.config.mjs',
  'scripts/chrome-path.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'src/core/**',
  'src/controllers/**',
  'src/widgets.json',
];

/** The areas, by name; the name is the wireit step's suffix and the coverage folder's name. */
export const AREAS = {
  carousel: {
    tests: ['test/tip-carousel/**/*.test.ts'],
    inputs: ['test/tip-carousel/**', 'src/tip-carousel/**'],
  },
  quiz: {
    tests: ['test/archetype-quiz/**/*.test.ts', 'test/quiz-readers.test.ts'],
    inputs: ['test/archetype-quiz/**', 'test/quiz-readers.test.ts', 'src/archetype-quiz/**'],
  },
  wheel: {
    tests: ['test/strategy-wheel/**/*.test.ts'],
    inputs: ['test/strategy-wheel/**', 'src/strategy-wheel/**'],
  },
  // The embed page loads each widget lazily, and its tests load embed/index.html in a frame.
  embed: {
    tests: ['test/embed/**/*.test.ts'],
    inputs: [
      'test/embed/**',
      'embed/**',
      'src/embed/**',
      'src/{tip-carousel,archetype-quiz,strategy-wheel}/**',
    ],
  },
  // The builder previews every widget and reads the SharePoint web part's manifest.
  builder: {
    tests: ['test/builder/**/*.test.ts'],
    inputs: [
      'test/builder/**',
      'src/**',
      'embed/**',
      'integrations/sharepoint/src/webparts/*/*.manifest.json',
    ],
  },
  // What spans the widgets: the core, the shared content suite, the package's entries, React.
  shared: {
    tests: [
      'test/core/**/*.test.ts',
      'test/shared/**/*.test.ts',
      'test/*.test.ts',
      '!test/quiz-readers.test.ts',
    ],
    inputs: ['test/core/**', 'test/shared/**', 'test/*.test.ts', 'src/**'],
  },
};

/** The area `TEST_AREA` names, or undefined when the variable is unset (every test file). */
export function selectedArea(name = process.env.TEST_AREA) {
  if (!name) return undefined;
  const area = AREAS[name];
  if (!area) throw new Error(`TEST_AREA=${name}: no such area (${Object.keys(AREAS).join(', ')})`);
  return { name, ...area };
}

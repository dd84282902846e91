// Proves that the house rules of eslint.boundaries.js bite: lints code snippets, each at the path
// it would have in the repository, with the project's own ESLint config, and fails unless every
// wrong import or lookup is refused and every right one passes. Run by `npm run lint`;
// `--show` prints ESLint's own report for the wrong snippets.
import { ESLint } from 'eslint';

/** `[path, code, rules expected to fire]`: the rules' ids, none for code that must pass. */
const cases = [
  // The core and the controllers import no widget, no builder and no package entry.
  [
    'src/core/wrong-import.ts',
    "import { DigiTipCarousel } from '../tip-carousel/tip-carousel.js';\nexport { DigiTipCarousel };",
    ['no-restricted-imports'],
  ],
  [
    'src/core/x.ts',
    "export { checkTips } from '../tip-carousel/index.js';",
    ['no-restricted-imports'],
  ],
  ['src/controllers/x.ts', "import '../builder/kinds.js';", ['no-restricted-imports']],
  ['src/core/x.ts', "import '../define.js';", ['no-restricted-imports']],
  ['src/core/x.ts', "import { defineElement } from './define.js';\nexport { defineElement };", []],
  ['src/core/x.ts', "export { hashString } from '../controllers/storage.js';", []],
  // A widget imports no other widget (statically or lazily) and nothing of the builder.
  [
    'src/strategy-wheel/x.ts',
    "import { tipCarouselDa } from '../tip-carousel/index.js';\nexport { tipCarouselDa };",
    ['no-restricted-imports'],
  ],
  [
    'src/archetype-quiz/x.ts',
    "export const load = () => import('../strategy-wheel/strategy-wheel.en.js');",
    ['no-restricted-syntax'],
  ],
  ['src/tip-carousel/x.ts', "import '../builder/define.js';", ['no-restricted-imports']],
  ['src/tip-carousel/x.ts', "export { format } from '../core/format.js';", []],
  ['src/tip-carousel/x.ts', "export const load = () => import('./tip-carousel.en.js');", []],
  // Everything else takes a widget through its door, or its define file to register it.
  [
    'src/builder/forms/x.ts',
    "export { PALETTE } from '../../strategy-wheel/strategy-wheel.js';",
    ['no-restricted-imports'],
  ],
  ['src/builder/forms/x.ts', "export { PALETTE } from '../../strategy-wheel/index.js';", []],
  ['src/builder/x.ts', "import '../archetype-quiz/define.js';", []],
  [
    'src/x.ts',
    "export { DigiTipCarousel } from './tip-carousel/tip-carousel.js';",
    ['no-restricted-imports'],
  ],
  [
    'test/x.test.ts',
    "import type { Tip } from '../src/tip-carousel/tip-carousel.content.js';\nexport type { Tip };",
    ['no-restricted-imports'],
  ],
  [
    'test/builder/x.test.ts',
    "export const en = () => import('../../src/archetype-quiz/archetype-quiz.en.js');",
    ['no-restricted-syntax'],
  ],
  ['stories/x.stories.ts', "import '../src/tip-carousel/define.js';", []],
  // In the shipped code a lookup by a computed name uses own properties.
  [
    'src/core/x.ts',
    'export const has = (o: object, k: string) => k in o;',
    ['no-restricted-syntax'],
  ],
  [
    'src/archetype-quiz/x.ts',
    'export const keys = (o: object) => {\n  const all: string[] = [];\n  for (const k in o) all.push(k);\n  return all;\n};',
    ['no-restricted-syntax'],
  ],
  [
    'src/core/x.ts',
    'export const has = (o: object, k: string) => Object.hasOwn(o, k) || "tips" in o;',
    [],
  ],
];

const watched = new Set(['no-restricted-imports', 'no-restricted-syntax']);
const eslint = new ESLint({
  // Only the rules under test, without type information (the snippets are in no tsconfig).
  ruleFilter: ({ ruleId }) => watched.has(ruleId),
  overrideConfig: {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
});

const failures = [];
const shown = [];
for (const [filePath, code, expected] of cases) {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  const fired = result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
  if (JSON.stringify(fired) !== JSON.stringify(expected))
    failures.push(
      `${filePath}: ${JSON.stringify(code)}\n    expected ${JSON.stringify(expected)}, got ` +
        `${JSON.stringify(result.messages.map((m) => `${m.ruleId}: ${m.message}`))}`,
    );
  if (expected.length) shown.push(result);
}
if (process.argv.includes('--show'))
  console.log(await (await eslint.loadFormatter('stylish')).format(shown));
if (failures.length) {
  console.error(`The house rules did not hold:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `House rules: ${cases.filter((c) => c[2].length).length} wrong snippets refused, ` +
    `${cases.filter((c) => !c[2].length).length} right ones passed.`,
);

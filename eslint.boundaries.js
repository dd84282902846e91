// The rules that keep the house in order, for eslint.config.js. Widgets come from the registry
// (src/widgets.json), so a new widget is fenced in as soon as it is listed there.
//
// Imports run one way: widgets → controllers/core, never back.
//   - src/core and src/controllers import no widget, nothing of src/builder and no package entry
//     (src/index.ts, define.ts, react.ts, jsx.ts, which import every widget);
//   - a widget's folder imports no other widget, nothing of src/builder and no package entry;
//   - everything else (src/builder, the package entries, integrations, tests, stories, scripts)
//     takes a widget only through its door, src/<widget>/index.ts, or its define.ts to register it.
// Static imports and re-exports are checked by `no-restricted-imports`, `import('…')` by
// `no-restricted-syntax`; both read the specifier as written, so the folder names are matched at
// any depth ('../tip-carousel/x.js', '../../src/tip-carousel/x.js').
//
// Lookups by a name from content, attributes or storage use own properties (issue 16): in the
// shipped code (all of src/) `key in object` with a
// computed key and `for…in` are refused, as they find what every object inherits (`constructor`,
// `toString`, `__proto__`); use `Object.hasOwn(object, key)`, a `Map` or a prototype-less object.
// (`object.hasOwnProperty(key)` is refused by `no-prototype-builtins`, on in the recommended set.)
import { readFileSync } from 'node:fs';

const registry = JSON.parse(
  readFileSync(new URL('./src/widgets.json', import.meta.url), 'utf8'),
).widgets.map((widget) => widget.name);

const esc = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names) => names.map(esc).join('|');
/** A specifier reaching into folder `name` (or one of `names`) of src/, at any depth. */
const folder = (names) => `(^|/)(${anyOf(names)})(/|$)`;
/** A specifier naming a package entry of src/ from a folder directly inside src/. */
const ENTRY = '^\\.\\./(index|define|react|jsx)(\\.(js|ts))?$';

const WIDGETS_AND_BUILDER = 'src/core, src/controllers and each widget import no';

/** A rule for `no-restricted-imports` and the same for `import()` in `no-restricted-syntax`. */
const rule = (regex, message) => ({ regex, message });

/** What each part of the code may not import. */
const zones = [
  {
    files: ['src/core/**', 'src/controllers/**'],
    rules: [
      rule(
        folder(registry),
        'src/core and src/controllers never import a widget: widgets import them (imports run widgets → controllers/core).',
      ),
      rule(folder(['builder']), `${WIDGETS_AND_BUILDER}thing of src/builder.`),
      rule(ENTRY, `${WIDGETS_AND_BUILDER} package entry: the entries import every widget.`),
    ],
  },
  ...registry.map((name) => ({
    files: [`src/${name}/**`],
    rules: [
      ...(registry.length > 1
        ? [
            rule(
              folder(registry.filter((other) => other !== name)),
              `A widget never imports another widget: move what ${name} shares into src/core or src/controllers.`,
            ),
          ]
        : []),
      rule(folder(['builder']), `${WIDGETS_AND_BUILDER}thing of src/builder.`),
      rule(ENTRY, `${WIDGETS_AND_BUILDER} package entry: the entries import every widget.`),
    ],
  })),
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['src/core/**', 'src/controllers/**', ...registry.map((name) => `src/${name}/**`)],
    rules: registry.map((name) =>
      rule(
        `(^|/)${esc(name)}/(?!(index|define)\\.js$)`,
        `Import ${name} only through its door, src/${name}/index.ts (or src/${name}/define.ts to register it).`,
      ),
    ),
  },
];

/** The selectors that refuse lookups finding inherited names, for the shipped code. */
const lookups = [
  {
    selector:
      "BinaryExpression[operator='in'][left.type!='Literal'][left.type!='PrivateIdentifier']",
    message:
      '`key in object` also finds inherited names (constructor, toString, __proto__): use Object.hasOwn(object, key) or a Map.',
  },
  {
    selector: 'ForInStatement',
    message: '`for…in` also walks inherited names: use Object.keys(), Object.entries() or a Map.',
  },
];
// esquery's regular expressions cannot hold a '/': write it as \u002F.
const dynamicImport = ({ regex, message }) => ({
  selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\u002F')}/]`,
  message,
});

/** Flat-config blocks: the import rules of each zone, with the lookup rule where it holds. */
export const boundaries = zones.flatMap(({ files, ignores = [], rules }) => {
  const imports = ['error', { patterns: rules }];
  const syntax = rules.map(dynamicImport);
  const inSrc = files.every((glob) => glob.startsWith('src/'));
  // `no-restricted-syntax` options are replaced, not merged, by a later block: each block states
  // all its selectors. The zone of the rest holds src/builder and the package entries: the lookup
  // rule covers its files in src/ (a later block).
  return [
    {
      files,
      ignores,
      rules: {
        'no-restricted-imports': imports,
        'no-restricted-syntax': ['error', ...syntax, ...(inSrc ? lookups : [])],
      },
    },
    ...(inSrc
      ? []
      : [
          {
            files: ['src/**/*.ts'],
            ignores,
            rules: { 'no-restricted-syntax': ['error', ...syntax, ...lookups] },
          },
        ]),
  ];
});

import { loadTokens } from './scripts/tokens.mjs';

/** The base class every widget extends, and where it is declared. */
const BASE = { name: 'DigiElement', module: 'src/core/digi-element.ts' };

// The shared `--digi-*` properties, their defaults and descriptions, from the one table of them.
const { TOKENS } = await loadTokens();
const tokens = Object.entries(TOKENS).map(([name, token]) => ({
  description: token.description,
  name: `--digi-${name}`,
  default: token.value,
}));

export default {
  globs: ['src/**/*.ts'],
  // react.ts (wrappers), jsx.ts (JSX types, generated from this manifest), integration.ts (the
  // integrations' door) and sharepoint-pane.ts (the web part's pane words) declare no element.
  // The embed builder (src/builder/) and the embed page (src/embed/) are pages of their own, not
  // part of the package's API.
  exclude: [
    'src/builder/**',
    'src/embed/**',
    'src/**/*.{da,en,styles,schema}.ts',
    'src/core/decorators.ts',
    'src/react.ts',
    'src/jsx.ts',
    'src/integration.ts',
    'src/sharepoint-pane.ts',
  ],
  outdir: '.',
  litelement: true,
  // Never point package.json at a temporary folder when the check regenerates the manifest.
  packagejson: false,
  plugins: [
    {
      // The shared custom properties are declared once, on the base class, from the token table;
      // the analyzer's inheritance (which runs after this phase) copies them, like the `digi-error`
      // event and the `base` and `notice` parts, into every widget.
      name: 'digi-tokens',
      moduleLinkPhase({ moduleDoc }) {
        if (moduleDoc.path !== BASE.module) return;
        const base = moduleDoc.declarations.find((d) => d.name === BASE.name);
        if (!base) throw new Error(`${BASE.module} no longer declares ${BASE.name}`);
        base.cssProperties = [...tokens, ...(base.cssProperties ?? [])];
      },
    },
    {
      // Inherited parts and custom properties first (`base`, `notice`, the shared tokens), then
      // the widget's own, as a reader of the API tables expects; the analyzer appends them.
      name: 'digi-inherited-first',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const key of ['cssParts', 'cssProperties']) {
              const items = declaration[key];
              if (!items) continue;
              declaration[key] = [
                ...items.filter((item) => item.inheritedFrom),
                ...items.filter((item) => !item.inheritedFrom),
              ];
            }
          }
        }
      },
    },
    {
      // An attribute whose field starts from a constant (`interval = DEFAULT_INTERVAL`) gets the
      // analyzer's unresolved name and no type; its field has both resolved: take them from there.
      name: 'digi-attribute-from-field',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const attribute of declaration.attributes ?? []) {
              const field = declaration.members?.find((m) => m.name === attribute.fieldName);
              if (!field) continue;
              attribute.type ??= field.type;
              if (field.default !== undefined) attribute.default = field.default;
            }
          }
        }
      },
    },
    {
      // The file system lists files in no fixed order; sort so every checkout writes the same file.
      name: 'digi-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};

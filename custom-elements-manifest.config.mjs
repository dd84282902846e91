export default {
  globs: ['src/**/*.ts'],
  // react.ts (wrappers) and jsx.ts (JSX types, generated from this manifest) declare no element.
  // The embed builder (src/builder/) is the editors' page, not part of the package's API.
  exclude: [
    'src/builder/**',
    'src/**/*.{da,en,styles,schema}.ts',
    'src/core/decorators.ts',
    'src/react.ts',
    'src/jsx.ts',
  ],
  outdir: '.',
  litelement: true,
  // Never point package.json at a temporary folder when the check regenerates the manifest.
  packagejson: false,
  plugins: [
    {
      // The file system lists files in no fixed order; sort so every checkout writes the same file.
      name: 'digi-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};

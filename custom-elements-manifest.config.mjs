export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.{da,en,styles,schema}.ts', 'src/core/strings*.ts'],
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

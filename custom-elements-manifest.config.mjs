export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.builtin.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // Never point package.json at a temporary folder when the check regenerates the manifest.
  packagejson: false,
};

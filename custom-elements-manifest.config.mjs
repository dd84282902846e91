export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.{da,en,styles,schema}.ts', 'src/core/strings*.ts'],
  outdir: '.',
  litelement: true,
  // Never point package.json at a temporary folder when the check regenerates the manifest.
  packagejson: false,
};

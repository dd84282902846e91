export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.builtin.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};

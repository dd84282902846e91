// Builds the iframe embed page (embed/index.html) into dist/embed/: the page, its script (only
// the widget an address asks for is loaded) and its stylesheet, with relative paths and nothing
// fetched from anywhere else; and the optional host script dist/embed/resize.js, one small classic
// script a host page can load with <script src> (it exports nothing).
import { resolve } from 'node:path';
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

export async function buildEmbed() {
  await build({
    logLevel: 'warn',
    configFile: false,
    plugins: [minifyTemplatesPlugin()],
    root: 'embed',
    base: './',
    build: {
      outDir: resolve('dist/embed'),
      emptyOutDir: true,
      sourcemap: false,
      modulePreload: { polyfill: false },
    },
  });
  await build({
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir: 'dist/embed',
      emptyOutDir: false,
      sourcemap: false,
      lib: { entry: { resize: 'src/embed/resize.ts' }, formats: ['iife'], name: 'digilederResize' },
      rolldownOptions: {
        output: { entryFileNames: '[name].js', minify: true, comments: false },
      },
    },
  });
}

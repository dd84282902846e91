// Builds the package: library entries (lit external), self-contained CDN bundles (lit inlined and
// minified) with the reserving stylesheet beside them, the editors' embed builder (dist/builder/),
// type declarations, the JSON Schemas and the editors' data from custom-elements.json.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { buildEmbed } from './build-embed.mjs';
import { writeIdeData } from './ide-data.mjs';
import { litHooksPlugin } from './lit-hooks.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { selfContainedChunksPlugin } from './self-contained-chunks.mjs';
import { buildStylesheet } from './stylesheet.mjs';
import { staticPropertiesPlugin } from './static-properties.mjs';
import { tokenCssPlugin } from './tokens.mjs';
import { cdnEntries, libraryEntries } from './widgets.mjs';

const quiet = {
  logLevel: 'warn',
  configFile: false,
  plugins: [minifyTemplatesPlugin(), tokenCssPlugin(), staticPropertiesPlugin()],
};

rmSync('dist', { recursive: true, force: true });

await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: libraryEntries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^valibot$/, /^react($|\/)/],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// One build per bundle, so each is a single self-contained file.
for (const [name, entry] of Object.entries(cdnEntries)) {
  await build({
    ...quiet,
    plugins: [...quiet.plugins, selfContainedChunksPlugin(), litHooksPlugin()],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      sourcemap: true,
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rolldownOptions: {
        // Lets the entry also export what its lazy chunks share with it, so shared code stays in
        // the entry file instead of a third file the entry would have to load.
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: `${name}.[name]-[hash].js`,
          minify: true,
          // These files are final: no bundler reads their /* @__PURE__ */ annotations.
          comments: { annotation: false },
        },
      },
    },
  });
}

// The reserving stylesheet the snippet links (dist/cdn/digileder-widgets.css).
buildStylesheet();

// The editors' embed builder (builder/index.html) as static files beside dist/cdn/: relative
// paths, the widgets bundled in, nothing fetched from anywhere else.
await build({
  logLevel: 'warn',
  configFile: false,
  root: 'builder',
  base: './',
  build: {
    outDir: resolve('dist/builder'),
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The builder bundles the widgets' English packs and validators on purpose: the widgets'
      // lazy imports of them cannot split them off here, and need not.
      onwarn(warning, warn) {
        if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
      },
    },
  },
});

// The iframe embed page (embed/index.html) and its host script, in dist/embed/.
await buildEmbed();

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('npx', ['tsx', 'scripts/schemas.ts'], { stdio: 'inherit' });
writeIdeData();
console.log("Built dist/ (with the editors' data) and schemas/.");

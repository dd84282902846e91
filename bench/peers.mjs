// Bundles what our widgets are measured against the way scripts/build.mjs bundles our CDN files: a
// Vite library build, ES format, minified by Rolldown, lit inlined, one self-contained file.
// Shoelace's carousel: an entry importing only `sl-carousel` and `sl-carousel-item` (which bring
// their own dependency, `sl-icon`). The floor: a trivial Lit element (`bareElementSource`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { minifyTemplates } from '../scripts/minify-templates.mjs';
import { bareElementSource } from './pages.mjs';

const ENTRY = `import '@shoelace-style/shoelace/dist/components/carousel/carousel.js';
import '@shoelace-style/shoelace/dist/components/carousel-item/carousel-item.js';
`;

/**
 * The same lit-template minification our build gives our sources (scripts/minify-templates.mjs),
 * applied to Shoelace's files, so neither side keeps formatting white space the other drops.
 */
function minifyShoelaceTemplates() {
  return {
    name: 'digi-bench-minify-shoelace-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/@shoelace-style\/shoelace\/dist\/.*\.js$/.test(id)) return null;
      if (!/\b(html|svg|css)`/.test(code)) return null;
      return { code: minifyTemplates(code, id), map: null };
    },
  };
}

/** One self-contained, minified ES file `<dir>/<name>.js` from `entry`. */
async function bundle(entry, dir, name, plugins) {
  await build({
    logLevel: 'warn',
    configFile: false,
    plugins,
    build: {
      outDir: dir,
      emptyOutDir: true,
      sourcemap: false,
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: `${name}.[name]-[hash].js`,
          minify: true,
        },
      },
    },
  });
  return join(dir, `${name}.js`);
}

/**
 * Writes `<outDir>/sl-carousel.js` (templates minified like ours) and
 * `<outDir>/raw/sl-carousel.js` (Shoelace's templates as published); returns both paths.
 * `workDir` holds the entry file; it must sit inside the project so the import resolves.
 */
export async function buildShoelaceCarousel(workDir, outDir) {
  mkdirSync(workDir, { recursive: true });
  const entry = join(workDir, 'shoelace-carousel-entry.js');
  writeFileSync(entry, ENTRY);
  return {
    main: await bundle(entry, outDir, 'sl-carousel', [minifyShoelaceTemplates()]),
    raw: await bundle(entry, join(outDir, 'raw'), 'sl-carousel', []),
  };
}

/** Writes `<outDir>/bench-bare.js`, the trivial Lit element (its templates are already compact). */
export async function buildBareLit(workDir, outDir) {
  mkdirSync(workDir, { recursive: true });
  const entry = join(workDir, 'bench-bare-entry.js');
  writeFileSync(entry, bareElementSource);
  return bundle(entry, outDir, 'bench-bare', []);
}

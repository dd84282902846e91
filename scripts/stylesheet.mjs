// Builds dist/cdn/digileder-widgets.css, the reserving stylesheet the editors' snippet links: the
// space each widget will take, held on the page before the script has run, so that nothing moves
// when the widgets upgrade (layout shift). It is made of the per-widget files
// src/<widget>/<widget>.reserve.css, in the registry's order (src/widgets.json); a widget without
// such a file reserves nothing. Minified with Lightning CSS; `npm run size` holds it to its budget.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import { widgets } from './widgets.mjs';

/** The stylesheet's file name in dist/cdn/. */
export const stylesheet = 'digileder-widgets.css';

/** The widgets' reserving CSS files that exist, in the registry's order. */
export const reserveFiles = () =>
  widgets
    .map((name) => join('src', name, `${name}.reserve.css`))
    .filter((file) => existsSync(file));

/** Writes `dist/cdn/digileder-widgets.css`; returns its path. */
export function buildStylesheet(outDir = join('dist', 'cdn')) {
  const files = reserveFiles();
  const source = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  const { code, warnings } = transform({
    filename: stylesheet,
    code: Buffer.from(source),
    minify: true,
  });
  for (const warning of warnings) console.warn(`${stylesheet}: ${warning.message}`);
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, stylesheet);
  writeFileSync(
    out,
    `/* @digileder/widgets: space for the widgets before their script runs */\n${code}\n`,
  );
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`Wrote ${buildStylesheet()}`);

// Generates the package's all-widget entries from the registry (src/widgets.json), so a widget is
// listed in one place:
//   src/index.ts  – the classes and types of every widget, each taken through its door
//                   (src/<name>/index.ts): the names its own entry (src/<name>/define.ts) exports;
//   src/define.ts – registers every widget and exports what src/index.ts does;
//   src/react.ts  – the React 18 wrappers (`@digileder/widgets/react`): one per widget, named by
//                   the registry's `reactName`, with an `on…` prop per event the manifest
//                   (custom-elements.json) lists for the element.
// `node scripts/entries.mjs` rewrites the three files; `--check` fails when one is out of date
// (run by `npm run manifest:check`).
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';
import { elementsOf } from './ide-data.mjs';
import { registry } from './widgets.mjs';

const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const generated = (what) =>
  `// Generated from src/widgets.json by scripts/entries.mjs: do not edit, run
// \`node scripts/entries.mjs\`. ${what}`;

/**
 * The names a widget's own entry (src/<name>/define.ts) exports from inside its folder, with
 * whether each is a type. What it re-exports from the core is the core's, listed once below.
 */
export function entryExports(name) {
  const file = `src/${name}/define.ts`;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const names = [];
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause) continue;
    if (!ts.isNamedExports(statement.exportClause))
      throw new Error(`${file}: name what it exports (no \`export * as\`)`);
    const from = statement.moduleSpecifier?.text;
    if (from?.startsWith('../')) continue;
    for (const element of statement.exportClause.elements)
      names.push({
        name: element.name.text,
        type: statement.isTypeOnly || element.isTypeOnly,
      });
  }
  if (!names.length) throw new Error(`${file} exports nothing of its widget`);
  return names;
}

const named = (names) =>
  names
    .toSorted((a, b) => a.name.localeCompare(b.name))
    .map((n) => (n.type ? `type ${n.name}` : n.name))
    .join(', ');

function indexSource() {
  const widgets = registry
    .map((w) => `export { ${named(entryExports(w.name))} } from './${w.name}/index.js';`)
    .join('\n');
  return `${generated(`Classes and types only: importing this file registers nothing. Use
// \`define.ts\` (the package's main entry) or a widget's define file to register the elements.`)}
${widgets}

export { DigiErrorEvent, type DigiErrorDetail, type DigiErrorReason } from './core/events.js';
export type { Lang } from './core/lang.js';
export type { CoreStrings } from './core/core.strings.js';
`;
}

function defineSource() {
  return `${generated('Registers every widget (idempotent) and exports the classes and types.')}
${registry.map((w) => `import './${w.name}/define.js';`).join('\n')}

export * from './index.js';
`;
}

function reactSource(manifest) {
  const elements = new Map(elementsOf(manifest).map((el) => [el.tagName, el]));
  const types = new Set();
  const components = registry.map((w) => {
    const element = elements.get(w.tag);
    if (!element) throw new Error(`custom-elements.json declares no <${w.tag}>`);
    if (element.className !== w.className)
      throw new Error(`<${w.tag}> is ${element.className} in the manifest, not ${w.className}`);
    types.add(w.className);
    const events = element.events
      .filter((event) => event.type?.text)
      .map((event) => {
        types.add(event.type.text);
        return { prop: `on${pascal(event.name)}`, name: event.name, type: event.type.text };
      });
    return `/** \`<${w.tag}>\` for React 18: ${events.map((e) => `\`${e.prop}\``).join(', ')}. */
export const ${w.reactName} = createComponent({
  tagName: '${w.tag}',
  elementClass: ${w.className},
  react: React,
  events: {
    ${events.map((e) => `${e.prop}: '${e.name}' as EventName<${e.type}>,`).join('\n')}
  },
  displayName: '${w.reactName}',
});`;
  });
  const classes = new Set(registry.map((w) => w.className));
  const imports = [...types]
    .sort()
    .map((t) => (classes.has(t) ? t : `type ${t}`))
    .join(', ');
  return `${generated(`React 18 wrappers (\`@digileder/widgets/react\`), made with
// @lit/react: props are set as element properties and the \`on…\` props listen to the widgets'
// events. Importing this file registers the elements. React 19 needs no wrapper: use the elements
// directly, typed through \`@digileder/widgets/jsx\`.`)}
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
${registry.map((w) => `import './${w.name}/define.js';`).join('\n')}
import { ${imports} } from './index.js';

${components.join('\n\n')}
`;
}

/** The three generated files and their sources, formatted with the project's Prettier settings. */
export async function entrySources(manifest) {
  const files = {
    'src/index.ts': indexSource(),
    'src/define.ts': defineSource(),
    'src/react.ts': reactSource(manifest),
  };
  for (const [file, source] of Object.entries(files))
    files[file] = await format(source, { ...(await resolveConfig(file)), filepath: file });
  return files;
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const files = await entrySources(manifest);
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [file, source] of Object.entries(files)) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (current === source) continue;
    stale.push(file);
    if (!check) writeFileSync(file, source);
  }
  if (check && stale.length) {
    console.error(
      `${stale.join(', ')} out of date with src/widgets.json (run: node scripts/entries.mjs)`,
    );
    process.exit(1);
  }
  console.log(
    check
      ? `${Object.keys(files).join(', ')} match src/widgets.json.`
      : `Wrote ${stale.length ? stale.join(', ') : 'nothing (all current)'}.`,
  );
}

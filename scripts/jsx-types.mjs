// Generates src/jsx.ts from custom-elements.json: the React 19 JSX types of the three elements
// (`@digileder/widgets/jsx`). Every attribute, its property, each public settable property and each
// event (as React 19's `on<event-name>` prop) comes from the manifest; the value types come from the
// element classes, so they cannot drift. `node scripts/jsx-types.mjs` rewrites the file;
// `--check` fails when it is out of date (run by `npm run manifest:check`).
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { elementsOf } from './ide-data.mjs';

export const jsxTypesFile = 'src/jsx.ts';

const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** The source of src/jsx.ts for a manifest, formatted with the project's Prettier settings. */
export async function jsxTypesSource(manifest) {
  const elements = elementsOf(manifest);
  const imports = new Set();
  const blocks = [];
  const entries = [];
  for (const el of elements) {
    imports.add(el.className);
    const props = `${pascal(el.tagName)}JsxProps`;
    const lines = [];
    const seen = new Set();
    const add = (name, type, description) => {
      if (seen.has(name)) return;
      seen.add(name);
      if (description) lines.push(`/** ${description.replace(/\s+/g, ' ').trim()} */`);
      lines.push(`${key(name)}?: ${type};`);
    };
    for (const attr of el.attributes) {
      if (!attr.name || !attr.fieldName) continue;
      const type = `${el.className}['${attr.fieldName}']`;
      // An attribute React 19 sets as an attribute (its name is not a property) takes a string too.
      const asAttribute = attr.name === attr.fieldName ? type : `${type} | \`\${${type}}\``;
      add(attr.name, asAttribute, attr.description);
      add(attr.fieldName, type, undefined);
    }
    for (const prop of el.properties) {
      if (prop.readonly || prop.attribute || seen.has(prop.name)) continue;
      add(prop.name, `${el.className}['${prop.name}']`, prop.description);
    }
    for (const event of el.events) {
      const type = event.type?.text;
      if (!type) continue;
      imports.add(type);
      add(`on${event.name}`, `(event: ${type}) => void`, event.description);
    }
    blocks.push(
      `/** The props of \`<${el.tagName}>\` in React 19 JSX. */\n` +
        `export type ${props} = DetailedHTMLProps<HTMLAttributes<${el.className}>, ${el.className}> & {\n` +
        `${lines.join('\n')}\n};`,
    );
    entries.push(`'${el.tagName}': ${props};`);
  }
  const source = `// Generated from custom-elements.json by scripts/jsx-types.mjs: do not edit, run
// \`node scripts/jsx-types.mjs\`. React 19 JSX types for the elements (\`@digileder/widgets/jsx\`):
// React 19 sets each prop the element has as a property (else as an attribute) and listens to
// \`on<event-name>\` props, e.g. \`ondigi-tip-change\`. Types only: importing this registers nothing.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${[...imports].sort().join(', ')} } from './index.js';

${blocks.join('\n\n')}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      ${entries.join('\n')}
    }
  }
}
`;
  return format(source, { ...(await resolveConfig(jsxTypesFile)), filepath: jsxTypesFile });
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const source = await jsxTypesSource(manifest);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(jsxTypesFile, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (current !== source) {
      console.error(
        `${jsxTypesFile} is out of date with custom-elements.json (run: node scripts/jsx-types.mjs)`,
      );
      process.exit(1);
    }
    console.log(`${jsxTypesFile} matches custom-elements.json.`);
  } else {
    writeFileSync(jsxTypesFile, source);
    console.log(`Wrote ${jsxTypesFile}.`);
  }
}

// Generates editor data from custom-elements.json, so editors autocomplete the tags, attributes and
// values: dist/vscode.html-custom-data.json (VS Code custom HTML data, version 1.1) and
// dist/web-types.json (JetBrains web-types, the generic HTML form). Run by scripts/build.mjs;
// `node scripts/ide-data.mjs` regenerates both from the current manifest.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const vscodeDataFile = 'dist/vscode.html-custom-data.json';
export const webTypesFile = 'dist/web-types.json';

/** The custom elements the manifest declares, with inherited members merged and named events only. */
export function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const events = new Map();
      for (const event of decl.events ?? []) {
        // The analyzer also lists a nameless entry per event class; keep the named, described ones.
        if (event.name && !events.has(event.name)) events.set(event.name, event);
        else if (event.name && event.description && !events.get(event.name).description)
          events.set(event.name, event);
      }
      const publicProperties = (decl.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_'),
      );
      elements.push({
        tagName: decl.tagName,
        className: decl.name,
        module: mod.path,
        description: (decl.description ?? decl.summary ?? '').trim(),
        attributes: decl.attributes ?? [],
        properties: publicProperties,
        events: [...events.values()],
        slots: decl.slots ?? [],
        cssParts: decl.cssParts ?? [],
        cssProperties: decl.cssProperties ?? [],
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The values an attribute's type names, when it is a union of string literals ('a' | 'b'). */
export function enumeratedValues(typeText) {
  if (!typeText) return undefined;
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (!parts.length || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

const isBoolean = (attr) => attr.type?.text?.replace(/\s*\|\s*undefined/, '') === 'boolean';

/** The default when the manifest gives a literal (not the name of a constant). */
const literalDefault = (attr) =>
  /^(-?\d+(\.\d+)?|true|false|'[^']*'|"[^"]*")$/.test(attr.default ?? '')
    ? attr.default
    : undefined;

function attributeDoc(attr) {
  const typeText = attr.type?.text?.replace(/\s*\|\s*undefined$/, '');
  const type = typeText ? `Type: \`${typeText}\`` : '';
  const def = literalDefault(attr) ? `Default: \`${literalDefault(attr)}\`` : '';
  return [attr.description?.trim(), [type, def].filter(Boolean).join('. ')]
    .filter(Boolean)
    .join('\n\n');
}

function elementDoc(element) {
  const lines = [element.description];
  if (element.events.length)
    lines.push(`Events: ${element.events.map((e) => `\`${e.name}\``).join(', ')}.`);
  // `lang` is a global attribute, so it is documented here rather than listed.
  lines.push('`lang` (`da` or `en`) picks the language; else the page’s language is used.');
  return lines.filter(Boolean).join('\n\n');
}

/** VS Code custom data: https://github.com/microsoft/vscode-custom-data (version 1.1). */
export function vscodeCustomData(elements) {
  const tags = elements.map((element) => ({
    name: element.tagName,
    description: { kind: 'markdown', value: elementDoc(element) },
    attributes: element.attributes.map((attr) => {
      const entry = {
        name: attr.name,
        description: { kind: 'markdown', value: attributeDoc(attr) },
      };
      const values = enumeratedValues(attr.type?.text);
      if (values) entry.values = values.map((name) => ({ name }));
      else if (isBoolean(attr)) entry.valueSet = 'v';
      return entry;
    }),
  }));
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags,
  };
}

/** CSS custom properties or parts, once each, with the elements that have them. */
function shared(elements, key) {
  const byName = new Map();
  for (const element of elements) {
    for (const item of element[key]) {
      const entry = byName.get(item.name) ?? { item, tags: [] };
      entry.tags.push(`\`<${element.tagName}>\``);
      byName.set(item.name, entry);
    }
  }
  return [...byName.values()].map(({ item, tags }) => ({
    name: item.name,
    description: [
      item.description?.trim(),
      item.default ? `Default: \`${item.default}\`.` : '',
      `On ${tags.join(', ')}.`,
    ]
      .filter(Boolean)
      .join(' '),
  }));
}

/** JetBrains web-types (generic HTML contributions, read by WebStorm and the other IDEs). */
export function webTypes(elements, pkg) {
  const event = (e) => ({
    name: e.name,
    ...(e.description ? { description: e.description } : {}),
    ...(e.type?.text ? { type: e.type.text } : {}),
  });
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: elementDoc(element),
          source: { module: pkg.name, symbol: element.className },
          attributes: element.attributes.map((attr) => {
            const values = enumeratedValues(attr.type?.text);
            return {
              name: attr.name,
              description: attr.description?.trim() ?? '',
              ...(literalDefault(attr) ? { default: literalDefault(attr) } : {}),
              value: isBoolean(attr)
                ? { type: 'boolean' }
                : values
                  ? { type: values.map((v) => `'${v}'`).join(' | ') }
                  : { type: (attr.type?.text ?? 'string').replace(/\s*\|\s*undefined$/, '') },
            };
          }),
          events: element.events.map(event),
          slots: element.slots.map((s) => ({
            name: s.name,
            ...(s.description ? { description: s.description } : {}),
          })),
          js: {
            properties: element.properties.map((p) => ({
              name: p.name,
              ...(p.description ? { description: p.description } : {}),
              ...(p.type?.text ? { type: p.type.text } : {}),
            })),
            events: element.events.map(event),
          },
        })),
      },
      css: {
        properties: shared(elements, 'cssProperties'),
        parts: shared(elements, 'cssParts'),
      },
    },
  };
}

/** Writes both files from the manifest and package.json in the current folder. */
export function writeIdeData({ manifest = 'custom-elements.json', pkgFile = 'package.json' } = {}) {
  const elements = elementsOf(JSON.parse(readFileSync(manifest, 'utf8')));
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  if (!elements.length) throw new Error(`${manifest} declares no custom element`);
  for (const [file, data] of [
    [vscodeDataFile, vscodeCustomData(elements)],
    [webTypesFile, webTypes(elements, pkg)],
  ]) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  }
  return elements.map((e) => e.tagName);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tags = writeIdeData();
  console.log(`Wrote ${vscodeDataFile} and ${webTypesFile} (${tags.join(', ')}).`);
}

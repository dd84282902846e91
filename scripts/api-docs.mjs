// Writes the developer API tables in README.md from custom-elements.json, between
// `<!-- api:<tag>:start -->` and `<!-- api:<tag>:end -->`, and the designers' table of the shared
// tokens between `<!-- tokens:start -->` and `<!-- tokens:end -->`. Without `--write` it checks
// that the tables are current and fails when they are not, so docs and code cannot drift apart.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tags, widgetOf } from './widgets.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
      ].join('\n')
    : '';

/** The base class's generic content and strings types, named as the widget's door exports them. */
const typeText = (text, tag) => {
  const stem = widgetOf(tag).name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
  return text?.replace(/\bT\b/g, `${stem}Content`).replace(/\bS\b/g, `${stem}Strings`);
};

function docs(element) {
  const publicMembers = (element.members ?? []).filter(
    (m) =>
      !m.static &&
      m.privacy !== 'private' &&
      m.privacy !== 'protected' &&
      !/@internal/.test(m.description ?? ''),
  );
  const fields = publicMembers.filter((m) => m.kind === 'field');
  const attributes = element.attributes ?? [];
  const attributeOf = new Map(
    attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a.name]),
  );
  const rows = [
    ...fields.map((f) => [
      code(attributeOf.get(f.name)),
      code(f.name),
      code(typeText(f.type?.text, element.tagName)),
      code(f.default),
      cell(f.description),
    ]),
    ...attributes
      .filter((a) => !a.fieldName || !fields.some((f) => f.name === a.fieldName))
      .map((a) => [code(a.name), '', code(a.type?.text), code(a.default), cell(a.description)]),
  ];
  const methods = publicMembers
    .filter((m) => m.kind === 'method')
    .map((m) => [
      code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
      cell(m.description),
    ]);
  const events = (element.events ?? [])
    .filter((e) => e.name)
    .map((e) => [code(e.name), code(e.type?.text), cell(e.description)]);
  const parts = (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  const props = (element.cssProperties ?? []).map((p) => [
    code(p.name),
    code(p.default),
    cell(p.description),
  ]);
  const slots = (element.slots ?? []).map((s) => [
    s.name ? code(s.name) : '(default)',
    cell(s.description),
  ]);
  return [
    table(['Attribute', 'Property', 'Type', 'Default', 'Description'], rows),
    table(['Method', 'Description'], methods),
    table(['Event', 'Type', 'Description'], events),
    table(['Slot', 'Description'], slots),
    table(['CSS part', 'Description'], parts),
    table(['CSS custom property', 'Default', 'Description'], props),
  ]
    .filter(Boolean)
    .join('\n\n');
}

// One table a widget of the registry, in its order: a widget the manifest lacks fails here.
const declared = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement && d.tagName),
);
const elements = tags.map((tag) => {
  const element = declared.find((d) => d.tagName === tag);
  if (!element) throw new Error(`custom-elements.json declares no <${tag}>`);
  return element;
});
for (const { tagName } of declared) widgetOf(tagName);
// The shared design tokens, for designers: the base class's custom properties, which the manifest
// takes from the token table (src/core/tokens.ts).
const base = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.name === 'DigiElement');
const blocks = [
  ...elements.map((element) => ({ id: `api:${element.tagName}`, generated: docs(element) })),
  {
    id: 'tokens',
    generated: table(
      ['Property', 'Default', 'Used for'],
      (base?.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  },
];
let readme = readFileSync('README.md', 'utf8');
const cells = (text) =>
  text
    .replace(/ *\| */g, '|')
    .replace(/-{3,}/g, '---')
    .replace(/\s+/g, ' ')
    .trim();
const stale = [];
for (const { id, generated } of blocks) {
  const block = new RegExp(`(<!-- ${id}:start -->)([\\s\\S]*?)(<!-- ${id}:end -->)`);
  const current = block.exec(readme);
  if (!current) {
    stale.push(`${id} (no <!-- ${id}:start --> block)`);
    continue;
  }
  if (cells(current[2]) !== cells(generated)) stale.push(id);
  readme = readme.replace(block, `$1\n\n${generated}\n\n$3`);
}
if (process.argv.includes('--write')) {
  writeFileSync('README.md', readme);
  execFileSync('npx', ['prettier', '--write', 'README.md'], { stdio: 'ignore' });
  console.log(`README.md tables written: ${blocks.map((b) => b.id).join(', ')}.`);
} else if (stale.length) {
  console.error(
    `README.md API tables are out of date: ${stale.join(', ')}. Run: npm run api-docs -- --write`,
  );
  process.exit(1);
} else {
  console.log('README.md API tables match custom-elements.json.');
}

// Writes docs/api.md, the API reference, from custom-elements.json: the shared design tokens once,
// then per widget its attributes and properties, methods, events with their detail, slots, parts
// and own CSS custom properties. The whole file is generated (and formatted with the project's
// Prettier settings). Without `--write` it checks that docs/api.md is current and fails when it is
// not, so the reference and the code cannot drift apart. Storybook's docs pages read the same
// manifest (.storybook/preview.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { registry, widgetOf } from './widgets.mjs';

const target = 'docs/api.md';
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
/** A heading and its table, or nothing when the table is empty. */
const section = (heading, body) => (body ? `### ${heading}\n\n${body}` : '');
/** A manifest description as Markdown paragraphs (JSDoc wraps its lines). */
const prose = (text = '') =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');

/** The base class's generic content and strings types, named as the widget's door exports them. */
const typeText = (text, tag) => {
  const stem = widgetOf(tag).reactName;
  return text?.replace(/\bT\b/g, `${stem}Content`).replace(/\bS\b/g, `${stem}Strings`);
};

const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const declared = declarations.filter((d) => d.customElement && d.tagName);
const base = declarations.find((d) => d.name === 'DigiElement');
if (!base) throw new Error('custom-elements.json declares no DigiElement');
/** The shared tokens: the base class's custom properties (from src/core/tokens.ts). */
const shared = new Set((base.cssProperties ?? []).map((p) => p.name));
/** An event class's own description: when it is dispatched, and when never. */
const eventClass = (name) => declarations.find((d) => d.kind === 'class' && d.name === name);

function widgetDocs(element) {
  const { name, reactName } = widgetOf(element.tagName);
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
    .map((e) => {
      const when = prose(eventClass(e.type?.text)?.description);
      return [code(e.name), code(e.type?.text), cell([e.description, when].join(' '))];
    });
  const slots = (element.slots ?? []).map((s) => [
    s.name ? code(s.name) : '(default)',
    cell(s.description),
  ]);
  const parts = (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  const own = (element.cssProperties ?? [])
    .filter((p) => !shared.has(p.name))
    .map((p) => [code(p.name), code(p.default), cell(p.description)]);
  const lacking = [...shared].filter(
    (token) => !(element.cssProperties ?? []).some((p) => p.name === token),
  );
  if (lacking.length) throw new Error(`<${element.tagName}> lacks ${lacking.join(', ')}`);
  return [
    `## \`<${element.tagName}>\``,
    prose(element.summary),
    prose(element.description),
    `\`import '@digileder/widgets/${name}.js'\` registers it; the class is \`${element.name}\`, ` +
      `the React 18 wrapper \`${reactName}\` (\`@digileder/widgets/react\`), and its JSON format ` +
      `is \`schemas/${name}.schema.json\`.`,
    section(
      'Attributes and properties',
      table(['Attribute', 'Property', 'Type', 'Default', 'Description'], rows),
    ),
    section('Methods', table(['Method', 'Description'], methods)),
    section('Events', table(['Event', 'Class', '`detail`, and when'], events)),
    section('Slots', table(['Slot', 'Description'], slots)),
    section('CSS parts', table(['Part', 'Description'], parts)),
    section(
      'CSS custom properties',
      [
        table(['Property', 'Default', 'Description'], own),
        'And every [shared token](#shared-design-tokens).',
      ]
        .filter(Boolean)
        .join('\n\n'),
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
}

// One section a widget of the registry, in its order: a widget the manifest lacks fails here,
// and so does a custom element the registry does not hold.
const elements = registry.map(({ tag }) => {
  const element = declared.find((d) => d.tagName === tag);
  if (!element) throw new Error(`custom-elements.json declares no <${tag}>`);
  return element;
});
for (const { tagName } of declared) widgetOf(tagName);

const page = [
  '<!-- Generated by scripts/api-docs.mjs from custom-elements.json. Do not edit: change the doc',
  'comments in src/, then run `npm run manifest` and `npm run api-docs -- --write`. -->',
  '',
  '# API reference',
  '',
  'Every attribute, property, method, event, slot, part and CSS custom property of the three ' +
    'elements, generated from the custom-elements manifest that ships in the package ' +
    '(`custom-elements.json`); `npm run manifest:check` fails when this page is out of date. ' +
    'How to install and use the elements: [For developers](developers.md). The messages a ' +
    'widget shows: [What the messages mean](messages.md).',
  '',
  ...elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName})`),
  '- [Shared design tokens](#shared-design-tokens)',
  '',
  '## Common to every widget',
  '',
  'Every widget also takes the global `lang` attribute: its own, else the nearest ancestor’s, ' +
    'else `da`; `da` and `en` are built in, any other language shows Danish with a notice. Events ' +
    'bubble and cross shadow roots (`composed`). When content or an attribute is refused the ' +
    'widget shows a notice, dispatches `digi-error` and logs one `console.error` with the same ' +
    'sentence.',
  '',
  ...elements.map(widgetDocs).flatMap((text) => [text, '']),
  '## Shared design tokens',
  '',
  'Every widget reads these custom properties, set on it or on any element around it. The ' +
    'theming guide in Storybook (Guides/Theming) shows them at work.',
  '',
  table(
    ['Property', 'Default', 'Used for'],
    (base.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
  ),
  '',
].join('\n');

const options = { ...(await prettier.resolveConfig(target)), filepath: target };
const generated = await prettier.format(page, options);
const current = (() => {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return '';
  }
})();
if (process.argv.includes('--write')) {
  writeFileSync(target, generated);
  console.log(`${target} written from custom-elements.json.`);
} else if (current !== generated) {
  console.error(
    `${target} is out of date with custom-elements.json. Run: npm run api-docs -- --write`,
  );
  process.exit(1);
} else {
  console.log(`${target} matches custom-elements.json.`);
}

// The widgets the package ships, read from the one registry, src/widgets.json: every script that
// lists widgets takes them from here. Adding a widget there (and its folder src/<name>/ with a
// door, index.ts, and a define file, define.ts) is enough for the entries, the build, the
// schemas and the checks; a script that needs a fact per widget keys it by tag with `perWidget`,
// so a widget it does not know fails loudly instead of being skipped.
import { readFileSync } from 'node:fs';

const registryFile = new URL('../src/widgets.json', import.meta.url);

/**
 * The registry's entries, in order: `{ name, tag, className, reactName }`. `name` is the folder
 * in src/ and the entry file in dist/ (`dist/<name>.js`, `dist/cdn/<name>.js`).
 */
export const registry = JSON.parse(readFileSync(registryFile, 'utf8')).widgets.map((entry) => {
  for (const field of ['name', 'tag', 'className', 'reactName'])
    if (typeof entry[field] !== 'string' || !entry[field])
      throw new Error(`src/widgets.json: an entry lacks "${field}": ${JSON.stringify(entry)}`);
  return Object.freeze({ ...entry });
});

/** The widgets' folder names in src/, in the registry's order. */
export const widgets = registry.map((w) => w.name);

/** The widgets' tags, in the registry's order. */
export const tags = registry.map((w) => w.tag);

/** The registry's entry for `tag`; throws for a tag the registry does not hold. */
export function widgetOf(tag) {
  const found = registry.find((w) => w.tag === tag);
  if (!found) throw new Error(`<${tag}> is not in src/widgets.json`);
  return found;
}

/**
 * `detail` (an object keyed by tag) checked against the registry: throws, naming `what`, when a
 * widget has no entry or an entry names no widget. Returns `detail`.
 */
export function perWidget(detail, what) {
  const missing = tags.filter((tag) => !Object.hasOwn(detail, tag));
  const unknown = Object.keys(detail).filter((key) => !tags.includes(key));
  if (missing.length || unknown.length)
    throw new Error(
      `${what}: ${[
        missing.length && `no entry for ${missing.map((t) => `<${t}>`).join(', ')}`,
        unknown.length &&
          `entries for widgets src/widgets.json does not hold: ${unknown.join(', ')}`,
      ]
        .filter(Boolean)
        .join('; ')}`,
    );
  return detail;
}

/** Library entries (lit external): name in dist/ → source. */
export const libraryEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  ...Object.fromEntries(widgets.map((w) => [w, `src/${w}/define.ts`])),
  // React 18 wrappers (@lit/react); react and @lit/react stay external.
  react: 'src/react.ts',
  // The integrations' door (SharePoint web part): registration, content checks, theme helpers.
  integration: 'src/integration.ts',
  // The SharePoint web part's pane words and choices, shared with the builder.
  'sharepoint-pane': 'src/sharepoint-pane.ts',
};

/** Self-contained CDN bundles (lit inlined): name in dist/cdn/ → source. */
export const cdnEntries = {
  'digileder-widgets': 'src/define.ts',
  ...Object.fromEntries(widgets.map((w) => [w, `src/${w}/define.ts`])),
};

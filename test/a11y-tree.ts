// What a screen reader gets: Chromium's accessibility tree of an element (its shadow DOM
// included), as puppeteer serialises it, flattened into lines in reading order. Tests assert
// names, roles, states and order on these lines, beside axe. Only Chromium's launcher (puppeteer
// over CDP) can read the tree: elsewhere `itReads` leaves the test pending with the reason.
import { executeServerCommand } from '@web/test-runner-commands';
import { engine } from './helpers.js';

/** A node of the tree (puppeteer's SerializedAXNode, the fields the tests read). */
export interface AxNode {
  readonly role: string;
  readonly name?: string;
  readonly description?: string;
  readonly roledescription?: string;
  readonly value?: string | number;
  readonly level?: number;
  readonly selected?: boolean;
  readonly checked?: boolean | 'mixed';
  readonly pressed?: boolean | 'mixed';
  readonly expanded?: boolean;
  readonly disabled?: boolean;
  readonly focused?: boolean;
  readonly invalid?: string;
  readonly required?: boolean;
  readonly children?: readonly AxNode[];
}

/** Whether this engine can read its accessibility tree. */
export const readsTree = engine === 'Chromium';

/**
 * `it` for a test of the accessibility tree: Chromium only. Elsewhere the test is pending, its
 * title naming the engine and the reason (never a silent skip).
 */
export function itReads(title: string, test: () => Promise<void>): void {
  if (readsTree) it(title, test);
  else it(`${title} [${engine}: no accessibility tree over WebDriver; read in Chromium]`);
}

let roots = 0;

/** The accessibility tree of `element` and everything in it. */
export async function axTree(element: Element): Promise<AxNode> {
  const id = `ax-${(roots += 1)}`;
  element.setAttribute('data-ax-root', id);
  try {
    const tree = await executeServerCommand<AxNode | null, { selector: string }>('digi-ax', {
      selector: `[data-ax-root="${id}"]`,
    });
    if (!tree) throw new Error(`no accessibility tree for <${element.localName}>`);
    return prune(tree);
  } finally {
    element.removeAttribute('data-ax-root');
  }
}

/** Roles that tell a reader nothing: their children take their place. */
const HOLLOW = new Set([
  'generic',
  'none',
  'presentation',
  'LineBreak',
  'InlineTextBox',
  'ignored',
]);

/** Roles whose text a screen reader speaks as their name, not again as text. */
const NAMED_BY_TEXT = new Set([
  'button',
  'tab',
  'heading',
  'link',
  'option',
  'radio',
  'checkbox',
  'menuitem',
  'LabelText',
]);

/**
 * Chromium's CDP gives `roledescription` as UTF-8 bytes read as Latin-1 ("råd" comes as "rÃ¥d";
 * names are right): read those bytes as UTF-8 again. A text that is not such bytes stays as it is.
 */
function utf8Again(text: string | undefined): string | undefined {
  if (!text || Array.from(text).some((c) => c.charCodeAt(0) > 0xff)) return text;
  try {
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

/**
 * The tree as a screen reader walks it: hollow nodes replaced by their children, the text inside
 * a named control or heading left out (it is spoken as the name), list bullets left out.
 */
function prune(node: AxNode): AxNode {
  const children = (node.children ?? []).flatMap((child: AxNode): AxNode[] => {
    if (child.role === 'ListMarker') return [];
    if (child.role === 'StaticText' && NAMED_BY_TEXT.has(node.role)) return [];
    const kept = prune(child);
    return HOLLOW.has(kept.role) ? [...(kept.children ?? [])] : [kept];
  });
  const roledescription = utf8Again(node.roledescription);
  return { ...node, ...(roledescription ? { roledescription } : {}), children };
}

const STATES = [
  'level',
  'selected',
  'checked',
  'pressed',
  'expanded',
  'disabled',
  'focused',
  'invalid',
  'required',
] as const;

/**
 * One node as a line: `role "name"` with its role description, description and states, e.g.
 * `tab "Råd 3: Digitale kompetencer" selected`, `heading "…" level=3`,
 * `group "3 af 13" (råd)`, `radio "…" checked=false invalid=true`.
 */
export function line(node: AxNode): string {
  const parts = [node.role];
  if (node.name) parts.push(JSON.stringify(node.name));
  if (node.roledescription) parts.push(`(${node.roledescription})`);
  if (node.description) parts.push(`description=${JSON.stringify(node.description)}`);
  for (const state of STATES) {
    if (state === 'level' && node.role === 'listitem') continue; // nesting, not news
    const value = node[state];
    if (value === undefined || value === false) continue;
    parts.push(value === true ? state : `${state}=${String(value)}`);
  }
  return parts.join(' ');
}

/** The tree as lines in reading order (depth first), without the root's own line. */
export async function readingOrder(element: Element): Promise<string[]> {
  const lines: string[] = [];
  const walk = (node: AxNode) => {
    for (const child of node.children ?? []) {
      lines.push(line(child));
      walk(child);
    }
  };
  walk(await axTree(element));
  return lines;
}

// The link check: every relative link and anchor in the docs resolves, as GitHub would resolve
// it. Reads README.md, CONTRIBUTING.md, CHANGELOG.md and docs/**/*.md (or the files given as
// arguments). A relative link must name a file or folder git tracks (so nothing that exists only
// in a local build), and a `#fragment` a heading or `id` in the target Markdown file, with
// GitHub's heading ids (lower case, punctuation dropped, spaces to hyphens, æøå kept, repeats
// numbered -1, -2 …); a fragment on another kind of file must be a line (`#L12`, `#L12-L20`).
// External http(s) links are not fetched (no network) but must be well-formed URLs; other
// schemes fail, except mailto:. Prints each broken link as file:line and fails when there is one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const tracked = new Set(
  execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean),
);
/** A path (relative to the root) git tracks as a file, or a folder holding tracked files. */
const isTracked = (path) =>
  tracked.has(path) ||
  path === '' ||
  [...tracked].some((file) => file.startsWith(`${path.replace(/\/$/, '')}/`));

const files =
  process.argv.length > 2
    ? process.argv.slice(2).map((file) => relative(root, resolve(file)))
    : [...tracked]
        .filter(
          (file) =>
            ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md'].includes(file) ||
            /^docs\/.+\.md$/.test(file),
        )
        .sort();

/** The text of a Markdown file with fenced code blocks and HTML comments blanked (lines kept). */
function withoutCode(text) {
  let fence;
  return text
    .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n')
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return '';
      }
      if (marker) {
        fence = marker;
        return '';
      }
      return line;
    })
    .join('\n');
}

/** A line with inline code spans blanked, so `[a](b)` inside backticks is no link. */
const withoutSpans = (line) => line.replace(/(`+)[\s\S]*?\1/g, (span) => ' '.repeat(span.length));

/**
 * GitHub's id for a heading's text: the text as rendered (code spans as their content, links as
 * their text, emphasis and HTML tags dropped), lower-cased, every character that is not a letter,
 * mark, number, `_`, `-` or space dropped, spaces turned into hyphens.
 */
export function slug(heading) {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(`+)([\s\S]*?)\1|<\/?[a-zA-Z][^>]*>/g, (whole, _ticks, code) => code ?? '')
    .replace(/(\*{1,3}|_{1,3})(\S(?:[\s\S]*?\S)?)\1/g, '$2');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const anchorsOf = new Map();
/** The ids a Markdown file offers: its headings' (numbered when repeated) and explicit ids. */
function anchors(file) {
  if (anchorsOf.has(file)) return anchorsOf.get(file);
  const text = withoutCode(readFileSync(join(root, file), 'utf8'));
  const ids = new Set();
  const seen = new Map();
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const atx = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
    const setext =
      /^ {0,3}(=+|-+)\s*$/.test(line) &&
      i > 0 &&
      lines[i - 1].trim() &&
      !/^\s*[-*+|]/.test(lines[i - 1]);
    const heading = atx ?? (setext ? lines[i - 1] : undefined);
    if (heading !== undefined) {
      const base = slug(heading);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      ids.add(count ? `${base}-${count}` : base);
    }
    for (const m of line.matchAll(/<[a-z][^>]*\s(?:id|name)="([^"]+)"/gi)) ids.add(m[1]);
  });
  anchorsOf.set(file, ids);
  return ids;
}

/** Every link target in a file, with its line: inline links and images, references, HTML. */
function links(file) {
  const found = [];
  withoutCode(readFileSync(join(root, file), 'utf8'))
    .split('\n')
    .forEach((raw, i) => {
      const line = withoutSpans(raw);
      const at = (target) => found.push({ line: i + 1, target: target.trim() });
      // [text](target "title") and ![alt](target), the target possibly in <…>.
      // A destination may hold balanced parentheses, one level deep, as CommonMark allows.
      for (const m of line.matchAll(
        /\]\(\s*(<[^>]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"]*")?\s*\)/g,
      ))
        at(m[1].replace(/^<|>$/g, ''));
      // [label]: target
      const definition = /^ {0,3}\[[^\]]+\]:\s*(\S+)/.exec(line);
      if (definition) at(definition[1].replace(/^<|>$/g, ''));
      // <https://…> autolinks, and href/src in HTML.
      for (const m of line.matchAll(/<(https?:\/\/[^>\s]+)>/g)) at(m[1]);
      for (const m of line.matchAll(/<[a-z][^>]*?\s(?:href|src)="([^"]*)"/gi)) at(m[1]);
    });
  return found;
}

/** What is wrong with `target` in `file`, or undefined when it resolves. */
function problem(file, target) {
  if (!target) return 'empty link';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    try {
      const url = new URL(target);
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return 'no valid host name';
      if (/\s/.test(target)) return 'white space in URL';
      return undefined;
    } catch {
      return 'malformed URL';
    }
  }
  if (scheme === 'mailto')
    return /^mailto:[^@\s]+@[^@\s]+\.[a-z]+$/i.test(target) ? undefined : 'malformed mailto';
  if (scheme) return `scheme ${scheme}: is not allowed`;
  if (target.startsWith('//')) return 'protocol-relative URL';
  const [pathPart, ...rest] = target.split('#');
  const fragment = rest.join('#');
  let path;
  try {
    path = decodeURIComponent(pathPart.split('?')[0]);
  } catch {
    return 'malformed percent-encoding';
  }
  const resolved = path
    ? normalize(path.startsWith('/') ? path.slice(1) : join(dirname(file), path)).replace(/\/$/, '')
    : file;
  if (resolved.startsWith('..')) return 'points outside the repository';
  if (!existsSync(join(root, resolved))) return `no file ${resolved}`;
  if (!isTracked(resolved)) return `${resolved} is not tracked by git (GitHub will not have it)`;
  if (!fragment) return undefined;
  let id;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return 'malformed percent-encoding in the anchor';
  }
  if (statSync(join(root, resolved)).isDirectory()) return `anchor #${id} on a folder`;
  if (!/\.mdx?$/.test(resolved))
    return /^L\d+(-L\d+)?$/.test(id) ? undefined : `anchor #${id} on a file that is not Markdown`;
  return anchors(resolved).has(id) ? undefined : `no heading #${id} in ${resolved}`;
}

// GitHub's ids for headings this project's docs use: a wrong slug would pass broken anchors.
const slugCases = [
  [
    'Hvad beskederne betyder / What the messages mean',
    'hvad-beskederne-betyder--what-the-messages-mean',
  ],
  ['`<digi-tip-carousel>`', 'digi-tip-carousel'],
  ['Trin 2: Start fra – åbn en fil', 'trin-2-start-fra--åbn-en-fil'],
  ['Sådan regner selvtesten (quiz_scoring)', 'sådan-regner-selvtesten-quiz_scoring'],
  ['**Bold** and _emphasis_ and [a link](x.md)', 'bold-and-emphasis-and-a-link'],
  ['Æble, Øl & Ål!', 'æble-øl--ål'],
];
for (const [heading, expected] of slugCases)
  if (slug(heading) !== expected)
    throw new Error(`slug(${JSON.stringify(heading)}) is ${slug(heading)}, expected ${expected}`);

const broken = [];
let count = 0;
for (const file of files) {
  if (!existsSync(join(root, file))) {
    broken.push(`${file}: no such file`);
    continue;
  }
  for (const { line, target } of links(file)) {
    count++;
    const why = problem(file, target);
    if (why) broken.push(`${file}:${line}: ${target} – ${why}`);
  }
}
if (broken.length) {
  console.error(`Link check: ${broken.length} broken of ${count} links in ${files.length} files:`);
  for (const line of broken) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`Link check: ${count} links in ${files.length} files resolve.`);

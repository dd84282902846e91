// A build plugin that shrinks the static text of lit `html`, `svg` and `css` tagged templates:
// comments out of CSS, and white space that only formats the source (runs holding a line break)
// down to one space. The TypeScript parser finds the templates, so code inside `${}` is untouched.
import ts from 'typescript';
import { applyEdits, sourcePlugin } from './source-edits.mjs';

const TAGS = new Set(['html', 'svg', 'css']);

function minifyCss(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .replace(/\s+!important/g, '!important')
      // 0.75rem → .75rem (not inside a longer number or a name)
      .replace(/(?<![\w.#-])0\.(?=\d)/g, '.')
      // [part='tablist'] → [part=tablist]: a value that is a name needs no quotes
      .replace(/\[([\w-]+)=(['"])([a-zA-Z_][\w-]*)\2\]/g, '[$1=$3]')
      .trim()
  );
}

// Elements whose tags white space next to never shows: blocks (HTML renders no white space at a
// block's edges) and SVG shapes. Prettier treats the space beside them as layout, too.
const BLOCKS = 'div|p|section|ul|ol|li|form|fieldset|legend|circle|path|g';
const BLOCK_AFTER = new RegExp(`(</?(?:${BLOCKS})(?:\\s[^<>]*)?>)\\s*\\n\\s*`, 'g');
const BLOCK_BEFORE = new RegExp(`\\s*\\n\\s*(</?(?:${BLOCKS})[\\s>])`, 'g');

function minifyMarkup(text) {
  // Also drop the space Prettier leaves before a tag's closing `>` (after an attribute's quote, at
  // the start of the static part that follows an attribute's `${}`, or in an end tag), and the
  // quotes around a static attribute value that needs none (`class="slide"` → `class=slide`, as
  // HTML allows for a value without spaces, quotes, `=`, `<`, `>`, `` ` `` or `/`); text is never
  // touched.
  return text
    .replace(BLOCK_AFTER, '$1')
    .replace(BLOCK_BEFORE, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/^\s+>/, '>')
    .replace(/(["']|<\/[\w-]+)\s+>/g, '$1>')
    .replace(/(\s[\w-]+)="([^\s"'=<>`/]+)"/g, '$1=$2');
}

/** Returns the source with every lit template's static parts minified. */
export function minifyTemplates(code, fileName) {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyMarkup;
      const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template]
        : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        const start = part.getStart(source) + 1; // after ` or }
        const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        edits.push([start, end, minify(code.slice(start, end))]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return applyEdits(code, edits);
}

/** The Vite/Rolldown plugin: applies `minifyTemplates` to the project's TypeScript sources. */
export const minifyTemplatesPlugin = () =>
  sourcePlugin('digi-minify-templates', /\b(html|svg|css)`/, minifyTemplates);

// The token table (src/core/tokens.ts) gives each token a description for the docs: the manifest
// and Storybook read it. The widgets only need the values, so the bundles leave the descriptions
// out: every bundle ships every byte to every reader.
import ts from 'typescript';

const TOKENS_MODULE = /\/src\/core\/tokens\.ts$/;

/** Returns tokens.ts without the `description` of each token (the rest untouched). */
export function stripTokenDocs(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const cuts = [];
  const visit = (node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'description' &&
      ts.isObjectLiteralExpression(node.parent)
    ) {
      // The property and the comma after it, if any.
      const next = code.slice(node.getEnd()).match(/^\s*,/);
      cuts.push([node.getStart(source), node.getEnd() + (next ? next[0].length : 0)]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!cuts.length) throw new Error(`${fileName}: no token descriptions found to strip`);
  let out = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

/** The Vite/Rolldown plugin: applies `stripTokenDocs` to src/core/tokens.ts. */
export function stripTokenDocsPlugin() {
  return {
    name: 'digi-strip-token-docs',
    enforce: 'pre',
    transform(code, id) {
      if (!TOKENS_MODULE.test(id)) return null;
      return { code: stripTokenDocs(code, id), map: null };
    },
  };
}

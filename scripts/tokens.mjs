// The design-token table, src/core/tokens.ts, for the tools: the manifest's config reads it to
// document the shared custom properties, and the build folds it into the CSS the widgets need.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { applyEdits } from './source-edits.mjs';

export const TOKENS_FILE = 'src/core/tokens.ts';

/** The module src/core/tokens.ts (it imports nothing), compiled and loaded as it is. */
export async function loadTokens(code = readFileSync(TOKENS_FILE, 'utf8')) {
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

/**
 * A build plugin for src/core/tokens.ts: `tokenProperties()` returns the CSS it computes, as a
 * string written in, and the descriptions (for the docs) go. The widgets' bundles then carry that
 * CSS and neither the table nor the code that turns it into CSS.
 */
export function tokenCssPlugin() {
  return {
    name: 'digi-token-css',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.endsWith(`/${TOKENS_FILE}`)) return null;
      const { tokenProperties } = await loadTokens(code);
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (
          ts.isVariableDeclaration(node) &&
          ts.isIdentifier(node.name) &&
          node.name.text === 'tokenProperties' &&
          node.initializer
        ) {
          const folded = `(): string => ${JSON.stringify(tokenProperties())}`;
          edits.push([node.initializer.getStart(source), node.initializer.getEnd(), folded]);
        } else if (
          ts.isPropertyAssignment(node) &&
          ts.isIdentifier(node.name) &&
          node.name.text === 'description'
        ) {
          const comma = code.slice(node.getEnd()).match(/^\s*,/)?.[0] ?? '';
          edits.push([node.getStart(source), node.getEnd() + comma.length, '']);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.some(([, , text]) => text)) {
        throw new Error(`${TOKENS_FILE} no longer declares tokenProperties`);
      }
      return { code: applyEdits(code, edits), map: null };
    },
  };
}

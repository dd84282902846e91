// A build plugin that turns the `@property()` and `@state()` decorators of src/core/decorators.ts
// into the `static properties` table Lit reads, before TypeScript's decorators are compiled. The
// sources keep Lit's decorator style (and the manifest reads it); the bundles lose the
// `__decorate` helper and one call per property (about 0.2 kB of every widget bundle, min+gzip).
// Lit creates the same reactive properties either way: from `static properties` when the class is
// finalized (on `customElements.define`), from the decorators when the class is defined.
import ts from 'typescript';
import { applyEdits, sourcePlugin } from './source-edits.mjs';

const DECORATORS = new Set(['property', 'state']);

/** The decorator's name (`property` in `@property({ … })`), or `undefined` for another shape. */
function decoratorName(decorator) {
  const call = decorator.expression;
  return ts.isCallExpression(call) && ts.isIdentifier(call.expression)
    ? call.expression.text
    : undefined;
}

/** Returns `code` with every class's property decorators moved into `static properties`. */
export function decoratorsToStaticProperties(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isClassLike(node)) {
      const entries = [];
      for (const member of node.members) {
        const decorators = ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : [];
        if (!decorators.length) continue;
        const [decorator, ...more] = decorators;
        const name = decoratorName(decorator);
        if (more.length || !DECORATORS.has(name) || !ts.isPropertyDeclaration(member)) {
          throw new Error(
            `${fileName}: ${member.name.getText(source)} has a decorator this build cannot ` +
              'move into static properties (only one @property() or @state() on a field)',
          );
        }
        if (!ts.isIdentifier(member.name)) {
          throw new Error(`${fileName}: a decorated field needs a plain name`);
        }
        const [options] = decorator.expression.arguments;
        const declaration =
          name === 'state' ? '{ state: true }' : options ? options.getText(source) : '{}';
        entries.push(`${member.name.text}: ${declaration}`);
        // The decorator and the white space after it.
        const after = code.slice(decorator.getEnd()).match(/^\s*/)[0].length;
        edits.push([decorator.getStart(source), decorator.getEnd() + after, '']);
      }
      if (entries.length) {
        const open = node.members.pos; // just after the class body's `{`
        edits.push([open, open, `\n  static properties = { ${entries.join(', ')} };`]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return applyEdits(code, edits);
}

/** The Vite/Rolldown plugin: applies `decoratorsToStaticProperties` to the project's sources. */
export const staticPropertiesPlugin = () =>
  sourcePlugin('digi-static-properties', /@(property|state)\(/, decoratorsToStaticProperties);

// What the build's rewrites of our sources share: edits found by walking a file's syntax tree,
// applied from the end so that earlier offsets stay right, and the plugin that runs a rewrite
// over src/**/*.ts before anything else reads it.

/** `code` with every `[start, end, text]` edit made (the ranges must not overlap). */
export function applyEdits(code, edits) {
  let out = code;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

/** A Vite/Rolldown plugin that runs `rewrite(code, id)` on the sources whose code `test` finds. */
export function sourcePlugin(name, test, rewrite) {
  return {
    name,
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !test.test(code)) return null;
      return { code: rewrite(code, id), map: null };
    },
  };
}

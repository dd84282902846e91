// The CDN bundles' lazy chunks (English, the custom-content loader) must not import their entry
// file: the chunk would name it without the query string a page may have loaded it with
// (`tip-carousel.js?v=2`), and the browser would load and run a second copy of the widget.
// So every module the lazy code shares with the entry gets a private copy in the chunk. What is
// shared is small and stateless (format(), isSafeHref(), a colour pattern, list limits).

/** Modules that only lazy chunks load. */
const LAZY = /\/src\/(core\/(validate|load|core\.en)|[\w-]+\/[\w-]+\.(schema|en))\.ts$/;
const COPY = '?lazy-copy';

/** @returns {import('vite').Plugin} */
export function selfContainedChunksPlugin() {
  return {
    name: 'digi-self-contained-chunks',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(LAZY.test(importer) || importer.endsWith(COPY))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.includes('/src/')) return resolved;
      if (LAZY.test(resolved.id) || resolved.id.endsWith(COPY)) return resolved;
      return { ...resolved, id: resolved.id + COPY };
    },
  };
}

// A build plugin for the self-contained CDN bundles, which inline Lit: it leaves out three kinds
// of hook Lit runs when it loads and these widgets never use (about 0.13 kB of each bundle,
// min+gzip).
// - Polyfill support: hooks for the ShadyDOM/ShadyCSS polyfills of browsers without native shadow
//   DOM, active only when a page loads Lit's polyfill-support.js first. Browsers that need them
//   have no container queries either, so they cannot show these widgets.
// - Hydration support: for markup rendered on a server by @lit-labs/ssr, which we do not offer.
// - The global lists of Lit versions (`litHtmlVersions` …), which only Lit's development build
//   reads, to warn about several copies of Lit on one page.
// The patterns are Lit's published production code (lit is pinned in package.json): when an
// upgrade changes them, the build fails here instead of shipping them silently.

/** Per module of Lit: the pieces to cut, each found exactly once. */
const CUTS = [
  {
    module: /\/node_modules\/@lit\/reactive-element\/reactive-element\.js$/,
    cuts: [
      /,([$\w]+)=[$\w]+\.reactiveElementPolyfillSupport(?=,)/,
      /,[$\w]+\?\.\(\{ReactiveElement:[$\w]+\}\),\([$\w]+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)(?=;)/,
    ],
  },
  {
    module: /\/node_modules\/lit-html\/lit-html\.js$/,
    cuts: [
      /,([$\w]+)=[$\w]+\.litHtmlPolyfillSupport;\1\?\.\([$\w,]+\),\([$\w]+\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)(?=;)/,
    ],
  },
  {
    module: /\/node_modules\/lit-element\/lit-element\.js$/,
    cuts: [
      /,[$\w]+\.litElementHydrateSupport\?\.\(\{LitElement:[$\w]+\}\)(?=;)/,
      /const ([$\w]+)=[$\w]+\.litElementPolyfillSupport;\1\?\.\(\{LitElement:[$\w]+\}\);/,
      /\([$\w]+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/,
    ],
  },
];

/** Returns `code` (the module `id` of Lit) without its unused hooks; throws when one is missing. */
export function cutLitHooks(code, id) {
  const entry = CUTS.find(({ module }) => module.test(id));
  if (!entry) return code;
  let out = code;
  for (const cut of entry.cuts) {
    const found = out.match(new RegExp(cut.source, 'g')) ?? [];
    if (found.length !== 1) {
      throw new Error(
        `${id}: expected Lit's hook ${cut} once, found it ${found.length} times: update scripts/lit-hooks.mjs for this version of Lit`,
      );
    }
    out = out.replace(cut, '');
  }
  return out;
}

/** The Vite/Rolldown plugin: applies `cutLitHooks` to Lit's modules. */
export function litHooksPlugin() {
  return {
    name: 'digi-lit-hooks',
    transform(code, id) {
      const out = cutLitHooks(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}

// The widgets the package ships: one entry each, plus the all-in-one entry.
export const widgets = ['tip-carousel', 'archetype-quiz', 'strategy-wheel'];

/** Library entries (lit external): name in dist/ → source. */
export const libraryEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  ...Object.fromEntries(widgets.map((w) => [w, `src/${w}/define.ts`])),
  // React 18 wrappers (@lit/react); react and @lit/react stay external.
  react: 'src/react.ts',
  // The integrations' door (SharePoint web part): registration, content checks, theme helpers.
  integration: 'src/integration.ts',
};

/** Self-contained CDN bundles (lit inlined): name in dist/cdn/ → source. */
export const cdnEntries = {
  'digileder-widgets': 'src/define.ts',
  ...Object.fromEntries(widgets.map((w) => [w, `src/${w}/define.ts`])),
};

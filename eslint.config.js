import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import storybook from 'eslint-plugin-storybook';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaries } from './eslint.boundaries.js';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'storybook-static/',
      'node_modules/',
      '.cache/',
      '.wireit/',
      'custom-elements.json',
      // The SharePoint web part's SPFx install and Heft output (its sources are linted below).
      'integrations/sharepoint/{node_modules,lib,lib-commonjs,lib-dts,lib-esm,dist,release,temp,sharepoint,jest-output,.heft}/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      // Lit binds handlers to the element itself.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'DigiElement'] } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's `expect(x).to.equal()` chains look like unhandled promises to the type checker;
      // `accessible()` really is one and stays flagged by `@typescript-eslint/no-floating-promises`
      // unless awaited, because it is typed as returning a Promise.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'file',
              name: ['Equal'],
              path: 'node_modules/@open-wc/semantic-dom-diff/chai-dom-diff-plugin.d.ts',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}', 'scripts/**/*.ts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false },
      globals: { ...globals.node },
    },
  },
  {
    // The web part's TypeScript is type-checked by its own build (Heft, SPFx's types, which the
    // root install does not have); here it gets the rules that need no types.
    files: ['integrations/**/*.ts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      // The web part builds its DOM with DOM APIs only.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build elements with DOM APIs.' },
        { property: 'outerHTML', message: 'Build elements with DOM APIs.' },
        { property: 'insertAdjacentHTML', message: 'Build elements with DOM APIs.' },
      ],
    },
  },
  ...storybook.configs['flat/recommended'],
  ...boundaries,
  prettier,
);

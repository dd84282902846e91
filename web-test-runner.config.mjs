import commonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, findChrome } from './scripts/chrome-path.mjs';

/** Routes the content tests load with `src`: a slow server that never answers, and JSON. */
function testServer() {
  return {
    name: 'digi-test-server',
    serve(context) {
      if (context.path === '/test-src/never') return new Promise(() => {});
    },
  };
}

/**
 * React 18 ships CommonJS only and reads `process.env.NODE_ENV`: the React test needs both turned
 * into browser ESM. The replacement runs first, then the CommonJS conversion of React's packages.
 */
const reactPackages = /\/node_modules\/(react|react-dom|scheduler)\//;
function nodeEnv() {
  return {
    name: 'digi-node-env',
    transform(context) {
      if (reactPackages.test(context.path) && typeof context.body === 'string')
        return { body: context.body.replaceAll('process.env.NODE_ENV', '"development"') };
    },
  };
}
const reactCommonJs = fromRollup(commonjs)({
  strictRequires: false,
  requireReturnsDefault: 'preferred',
  include: [
    '**/node_modules/react/**',
    '**/node_modules/react-dom/**',
    '**/node_modules/scheduler/**',
  ],
});

/** Ends the run with one plain line CI can read: `Tests: N passed, N failed, N skipped`. */
function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) totals.skipped += 1;
          else if (test.passed) totals.passed += 1;
          else totals.failed += 1;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) walk(session.testResults);
      const errors = sessions.filter((s) => s.errors?.length && !s.testResults).length;
      totals.failed += errors;
      process.stdout.write(
        `\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
      );
    },
  };
}

export default {
  reporters: [defaultReporter(), totalsReporter()],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    nodeEnv(),
    reactCommonJs,
    testServer(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: chromeArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.{da,en}.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
    report: true,
    reportDir: 'coverage',
  },
};

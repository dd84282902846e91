import { esbuildPlugin } from '@web/dev-server-esbuild';
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), testServer()],
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
    exclude: ['src/**/*.builtin.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
    report: true,
    reportDir: 'coverage',
  },
};

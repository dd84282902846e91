// Chromium, with coverage: the engine `npm test` always runs (see web-test-runner.shared.mjs).
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, findChrome } from './scripts/chrome-path.mjs';
import { sharedConfig } from './web-test-runner.shared.mjs';

export default {
  ...sharedConfig('Chromium'),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: chromeArgs,
      },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.{da,en}.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
    report: true,
    reportDir: 'coverage',
  },
};

// WebKit: WebKitGTK's MiniBrowser from Debian's packages, through WebKitGTK's own WebDriver
// (webkit2gtk-driver). MiniBrowser has no working headless mode here, so the driver runs under
// xvfb-run; the launcher below starts it on a free port and stops it after the run. WebDriver has
// no media-feature emulation: with DIGI_REDUCED_MOTION=1 MiniBrowser starts with GTK's
// `gtk-enable-animations=0`, which WebKitGTK reports as `prefers-reduced-motion: reduce`, for the
// tests named "reduced motion" (test/runner/engines.mjs does both runs).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { freePort } from './free-port.mjs';
import { reducedMotion } from './plugins.mjs';

export const webkitDriver = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const miniBrowser =
  process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Resolves once something accepts connections on `port`, within `ms`. */
async function listening(port, ms, driver) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    const ok = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${ms} ms`);
}

/** The webdriver launcher, plus starting and stopping `xvfb-run -a WebKitWebDriver`. */
export class WebKitGtkLauncher extends WebdriverLauncher {
  driverProcess;
  gtkConfig;

  constructor() {
    super({
      logLevel: 'error',
      hostname: '127.0.0.1',
      capabilities: {
        browserName: 'MiniBrowser',
        // Classic WebDriver: WebKitGTK's driver refuses webdriverio's default BiDi session.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
    const port = await freePort();
    const env = { ...process.env };
    if (reducedMotion) {
      this.gtkConfig = mkdtempSync(join(tmpdir(), 'digi-webkit-'));
      mkdirSync(join(this.gtkConfig, 'gtk-3.0'));
      writeFileSync(
        join(this.gtkConfig, 'gtk-3.0', 'settings.ini'),
        '[Settings]\ngtk-enable-animations=0\n',
      );
      env.XDG_CONFIG_HOME = this.gtkConfig;
    }
    // Its own process group, so stopping it also stops Xvfb and MiniBrowser. `-a` takes the first
    // free display from `-n`; starting from a number of its own port, two suites started at once
    // do not race for the same display.
    this.driverProcess = spawn(
      'xvfb-run',
      ['-a', '-n', String(100 + (port % 5000)), webkitDriver, `--port=${port}`],
      {
        detached: true,
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    await listening(port, 20_000, this.driverProcess);
    this.options.port = port;
  }

  async stop() {
    await super.stop();
    const driver = this.driverProcess;
    if (driver?.exitCode === null) {
      try {
        process.kill(-driver.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    if (this.gtkConfig) rmSync(this.gtkConfig, { recursive: true, force: true });
  }
}

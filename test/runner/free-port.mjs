// A port nobody listens on, from the system's ephemeral range. Browser suites may run two at a
// time (test/runner/one-browser.mjs), so each server asks here instead of taking a fixed port.
import { createServer } from 'node:net';

/** A free port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

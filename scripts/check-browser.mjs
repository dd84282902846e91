// Stops `npm test` early, with a helpful message, when no browser is installed.
import { findChrome } from './chrome-path.mjs';

if (!findChrome()) {
  console.error(`
No Chromium or Chrome was found; the tests run in a real browser.
Install one and run npm test again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
Or point CHROME_PATH at a Chrome/Chromium executable.
`);
  process.exit(1);
}

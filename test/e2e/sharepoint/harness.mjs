// What the web part's browser checks (e2e.mjs) run on: a server that plays the SharePoint site,
// the section themes, and a recording page.
//
// The server (127.0.0.1, one random port) serves, under a strict Content-Security-Policy:
//   /workbench.html, /standin/*   the stand-in page and framework (standin/);
//   /assets/*                     the scripts of the .sppkg itself, read from the zip (the files
//                                 SharePoint would serve from the tenant's client-side assets);
//   /cdn/*                        the package's CDN bundles (dist/cdn/), for a page that has both;
//   /sites/intranet/Delte dokumenter/*.json
//                                 content files in a "document library": only with the reader's
//                                 session cookie (403 without), `never.json` never answers.
// It records every request, with its Host, so a check can prove nothing went elsewhere.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { instances as countInstances } from '../hosts/memory.mjs';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
export const LIBRARY = '/sites/intranet/Delte dokumenter/';
export const SESSION = { name: 'FedAuth', value: 'reader-session' };

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Serves the stand-in, the package's `assets` (name → Buffer), dist/cdn and the `files`. */
export async function serve({ standin, assets, cdn, files }) {
  const requests = [];
  const pending = new Set();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const cookie = request.headers.cookie ?? '';
    requests.push({ host: request.headers.host, path, cookie });
    const send = (status, type, body) => {
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': CSP,
        'Cache-Control': 'no-store',
      });
      response.end(body);
    };
    if (path === '/workbench.html')
      return send(200, types['.html'], readFileSync(join(standin, 'workbench.html')));
    if (path.startsWith('/standin/')) {
      const file = join(
        standin,
        normalize(path.slice('/standin/'.length)).replace(/^(\.\.[/\\])+/, ''),
      );
      if (existsSync(file))
        return send(200, types[extname(file)] ?? 'text/plain', readFileSync(file));
    }
    if (path.startsWith('/assets/') && assets.has(path.slice('/assets/'.length)))
      return send(200, types['.js'], assets.get(path.slice('/assets/'.length)));
    if (path.startsWith('/cdn/')) {
      const file = join(cdn, normalize(path.slice('/cdn/'.length)).replace(/^(\.\.[/\\])+/, ''));
      if (existsSync(file) && statSync(file).isFile()) {
        response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'text/plain' });
        return createReadStream(file).pipe(response);
      }
    }
    if (path.startsWith(LIBRARY)) {
      if (!cookie.includes(`${SESSION.name}=${SESSION.value}`))
        return send(403, 'text/plain', 'No session');
      const name = path.slice(LIBRARY.length);
      if (name === 'never.json') {
        pending.add(response);
        response.on('close', () => pending.delete(response));
        return undefined;
      }
      if (name in files) return send(200, types['.json'], files[name]);
    }
    if (path === '/favicon.ico') return send(204, 'text/plain', '');
    return send(404, 'text/plain', 'Not found');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** The same server under another origin (another host name): a foreign site. */
    foreign: `http://localhost:${port}`,
    requests,
    pending,
    close: () => {
      for (const response of pending) response.destroy();
      server.closeAllConnections();
      server.close();
    },
  };
}

/**
 * The section themes SharePoint gives a web part, made with Fluent UI's own theme code (as
 * SharePoint makes them): the default blue site theme's neutral section, its soft and strong
 * (coloured) variants, and a dark site theme.
 */
export function themes(integration) {
  const require = createRequire(join(integration, 'package.json'));
  const { createTheme } = require('@fluentui/theme');
  const variants = require('@fluentui/scheme-utilities');
  const site = createTheme({ palette: { themePrimary: '#0078d4' } });
  const dark = createTheme({
    isInverted: true,
    palette: {
      themePrimary: '#479ef5',
      themeLighterAlt: '#03060a',
      themeLighter: '#0b1927',
      themeLight: '#152f4a',
      themeTertiary: '#2b5e93',
      themeSecondary: '#3f8ad7',
      themeDarkAlt: '#58a7f6',
      themeDark: '#71b5f7',
      themeDarker: '#96c8f9',
      neutralLighterAlt: '#252423',
      neutralLighter: '#2d2c2b',
      neutralLight: '#3b3a39',
      neutralQuaternaryAlt: '#444342',
      neutralQuaternary: '#4b4a49',
      neutralTertiaryAlt: '#696867',
      neutralTertiary: '#c8c6c4',
      neutralSecondary: '#d2d0ce',
      neutralPrimaryAlt: '#e1dfdd',
      neutralPrimary: '#ffffff',
      neutralDark: '#f4f4f4',
      black: '#f8f8f8',
      white: '#1b1a19',
    },
  });
  const plain = (theme) =>
    JSON.parse(
      JSON.stringify({ isInverted: theme.isInverted, semanticColors: theme.semanticColors }),
    );
  return {
    light: plain(site),
    neutral: plain(variants.getNeutralVariant(site)),
    soft: plain(variants.getSoftVariant(site)),
    strong: plain(variants.getStrongVariant(site)),
    dark: plain(dark),
  };
}

/** WCAG 2.x contrast of two `#rrggbb` colours (written here again, apart from the package's). */
export function contrast(a, b) {
  const lum = (hex) => {
    const [r, g, b2] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** A page that records console messages, page errors, CSP violations and long timers. */
export async function openPage(browser, log) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`),
    );
    // Timers of a second or more (autoplay, a fetch's time limit), by id, until they end.
    const live = new Map();
    const { setTimeout: st, setInterval: si, clearTimeout: ct, clearInterval: ci } = window;
    window.setTimeout = function (handler, delay, ...rest) {
      const id = st.call(
        window,
        (...args) => {
          live.delete(id);
          if (typeof handler === 'function') handler(...args);
        },
        delay,
        ...rest,
      );
      if (Number(delay) >= 1000) live.set(id, `timeout ${delay} ms`);
      return id;
    };
    window.setInterval = function (handler, delay, ...rest) {
      const id = si.call(window, handler, delay, ...rest);
      if (Number(delay) >= 1000) live.set(id, `interval ${delay} ms`);
      return id;
    };
    window.clearTimeout = (id) => {
      live.delete(id);
      ct.call(window, id);
    };
    window.clearInterval = (id) => {
      live.delete(id);
      ci.call(window, id);
    };
    Object.defineProperty(window, '__standIn', {
      value: { violations, timers: () => [...live.values()] },
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(`console.error: ${message.text()}`);
    if (message.type() === 'warn') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`page error: ${error.message}`));
  return page;
}

/** Garbage-collects, then counts the live instances of `tag`'s class (as the memory check does). */
export async function instances(page, tag) {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const count = await countInstances(cdp, tag);
  await cdp.detach();
  return count;
}

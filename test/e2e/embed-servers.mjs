// The servers of the embed page's end-to-end test, each its own origin on 127.0.0.1:
//   embed   – the built dist/ (the embed page under /embed/, sent with the documented
//             `frame-ancestors` header), content files under /files/, an open redirect at
//             /redirect?to=…, and two more copies of the page: /configured/embed/ with an
//             embed.config.json that allows the foreign origin, /broken-config/embed/ with one
//             that does not parse.
//   foreign – someone else's server: /tips.json, served with CORS open to all, so that only the
//             embed page's own checks can keep it out.
//   host    – the intranet: test pages registered with `host.page(name, html)`, served with a
//             strict Content-Security-Policy. Reached as 127.0.0.1 (named in frame-ancestors) and
//             as localhost (not named: the browser must refuse to frame the page there).
// Every server counts the requests it was sent, by path.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** A server on a free port of 127.0.0.1; `handle(url, response)` answers, or false for 404. */
async function listen(handle) {
  const requests = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    if (!handle(url, response)) response.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** Sends `file` with its content type and `headers`; false when there is no such file. */
function sendFile(response, file, headers = {}) {
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  response.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    ...headers,
  });
  createReadStream(file).pipe(response);
  return true;
}

/** A path inside `root`, or undefined when it would leave it. */
function inside(root, path) {
  const clean = normalize(decodeURIComponent(path)).replace(/^([/\\]|\.\.[/\\])+/, '');
  return clean.startsWith('..') ? undefined : join(root, clean);
}

/**
 * The host's policy: scripts from itself and the embed page's server, frames from that server only
 * (under both its names: one check moves a frame to the other).
 */
export const hostPolicy = (embed) =>
  `default-src 'self'; script-src 'self' ${embed}; ` +
  `frame-src ${embed} ${embed.replace('127.0.0.1', 'localhost')}; style-src 'self'; ` +
  `img-src 'self'; object-src 'none'; base-uri 'none'`;

/** Starts the three servers; `dist` is the built package, `fixtures` the test content files. */
export async function startServers({ dist, fixtures }) {
  const foreign = await listen((url, response) => {
    if (url.pathname !== '/tips.json') return false;
    return sendFile(response, join(fixtures, 'tips.json'), {
      'Access-Control-Allow-Origin': '*',
    });
  });

  const pages = new Map();
  const host = await listen((url, response) => {
    if (url.pathname === '/host.css')
      return sendFile(response, join(import.meta.dirname, 'embed-host.css'));
    const html = pages.get(url.pathname);
    if (html === undefined) return false;
    response.writeHead(200, {
      'Content-Type': types['.html'],
      'Content-Security-Policy': hostPolicy(embed.origin),
    });
    response.end(html);
    return true;
  });
  host.other = `http://localhost:${host.port}`;
  /** Registers a host page; resolves its address on the allowed host origin. */
  host.page = (name, html) => {
    pages.set(`/${name}.html`, html);
    return `${host.origin}/${name}.html`;
  };

  const configs = {
    configured: JSON.stringify({ allowedOrigins: [foreign.origin] }),
    'broken-config': `{ "allowedOrigins": ["${foreign.origin}", }`,
  };
  // The header docs/embed.md tells the hosting server to send with the embed page.
  const frameAncestors = { 'Content-Security-Policy': `frame-ancestors 'self' ${host.origin}` };
  const embed = await listen((url, response) => {
    const path = url.pathname;
    if (path === '/redirect') {
      response.writeHead(302, { Location: url.searchParams.get('to') ?? '/' }).end();
      return true;
    }
    if (path.startsWith('/files/'))
      return sendFile(response, inside(fixtures, path.slice('/files/'.length)) ?? '');
    const copy = /^\/(configured|broken-config)(\/embed\/.*)$/.exec(path);
    const page = copy ? copy[2] : path;
    if (copy && page === '/embed/embed.config.json') {
      response.writeHead(200, { 'Content-Type': types['.json'] });
      response.end(configs[copy[1]]);
      return true;
    }
    if (!page.startsWith('/embed/')) return false;
    const file = inside(dist, page.endsWith('/') ? `${page}index.html` : page);
    return sendFile(response, file ?? '', file?.endsWith('.html') ? frameAncestors : {});
  });

  return {
    embed,
    foreign,
    host,
    /** The file the embed page's server sends for `path`, for sizes. */
    read: (path) => readFileSync(join(dist, path)),
    close() {
      for (const server of [embed, foreign, host]) server.close();
    },
  };
}

// The server of the hostile-host checks: the built dist/cdn/ folder under /cdn/, the test pages
// (each with its own headers) and /never.json, a `src` that never answers.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = { '.js': 'text/javascript', '.map': 'application/json' };

/** A page of the given body, loading the given scripts as modules. */
export function htmlPage({ title, scripts, body, head = '', lang = 'da' }) {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
${scripts.map((src) => `    <script type="module" src="${src}"></script>`).join('\n')}
${head}
  </head>
  <body>
${body}
  </body>
</html>
`;
}

/**
 * Serves `dist` (only its cdn/ folder) and `pages` (path → { html, headers? }) on 127.0.0.1.
 * `/never.json` takes the request and never answers; `never` counts those requests and how many
 * the browser gave up (closed) so far.
 */
export async function serve(dist, pages) {
  const never = { requests: 0, closed: 0, open: new Set() };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const page = pages[url.pathname];
    if (page) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers });
      response.end(page.html);
      return;
    }
    if (url.pathname === '/never.json') {
      never.requests++;
      never.open.add(response);
      response.on('close', () => {
        never.closed++;
        never.open.delete(response);
      });
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\]|\.\.[/\\])+/, '');
    const file = join(dist, path);
    if (!path.startsWith('cdn') || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    base: `http://127.0.0.1:${port}`,
    never,
    close: () => {
      for (const response of never.open) response.destroy();
      server.closeAllConnections();
      server.close();
    },
  };
}

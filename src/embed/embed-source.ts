// Where the embed page may fetch content from: its own origin, and the origins IT lists in
// `embed.config.json` beside the page. The check works on the URL the browser would fetch (the
// WHATWG parser's result), so `//evil.example`, `/\evil.example`, tabs, encoded forms and
// `user@host` tricks are judged by what they really point at.

/** The configuration file's name, beside the embed page. */
export const CONFIG_FILE = 'embed.config.json';

/** The configuration file's contents. */
export interface EmbedConfig {
  /** Origins besides the page's own that `src` may point at, e.g. `https://filer.kommune.dk`. */
  readonly allowedOrigins: readonly string[];
}

export type SourceCheck =
  | { readonly ok: true; readonly url: URL }
  | { readonly ok: false; readonly reason: 'malformed' | 'scheme' | 'credentials' | 'foreign' };

/**
 * Checks a `src` against the page's address and the allowed origins. Only `http:` and `https:`
 * addresses without a user name or password on an allowed origin pass; the caller fetches
 * `url.href`, the address that was checked.
 */
export function checkSource(
  src: string,
  page: string,
  allowedOrigins: readonly string[] = [],
): SourceCheck {
  let url: URL;
  try {
    url = new URL(src, page);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'scheme' };
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  const own = new URL(page).origin;
  if (url.origin !== own && !allowedOrigins.includes(url.origin))
    return { ok: false, reason: 'foreign' };
  return { ok: true, url };
}

export type ConfigResult =
  | { readonly ok: true; readonly config: EmbedConfig }
  /** `path` names the field at fault, e.g. `allowedOrigins[1]`. */
  | { readonly ok: false; readonly path: string };

/**
 * The origin `value` names (`https://host[:port]`, any letter case, a trailing `/` allowed, an
 * international name in Unicode or Punycode), or `undefined` for anything with more in it: a
 * path, a query, a user name, a wildcard.
 */
function toOrigin(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.includes('*')) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  const web = url.protocol === 'https:' || url.protocol === 'http:';
  return bare && web && /^https?:\/\/[^/?#\\\s]+\/?$/i.test(value) ? url.origin : undefined;
}

/**
 * Reads the configuration file's JSON: an object with `allowedOrigins`, a list of origins (no
 * path, no wildcard), and nothing else besides `$schema` and `$comment`. A typo fails loudly
 * rather than being ignored.
 */
export function parseConfig(json: unknown): ConfigResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, path: '' };
  for (const key of Object.keys(json))
    if (!['allowedOrigins', '$schema', '$comment'].includes(key)) return { ok: false, path: key };
  const list = (json as { allowedOrigins?: unknown }).allowedOrigins ?? [];
  if (!Array.isArray(list)) return { ok: false, path: 'allowedOrigins' };
  const origins: string[] = [];
  for (const [index, entry] of (list as unknown[]).entries()) {
    const origin = toOrigin(entry);
    if (!origin) return { ok: false, path: `allowedOrigins[${index}]` };
    origins.push(origin);
  }
  return { ok: true, config: { allowedOrigins: origins } };
}

/**
 * Lets the document fetch from its own origin and `origins` only, by adding a second
 * Content-Security-Policy (policies only ever narrow each other). The browser then holds every
 * request to it, redirects included: a same-origin `src` that redirects elsewhere is blocked.
 */
export function restrictConnections(doc: Document, origins: readonly string[]): void {
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src ${["'self'", ...origins].join(' ')}`;
  doc.head.append(meta);
}

/** How long a `src` may take to answer before it fails as a timeout. */
export const SRC_TIMEOUT_MS = 10_000;

export type LoadResult =
  | { readonly kind: 'ok'; readonly json: unknown }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'invalid-json'; readonly detail: string }
  | { readonly kind: 'aborted' };

/** Parses JSON text; never throws. */
export function parseJson(
  text: string,
):
  | { readonly kind: 'ok'; readonly json: unknown }
  | { readonly kind: 'invalid-json'; readonly detail: string } {
  try {
    return { kind: 'ok', json: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'invalid-json', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Fetches and parses a JSON document. Resolves (never rejects) with what happened: aborted by
 * `signal` (a newer `src` won), timed out after `timeoutMs`, an HTTP error, a network error, or
 * JSON that does not parse.
 */
export async function fetchJson(
  url: string,
  signal: AbortSignal,
  timeoutMs = SRC_TIMEOUT_MS,
): Promise<LoadResult> {
  if (signal.aborted) return { kind: 'aborted' };
  const request = new AbortController();
  // Why the request ended early, set by the listeners below.
  let aborted = false as boolean;
  let timedOut = false as boolean;
  // The timer goes at once, not when fetch rejects: WebKit rejects an aborted fetch a task later,
  // and a detached element must leave no timer behind.
  const abort = () => {
    aborted = true;
    clearTimeout(timer);
    request.abort();
  };
  signal.addEventListener('abort', abort);
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      signal: request.signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return { kind: 'http', status: response.status };
    return parseJson(await response.text());
  } catch {
    if (aborted) return { kind: 'aborted' };
    return timedOut ? { kind: 'timeout' } : { kind: 'network' };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

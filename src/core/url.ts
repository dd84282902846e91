/** True for `http:`, `https:` and relative URLs; false for `javascript:`, `data:` and the like. */
export function isSafeHref(value: string): boolean {
  // Strip what browsers ignore before the scheme (controls, whitespace) as the URL parser does.
  // eslint-disable-next-line no-control-regex
  const trimmed = value.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  return !scheme || ['http', 'https'].includes(scheme[1]!.toLowerCase());
}

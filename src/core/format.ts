/**
 * Fills `{name}` placeholders: `format('{n} af {total}', { n: 3, total: 13 })` → `3 af 13`. Only
 * the params' own names count: `{constructor}` in an overridden string stays as written.
 */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : whole,
  );
}

/** Fills `{name}` placeholders: `format('{n} af {total}', { n: 3, total: 13 })` → `3 af 13`. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/**
 * Registers `constructor` as `tag` once. Loading the package twice, or two versions of it, on one
 * page is harmless: the first registration wins and a second class only earns one warning.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === constructor) return;
  if (existing) {
    console.warn(
      `<${tag}> is already defined by another copy of @digileder/widgets; the first copy is used.`,
    );
    return;
  }
  customElements.define(tag, constructor);
}

// The web part's own CSS: the space each widget reserves before it has drawn (so the page does
// not move when it appears or when its content arrives), by the web part's own width, and the
// notice for an address that cannot be used. One constructed style sheet a document, adopted
// once: it needs no inline <style> and works under any Content-Security-Policy.
import { tokenDefault, type WidgetName } from '@digileder/widgets/integration.js';

/** The class of the web part's root element. */
export const ROOT_CLASS = 'digileder-widgets';
/** The class of the web part's own notice. */
export const NOTICE_CLASS = 'digileder-widgets-notice';

/**
 * The least height of each widget, wide and in a column of at most 40rem, for the built-in
 * content (measured by `npm run bench` at 320 to 1280 px, layout shift 0).
 */
const RESERVED: Readonly<Record<WidgetName, readonly [wide: string, narrow: string]>> = {
  'tip-carousel': ['20rem', '34rem'],
  'archetype-quiz': ['27rem', '37rem'],
  'strategy-wheel': ['37rem', '56rem'],
};

const css = (tags: Readonly<Record<WidgetName, string>>): string => {
  const rules = (index: 0 | 1) =>
    (Object.keys(RESERVED) as WidgetName[])
      .map((name) => `.${ROOT_CLASS} > ${tags[name]} { min-height: ${RESERVED[name][index]}; }`)
      .join('\n');
  return `
.${ROOT_CLASS} { container-type: inline-size; }
.${ROOT_CLASS}[data-card] {
  padding: 1rem;
  border-radius: var(--digi-radius, ${tokenDefault('radius')});
  background: var(--digi-color-surface);
  color: var(--digi-color-text);
}
.${ROOT_CLASS} > * { display: block; }
${rules(0)}
@container (max-width: 40rem) {
${rules(1)}
}
.${NOTICE_CLASS} {
  margin: 0;
  padding: 0.75em 1em;
  border: 1px solid ${tokenDefault('color-error')};
  border-inline-start-width: 0.4em;
  border-radius: 0.25rem;
  background: #fdf0ef;
  color: ${tokenDefault('color-text')};
}`;
};

const adopted = new WeakSet<Document>();

/** Adds the web part's style sheet to `doc`, once. */
export function adoptStyles(doc: Document, tags: Readonly<Record<WidgetName, string>>): void {
  if (adopted.has(doc)) return;
  const view = doc.defaultView;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css(tags));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  adopted.add(doc);
}

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
 * The least height of each widget before a reader does anything, by the web part's own width:
 * from each width on (rem), a height (rem). Measured with the built-in content in both languages
 * by test/e2e/sharepoint/reserve.mjs and rounded up; the carousel's is its tallest tip (autoplay
 * shows them all unasked). The quiz keeps these heights itself once drawn (its styles); here they
 * hold its place while its content loads.
 */
const RESERVED: Readonly<Record<WidgetName, readonly (readonly [from: number, height: number])[]>> =
  {
    'tip-carousel': [
      [0, 45],
      [17.5, 40.5],
      [20, 36.5],
      [22.5, 34.5],
      [25, 30],
      [26.25, 28.5],
      [30, 27.5],
      [35, 24.5],
    ],
    'archetype-quiz': [
      [0, 31],
      [17.5, 25],
      [20, 24],
      [26.25, 20.5],
      [30, 20],
      [36.25, 18],
    ],
    'strategy-wheel': [
      [0, 70],
      [17.5, 66],
    ],
  };

/**
 * The least height a widget keeps by itself while its content loads (the carousel's `.loading`
 * rule in tip-carousel.styles.ts, by the window's width): the web part reserves at least that
 * much, so content from a file that is shorter than the built-in tips does not pull the page up.
 */
const FLOOR: Partial<Record<WidgetName, string>> = {
  'tip-carousel': 'clamp(23em, 50em - 61vw, 38em)',
};

const css = (tags: Readonly<Record<WidgetName, string>>): string => {
  const rules = (Object.keys(RESERVED) as WidgetName[]).flatMap((name) =>
    RESERVED[name].map(([from, height]) => {
      const least = Object.hasOwn(FLOOR, name)
        ? `max(${height}rem, ${FLOOR[name]})`
        : `${height}rem`;
      const rule = `.${ROOT_CLASS} > ${tags[name]} { min-height: ${least}; }`;
      return from ? `@container (min-width: ${from}rem) { ${rule} }` : rule;
    }),
  );
  return `
.${ROOT_CLASS} { container-type: inline-size; }
.${ROOT_CLASS}[data-card] {
  padding: 1rem;
  border-radius: var(--digi-radius, ${tokenDefault('radius')});
  background: var(--digi-color-surface);
  color: var(--digi-color-text);
}
.${ROOT_CLASS} > * { display: block; }
${rules.join('\n')}
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

// The embed snippet: the script tag and the element, with the content inline or as a file.
import { isSafeHref } from '../core/url.js';
import type { WidgetKind } from './builder-types.js';
import { kindOf } from './kinds.js';

/** How the content travels with the snippet. */
export type ContentMode = 'inline' | 'src';

export interface SnippetOptions {
  kind: WidgetKind;
  /** Valid content in the widget's JSON format. */
  content: unknown;
  /** The content's language, set as the element's `lang`. */
  lang: string;
  /** More attributes of the element: a string value, or `true` for a boolean attribute. */
  attributes?: Readonly<Record<string, string | true>> | undefined;
  /** The folder the widget files are hosted in, ending in `/`. */
  base: string;
  mode: ContentMode;
  /** The content file's name, beside the widget files (mode `src`). */
  jsonName: string;
  /** The look's CSS file name, beside the widget files, or `undefined` for the default look. */
  cssName?: string | undefined;
}

/** `value` safe inside a double-quoted HTML attribute. */
export const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * JSON for an inline `<script type="application/json">`: every `<` written as `\u003c`, so no
 * text in the content (`</script>`, `<!--`) can end the script element early. JSON.parse reads it
 * back unchanged.
 */
export const scriptSafeJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/**
 * The hosting folder an editor typed, as a folder URL ending in `/`, or `undefined` when it is
 * empty or not an http(s) or relative address.
 */
export function toBase(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed || !isSafeHref(trimmed) || /[\s"<>]/.test(trimmed)) return undefined;
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** A file name an editor typed, if it is a plain name (no folders) with the extension `ext`. */
export function toFileName(value: string, ext: string): string | undefined {
  const trimmed = value.trim();
  return /^[\w][\w.-]*$/.test(trimmed) && trimmed.toLowerCase().endsWith(`.${ext}`)
    ? trimmed
    : undefined;
}

/**
 * The package's own stylesheet beside the widget files (`dist/cdn/digileder-widgets.css`), which
 * the snippet links right after the script: it reserves each widget's space before its script
 * runs, so the page does not move when the widget appears.
 */
export const WIDGETS_STYLESHEET = 'digileder-widgets.css';

/** The snippet: valid HTML a CMS accepts, with nothing inline that a strict CSP blocks. */
export function buildSnippet(options: SnippetOptions): string {
  const { tag, bundle } = kindOf(options.kind);
  const at = (file: string) => escapeAttribute(options.base + file);
  const lines = [`<script type="module" src="${at(bundle)}"></script>`];
  lines.push(`<link rel="stylesheet" href="${at(WIDGETS_STYLESHEET)}" />`);
  if (options.cssName) lines.push(`<link rel="stylesheet" href="${at(options.cssName)}" />`);
  const lang =
    ` lang="${escapeAttribute(options.lang)}"` +
    Object.entries(options.attributes ?? {})
      .map(([name, value]) =>
        value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
      )
      .join('');
  if (options.mode === 'src') {
    lines.push(`<${tag}${lang} src="${at(options.jsonName)}"></${tag}>`);
  } else {
    const json = scriptSafeJson(options.content)
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
    lines.push(
      `<${tag}${lang}>`,
      `  <script type="application/json">`,
      json,
      `  </script>`,
      `</${tag}>`,
    );
  }
  return `${lines.join('\n')}\n`;
}

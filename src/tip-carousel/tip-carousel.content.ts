import * as v from 'valibot';
import type { ContentSpec } from '../core/digi-element.js';
import { duplicateIds, id, link, list, text } from '../core/validate.js';
import { tipsDa, tipsEn } from './tip-carousel.builtin.js';

/** A link shown under a tip. Only `http:`, `https:` and relative URLs are accepted. */
export interface TipLink {
  /** Where the link goes. */
  href: string;
  /** The link's visible text. */
  text: string;
}

/** One tip. */
export interface Tip {
  /** A stable id (lower-case letters, digits, hyphens), unique among the tips. */
  id?: string | undefined;
  /** The tip's title. */
  title: string;
  /** The tip's text; a blank line starts a new paragraph. */
  body: string;
  /** An optional link for reading on. */
  link?: TipLink | undefined;
}

/** The content of `<digi-tip-carousel>`: its JSON format. */
export interface TipCarouselContent {
  /** 1 to 100 tips, shown in this order. */
  tips: Tip[];
}

/** At most this many tips. */
export const MAX_TIPS = 100;

export const tipSchema: v.GenericSchema<unknown, Tip> = v.object(
  {
    id: v.optional(id()),
    title: text(),
    body: text(),
    link: v.optional(link()),
  },
  'object',
);

export const tipCarouselSchema: v.GenericSchema<unknown, TipCarouselContent> = v.object(
  { tips: list(tipSchema, 1, MAX_TIPS) },
  'object',
);

export const tipCarouselContent: ContentSpec<TipCarouselContent> = {
  schema: tipCarouselSchema,
  check: (data) => duplicateIds(data.tips, 'tips'),
  builtin: { da: tipsDa, en: tipsEn },
};

const collapse = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads tips from light-DOM children, one tip a child: the title from `data-title` or the first
 * heading, the body from the rest of the text (one paragraph a block element), the link from the
 * first `a[href]`. `undefined` when there are no such children.
 */
export function tipsFromChildren(host: Element): unknown {
  const items = [...host.children].filter(
    (child) => !['SCRIPT', 'TEMPLATE', 'STYLE', 'NOSCRIPT'].includes(child.tagName),
  );
  if (!items.length) return undefined;
  return {
    tips: items.map((item) => {
      const copy = item.cloneNode(true) as Element;
      const heading = copy.querySelector('h1, h2, h3, h4, h5, h6');
      const title = item.getAttribute('data-title') ?? heading?.textContent;
      heading?.remove();
      const anchor = copy.querySelector('a[href]');
      const tipLink = anchor
        ? { href: anchor.getAttribute('href') ?? '', text: collapse(anchor.textContent) }
        : undefined;
      anchor?.remove();
      const blocks = [...copy.querySelectorAll('p, li, div:not(:has(p, li, div))')];
      const body = blocks.length
        ? blocks
            .map((block) => collapse(block.textContent))
            .filter(Boolean)
            .join('\n\n')
        : collapse(copy.textContent);
      const tip: Record<string, unknown> = { title: collapse(title), body };
      if (item.id) tip['id'] = item.id;
      if (tipLink) tip['link'] = tipLink;
      return tip;
    }),
  };
}

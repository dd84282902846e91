// The JSON format of the carousel's content as a runtime schema (exported to
// schemas/tip-carousel.schema.json), and the reading of light-DOM children. A separate chunk:
// loaded only for custom content.
import * as v from 'valibot';
import { CONTENT_CHILDREN } from '../core/children.js';
import type { ContentProblem } from '../core/problems.js';
import { createLoader, duplicateIds, id, link, list, text } from '../core/validate.js';
import { tipCarouselLimits, type Tip, type TipCarouselContent } from './tip-carousel.types.js';

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
  { tips: list(tipSchema, tipCarouselLimits.tips.min, tipCarouselLimits.tips.max) },
  'object',
);

/** What the schema cannot state: every tip id is unique. */
export const checkTips = (data: TipCarouselContent): ContentProblem[] =>
  duplicateIds(data.tips, 'tips');

/** Loaded on demand by the carousel when its content is not the built-in. */
export const loader = createLoader(tipCarouselSchema, checkTips, tipsFromChildren);

const collapse = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads tips from light-DOM children, one tip a child: the title from `data-title` or the first
 * heading, the body from the rest of the text (one paragraph a block element), the link from the
 * first `a[href]`. `undefined` when there are no such children.
 */
function tipsFromChildren(host: Element): unknown {
  const items = [...host.querySelectorAll(CONTENT_CHILDREN)];
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

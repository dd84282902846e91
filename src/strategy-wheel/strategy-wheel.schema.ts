// The JSON format of the wheel's content as a runtime schema (exported to
// schemas/strategy-wheel.schema.json). A separate chunk: loaded only for custom content.
import * as v from 'valibot';
import {
  contrastRatio,
  GRAPHIC_CONTRAST,
  HEX_COLOR,
  LIGHT_TEXT,
  TEXT_CONTRAST,
  textColorOn,
} from '../core/contrast.js';
import type { ContentProblem } from '../core/problems.js';
import { createLoader, duplicateIds, id, link, list, text } from '../core/validate.js';
import {
  MAX_EXAMPLES,
  MAX_THEMES,
  MIN_THEMES,
  type StrategyTheme,
  type StrategyWheelContent,
} from './strategy-wheel.types.js';

export const themeSchema: v.GenericSchema<unknown, StrategyTheme> = v.object(
  {
    id: id(),
    title: text(),
    description: text(),
    examples: v.optional(list(text(), 0, MAX_EXAMPLES)),
    link: v.optional(link()),
    color: v.optional(v.pipe(v.string('color'), v.trim(), v.regex(HEX_COLOR, 'color'))),
  },
  'object',
);

export const strategyWheelSchema: v.GenericSchema<unknown, StrategyWheelContent> = v.object(
  { themes: list(themeSchema, MIN_THEMES, MAX_THEMES) },
  'object',
);

/** What the schema cannot state: every theme id is unique. */
export const checkWheel = (data: StrategyWheelContent): ContentProblem[] =>
  duplicateIds(data.themes, 'themes');

/**
 * Warns in the console (once a load) about each theme colour that fails contrast: segments need
 * 3:1 against white, their numbers 4.5:1. Only custom themes have colours, so this lives here, in
 * the chunk loaded for custom content, and not in the wheel's bundle.
 */
function warnAboutColours(themes: StrategyTheme[]): void {
  themes.forEach((theme, i) => {
    if (!theme.color) return;
    const fill = contrastRatio(theme.color, LIGHT_TEXT);
    const text = contrastRatio(theme.color, textColorOn(theme.color));
    if (fill >= GRAPHIC_CONTRAST && text >= TEXT_CONTRAST) return;
    console.warn(
      `<digi-strategy-wheel> themes[${i}].color ${theme.color} ("${theme.title}") has ` +
        `${fill.toFixed(2)}:1 against white (segments need ${GRAPHIC_CONTRAST}:1) and ` +
        `${text.toFixed(2)}:1 for its number (text needs ${TEXT_CONTRAST}:1).`,
    );
  });
}

/** Loaded on demand by the wheel when its content is not the built-in. */
export const loader = createLoader(strategyWheelSchema, (data) => {
  const problems = checkWheel(data);
  if (!problems.length) warnAboutColours(data.themes);
  return problems;
});

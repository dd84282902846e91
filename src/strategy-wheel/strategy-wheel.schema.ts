// The JSON format of the wheel's content as a runtime schema (exported to
// schemas/strategy-wheel.schema.json). A separate chunk: loaded only for custom content.
import * as v from 'valibot';
import { HEX_COLOR } from '../core/contrast.js';
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

/** Loaded on demand by the wheel when its content is not the built-in. */
export const loader = createLoader(strategyWheelSchema, checkWheel);

// Writes the JSON Schema of each widget's content format to schemas/, from the runtime schemas.
import { toJsonSchema } from '@valibot/to-json-schema';
import { mkdirSync, writeFileSync } from 'node:fs';
import type * as v from 'valibot';
import { archetypeQuizSchema } from '../src/archetype-quiz/archetype-quiz.schema.js';
import { strategyWheelSchema } from '../src/strategy-wheel/strategy-wheel.schema.js';
import { tipCarouselSchema } from '../src/tip-carousel/tip-carousel.schema.js';

const schemas: Record<string, { schema: v.GenericSchema; title: string }> = {
  'tip-carousel': { schema: tipCarouselSchema, title: 'Content of <digi-tip-carousel>' },
  'archetype-quiz': { schema: archetypeQuizSchema, title: 'Content of <digi-archetype-quiz>' },
  'strategy-wheel': { schema: strategyWheelSchema, title: 'Content of <digi-strategy-wheel>' },
};

mkdirSync('schemas', { recursive: true });
for (const [name, { schema, title }] of Object.entries(schemas)) {
  const json = {
    ...toJsonSchema(schema, { errorMode: 'ignore' }),
    $id: `https://unpkg.com/@digileder/widgets/schemas/${name}.schema.json`,
    title,
  };
  writeFileSync(`schemas/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
}

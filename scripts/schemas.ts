// Writes the JSON Schema of each widget's content format to schemas/, from the runtime schemas:
// for every widget in the registry (src/widgets.json), the `<camelName>Schema` its door exports.
import { toJsonSchema } from '@valibot/to-json-schema';
import { mkdirSync, writeFileSync } from 'node:fs';
import type * as v from 'valibot';
import { registry } from './widgets.mjs';

mkdirSync('schemas', { recursive: true });
for (const { name, tag } of registry as { name: string; tag: string }[]) {
  const door = (await import(`../src/${name}/index.js`)) as Record<string, unknown>;
  const exported = `${name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Schema`;
  const schema = Object.hasOwn(door, exported) ? (door[exported] as v.GenericSchema) : undefined;
  if (!schema) throw new Error(`src/${name}/index.ts exports no ${exported}`);
  const json = {
    ...toJsonSchema(schema, { errorMode: 'ignore' }),
    $id: `https://unpkg.com/@digileder/widgets/schemas/${name}.schema.json`,
    title: `Content of <${tag}>`,
  };
  writeFileSync(`schemas/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
}

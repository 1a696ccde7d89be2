// Regenerates schema/json/*.schema.json from the zod schemas: `npx tsx schema/writeJsonSchemas.ts`.
// test/schema checks that the committed files equal a fresh generation.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PUBLISHED_SCHEMAS } from './publishedSchemas';
import { renderJsonSchema } from './renderJsonSchema';

for (const entry of PUBLISHED_SCHEMAS) {
  const path = fileURLToPath(new URL(`json/${entry.name}.schema.json`, import.meta.url));
  await writeFile(path, renderJsonSchema(entry));
  console.log(`wrote ${path}`);
}

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../lambda/store/constants';
import { PUBLISHED_SCHEMAS } from '../../schema/publishedSchemas';
import { renderJsonSchema } from '../../schema/renderJsonSchema';

describe('published JSON Schema files', () => {
  it.each(PUBLISHED_SCHEMAS.map((entry) => [entry.name, entry] as const))(
    'schema/json/%s.schema.json equals a fresh generation from the zod schema',
    async (name, entry) => {
      const committed = await readFile(
        new URL(`../../schema/json/${name}.schema.json`, import.meta.url),
        'utf8',
      );
      // On a difference: run `npx tsx schema/writeJsonSchemas.ts` and commit the result.
      expect(committed).toBe(renderJsonSchema(entry));
    },
  );

  it('name the record schema version and stay open to added properties', () => {
    for (const entry of PUBLISHED_SCHEMAS) {
      const document = JSON.parse(renderJsonSchema(entry)) as Record<string, unknown>;
      expect(document.$id).toBe(`urn:article-pipeline:schema:${entry.name}:v${SCHEMA_VERSION}`);
      expect(JSON.stringify(document)).not.toContain('"additionalProperties":false');
    }
  });
});

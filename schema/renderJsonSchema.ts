import { z } from 'zod';
import { SCHEMA_VERSION } from '../lambda/store/constants';
import type { PublishedSchema } from './publishedSchemas';

/**
 * The JSON Schema (draft 2020-12) of a published schema, as the text of its file. Objects stay open to
 * properties they do not list (a newer minor release may add optional ones); binary attributes are base64
 * strings and sets are arrays, as they appear in JSON.
 *
 * @example
 * await writeFile('schema/json/parsed-article.schema.json', renderJsonSchema(PUBLISHED_SCHEMAS[0]));
 */
export function renderJsonSchema(entry: PublishedSchema): string {
  const generated = z.toJSONSchema(entry.schema, {
    target: 'draft-2020-12',
    // The input side leaves `additionalProperties` open: tolerant readers, additive changes.
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const type = zodSchema._zod.def.type;
      // `.int()` adds the safe-integer bounds: noise for readers, who know what a JSON integer is.
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      if (type === 'custom') {
        Object.assign(jsonSchema, { type: 'string', contentEncoding: 'base64' });
      } else if (type === 'set') {
        Object.assign(jsonSchema, { type: 'array', items: { type: 'integer' }, uniqueItems: true });
      }
    },
  });
  const { $schema, ...body } = generated;
  const document = {
    $schema,
    $id: `urn:article-pipeline:schema:${entry.name}:v${SCHEMA_VERSION}`,
    title: entry.title,
    description: `${entry.description} Record schema version ${SCHEMA_VERSION}.`,
    $comment: 'Generated from schema/*.ts by `npx tsx schema/writeJsonSchemas.ts`: do not edit by hand.',
    ...body,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

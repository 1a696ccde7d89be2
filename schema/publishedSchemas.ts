import type { z } from 'zod';
import { articleItemSchema } from './articleItemSchema';
import { chunkItemSchema } from './chunkItemSchema';
import { indexItemSchema } from './indexItemSchema';
import { parsedArticleSchema } from './parsedArticleSchema';
import { sourceItemSchema } from './sourceItemSchema';
import { storedArticleSchema } from './storedArticleSchema';
import { storedSourceSchema } from './storedSourceSchema';

/** One schema the project publishes as a JSON Schema file. */
export interface PublishedSchema {
  /** File name stem under `schema/json/`: `<name>.schema.json`. */
  name: string;
  title: string;
  description: string;
  schema: z.ZodType;
}

/**
 * Every schema published under `schema/json/`, in one list: the generator writes them and the tests check
 * them against the TypeScript types and real records.
 *
 * @example
 * for (const entry of PUBLISHED_SCHEMAS) console.log(`schema/json/${entry.name}.schema.json`);
 */
export const PUBLISHED_SCHEMAS: readonly PublishedSchema[] = [
  {
    name: 'parsed-article',
    title: 'ParsedArticle',
    description:
      'One article as the parser returns it; `article-pipeline parse` prints one a line, with `file`.',
    schema: parsedArticleSchema,
  },
  {
    name: 'stored-source',
    title: 'StoredSource',
    description: "An object key's source record as readers see it (`get --json`, `query --status --json`).",
    schema: storedSourceSchema,
  },
  {
    name: 'stored-article',
    title: 'StoredArticle',
    description:
      'An article record as readers see it (`query --json`, `get --json`): PARSED with its fields, or DELETED.',
    schema: storedArticleSchema,
  },
  {
    name: 'source-item',
    title: 'SourceItem',
    description:
      'The SOURCE item in the table and in stream images, after unmarshall; binary as base64, sets as arrays.',
    schema: sourceItemSchema,
  },
  {
    name: 'article-item',
    title: 'ArticleItem',
    description: 'The ARTICLE item in the table and in stream images, after unmarshall; binary as base64.',
    schema: articleItemSchema,
  },
  {
    name: 'index-item',
    title: 'IndexItem',
    description: 'An INDEX item (author or entity) in the table and in stream images, after unmarshall.',
    schema: indexItemSchema,
  },
  {
    name: 'chunk-item',
    title: 'ChunkItem',
    description:
      'A CHUNK item (a slice of a packed article) in the table and in stream images; binary as base64.',
    schema: chunkItemSchema,
  },
];

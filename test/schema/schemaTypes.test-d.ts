import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { ParsedArticle, Rejection } from '../../lambda/parser/types';
import type {
  ArticleItem,
  ChunkItem,
  DeletedStoredArticle,
  IndexItem,
  ParsedStoredArticle,
  SourceItem,
  StoredArticle,
  StoredSource,
} from '../../lambda/store/types';
import type { articleItemSchema } from '../../schema/articleItemSchema';
import type { chunkItemSchema } from '../../schema/chunkItemSchema';
import type { deletedStoredArticleSchema } from '../../schema/deletedStoredArticleSchema';
import type { indexItemSchema } from '../../schema/indexItemSchema';
import type { parsedArticleSchema } from '../../schema/parsedArticleSchema';
import type { parsedStoredArticleSchema } from '../../schema/parsedStoredArticleSchema';
import type { rejectionSchema } from '../../schema/rejectionSchema';
import type { sourceItemSchema } from '../../schema/sourceItemSchema';
import type { storedArticleSchema } from '../../schema/storedArticleSchema';
import type { storedSourceSchema } from '../../schema/storedSourceSchema';

// Type assertions, checked by the compiler, never run: vitest's typecheck mode (a `.test-d.ts` file, see
// vitest.config.ts) reports each failing one as a failed test, and `npm run typecheck` fails on it too. A
// field added to, removed from or retyped in the TypeScript types without the same change to the zod
// schemas (and so to the published JSON Schemas) fails the build.
describe('zod schemas infer exactly the TypeScript record types', () => {
  it('parsed article and rejection', () => {
    expectTypeOf<z.output<typeof parsedArticleSchema>>().toEqualTypeOf<ParsedArticle>();
    expectTypeOf<z.output<typeof rejectionSchema>>().toEqualTypeOf<Rejection>();
  });

  it('records as readers see them', () => {
    expectTypeOf<z.output<typeof storedSourceSchema>>().toEqualTypeOf<StoredSource>();
    expectTypeOf<z.output<typeof parsedStoredArticleSchema>>().toEqualTypeOf<ParsedStoredArticle>();
    expectTypeOf<z.output<typeof deletedStoredArticleSchema>>().toEqualTypeOf<DeletedStoredArticle>();
    expectTypeOf<z.output<typeof storedArticleSchema>>().toEqualTypeOf<StoredArticle>();
  });

  it('items as stored and streamed', () => {
    expectTypeOf<z.output<typeof sourceItemSchema>>().toEqualTypeOf<SourceItem>();
    expectTypeOf<z.output<typeof articleItemSchema>>().toEqualTypeOf<ArticleItem>();
    expectTypeOf<z.output<typeof indexItemSchema>>().toEqualTypeOf<IndexItem>();
    expectTypeOf<z.output<typeof chunkItemSchema>>().toEqualTypeOf<ChunkItem>();
  });
});

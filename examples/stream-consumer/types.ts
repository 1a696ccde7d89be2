/** Types of the example stream consumer. */
import type { ArticleSource, ParsedStoredArticle } from '../../schema';

/** What one stream record means for a downstream index of articles. */
export type ArticleChange =
  /** A `PARSED` article was written or rewritten: index it whole. */
  | { kind: 'upsert'; article: ParsedStoredArticle }
  /** A `PARSED` article too large for one item: its text is in chunk items; read it whole from the table. */
  | { kind: 'read'; id: string }
  /**
   * The article is gone: `DELETED` (its object was deleted, or a re-upload dropped the document; the text
   * is removed), or `expired` (DynamoDB's TTL removed the tombstone: a REMOVE).
   */
  | { kind: 'remove'; id: string; source: ArticleSource; reason: 'deleted' | 'expired' };

/** Where the consumer puts articles: a search index, a warehouse table, a queue. */
export interface ArticleSink {
  upsert(article: ParsedStoredArticle): Promise<void>;
  remove(id: string, source: ArticleSource): Promise<void>;
}

import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { StoredArticle } from '../../schema';
import { toArticleChange } from './toArticleChange';
import type { ArticleSink } from './types';

/** What {@link createArticleConsumer} is given. */
export interface ArticleConsumerOptions {
  sink: ArticleSink;
  /** Reads articles whole from the table (the record store's `getArticles`): for chunked articles. */
  readArticles: (ids: string[]) => Promise<StoredArticle[]>;
}

/**
 * A Lambda handler for the table's stream, subscribed with `pipeline.addConsumer(fn, { types: ['ARTICLE'],
 * reportBatchItemFailures: true })`: it applies each article change to the sink, in stream order. On a
 * failure it reports that record and stops, so Lambda retries from there and no later change of the same
 * article overtakes an earlier one. Every change is an idempotent upsert or removal by id, so a retried
 * record is harmless.
 *
 * @example
 * export const handler = createArticleConsumer({ sink: searchIndex, readArticles: (ids) => store.getArticles(ids) });
 */
export function createArticleConsumer(options: ArticleConsumerOptions) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    for (const record of event.Records) {
      try {
        const change = toArticleChange(record);
        if (change === undefined) continue;
        if (change.kind === 'upsert') {
          await options.sink.upsert(change.article);
        } else if (change.kind === 'remove') {
          await options.sink.remove(change.id, change.source);
        } else {
          const [article] = await options.readArticles([change.id]);
          if (article?.status === 'PARSED') await options.sink.upsert(article);
          // Gone or deleted by now: a later record of the stream says so.
        }
      } catch (error) {
        console.error(
          JSON.stringify({ message: 'article change failed', eventID: record.eventID, error: String(error) }),
        );
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
      }
    }
    return { batchItemFailures: [] };
  };
}

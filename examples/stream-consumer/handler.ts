import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { RecordStore } from '../../lambda/store/RecordStore';
import { createArticleConsumer } from './createArticleConsumer';

const logger = new Logger({ serviceName: 'article-consumer-example' });
const store = new RecordStore({ client: new DynamoDBClient({}), tableName: process.env.TABLE_NAME ?? '' });

/**
 * The deployable example: logs one line per article change where a real consumer would write to its
 * search index or warehouse. Give the function `TABLE_NAME` (to read chunked articles) and read access to
 * the table (`pipeline.table.grantReadData(fn)`).
 *
 * @example
 * pipeline.addConsumer(new NodejsFunction(this, 'Indexer', { entry: 'examples/stream-consumer/handler.ts',
 *   environment: { TABLE_NAME: pipeline.table.tableName } }), { types: ['ARTICLE'], reportBatchItemFailures: true });
 */
export const handler = createArticleConsumer({
  sink: {
    async upsert(article) {
      logger.info('upsert', { id: article.id, publication: article.publication, headline: article.headline });
    },
    async remove(id, source) {
      logger.info('remove', { id, key: source.key });
    },
  },
  readArticles: (ids) => store.getArticles(ids),
});

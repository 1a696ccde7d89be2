// Runs the example consumer against the local pipeline that `npm start` runs, printing each article change:
//   npx tsx examples/stream-consumer/runLocal.ts [--data-dir .local]
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { RecordStore } from '../../lambda/store/RecordStore';
import { streamConsumerFilters } from '../../lib/streamConsumerFilters';
import { LocalStateFile } from '../../local/state/LocalStateFile';
import { createArticleConsumer } from './createArticleConsumer';
import { pollTableStream } from './pollTableStream';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string', default: '.local' } } });
const state = await new LocalStateFile(values['data-dir'] ?? '.local').read();
if (state === undefined || !LocalStateFile.isAlive(state.pid)) {
  console.error('no local pipeline is running: start one with `npm start`');
  process.exit(2);
}
const client = new DynamoDBClient({
  endpoint: state.endpoints.dynamodb,
  region: state.region,
  credentials: state.credentials,
});
const store = new RecordStore({ client, tableName: state.table });
const poller = pollTableStream({
  endpoint: state.endpoints.dynamodb,
  region: state.region,
  credentials: state.credentials,
  tableName: state.table,
  filters: streamConsumerFilters(['ARTICLE']),
  handler: createArticleConsumer({
    sink: {
      async upsert(article) {
        console.log(
          JSON.stringify({
            change: 'upsert',
            id: article.id,
            publication: article.publication,
            headline: article.headline,
          }),
        );
      },
      async remove(id, source) {
        console.log(JSON.stringify({ change: 'remove', id, key: source.key }));
      },
    },
    readArticles: (ids) => store.getArticles(ids),
  }),
  onError: (error) => console.error(`stream: ${String(error)}`),
});
console.error(`reading the stream of ${state.table}; Ctrl-C to stop`);
process.once('SIGINT', () => {
  void poller.stop().then(() => client.destroy());
});

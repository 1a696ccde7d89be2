import { setTimeout as sleep } from 'node:timers/promises';
import { createArticleConsumer } from '../../examples/stream-consumer/createArticleConsumer';
import { pollTableStream } from '../../examples/stream-consumer/pollTableStream';
import type { StoredArticle } from '../../lambda/store/types';
import { streamConsumerFilters } from '../../lib/streamConsumerFilters';
import type { AcceptanceTarget, CheckResult } from './types';

/**
 * Shows one change of the table's stream reaching a consumer: runs the example article consumer
 * (`examples/stream-consumer`) on the stream, filtered to ARTICLE items as `addConsumer` filters them, and
 * waits until it upserts an article of an object under `prefix`.
 *
 * @example
 * ```ts
 * const result = await waitForStreamEvent(target, 'acceptance/run-1/', { tableName, readArticles });
 * ```
 */
export async function waitForStreamEvent(
  target: AcceptanceTarget,
  prefix: string,
  table: { tableName: string; readArticles: (ids: string[]) => Promise<StoredArticle[]> },
): Promise<CheckResult> {
  const name = 'a stream event reaches a consumer';
  let received: string | undefined;
  const errors: string[] = [];
  const poller = pollTableStream({
    ...target.stream,
    tableName: table.tableName,
    filters: streamConsumerFilters(['ARTICLE']),
    handler: createArticleConsumer({
      sink: {
        async upsert(article) {
          if (article.source.key.startsWith(prefix))
            received ??= `${article.source.key}: "${article.headline}"`;
        },
        async remove() {},
      },
      readArticles: table.readArticles,
    }),
    onError: (error) => errors.push(String(error)),
  });
  try {
    const deadline = Date.now() + target.waitSeconds * 1000;
    while (received === undefined && errors.length === 0 && Date.now() < deadline) await sleep(250);
  } finally {
    await poller.stop();
  }
  if (received !== undefined) return { name, ok: true, detail: `the consumer upserted ${received}` };
  return { name, ok: false, detail: errors[0] ?? `no article under ${prefix} in ${target.waitSeconds} s` };
}

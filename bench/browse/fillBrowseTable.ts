import { setTimeout as sleep } from 'node:timers/promises';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { aggregateItemsOf } from '../../lambda/aggregates/aggregateItemsOf';
import { mapConcurrent } from '../../lambda/store/mapConcurrent';
import { BenchCheckError } from '../support/errors';
import type { BrowseSource } from './inventBrowseSources';

/** BatchWriteItem's limit per call. */
const ITEMS_PER_CALL = 25;
/** Sources whose items are built and written together, so the whole table is never held in memory. */
const SOURCES_PER_ROUND = 500;
const MAX_ATTEMPTS = 10;

/** What {@link fillBrowseTable} wrote. */
export interface FillResult {
  items: number;
  articles: number;
  sources: number;
  aggregateItems: number;
  calls: number;
  ms: number;
}

type Item = Record<string, unknown> & { pk: string; sk: string };

/**
 * Writes the sources' items with plain BatchWriteItem (25 per call, `concurrency` calls in flight,
 * unprocessed items retried with back-off), then the aggregate items the stream consumer would have kept
 * for them ({@link aggregateItemsOf}): a table that looks as if the pipeline and its consumer had written it.
 *
 * @example
 * const fill = await fillBrowseTable(documents, 'articles', inventBrowseSources(workload), 16);
 */
export async function fillBrowseTable(
  client: DynamoDBDocumentClient,
  tableName: string,
  sources: Iterable<BrowseSource>,
  concurrency: number,
): Promise<FillResult> {
  const counted: Record<string, unknown>[] = [];
  const result: FillResult = { items: 0, articles: 0, sources: 0, aggregateItems: 0, calls: 0, ms: 0 };
  const write = async (items: Item[]) => {
    let pending = items.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new BenchCheckError(`${pending.length} items stayed unprocessed`);
      if (attempt > 1) await sleep(Math.min(1_000, 25 * 2 ** attempt));
      result.calls++;
      const output = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (output.UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
  };
  const writeAll = async (items: Item[]) => {
    const calls: Item[][] = [];
    for (let start = 0; start < items.length; start += ITEMS_PER_CALL) {
      calls.push(items.slice(start, start + ITEMS_PER_CALL));
    }
    await mapConcurrent(calls, concurrency, write);
    result.items += items.length;
  };
  const started = performance.now();
  let round: Item[] = [];
  let roundSources = 0;
  for (const source of sources) {
    result.sources++;
    for (const item of source.items) {
      round.push(item);
      // What the consumer reads of an item; the rest is not kept, so memory stays small.
      if (item.type === 'SOURCE' || item.type === 'ARTICLE') {
        counted.push({
          pk: item.pk,
          type: item.type,
          status: item.status,
          sortDate: item.sortDate,
          publication: item.publication,
        });
        if (item.type === 'ARTICLE') result.articles++;
      }
    }
    if (++roundSources === SOURCES_PER_ROUND) {
      await writeAll(round);
      round = [];
      roundSources = 0;
    }
  }
  await writeAll(round);
  const aggregates = aggregateItemsOf(counted) as Item[];
  result.aggregateItems = aggregates.length;
  await writeAll(aggregates);
  result.ms = performance.now() - started;
  return result;
}

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { readAggregates } from '../../lambda/aggregates/readAggregates';
import type { AggregateReader, NameCount } from './types';

/** Days of the overview chart. */
const CHART_DAYS = 90;

/**
 * Reads the overview's counts from the stream aggregates (lambda/aggregates) when the table has them:
 * a few reads whatever the number of keys. Undefined from `read()` when no consumer keeps them.
 *
 * @example
 * const reader = createAggregateReader(clients.dynamo, target.table);
 * (await reader.read())?.counts.PARSED;
 */
export function createAggregateReader(client: DynamoDBDocumentClient, tableName: string): AggregateReader {
  return {
    async read() {
      const since = new Date(Date.now() - CHART_DAYS * 86_400_000).toISOString().slice(0, 10);
      const totals = await readAggregates(client, tableName);
      if (totals === undefined) return undefined;
      const publications = new Map<string, number>();
      for (const row of totals.perDay)
        publications.set(row.publication, (publications.get(row.publication) ?? 0) + row.count);
      const topPublications: NameCount[] = [...publications.entries()]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => b.count - a.count)
        .slice(0, 10);
      const recent = totals.perDay.filter((row) => row.day >= since);
      return {
        // The consumer counts a source PROCESSING as pending; objects not yet processed at all are not in the stream.
        counts: { ...totals.counts, PROCESSING: totals.counts.PENDING, PENDING: 0 },
        articleCount: totals.articleCount,
        perDay: recent.length > 0 ? recent : totals.perDay.slice(-CHART_DAYS),
        topPublications,
      };
    },
  };
}

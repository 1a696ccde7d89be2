import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { readAggregates } from '../../lambda/aggregates/readAggregates';
import type { AggregateReader, NameCount } from './types';

/** Days of the overview chart. */
const CHART_DAYS = 90;
/**
 * Day items per counter shard read when the table holds nothing from the last {@link CHART_DAYS} days (an
 * archive of older articles): the newest days present.
 */
const NEWEST_PER_SHARD = 500;

/**
 * Reads the overview's counts from the stream aggregates (lambda/aggregates) when the table has them:
 * a few reads whatever the number of keys. The chart and the top publications cover the last 90 days (or,
 * for an archive with nothing that recent, the newest days present), so the day items read stay bounded
 * as the table's history grows. Undefined from `read()` when no consumer keeps them.
 *
 * @example
 * const reader = createAggregateReader(clients.dynamo, target.table);
 * (await reader.read())?.counts.PARSED;
 */
export function createAggregateReader(client: DynamoDBDocumentClient, tableName: string): AggregateReader {
  return {
    async read() {
      const since = new Date(Date.now() - CHART_DAYS * 86_400_000).toISOString().slice(0, 10);
      // Only the chart's window of day items: reading every day ever counted grows with the table's history.
      let totals = await readAggregates(client, tableName, { since });
      if (totals === undefined) return undefined;
      if (totals.perDay.length === 0) {
        totals = (await readAggregates(client, tableName, { newestPerShard: NEWEST_PER_SHARD })) ?? totals;
      }
      const publications = new Map<string, number>();
      for (const row of totals.perDay)
        publications.set(row.publication, (publications.get(row.publication) ?? 0) + row.count);
      const topPublications: NameCount[] = [...publications.entries()]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => b.count - a.count)
        .slice(0, 10);
      return {
        // The consumer counts a source PROCESSING as pending; objects not yet processed at all are not in the stream.
        counts: { ...totals.counts, PROCESSING: totals.counts.PENDING, PENDING: 0 },
        articleCount: totals.articleCount,
        perDay: chartDays(totals.perDay),
        topPublications,
      };
    },
  };
}

/** The rows of the chart's last {@link CHART_DAYS} days present (rows come oldest day first). */
function chartDays<Row extends { day: string }>(rows: Row[]): Row[] {
  const days = [...new Set(rows.map((row) => row.day))].slice(-CHART_DAYS);
  return rows.filter((row) => row.day >= (days[0] ?? ''));
}

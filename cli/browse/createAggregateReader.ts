import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type AggregateTotals, readAggregates } from '../../lambda/aggregates/readAggregates';
import type { AggregateReader, AggregateSnapshot, NameCount, PublicationDay } from './types';

/** Days of the overview chart. */
const CHART_DAYS = 90;
/**
 * Day items per counter shard read when the table holds nothing from the last {@link CHART_DAYS} days (an
 * archive of older articles): the newest days present.
 */
const NEWEST_PER_SHARD = 500;
/**
 * How long the chart and top publications (the day items, the most numerous read) are reused by one server
 * process. They are not part of the page's live refresh; the status counters are read on every load.
 */
const DAYS_TTL_MS = 30_000;

/**
 * Reads the overview's counts from the stream aggregates (lambda/aggregates) when the table has them:
 * a few reads whatever the number of keys. The chart and the top publications cover the last 90 days (or,
 * for an archive with nothing that recent, the newest days present), so the day items read stay bounded
 * as the table's history grows; they are read again once {@link DAYS_TTL_MS} old, the counters on every
 * call. Undefined from `read()` when no consumer keeps them.
 *
 * @example
 * const reader = createAggregateReader(clients.dynamo, target.table);
 * (await reader.read())?.counts.PARSED;
 */
export function createAggregateReader(client: DynamoDBDocumentClient, tableName: string): AggregateReader {
  let days: { at: number; chart: Promise<Chart | undefined> } | undefined;

  async function readChart(): Promise<Chart | undefined> {
    const since = new Date(Date.now() - CHART_DAYS * 86_400_000).toISOString().slice(0, 10);
    // Only the chart's window of day items: reading every day ever counted grows with the table's history.
    let totals = await readAggregates(client, tableName, { since });
    if (totals === undefined) return undefined;
    if (totals.perDay.length === 0) {
      totals = (await readAggregates(client, tableName, { newestPerShard: NEWEST_PER_SHARD })) ?? totals;
    }
    return { totals, perDay: chartDays(totals.perDay), topPublications: topPublicationsOf(totals.perDay) };
  }

  return {
    async read() {
      const now = Date.now();
      if (days === undefined || now - days.at >= DAYS_TTL_MS) {
        const entry = { at: now, chart: readChart() };
        days = entry;
        entry.chart.then(
          (chart) => {
            // No aggregates yet: look again at the next load, not in 30 s.
            if (chart === undefined && days === entry) days = undefined;
          },
          () => {
            if (days === entry) days = undefined;
          },
        );
        const chart = await entry.chart;
        return chart === undefined ? undefined : snapshotOf(chart.totals, chart);
      }
      // The chart is recent: only the status counters (one BatchGetItem) are read again.
      const [totals, chart] = await Promise.all([
        readAggregates(client, tableName, { days: false }),
        days.chart,
      ]);
      if (totals === undefined || chart === undefined) return undefined;
      return snapshotOf(totals, chart);
    },
  };
}

interface Chart {
  totals: AggregateTotals;
  perDay: PublicationDay[];
  topPublications: NameCount[];
}

function snapshotOf(totals: AggregateTotals, chart: Chart): AggregateSnapshot {
  return {
    // The consumer counts a source PROCESSING as pending; objects not yet processed at all are not in the stream.
    counts: { ...totals.counts, PROCESSING: totals.counts.PENDING, PENDING: 0 },
    articleCount: totals.articleCount,
    perDay: chart.perDay,
    topPublications: chart.topPublications,
  };
}

function topPublicationsOf(rows: readonly PublicationDay[]): NameCount[] {
  const publications = new Map<string, number>();
  for (const row of rows)
    publications.set(row.publication, (publications.get(row.publication) ?? 0) + row.count);
  return [...publications.entries()]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 10);
}

/** The rows of the chart's last {@link CHART_DAYS} days present (rows come oldest day first). */
function chartDays<Row extends { day: string }>(rows: Row[]): Row[] {
  const days = [...new Set(rows.map((row) => row.day))].slice(-CHART_DAYS);
  return rows.filter((row) => row.day >= (days[0] ?? ''));
}

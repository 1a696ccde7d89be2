import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { RecordStore } from '../../lambda/store/RecordStore';
import type { Page, StoredArticle, StoredSource } from '../../lambda/store/types';
import { chooseListing } from '../commands/queryCommand';
import { collectPage } from '../query/collectPage';
import { redriveMessages } from '../redrive/redriveMessages';
import { reprocessObjects } from '../reprocess/reprocessObjects';
import { classifyKey } from '../status/classifyKey';
import { readKeyStatuses } from '../status/readKeyStatuses';
import { readSources } from '../store/readSources';
import type { PipelineClients } from '../target/createPipelineClients';
import type { TargetWith } from '../target/requireResources';
import type { KeyStatus, PipelineTarget } from '../types';
import { readSampleArticles } from './readSampleArticles';
import { sourceTextOf } from './sourceTextOf';
import { type SampleSummary, summarizeSample } from './summarizeSample';
import type { AggregateReader, BrowseData, OverviewData, SourceText, StatusCounts } from './types';

/** Bytes of a source file the article page shows beside the fields. */
const SOURCE_TEXT_BYTES = 2 * 1024 * 1024;
/**
 * The overview's sample: the parsed sources among the listing's first keys, and at most this many of their
 * articles, over which the top authors and entities (and, without aggregates, the chart) are counted.
 */
const SAMPLE = { sources: 100, articles: 500 };
/**
 * How long one server process shows the same sample: the tops and chart are not part of the live refresh
 * (only the counts and problems are), so a reload within this shows tops up to this stale.
 */
const SAMPLE_TTL_MS = 30_000;

const NO_PROGRESS = { advance() {}, addToTotal() {}, stop() {} };

/**
 * The browser's reads and actions on one target, through the CLI's record store, `status`, `query`,
 * `reprocess` and `redrive` code: the browser never writes the table itself.
 *
 * @example
 * const data = createBrowseData(target, createPipelineClients(target.clients));
 * (await data.overview()).counts.PARSED;
 */
export function createBrowseData(
  target: TargetWith<'bucket' | 'table'> & PipelineTarget,
  clients: PipelineClients,
  options: { aggregates?: AggregateReader } = {},
): BrowseData {
  const store = new RecordStore({ client: clients.dynamo, tableName: target.table });
  const statusSources = {
    s3: clients.s3,
    dynamo: clients.dynamo,
    store,
    bucket: target.bucket,
    table: target.table,
  };

  const statusOfStored = (source: StoredSource): KeyStatus =>
    classifyKey(
      source.key,
      source.status === 'DELETED' ? undefined : { size: source.size ?? 0, eTag: source.eTag ?? '' },
      source,
    ) as KeyStatus;

  async function deadLetterDepth(): Promise<number | null> {
    if (target.deadLetterQueueUrl === undefined) return null;
    const { Attributes = {} } = await clients.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: target.deadLetterQueueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    return (
      Number(Attributes.ApproximateNumberOfMessages ?? 0) +
      Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0)
    );
  }

  async function recentProblems(): Promise<StoredSource[]> {
    const [rejected, failed] = await Promise.all([
      store.sourcesByStatus('REJECTED', { limit: 10 }),
      store.sourcesByStatus('FAILED', { limit: 10 }),
    ]);
    return [...rejected.items, ...failed.items]
      .filter((source) => source.bucket === target.bucket)
      .sort((a, b) => ((a.processedAt ?? '') < (b.processedAt ?? '') ? 1 : -1))
      .slice(0, 10);
  }

  /** The sample's summary, read again once it is {@link SAMPLE_TTL_MS} old (or when a read of it failed). */
  let sampleCache: { at: number; summary: Promise<SampleSummary> } | undefined;
  function cachedSample(): Promise<SampleSummary> {
    const now = Date.now();
    if (sampleCache === undefined || now - sampleCache.at >= SAMPLE_TTL_MS) {
      const summary = readSampleArticles(
        clients.s3,
        clients.dynamo,
        target.table,
        target.bucket,
        SAMPLE,
      ).then(summarizeSample);
      const entry = { at: now, summary };
      summary.catch(() => {
        if (sampleCache === entry) sampleCache = undefined;
      });
      sampleCache = entry;
    }
    return sampleCache.summary;
  }

  async function listingPage(prefix: string, limit: number, cursor: string | null): Promise<Page<KeyStatus>> {
    const { items, cursor: next } = await listingPageWithRecords(prefix, limit, cursor);
    return { items, cursor: next };
  }

  async function listingPageWithRecords(
    prefix: string,
    limit: number,
    cursor: string | null,
  ): Promise<Page<KeyStatus> & { records: Map<string, StoredSource> }> {
    const listed = await clients.s3.send(
      new ListObjectsV2Command({
        Bucket: target.bucket,
        Prefix: prefix,
        MaxKeys: limit,
        ...(cursor === null ? {} : { ContinuationToken: cursor }),
      }),
    );
    const objects = (listed.Contents ?? []).filter((object) => object.Key !== undefined);
    const keys = objects.map((object) => object.Key as string);
    const records = await readSources(clients.dynamo, target.table, target.bucket, keys);
    const items = objects.map(
      (object) =>
        classifyKey(
          object.Key as string,
          { size: object.Size ?? -1, eTag: (object.ETag ?? '').replaceAll('"', '') },
          records.get(object.Key as string),
        ) as KeyStatus,
    );
    return { items, cursor: listed.IsTruncated ? (listed.NextContinuationToken ?? null) : null, records };
  }

  async function readSourceText(article: StoredArticle): Promise<SourceText | null> {
    try {
      const answer = await clients.s3.send(
        new GetObjectCommand({
          Bucket: article.source.bucket,
          Key: article.source.key,
          Range: `bytes=0-${SOURCE_TEXT_BYTES - 1}`,
          ...(article.source.versionId === null ? {} : { VersionId: article.source.versionId }),
        }),
      );
      const bytes = (await answer.Body?.transformToByteArray()) ?? new Uint8Array();
      return await sourceTextOf(bytes, Number(answer.ContentRange?.split('/')[1] ?? bytes.length));
    } catch (error) {
      return { lines: [], note: `The source could not be read: ${(error as Error).message}` };
    }
  }

  return {
    description: target.description,
    bucket: target.bucket,

    async overview(): Promise<OverviewData> {
      // Every read starts at once: the first byte waits for the slowest of them, not for their sum.
      const sample = cachedSample();
      sample.catch(() => undefined);
      const [aggregated, depth, problems] = await Promise.all([
        options.aggregates?.read(),
        deadLetterDepth(),
        recentProblems(),
      ]);
      let counts: StatusCounts;
      let articleCount: number;
      if (aggregated === undefined) {
        const report = await readKeyStatuses(statusSources, { prefix: '' });
        counts = { PARSED: 0, REJECTED: 0, FAILED: 0, DELETED: 0, PROCESSING: 0, PENDING: 0 };
        articleCount = 0;
        for (const status of report.statuses) {
          counts[status.state]++;
          if (status.state === 'PARSED') articleCount += status.articleCount ?? 0;
        }
      } else {
        counts = aggregated.counts;
        articleCount = aggregated.articleCount;
      }
      const summary = await sample;
      return {
        counts,
        articleCount,
        countsFrom: aggregated === undefined ? 'listing' : 'aggregates',
        deadLetterDepth: depth,
        recentProblems: problems,
        perDay: aggregated?.perDay ?? summary.perDay,
        topPublications: aggregated?.topPublications ?? summary.topPublications,
        topAuthors: summary.topAuthors,
        topEntities: summary.topEntities,
        sampledArticles: summary.articles,
      };
    },

    async sources(filter) {
      const state = filter.state;
      if (state === 'REJECTED' || state === 'FAILED' || state === 'DELETED') {
        return collectPage({
          limit: filter.limit,
          cursor: filter.cursor,
          fetch: async (limit, cursor) => {
            const page = await store.sourcesByStatus(state, { limit, cursor });
            return { items: page.items.map((source) => ({ source })), cursor: page.cursor };
          },
          accept: ({ source }) => source.bucket === target.bucket && source.key.startsWith(filter.prefix),
        }).then((page) => ({
          items: page.items.map(({ source }) => statusOfStored(source)),
          cursor: page.cursor,
        }));
      }
      return collectPage({
        limit: filter.limit,
        cursor: filter.cursor,
        fetch: (limit, cursor) => listingPage(filter.prefix, limit, cursor),
        accept: (status) => state === '' || status.state === state,
      });
    },

    async article(id) {
      const [article] = await store.getArticles([id]);
      if (article === undefined) return undefined;
      const vendorId = article.status === 'PARSED' ? article.sourceDocumentId : undefined;
      const [sources, sameContent, sameVendorId, sourceText] = await Promise.all([
        readSources(clients.dynamo, target.table, article.source.bucket, [article.source.key]),
        article.status === 'PARSED'
          ? store.articlesByContentHash(article.contentHash, { limit: 25 }).then((page) => page.items)
          : Promise.resolve([]),
        // The same vendor document in other uploads is linked as the same content is, even when its text differs.
        vendorId === undefined
          ? Promise.resolve([])
          : store
              .articlesBySourceDocumentId(vendorId.vendor, vendorId.id, { limit: 25 })
              .then((page) => page.items),
        readSourceText(article),
      ]);
      const linked = new Map([...sameContent, ...sameVendorId].map((other) => [other.id, other]));
      linked.delete(article.id);
      return {
        article,
        source: sources.get(article.source.key),
        sameContent: [...linked.values()],
        sourceText,
      };
    },

    async sourceRecords(key) {
      const [report, records] = await Promise.all([
        readKeyStatuses(statusSources, { keys: [key] }),
        store.getSourceRecords(target.bucket, key),
      ]);
      return { status: report.statuses[0], articles: records?.articles ?? [] };
    },

    async search(criteria) {
      const listing = await chooseListing(store, {
        publication: criteria.publication,
        author: criteria.author,
        entity: criteria.entity,
        status: criteria.status?.toLowerCase() as 'rejected' | 'failed' | 'deleted' | undefined,
        since: criteria.since,
        until: criteria.until,
        limit: criteria.limit,
      });
      if (listing.records === 'articles') {
        return { records: 'articles', page: await listing.fetch(criteria.limit, criteria.cursor) };
      }
      return { records: 'sources', page: await listing.fetch(criteria.limit, criteria.cursor) };
    },

    async planReprocess(prefix) {
      const summary = await reprocessObjects(await reprocessOptions(prefix, true));
      return {
        message: `${summary.listed} object(s) under s3://${target.bucket}/${prefix}: ${summary.enqueued} would be sent through the ingest queue again, ${summary.skippedPending} skipped (pending).`,
      };
    },

    async reprocess(prefix) {
      const summary = await reprocessObjects(await reprocessOptions(prefix, false));
      return {
        message: `${summary.listed} object(s) under s3://${target.bucket}/${prefix}: ${summary.enqueued} enqueued, ${summary.skippedPending} skipped (pending)${summary.notSent > 0 ? `, ${summary.notSent} not sent` : ''}.`,
      };
    },

    async redrive() {
      if (target.queueUrl === undefined || target.deadLetterQueueUrl === undefined) {
        return { message: 'This target names no queue and dead-letter queue: nothing to redrive.' };
      }
      const result = await redriveMessages({
        sqs: clients.sqs,
        queueUrl: target.queueUrl,
        deadLetterQueueUrl: target.deadLetterQueueUrl,
      });
      return {
        message: `${result.moved} message(s) moved from the dead-letter queue to the queue${result.failed > 0 ? `, ${result.failed} refused (still in the dead-letter queue)` : ''}.`,
      };
    },

    close() {
      clients.destroy();
    },
  };

  async function reprocessOptions(prefix: string, dryRun: boolean) {
    return {
      s3: clients.s3,
      dynamo: clients.dynamo,
      sqs: clients.sqs,
      bucket: target.bucket,
      table: target.table,
      queueUrl: target.queueUrl ?? '',
      region: target.clients.region ?? (await clients.sqs.config.region()),
      prefix,
      dryRun,
      progress: NO_PROGRESS,
    };
  }
}

import { createHash } from 'node:crypto';
import { PARSER_VERSION } from '../../lambda/parser/version';
import { parserVersionKey } from '../../lambda/store/parserVersionKey';
import { sequencerKey } from '../../lambda/store/sequencerKey';
import { toSourceItem } from '../../lambda/store/toSourceItem';
import type { ArticleInput, ObjectOutcome, SourceEvent } from '../../lambda/store/types';
import { toStoredItems } from '../e2e/toStoredItems';
import { inventBrowseArticle } from './inventBrowseArticle';

/** One invented upload of the browse bench: its object's bytes and the items the store keeps for it. */
export interface BrowseSource {
  key: string;
  body: string;
  items: (Record<string, unknown> & { pk: string; sk: string })[];
}

/** How many sources and articles to invent. */
export interface BrowseWorkload {
  bucket: string;
  sources: number;
  articles: number;
  /** Every `rejectedEvery`-th source is a rejected upload (no articles). */
  rejectedEvery: number;
  publications: number;
  /** Articles are spread over this many days before 2026-01-01. */
  days: number;
}

const PROCESSED_AT = '2026-01-02T03:04:05.000Z';

/**
 * Invented uploads for the browse bench (no real article): `sources` keys, every `rejectedEvery`-th one
 * rejected, the others holding `articles` articles between them, each with a publication, an author, an
 * organization and a date. The items are built with the store's own mappers (article, index and source
 * items, as a committed write leaves them), and the source's eTag is the MD5 of `body`, so the bucket
 * holding `body` under `key` reads as processed.
 *
 * @example
 * for (const source of inventBrowseSources({ bucket: 'b', sources: 10, articles: 50, rejectedEvery: 5, publications: 3, days: 30 })) { … }
 */
export function* inventBrowseSources(workload: BrowseWorkload): Generator<BrowseSource> {
  const parsedSources = workload.sources - Math.floor(workload.sources / workload.rejectedEvery);
  const perSource = Math.floor(workload.articles / parsedSources);
  let extra = workload.articles - perSource * parsedSources;
  let articleNumber = 0;
  for (let index = 0; index < workload.sources; index++) {
    const key = `bench/${String(Math.floor(index / 1_000)).padStart(2, '0')}/upload-${String(index).padStart(5, '0')}.txt`;
    const body = `Invented browse bench upload ${index}.\n`;
    const object = {
      versionId: null,
      eTag: createHash('md5').update(body).digest('hex'),
      size: Buffer.byteLength(body),
      lastModified: PROCESSED_AT,
    };
    const event: SourceEvent = {
      bucket: workload.bucket,
      key,
      sequencer: (index + 1).toString(16).padStart(16, '0'),
      eventName: 'ObjectCreated:Put',
    };
    if ((index + 1) % workload.rejectedEvery === 0) {
      const outcome = {
        kind: 'rejected',
        object,
        rejection: {
          code: 'EMPTY_FILE',
          message: `Invented rejection of upload ${index}: the file is empty.`,
        },
      } as const;
      const source = toSourceItem(event, outcome, {
        sequencerKey: sequencerKey(event.sequencer),
        parserVersion: PARSER_VERSION,
        parserVersionKey: parserVersionKey(PARSER_VERSION),
        processedAt: PROCESSED_AT,
        articleIds: [],
        expiresAt: Math.floor(Date.parse(PROCESSED_AT) / 1000) + 30 * 86_400,
      });
      yield { key, body, items: [source as unknown as BrowseSource['items'][number]] };
      continue;
    }
    const count = perSource + (extra > 0 ? 1 : 0);
    if (extra > 0) extra--;
    const articles: ArticleInput[] = [];
    for (let documentIndex = 1; documentIndex <= count; documentIndex++) {
      articles.push(inventBrowseArticle(articleNumber++, documentIndex, workload));
    }
    const outcome: Extract<ObjectOutcome, { kind: 'parsed' }> = {
      kind: 'parsed',
      object,
      parse: { format: 'plain', encoding: 'utf-8', compressed: false },
      articles,
    };
    yield {
      key,
      body,
      items: toStoredItems(event, outcome, {
        parserVersion: PARSER_VERSION,
        processedAt: PROCESSED_AT,
        deletedRetentionDays: 30,
      }),
    };
  }
}

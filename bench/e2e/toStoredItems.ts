import { parserVersionKey } from '../../lambda/store/parserVersionKey';
import { sequencerKey } from '../../lambda/store/sequencerKey';
import { toArticleItems } from '../../lambda/store/toArticleItems';
import { toSourceItem } from '../../lambda/store/toSourceItem';
import type { ObjectOutcome, SourceEvent } from '../../lambda/store/types';

type Item = Record<string, unknown> & { pk: string; sk: string };

/**
 * The items a committed store write of a parsed object leaves in the table, built with the store's own
 * mappers: chunks, article and index items, and the source item. What the plain-`BatchWriteItem`
 * baseline writes.
 *
 * @example
 * ```ts
 * const items = toStoredItems(event, outcome, { parserVersion: PARSER_VERSION, processedAt, deletedRetentionDays: 30 });
 * ```
 */
export function toStoredItems(
  event: SourceEvent,
  outcome: Extract<ObjectOutcome, { kind: 'parsed' }>,
  options: { parserVersion: string; processedAt: string; deletedRetentionDays: number },
): Item[] {
  const entries = outcome.articles.map((article) =>
    toArticleItems(article, {
      bucket: event.bucket,
      key: event.key,
      versionId: outcome.object.versionId,
      parserVersion: options.parserVersion,
      processedAt: options.processedAt,
      uploadDay: outcome.object.lastModified.slice(0, 10),
    }),
  );
  const source = toSourceItem(event, outcome, {
    sequencerKey: sequencerKey(event.sequencer),
    parserVersion: options.parserVersion,
    parserVersionKey: parserVersionKey(options.parserVersion),
    processedAt: options.processedAt,
    articleIds: entries.map((entry) => entry.article.id),
    expiresAt: Math.floor(Date.parse(options.processedAt) / 1000) + options.deletedRetentionDays * 86_400,
  });
  return [
    ...entries.flatMap((entry) => [...entry.chunks, entry.article, ...entry.indexItems]),
    source,
  ] as unknown as Item[];
}

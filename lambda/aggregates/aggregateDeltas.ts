import { aggregateKeys } from './aggregateKeys';
import type { ChangeRecord, CountedStatus, CounterDelta } from './types';

/** The name an article without a publication is counted under. */
export const NO_PUBLICATION = '(no publication)';

/**
 * The counter changes one change of the table makes, derived from its old and new images: a source
 * leaves its old status's count and joins its new one; a parsed article leaves its old (day,
 * publication) and joins its new one, and the article total follows. A change that moves nothing (a
 * rewrite by a newer parser with the same status, day and publication) gives no delta; a delete (`REMOVE`,
 * or TTL) takes the old image's contribution away. Items other than sources and articles give none.
 *
 * @example
 * aggregateDeltas({ eventId: 'e1', eventName: 'INSERT', newImage: { type: 'SOURCE', pk: 'SOURCE#b/a', status: 'PARSED' } });
 * // [{ pk: 'AGG#STATUS#…', sk: 'COUNTS', attribute: 'PARSED', delta: 1 }]
 */
export function aggregateDeltas(change: ChangeRecord): CounterDelta[] {
  const image = change.newImage ?? change.oldImage;
  const type = image?.type;
  const deltas: CounterDelta[] = [];
  if (type === 'SOURCE') {
    const before = sourceStatus(change.oldImage);
    const after = change.eventName === 'REMOVE' ? undefined : sourceStatus(change.newImage);
    if (before === after) return [];
    const counter = aggregateKeys.statusCounter(aggregateKeys.shardOf(String(image?.pk)));
    if (before !== undefined) deltas.push({ ...counter, attribute: before, delta: -1 });
    if (after !== undefined) deltas.push({ ...counter, attribute: after, delta: 1 });
    return deltas;
  }
  if (type === 'ARTICLE') {
    const before = articleDay(change.oldImage);
    const after = change.eventName === 'REMOVE' ? undefined : articleDay(change.newImage);
    if (before?.sk === after?.sk) return [];
    const shard = aggregateKeys.shardOf(String(image?.pk));
    const partition = aggregateKeys.dayPartition(shard);
    const total = aggregateKeys.statusCounter(shard);
    if (before !== undefined) {
      deltas.push({
        pk: partition,
        sk: before.sk,
        attribute: 'articles',
        delta: -1,
        name: before.publication,
      });
    }
    if (after !== undefined) {
      deltas.push({ pk: partition, sk: after.sk, attribute: 'articles', delta: 1, name: after.publication });
    }
    const net = (after === undefined ? 0 : 1) - (before === undefined ? 0 : 1);
    if (net !== 0) deltas.push({ ...total, attribute: 'ARTICLES', delta: net });
    return deltas;
  }
  return [];
}

function sourceStatus(image: Record<string, unknown> | undefined): CountedStatus | undefined {
  const status = image?.status;
  if (status === 'PROCESSING') return 'PENDING';
  if (status === 'PARSED' || status === 'REJECTED' || status === 'FAILED' || status === 'DELETED')
    return status;
  return undefined;
}

function articleDay(
  image: Record<string, unknown> | undefined,
): { sk: string; publication: string } | undefined {
  if (image?.status !== 'PARSED' || typeof image.sortDate !== 'string') return undefined;
  const publication =
    typeof image.publication === 'string' && image.publication !== '' ? image.publication : NO_PUBLICATION;
  return { sk: aggregateKeys.daySortKey(image.sortDate, publication), publication };
}

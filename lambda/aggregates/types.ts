/** Types of the stream aggregates (docs/browse.md, "Aggregates"). */

/** Source statuses as the aggregates count them; `PROCESSING` counts as pending. */
export type CountedStatus = 'PARSED' | 'REJECTED' | 'FAILED' | 'DELETED' | 'PENDING';

/** One counter change: add `delta` to `attribute` of the item (`pk`, `sk`); `name` keeps a display name. */
export interface CounterDelta {
  pk: string;
  sk: string;
  attribute: string;
  delta: number;
  name?: string;
}

/** A table stream record as the consumer sees it, images already unmarshalled. */
export interface ChangeRecord {
  /** Unique per change; a redelivery carries the same one. */
  eventId: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  /** The stream record's sequence number: what the handler reports as a failed batch item. */
  sequenceNumber?: string;
  oldImage?: Record<string, unknown>;
  newImage?: Record<string, unknown>;
}

/** A counter item as the consumer leaves it: its key, `type: 'AGGREGATE'`, counters by attribute, `name` on day items. */
export interface AggregateItem {
  pk: string;
  sk: string;
  type: 'AGGREGATE';
  name?: string;
  [counter: string]: string | number | undefined;
}

/** What applying a batch did to one change: counted, already counted before (a redelivery), or nothing to count. */
export type ChangeOutcome = 'applied' | 'duplicate' | 'nothing';

/** What `applyAggregateBatch` did. */
export interface AggregateBatchResult {
  /** One per change, in the batch's order. */
  outcomes: ChangeOutcome[];
  /** TransactWriteItems calls made (retries after duplicates included). */
  transactions: number;
  /** Set when a transaction failed for a reason other than duplicates: the first change not applied. */
  failedFrom?: number;
  error?: unknown;
}

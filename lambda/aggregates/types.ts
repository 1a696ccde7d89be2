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

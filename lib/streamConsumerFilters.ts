import { RECORD_TYPE_ATTRIBUTE } from './constants';
import { ArticlePipelinePropsError } from './errors';
import type { RecordType, StreamEventName } from './types';

const ALL_EVENT_NAMES: readonly StreamEventName[] = ['INSERT', 'MODIFY', 'REMOVE'];

/**
 * Lambda event-filter patterns that pass only stream records of the given item types and event names.
 *
 * An INSERT or MODIFY record carries the item in `NewImage`; a REMOVE (a delete, or a TTL expiry) has only
 * `OldImage`. One pattern per image keeps removes visible to a consumer that filters by type; Lambda
 * ORs the patterns, and a record matching both is still delivered once.
 *
 * @example
 * ```ts
 * streamConsumerFilters(['ARTICLE'], ['INSERT', 'REMOVE']);
 * // [{ eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['ARTICLE'] } } } },
 * //  { eventName: ['REMOVE'], dynamodb: { OldImage: { type: { S: ['ARTICLE'] } } } }]
 * ```
 */
export function streamConsumerFilters(
  types: readonly RecordType[],
  eventNames: readonly StreamEventName[] = ALL_EVENT_NAMES,
): Record<string, unknown>[] {
  if (types.length === 0) throw new ArticlePipelinePropsError('types', 'must name at least one record type');
  if (eventNames.length === 0) {
    throw new ArticlePipelinePropsError('eventNames', 'must name at least one stream event');
  }
  const typeMatch = { [RECORD_TYPE_ATTRIBUTE]: { S: [...new Set(types)] } };
  const withNewImage = ALL_EVENT_NAMES.filter((name) => name !== 'REMOVE' && eventNames.includes(name));
  const filters: Record<string, unknown>[] = [];
  if (withNewImage.length > 0) {
    filters.push({ eventName: withNewImage, dynamodb: { NewImage: typeMatch } });
  }
  if (eventNames.includes('REMOVE')) {
    filters.push({ eventName: ['REMOVE'], dynamodb: { OldImage: typeMatch } });
  }
  return filters;
}

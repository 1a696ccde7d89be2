import { encodeS3EventKey } from './encodeS3EventKey';

/** The part of a notification configuration that decides which changes it sends. */
export interface NotificationFilter {
  /** As configured: `s3:ObjectCreated:*`, `s3:ObjectRemoved:Delete`… */
  events: string[];
  prefix?: string;
  suffix?: string;
}

/**
 * Whether a bucket notification sends this change: its event type is one the configuration lists
 * (`s3:ObjectCreated:*` covers every `ObjectCreated:` event), and the key matches the prefix and suffix
 * filters. S3 matches filters against the URL-encoded key, which is why a filter value with a space must
 * be written with `+`.
 *
 * @example
 * matchesNotification({ events: ['s3:ObjectCreated:*'], suffix: '.txt' }, 'ObjectCreated:Put', 'a b.txt'); // true
 * matchesNotification({ events: ['s3:ObjectCreated:*'], prefix: 'in+box/' }, 'ObjectCreated:Put', 'in box/a'); // true
 */
export function matchesNotification(filter: NotificationFilter, eventName: string, key: string): boolean {
  const eventType = `s3:${eventName}`;
  const typeMatches = filter.events.some((configured) =>
    configured.endsWith(':*') ? eventType.startsWith(configured.slice(0, -1)) : configured === eventType,
  );
  if (!typeMatches) return false;
  const encodedKey = encodeS3EventKey(key);
  if (filter.prefix !== undefined && !encodedKey.startsWith(filter.prefix)) return false;
  if (filter.suffix !== undefined && !encodedKey.endsWith(filter.suffix)) return false;
  return true;
}

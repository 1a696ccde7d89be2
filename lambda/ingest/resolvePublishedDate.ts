import type { ParsedArticle } from '../parser/types';
import type { PublishedDateSource } from '../store/types';

/** Where else a publication date may come from. */
export interface PublishedDateHints {
  /** The object's user metadata (`x-amz-meta-published` arrives as `published`). */
  userMetadata: Record<string, string>;
  key: string;
  /** Whether the stack trusts a `YYYY/MM/DD` in the key (keys often carry the upload date instead). */
  dateFromKey: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const KEY_DATE = /(?:^|\/)(\d{4})\/(\d{2})\/(\d{2})(?:\/|$)/;

/**
 * An article's `publishedDate` and where it came from: the file's own date first, then the object's
 * `published` metadata (an ISO date or timestamp), then, only when `dateFromKey` is set, a
 * `YYYY/MM/DD` segment of the key; otherwise null. Never the processing time. Impossible dates are ignored.
 *
 * @example
 * ```ts
 * resolvePublishedDate(article, { userMetadata: {}, key: 'feeds/2021/09/01/a.txt', dateFromKey: true });
 * // { publishedDate: '2021-09-01', publishedDateSource: 'key' } when the file states no date
 * ```
 */
export function resolvePublishedDate(
  article: Pick<ParsedArticle, 'publishedDate'>,
  hints: PublishedDateHints,
): { publishedDate: string | null; publishedDateSource: PublishedDateSource | null } {
  if (article.publishedDate !== null)
    return { publishedDate: article.publishedDate, publishedDateSource: 'file' };
  const fromMetadata = validDate(ISO_DATE.exec(hints.userMetadata.published?.trim() ?? ''));
  if (fromMetadata !== null) return { publishedDate: fromMetadata, publishedDateSource: 'metadata' };
  if (hints.dateFromKey) {
    const fromKey = validDate(KEY_DATE.exec(hints.key));
    if (fromKey !== null) return { publishedDate: fromKey, publishedDateSource: 'key' };
  }
  return { publishedDate: null, publishedDateSource: null };
}

function validDate(match: RegExpExecArray | null): string | null {
  if (match === null) return null;
  const [, year, month, day] = match;
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

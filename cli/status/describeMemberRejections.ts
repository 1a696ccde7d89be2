import type { StoredSource } from '../../lambda/store/types';

/** Members named in one line before the rest are counted. */
const NAMED_MEMBERS = 3;

/**
 * One line on the ZIP members of a source that could not be read (name and code of the first few, and how
 * many in all), or null when every member was read: what `status` and `query --status rejected` show
 * beside a `PARSED` source.
 *
 * @example
 * describeMemberRejections(source); // '1 ZIP member not read: a-cut.docx CORRUPT_CONTAINER'
 */
export function describeMemberRejections(
  source: Pick<StoredSource, 'memberRejections' | 'memberRejectionCount'>,
): string | null {
  const count = Math.max(source.memberRejectionCount, source.memberRejections.length);
  if (count === 0) return null;
  const named = source.memberRejections
    .slice(0, NAMED_MEMBERS)
    .map((rejection) => `${rejection.member} ${rejection.code}`);
  const more = count > named.length ? ` (and ${count - named.length} more)` : '';
  return `${count} ZIP member${count === 1 ? '' : 's'} not read: ${named.join(', ')}${more}`;
}

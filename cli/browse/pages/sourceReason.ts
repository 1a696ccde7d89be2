import type { StoredSource } from '../../../lambda/store/types';
import { describeMemberRejections } from '../../status/describeMemberRejections';

/**
 * Why a source is rejected or failed, in one line, or which ZIP members of a parsed one were not read;
 * empty for the others.
 *
 * @example
 * sourceReason(rejected); // 'EMPTY: the file is empty'
 */
export function sourceReason(source: StoredSource): string {
  if (source.reason !== null) return `${source.reason.code}: ${source.reason.message}`;
  if (source.error !== null)
    return `${source.error.name}: ${source.error.message} (after ${source.error.receiveCount} attempts)`;
  return describeMemberRejections(source) ?? '';
}

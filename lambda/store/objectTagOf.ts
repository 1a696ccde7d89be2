import type { ObjectMetadata } from './types';

/**
 * The object a write reads, as one comparable string: `<versionId>/<eTag>` (`versionId` empty on an
 * unversioned bucket). A slice continues a write only for the same object (a condition on the source
 * item: DynamoDB cannot compare a NULL attribute with `=`).
 *
 * @example
 * ```ts
 * objectTagOf({ versionId: null, eTag: 'abc' }); // '/abc'
 * ```
 */
export function objectTagOf(object: Pick<ObjectMetadata, 'versionId' | 'eTag'>): string {
  return `${object.versionId ?? ''}/${object.eTag}`;
}

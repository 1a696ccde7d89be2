/** What a listing asks for, as ListObjects and ListObjectsV2 take it. */
export interface ObjectKeyQuery {
  prefix?: string;
  delimiter?: string;
  /** Keys up to and including this one are skipped (V2's `start-after` or token, V1's `marker`). */
  startAfter?: string;
  maxKeys?: number;
}

/** One page of a listing. */
export interface ObjectKeyPage {
  keys: string[];
  commonPrefixes: string[];
  isTruncated: boolean;
}

function byUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * One page of a bucket's keys, in S3's order (by the bytes of each key's UTF-8), with `delimiter` grouping
 * keys into common prefixes. `maxKeys` counts keys only, and a full page ends on a key, so the page's last
 * key is where the next page starts and a common prefix is never listed twice (S3 counts prefixes too, so
 * its pages can be shorter).
 *
 * @example
 * pageObjectKeys(['a/1', 'a/2', 'b', 'c'], { delimiter: '/', maxKeys: 1 });
 * // { keys: ['b'], commonPrefixes: ['a/'], isTruncated: true }
 */
export function pageObjectKeys(keys: Iterable<string>, query: ObjectKeyQuery): ObjectKeyPage {
  const { prefix = '', delimiter = '', startAfter = '', maxKeys = 1000 } = query;
  const page: ObjectKeyPage = { keys: [], commonPrefixes: [], isTruncated: false };
  const candidates = [...keys]
    .filter((key) => key.startsWith(prefix) && byUtf8(key, startAfter) > 0)
    .sort(byUtf8);
  for (const key of candidates) {
    const at = delimiter === '' ? -1 : key.indexOf(delimiter, prefix.length);
    const commonPrefix = at === -1 ? undefined : key.slice(0, at + delimiter.length);
    if (commonPrefix !== undefined && page.commonPrefixes.at(-1) === commonPrefix) continue;
    if (page.keys.length >= maxKeys) {
      page.isTruncated = true;
      break;
    }
    if (commonPrefix === undefined) page.keys.push(key);
    else page.commonPrefixes.push(commonPrefix);
  }
  return page;
}

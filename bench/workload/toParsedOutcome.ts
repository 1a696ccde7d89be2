import { createHash } from 'node:crypto';
import { resolvePublishedDate } from '../../lambda/ingest/resolvePublishedDate';
import { parseFile } from '../../lambda/parser/parseFile';
import type { ObjectOutcome } from '../../lambda/store/types';
import { BenchCheckError } from '../support/errors';
import type { UploadObject } from './types';

/**
 * What the ingest function hands the store for an uploaded object, computed the way `ingestObject` does
 * (parse with the function's defaults, then `resolvePublishedDate` without metadata or key dates), so a
 * baseline writes exactly the articles the pipeline writes. Throws when the parse does not find the
 * object's articles.
 *
 * @example
 * ```ts
 * const outcome = await toParsedOutcome(object, { lastModified: new Date().toISOString() });
 * ```
 */
export async function toParsedOutcome(
  object: UploadObject,
  options: { lastModified: string; dateFromKey?: boolean },
): Promise<Extract<ObjectOutcome, { kind: 'parsed' }>> {
  const parsed = await parseFile(object.bytes);
  if (!parsed.ok || parsed.articles.length !== object.articleCount) {
    throw new BenchCheckError(`${object.key}: expected ${object.articleCount} articles from the parser`);
  }
  return {
    kind: 'parsed',
    object: {
      versionId: null,
      eTag: createHash('md5').update(object.bytes).digest('hex'),
      size: object.bytes.byteLength,
      lastModified: options.lastModified,
    },
    parse: { format: parsed.format, encoding: parsed.encoding, compressed: parsed.compressed },
    articles: parsed.articles.map((article) => ({
      ...article,
      ...resolvePublishedDate(article, {
        userMetadata: {},
        key: object.key,
        dateFromKey: options.dateFromKey ?? false,
      }),
    })),
  };
}

import type { KoaContext, KoaNext } from './routeAnyObjectKey';

/**
 * Koa middleware for s3rver, before its router: rewrites a CopyObject's `x-amz-copy-source` so that
 * s3rver reads the exact source key. S3 takes the source URL-encoded (`bucket/key`, `%2F`, `%3F`…), but
 * s3rver decodes it with `decodeURI`, which leaves `%2F`, `%3F`, `%23`, `%26` and the like encoded; a
 * source given with `encodeURI`'s escapes only comes back exactly.
 *
 * @example
 * s3rver.middleware.splice(-1, 0, normalizeCopySource);
 */
export function normalizeCopySource(ctx: KoaContext, next: KoaNext): Promise<unknown> {
  const header = ctx.headers['x-amz-copy-source'];
  if (typeof header === 'string') {
    const source = header.startsWith('/') ? header.slice(1) : header;
    const slash = source.indexOf('/');
    try {
      const key = decodeURIComponent(source.slice(slash + 1));
      if (slash > 0) ctx.headers['x-amz-copy-source'] = `${source.slice(0, slash)}/${encodeURI(key)}`;
    } catch {
      // Not percent-encoding: s3rver answers as it would have.
    }
  }
  return next();
}

/** The part of a Koa context these middlewares use. */
export interface KoaContext {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  path: string;
  query: Record<string, string | string[] | undefined>;
  body: unknown;
  store: unknown;
}
export type KoaNext = () => Promise<unknown>;

const OBJECT_PATH = /^\/([^/]+)\/(.+)$/s;

/**
 * Koa middleware for s3rver, before its router: passes the object key as one path segment. The router's
 * `/:bucket/:key*` route matches no path with an empty segment, so a key that starts with `/` or holds
 * `//` fell through to a non-XML answer. The router decodes the segment back to the exact key.
 *
 * @example
 * s3rver.middleware.splice(-1, 0, routeAnyObjectKey);
 */
export function routeAnyObjectKey(ctx: KoaContext, next: KoaNext): Promise<unknown> {
  const match = OBJECT_PATH.exec(ctx.path);
  if (match !== null) {
    let key: string | undefined;
    try {
      key = decodeURIComponent(match[2] ?? '');
    } catch {
      key = undefined; // not percent-encoding: the router answers as it would have
    }
    if (key !== undefined) ctx.path = `/${match[1]}/${encodeURIComponent(key)}`;
  }
  return next();
}

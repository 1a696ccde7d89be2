import type { ProxiedRequest } from './startFaultProxy';

/**
 * A predicate for the fault proxy that selects the GetObject requests of one object, path-style as local
 * servers are addressed (`/<bucket>/<key>`, any query).
 *
 * @example
 * ```ts
 * proxy.inject(getObjectRequestOf(bucket, key), [{ kind: 's3-error', status: 503, code: 'SlowDown' }]);
 * ```
 */
export function getObjectRequestOf(bucket: string, key: string): (request: ProxiedRequest) => boolean {
  return (request) =>
    request.method === 'GET' && decodeURIComponent(request.path.split('?')[0] ?? '') === `/${bucket}/${key}`;
}

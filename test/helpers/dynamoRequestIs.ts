import type { ProxiedRequest } from './startFaultProxy';

/** The store's requests by the step of its write they belong to (docs/store.md, "The write"). */
export type DynamoRequestKind =
  /** The conditional UpdateItem that takes the lease. */
  | 'claim'
  /** A Query of an earlier document's partition. */
  | 'read'
  /** A BatchWriteItem putting chunk items of a large article (phase 1). */
  | 'chunks'
  /** A BatchWriteItem putting parsed article items (phase 2). */
  | 'articles'
  /** A BatchWriteItem putting index rows (phase 3, which also carries the stale deletes). */
  | 'rows'
  /** A BatchWriteItem deleting items (phase 3). */
  | 'deletes'
  /** A BatchWriteItem putting `DELETED` articles (phase 4). */
  | 'tombstones'
  /** The conditional PutItem of the source item. */
  | 'commit';

type AttributeValue = { S?: string };
type WireWrite = {
  PutRequest?: { Item: Record<string, AttributeValue> };
  DeleteRequest?: { Key: Record<string, AttributeValue> };
};

/**
 * A predicate for the fault proxy that selects the store's requests of one kind on `tableName`, read from
 * the wire: the operation (`X-Amz-Target`) and the JSON body (what a BatchWriteItem puts or deletes).
 *
 * @example
 * ```ts
 * proxy.inject(dynamoRequestIs('commit', tableName), [{ kind: 'hang' }]);
 * ```
 */
export function dynamoRequestIs(
  kind: DynamoRequestKind,
  tableName: string,
): (request: ProxiedRequest) => boolean {
  return (request) => {
    const body = (request.json ?? {}) as Record<string, unknown>;
    switch (kind) {
      case 'claim':
        return (
          request.operation === 'UpdateItem' &&
          body.TableName === tableName &&
          String(body.UpdateExpression).includes('leaseOwner = :owner')
        );
      case 'read':
        return request.operation === 'Query' && body.TableName === tableName;
      case 'commit':
        return (
          request.operation === 'PutItem' &&
          body.TableName === tableName &&
          body.ConditionExpression === 'leaseOwner = :owner'
        );
      default: {
        if (request.operation !== 'BatchWriteItem') return false;
        const writes = ((body.RequestItems as Record<string, WireWrite[]> | undefined)?.[tableName] ??
          []) as WireWrite[];
        return writes.some((write) => batchWriteIs(kind, write));
      }
    }
  };
}

function batchWriteIs(kind: DynamoRequestKind, write: WireWrite): boolean {
  const item = write.PutRequest?.Item;
  if (kind === 'deletes') return write.DeleteRequest !== undefined;
  if (kind === 'chunks') return item?.type?.S === 'CHUNK';
  if (kind === 'rows') return item?.type?.S === 'INDEX';
  if (kind === 'articles') return item?.type?.S === 'ARTICLE' && item.status?.S === 'PARSED';
  if (kind === 'tombstones') return item?.type?.S === 'ARTICLE' && item.status?.S === 'DELETED';
  return false;
}

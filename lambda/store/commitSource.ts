import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { LeaseLostError } from './errors';
import { tableKeys } from './tableKeys';
import type { SourceItem, StoreContext } from './types';

/**
 * The commit point of a write: puts the whole source item, on condition that this writer still holds the
 * lease. The put replaces every attribute, so the lease and the pending marks end with it. A commit whose
 * answer was lost (a timeout or a reset after DynamoDB applied it) fails the SDK's retry of it; it is
 * recognised by the stored item, which is then this one, and counts as done. Throws {@link LeaseLostError}
 * when the lease was taken over (the write ran past its lease).
 *
 * @example
 * ```ts
 * await commitSource(context, toSourceItem(event, outcome, itemContext), owner);
 * ```
 */
export async function commitSource(context: StoreContext, item: SourceItem, owner: string): Promise<void> {
  try {
    await context.client.send(
      new PutCommand({
        TableName: context.tableName,
        Item: item,
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: { ':owner': owner },
      }),
    );
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    if (await isCommitted(context, item)) return;
    throw new LeaseLostError(item.bucket, item.key);
  }
}

/** Whether the stored source item is `item` as this write put it: no lease, and its event, parser and time. */
async function isCommitted(context: StoreContext, item: SourceItem): Promise<boolean> {
  const output = await context.client.send(
    new GetCommand({
      TableName: context.tableName,
      Key: tableKeys.source(item.bucket, item.key),
      ConsistentRead: true,
    }),
  );
  const stored = output.Item as SourceItem | undefined;
  return (
    stored !== undefined &&
    stored.leaseOwner === undefined &&
    stored.sequencerKey === item.sequencerKey &&
    stored.parserVersionKey === item.parserVersionKey &&
    stored.processedAt === item.processedAt &&
    stored.status === item.status
  );
}

import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { LeaseLostError } from './errors';
import type { SourceItem, StoreContext } from './types';

/**
 * The commit point of a write: puts the whole source item, on condition that this writer still holds the
 * lease. The put replaces every attribute, so the lease and the pending marks end with it. Throws
 * {@link LeaseLostError} when the lease was taken over (the write ran past its lease).
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
    if ((error as Error).name === 'ConditionalCheckFailedException')
      throw new LeaseLostError(item.bucket, item.key);
    throw error;
  }
}

import type { InvocationResult } from '../types';

/** Which messages of a batch to delete and which return to the queue, and why. */
export interface BatchSettlement {
  deleteIds: string[];
  failedIds: string[];
  /** Why the whole batch failed, or why items did; undefined when everything succeeded. */
  reason?: string;
}

/**
 * Decides a batch's fate from the function's result, as Lambda's SQS event source does. Without
 * `ReportBatchItemFailures` a return deletes every message and a throw keeps them all. With it, the
 * messages the response lists stay and the others are deleted; an empty, null or `{}` response (or an empty
 * list) is success; a throw, a malformed response, or an item that is empty or not in the batch fails the
 * whole batch.
 *
 * @example
 * settleBatch(['a', 'b'], { ok: true, response: { batchItemFailures: [{ itemIdentifier: 'b' }] } }, true);
 * // { deleteIds: ['a'], failedIds: ['b'], reason: '1 item(s) reported failed' }
 */
export function settleBatch(
  messageIds: string[],
  result: InvocationResult,
  reportBatchItemFailures: boolean,
): BatchSettlement {
  const wholeBatchFails = (reason: string): BatchSettlement => ({
    deleteIds: [],
    failedIds: [...messageIds],
    reason,
  });
  if (!result.ok) return wholeBatchFails(result.error);
  if (!reportBatchItemFailures) return { deleteIds: [...messageIds], failedIds: [] };
  const response = result.response;
  if (response === undefined || response === null) return { deleteIds: [...messageIds], failedIds: [] };
  if (typeof response !== 'object' || Array.isArray(response)) {
    return wholeBatchFails('the function returned a response that is not a batch response');
  }
  const failures = (response as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return { deleteIds: [...messageIds], failedIds: [] };
  if (!Array.isArray(failures)) return wholeBatchFails('batchItemFailures is not a list');
  const inBatch = new Set(messageIds);
  const failed = new Set<string>();
  for (const failure of failures) {
    const identifier = (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    if (typeof identifier !== 'string' || identifier === '') {
      return wholeBatchFails('a batch item failure has no itemIdentifier');
    }
    if (!inBatch.has(identifier)) {
      return wholeBatchFails(`itemIdentifier ${identifier} is not a message of this batch`);
    }
    failed.add(identifier);
  }
  if (failed.size === 0) return { deleteIds: [...messageIds], failedIds: [] };
  return {
    deleteIds: messageIds.filter((id) => !failed.has(id)),
    failedIds: messageIds.filter((id) => failed.has(id)),
    reason: `${failed.size} item(s) reported failed`,
  };
}

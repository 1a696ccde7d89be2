import {
  DeleteMessageBatchCommand,
  type Message,
  type MessageAttributeValue,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';

/** How {@link redriveMessages} moves messages. */
export interface RedriveOptions {
  sqs: SQSClient;
  deadLetterQueueUrl: string;
  queueUrl: string;
  /**
   * Move at most this many messages.
   * @default Infinity: until the dead-letter queue answers empty
   */
  maxMessages?: number;
  /**
   * How long a received message stays hidden in the dead-letter queue while it is copied, in seconds;
   * one not moved in that time (a failed send) shows up there again.
   * @default 60
   */
  visibilityTimeoutSeconds?: number;
  /** Called after each batch with the number moved so far. */
  onProgress?: (moved: number) => void;
}

/** What a redrive did. */
export interface RedriveResult {
  moved: number;
  /** Messages the queue refused; they stay in the dead-letter queue. */
  failed: number;
}

const BATCH = 10;

/**
 * Moves dead-lettered messages back to the ingest queue: receive from the dead-letter queue, send the same
 * body and attributes to the queue, then delete from the dead-letter queue (a message is deleted only after
 * its copy was accepted, so none is lost; a crash in between duplicates one, which the idempotent store
 * ignores). Works on AWS and on local queue servers without StartMessageMoveTask; stops when a long poll
 * of the dead-letter queue comes back empty.
 *
 * @example
 * const { moved } = await redriveMessages({ sqs, deadLetterQueueUrl, queueUrl });
 */
export async function redriveMessages(options: RedriveOptions): Promise<RedriveResult> {
  const { sqs, deadLetterQueueUrl, queueUrl } = options;
  const maxMessages = options.maxMessages ?? Number.POSITIVE_INFINITY;
  const result: RedriveResult = { moved: 0, failed: 0 };
  const refused = new Set<string>();
  while (result.moved < maxMessages) {
    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: deadLetterQueueUrl,
        MaxNumberOfMessages: Math.min(BATCH, maxMessages - result.moved),
        // A long poll asks every SQS server, so an empty answer means an empty queue.
        WaitTimeSeconds: 1,
        VisibilityTimeout: options.visibilityTimeoutSeconds ?? 60,
        MessageAttributeNames: ['All'],
      }),
    );
    const messages = (received.Messages ?? []).filter((message) => !refused.has(message.MessageId ?? ''));
    if (messages.length === 0) break;
    const sent = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: messages.map((message, index) => ({
          Id: String(index),
          MessageBody: message.Body ?? '',
          MessageAttributes: copyAttributes(message),
        })),
      }),
    );
    const moved = (sent.Successful ?? []).map((entry) => messages[Number(entry.Id)]).filter(isMessage);
    for (const failure of sent.Failed ?? []) {
      const message = messages[Number(failure.Id)];
      if (message?.MessageId !== undefined) refused.add(message.MessageId);
      result.failed++;
    }
    if (moved.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: deadLetterQueueUrl,
          Entries: moved.map((message, index) => ({
            Id: String(index),
            ReceiptHandle: message.ReceiptHandle,
          })),
        }),
      );
    }
    result.moved += moved.length;
    options.onProgress?.(result.moved);
    // Every message of the batch was refused: trying again now would refuse them again.
    if (moved.length === 0) break;
  }
  return result;
}

function isMessage(message: Message | undefined): message is Message {
  return message !== undefined;
}

/** Message attributes as SendMessage takes them (the receive also returns list fields it refuses). */
function copyAttributes(message: Message): Record<string, MessageAttributeValue> | undefined {
  const attributes = message.MessageAttributes;
  if (attributes === undefined || Object.keys(attributes).length === 0) return undefined;
  const copy: Record<string, MessageAttributeValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    copy[name] = {
      DataType: value.DataType,
      ...(value.StringValue === undefined ? {} : { StringValue: value.StringValue }),
      ...(value.BinaryValue === undefined ? {} : { BinaryValue: value.BinaryValue }),
    };
  }
  return copy;
}

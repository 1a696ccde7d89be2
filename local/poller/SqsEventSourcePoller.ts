import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { InvocationResult, InvokeFunction, SettledMessage } from '../types';
import { buildSqsEvent, type QueueSource } from './buildSqsEvent';
import { settleBatch } from './settleBatch';

// Lambda's limit on a synchronous invocation's payload.
const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;
const LONG_POLL_SECONDS = 20;
const SHORT_POLL_PAUSE_MS = 10;
const RECEIVE_RETRY_MS = 500;
// SQS's largest visibility timeout, and how long past the function's timeout a message stays held.
const MAX_VISIBILITY_SECONDS = 43_200;
const HOLD_MARGIN_SECONDS = 5;

/** Options of {@link SqsEventSourcePoller}. */
export interface SqsEventSourcePollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  source: QueueSource;
  /** Largest batch (the mapping's `BatchSize`). */
  batchSize: number;
  /** How long to gather a batch after its first message, in ms (the scaled batching window); 0 invokes per receive. */
  batchingWindowMs: number;
  /** Concurrent invocations at most. */
  maximumConcurrency: number;
  /** Whether the function's partial batch responses count (`FunctionResponseTypes: ReportBatchItemFailures`). */
  reportBatchItemFailures: boolean;
  /** The queue's (scaled) visibility timeout, in seconds: how long a failed message stays hidden after its invocation. */
  visibilityTimeoutSeconds: number;
  /** How long a received message stays hidden while its batch is gathered and invoked: the function's timeout. */
  invocationTimeoutSeconds: number;
  /** The redrive policy's `maxReceiveCount`: a message failing that receive goes to the dead-letter queue next. */
  maxReceiveCount?: number;
  invoke: InvokeFunction;
  /**
   * For the failed messages of an interrupted invocation (timed out, crashed: it released nothing it held),
   * how many seconds from now they must stay hidden at least, e.g. until the lease the dead invocation
   * left on their keys expires. In AWS the visibility timeout, six times the function's timeout, outlasts
   * such a lease; the scaled one here does not.
   * @default none: the visibility timeout alone
   */
  holdAfterInterruption?: (messages: Message[]) => Promise<number>;
  /** Told the fate of every message after each invocation. */
  onSettled?: (messages: SettledMessage[]) => void;
  /** Told of a receive or delete that failed (the poller retries). */
  onError?: (error: unknown) => void;
}

/**
 * Lambda's SQS event source, on a local queue: long-polls, gathers up to `batchSize` messages within the
 * batching window (and 6 MB), invokes the function with the event Lambda builds, up to
 * `maximumConcurrency` invocations at once, then deletes what the result says succeeded (partial batch
 * responses honoured; a throw or an unknown item fails the whole batch). Failed messages are left alone:
 * the queue shows them again after its visibility timeout and dead-letters them after `maxReceiveCount`.
 *
 * One difference, on purpose: messages are received hidden for the function's timeout, and a failed one is
 * then hidden for the queue's (scaled) visibility timeout from the end of its invocation. In AWS the
 * visibility timeout is at least six times the function's timeout, so a message never reappears during its
 * invocation; scaling the timeout down here must not change that, however slow an invocation is.
 *
 * @example
 * const poller = new SqsEventSourcePoller({ sqs, queueUrl, source, batchSize: 10, batchingWindowMs: 0,
 *   maximumConcurrency: 2, reportBatchItemFailures: true, visibilityTimeoutSeconds: 1, invoke });
 * poller.start();
 * await poller.stop();
 */
export class SqsEventSourcePoller {
  readonly #options: SqsEventSourcePollerOptions;
  readonly #inFlight = new Set<Promise<void>>();
  #running = false;
  #loop: Promise<void> | undefined;
  #abort = new AbortController();

  constructor(options: SqsEventSourcePollerOptions) {
    this.#options = options;
  }

  /** Starts polling. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#abort = new AbortController();
    this.#loop = this.#poll();
  }

  /** Stops receiving, and waits for the invocations in flight to finish and settle. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#abort.abort();
    await this.#loop;
    await Promise.all(this.#inFlight);
  }

  async #poll(): Promise<void> {
    while (this.#running) {
      while (this.#inFlight.size >= this.#options.maximumConcurrency && this.#running) {
        await Promise.race(this.#inFlight);
      }
      const batch = await this.#collectBatch();
      if (batch.length === 0) continue;
      const invocation = this.#invokeAndSettle(batch).finally(() => this.#inFlight.delete(invocation));
      this.#inFlight.add(invocation);
    }
  }

  async #collectBatch(): Promise<Message[]> {
    const { batchSize, batchingWindowMs } = this.#options;
    const batch: Message[] = [];
    let bytes = 0;
    let deadline = Number.POSITIVE_INFINITY;
    while (this.#running && batch.length < batchSize && bytes < MAX_PAYLOAD_BYTES && Date.now() < deadline) {
      const received = await this.#receive(Math.min(10, batchSize - batch.length), batch.length === 0);
      if (received.length === 0) {
        if (batch.length > 0) await new Promise((resolve) => setTimeout(resolve, SHORT_POLL_PAUSE_MS));
        continue;
      }
      batch.push(...received);
      bytes += received.reduce((sum, message) => sum + Buffer.byteLength(message.Body ?? ''), 0);
      if (deadline === Number.POSITIVE_INFINITY) deadline = Date.now() + batchingWindowMs;
      // Without a batching window Lambda invokes with what one receive returned.
      if (batchingWindowMs === 0) break;
    }
    return batch;
  }

  async #receive(maxMessages: number, longPoll: boolean): Promise<Message[]> {
    try {
      const { Messages = [] } = await this.#options.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: this.#options.queueUrl,
          MaxNumberOfMessages: maxMessages,
          WaitTimeSeconds: longPoll ? LONG_POLL_SECONDS : 0,
          VisibilityTimeout: Math.min(
            MAX_VISIBILITY_SECONDS,
            this.#options.invocationTimeoutSeconds + HOLD_MARGIN_SECONDS,
          ),
          MessageSystemAttributeNames: ['All'],
          MessageAttributeNames: ['All'],
        }),
        { abortSignal: this.#abort.signal },
      );
      return Messages;
    } catch (error) {
      if (!this.#running) return [];
      this.#options.onError?.(error);
      await new Promise((resolve) => setTimeout(resolve, RECEIVE_RETRY_MS));
      return [];
    }
  }

  async #invokeAndSettle(batch: Message[]): Promise<void> {
    const { invoke, reportBatchItemFailures, maxReceiveCount, source } = this.#options;
    const result: InvocationResult = await invoke(buildSqsEvent(batch, source)).catch((error: unknown) => ({
      ok: false as const,
      error: String(error),
    }));
    const ids = batch.map((message) => message.MessageId ?? '');
    const settlement = settleBatch(ids, result, reportBatchItemFailures);
    const failed = new Set(settlement.failedIds);
    const failedMessages = batch.filter((message) => failed.has(message.MessageId ?? ''));
    let hold = this.#options.visibilityTimeoutSeconds;
    if (
      !result.ok &&
      result.interrupted &&
      failedMessages.length > 0 &&
      this.#options.holdAfterInterruption
    ) {
      const atLeast = await this.#options.holdAfterInterruption(failedMessages).catch((error: unknown) => {
        this.#options.onError?.(error);
        return 0;
      });
      hold = Math.min(MAX_VISIBILITY_SECONDS, Math.max(hold, Math.ceil(atLeast)));
    }
    await Promise.all([
      this.#delete(batch.filter((message) => !failed.has(message.MessageId ?? ''))),
      this.#hideFor(failedMessages, hold),
    ]);
    this.#options.onSettled?.(
      batch.map((message) => {
        const receiveCount = Number(message.Attributes?.ApproximateReceiveCount ?? '1');
        const messageId = message.MessageId ?? '';
        if (!failed.has(messageId))
          return { messageId, body: message.Body ?? '', receiveCount, outcome: 'deleted' };
        const exhausted = maxReceiveCount !== undefined && receiveCount >= maxReceiveCount;
        return {
          messageId,
          body: message.Body ?? '',
          receiveCount,
          outcome: exhausted ? 'dead-lettered' : 'retried',
          ...(settlement.reason !== undefined && { reason: settlement.reason }),
        };
      }),
    );
  }

  /** Sets how long the messages stay hidden from now on. */
  async #hideFor(messages: Message[], seconds: number): Promise<void> {
    for (const chunk of chunks(messages, 10)) {
      try {
        await this.#options.sqs.send(
          new ChangeMessageVisibilityBatchCommand({
            QueueUrl: this.#options.queueUrl,
            Entries: chunk.map((message, index) => ({
              Id: String(index),
              ReceiptHandle: message.ReceiptHandle ?? '',
              VisibilityTimeout: seconds,
            })),
          }),
        );
      } catch (error) {
        // The message then comes back when the hold of its receive ends: later, never lost.
        this.#options.onError?.(error);
      }
    }
  }

  async #delete(messages: Message[]): Promise<void> {
    for (const chunk of chunks(messages, 10)) {
      try {
        await this.#options.sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: this.#options.queueUrl,
            Entries: chunk.map((message, index) => ({
              Id: String(index),
              ReceiptHandle: message.ReceiptHandle ?? '',
            })),
          }),
        );
      } catch (error) {
        // A message not deleted comes back after its visibility timeout: at-least-once, as in AWS.
        this.#options.onError?.(error);
      }
    }
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

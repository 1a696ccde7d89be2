import { randomBytes } from 'node:crypto';
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { S3Event } from 'aws-lambda';
import { buildS3EventMessage } from './buildS3EventMessage';
import { buildS3TestEventMessage } from './buildS3TestEventMessage';
import type { MonotonicSequencer } from './MonotonicSequencer';
import { matchesNotification } from './matchesNotification';
import type { DeliveryPlan, ForwardedEvent, ObjectChange, ResolvedNotification } from './types';

/** Options of {@link S3EventForwarder}. */
export interface S3EventForwarderOptions {
  sqs: SQSClient;
  /** Reads the eTag of a copied object, which the local S3 server's Copy event lacks. */
  s3: S3Client;
  region: string;
  notifications: ResolvedNotification[];
  sequencer: MonotonicSequencer;
  /**
   * Delays (ms) of the copies of each message: `[0]` delivers once at once; `[300, 0]` twice, out of order.
   * @default () => [0]
   */
  deliveryPlan?: DeliveryPlan;
  /** Told of every event sent, once per change and notification. */
  onForwarded?: (event: ForwardedEvent) => void;
  /** Told of a message that could not be sent. */
  onError?: (error: unknown) => void;
}

const sourceIpAddress = '127.0.0.1';

/**
 * Plays S3's part between the bucket and the queue: for every change the local S3 server reports, stamps a
 * sequencer that only grows per key, and sends one message per matching notification configuration (event
 * type, prefix and suffix filters), with the key URL-encoded as S3 encodes it. A delivery plan can send
 * duplicates and reorder them, as S3's at-least-once, unordered delivery may.
 *
 * @example
 * const forwarder = new S3EventForwarder({ sqs, s3, region, notifications, sequencer: new MonotonicSequencer() });
 * const unsubscribe = s3Server.onEvent((event) => forwarder.handle(event));
 */
export class S3EventForwarder {
  readonly #options: S3EventForwarderOptions;
  readonly #pending = new Set<Promise<void>>();
  readonly #latest = new Map<string, string>();
  readonly #timers = new Map<NodeJS.Timeout, () => void>();
  #closed = false;

  constructor(options: S3EventForwarderOptions) {
    this.#options = options;
  }

  /** Takes an event of the local S3 server (raw key, millisecond sequencer) and forwards it as S3 would. */
  handle(event: S3Event): void {
    for (const record of event.Records) {
      this.forward({
        eventName: record.eventName,
        bucket: record.s3.bucket.name,
        key: record.s3.object.key,
        ...(record.s3.object.size !== undefined && { size: record.s3.object.size }),
        ...(record.s3.object.eTag !== undefined && { eTag: record.s3.object.eTag }),
      });
    }
  }

  /**
   * Sends the messages for one change, `delayMs` later than the delivery plan says (a restart waits for a
   * lease this way). Returns the sequencer it stamped, or undefined when no notification matches (the
   * change produces no event, as in S3).
   */
  forward(change: ObjectChange, options: { delayMs?: number } = {}): string | undefined {
    const matching = this.#options.notifications.filter(
      (notification) =>
        notification.bucketName === change.bucket &&
        matchesNotification(notification, change.eventName, change.key),
    );
    if (matching.length === 0) return undefined;
    // Stamped now, synchronously: the order of stamps is the order of the writes.
    const sequencer = this.#options.sequencer.next(`${change.bucket}/${change.key}`);
    const eventTime = new Date();
    this.#latest.set(`${change.bucket}/${change.key}`, sequencer);
    for (const notification of matching) {
      this.#track(this.#send(change, notification, sequencer, eventTime, options.delayMs ?? 0));
    }
    return sequencer;
  }

  /** The sequencer of the latest event sent for a key, if any. */
  latestSequencer(bucket: string, key: string): string | undefined {
    return this.#latest.get(`${bucket}/${key}`);
  }

  /** Sends an `s3:TestEvent` to each queue, as S3 does when a notification configuration is written. */
  async sendTestEvents(): Promise<void> {
    const destinations = new Map<string, string>();
    for (const notification of this.#options.notifications) {
      destinations.set(`${notification.bucketName} ${notification.queueUrl}`, notification.bucketName);
    }
    await Promise.all(
      [...destinations].map(([destination, bucket]) =>
        this.#options.sqs.send(
          new SendMessageCommand({
            QueueUrl: destination.slice(destination.indexOf(' ') + 1),
            MessageBody: buildS3TestEventMessage(bucket, new Date()),
          }),
        ),
      ),
    );
  }

  /** Waits until every message handed over so far has been sent. */
  async flush(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all(this.#pending);
  }

  /**
   * Sends nothing more: messages still waiting out a delay are dropped (a restart sends the events of
   * unprocessed objects again), and those being sent are waited for.
   */
  async close(): Promise<void> {
    this.#closed = true;
    for (const [timer, wake] of this.#timers) {
      clearTimeout(timer);
      wake();
    }
    this.#timers.clear();
    await this.flush();
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        resolve();
      }, ms);
      this.#timers.set(timer, resolve);
    });
  }

  async #send(
    change: ObjectChange,
    notification: ResolvedNotification,
    sequencer: string,
    eventTime: Date,
    extraDelayMs: number,
  ): Promise<void> {
    const complete =
      change.eventName === 'ObjectCreated:Copy' && change.eTag === undefined
        ? { ...change, ...(await this.#headETag(change)) }
        : change;
    const body = buildS3EventMessage(complete, {
      region: this.#options.region,
      sequencer,
      configurationId: notification.configurationId,
      eventTime,
      sourceIpAddress,
      requestId: randomBytes(8).toString('hex').toUpperCase(),
    });
    this.#options.onForwarded?.({
      bucket: change.bucket,
      key: change.key,
      eventName: change.eventName,
      sequencer,
      queueUrl: notification.queueUrl,
    });
    const delays = (this.#options.deliveryPlan?.(change) ?? [0]).map((delay) => delay + extraDelayMs);
    await Promise.all(
      delays.map(async (delay) => {
        if (delay > 0) await this.#sleep(delay);
        if (this.#closed) return;
        await this.#options.sqs.send(
          new SendMessageCommand({ QueueUrl: notification.queueUrl, MessageBody: body }),
        );
      }),
    );
  }

  async #headETag(change: ObjectChange): Promise<{ eTag?: string; size?: number }> {
    try {
      const head = await this.#options.s3.send(
        new HeadObjectCommand({ Bucket: change.bucket, Key: change.key }),
      );
      return {
        ...(head.ETag !== undefined && { eTag: head.ETag.replaceAll('"', '') }),
        ...(head.ContentLength !== undefined && { size: head.ContentLength }),
      };
    } catch {
      return {};
    }
  }

  #track(sending: Promise<void>): void {
    const tracked = sending
      .catch((error: unknown) => this.#options.onError?.(error))
      .finally(() => this.#pending.delete(tracked));
    this.#pending.add(tracked);
  }
}

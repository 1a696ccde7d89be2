// Local mode relies on fauxqs for SQS semantics instead of reimplementing them; these are the behaviours it
// relies on, checked against the server over HTTP with the real SDK client.
import {
  ChangeMessageVisibilityBatchCommand,
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSqsServer, startSqsServer } from '../../local/servers/startSqsServer';

let server: RunningSqsServer;
let sqs: SQSClient;
let counter = 0;

beforeAll(async () => {
  server = await startSqsServer();
  sqs = new SQSClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});

afterAll(async () => {
  sqs.destroy();
  await server.stop();
});

async function createQueuePair(maxReceiveCount: number) {
  counter += 1;
  const dlq = await sqs.send(new CreateQueueCommand({ QueueName: `dlq-${counter}` }));
  const dlqArn = `arn:aws:sqs:us-east-1:000000000000:dlq-${counter}`;
  const queue = await sqs.send(
    new CreateQueueCommand({
      QueueName: `queue-${counter}`,
      Attributes: {
        VisibilityTimeout: '1',
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount }),
      },
    }),
  );
  return { queueUrl: queue.QueueUrl!, dlqUrl: dlq.QueueUrl!, name: `queue-${counter}` };
}

async function receive(queueUrl: string, waitSeconds = 0): Promise<Message[]> {
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: 10,
      WaitTimeSeconds: waitSeconds,
      MessageSystemAttributeNames: ['All'],
    }),
  );
  return Messages;
}

async function visibleCount(queueUrl: string): Promise<number> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
  );
  return Number(Attributes.ApproximateNumberOfMessages);
}

describe('fauxqs 1.9.2 as local mode uses it', () => {
  it('gives queues the URL startSqsServer predicts', async () => {
    const { queueUrl, name } = await createQueuePair(3);
    expect(queueUrl).toBe(server.queueUrl(name));
  });

  it('hides a received message for the visibility timeout and counts every receive', async () => {
    const { queueUrl } = await createQueuePair(10);
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'hello' }));
    const first = await receive(queueUrl);
    expect(first).toHaveLength(1);
    expect(first[0]!.Attributes?.ApproximateReceiveCount).toBe('1');
    expect(first[0]!.Attributes?.SentTimestamp).toMatch(/^\d+$/);
    expect(first[0]!.Attributes?.ApproximateFirstReceiveTimestamp).toMatch(/^\d+$/);
    expect(await receive(queueUrl)).toHaveLength(0);
    // Long polling returns once the message is visible again, after the 1 s timeout.
    const second = await receive(queueUrl, 5);
    expect(second).toHaveLength(1);
    expect(second[0]!.MessageId).toBe(first[0]!.MessageId);
    expect(second[0]!.Attributes?.ApproximateReceiveCount).toBe('2');
  });

  it('moves a message to the dead-letter queue on the receive after maxReceiveCount', async () => {
    const { queueUrl, dlqUrl } = await createQueuePair(2);
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'poison' }));
    expect(await receive(queueUrl)).toHaveLength(1);
    expect(await receive(queueUrl, 5)).toHaveLength(1);
    // The third receive finds the message past its count and moves it instead of returning it.
    const third = await receive(queueUrl, 2);
    expect(third).toHaveLength(0);
    expect(await visibleCount(dlqUrl)).toBe(1);
    const [dead] = await receive(dlqUrl);
    expect(dead?.Body).toBe('poison');
  });

  it('hides a message for the VisibilityTimeout its receive asks for, until ChangeMessageVisibility shortens it', async () => {
    const { queueUrl } = await createQueuePair(10);
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'held' }));
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 1, VisibilityTimeout: 30 }),
    );
    expect(Messages).toHaveLength(1);
    // Past the queue's 1 s timeout the message is still hidden: the receive's 30 s count.
    expect(await receive(queueUrl, 2)).toHaveLength(0);
    await sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl: queueUrl,
        Entries: [{ Id: '0', ReceiptHandle: Messages[0]!.ReceiptHandle!, VisibilityTimeout: 1 }],
      }),
    );
    const again = await receive(queueUrl, 5);
    expect(again.map((message) => message.Body)).toEqual(['held']);
    await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: again[0]!.ReceiptHandle! }));
    expect(await receive(queueUrl, 2)).toHaveLength(0);
  });

  it('answers a long poll as soon as a message arrives', async () => {
    const { queueUrl } = await createQueuePair(10);
    const polling = receive(queueUrl, 20);
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'wake up' }));
    const messages = await polling;
    expect(messages.map((message) => message.Body)).toEqual(['wake up']);
  });
});

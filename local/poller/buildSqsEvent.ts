import type { Message } from '@aws-sdk/client-sqs';
import type { SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda';

/** Where the messages came from, as Lambda names it in every record. */
export interface QueueSource {
  queueArn: string;
  region: string;
}

/**
 * Builds the event Lambda's SQS poller passes to a function: one record per message with `messageId`,
 * `receiptHandle`, `body`, the system attributes Lambda requests (`ApproximateReceiveCount`,
 * `SentTimestamp`, `SenderId`, `ApproximateFirstReceiveTimestamp`), message attributes in Lambda's
 * lower-camel form, `md5OfBody`, `eventSource` `aws:sqs`, `eventSourceARN` and `awsRegion`.
 *
 * @example
 * const event = buildSqsEvent(messages, { queueArn: 'arn:aws:sqs:us-east-1:000000000000:q', region: 'us-east-1' });
 * event.Records[0].attributes.ApproximateReceiveCount; // '1'
 */
export function buildSqsEvent(messages: Message[], source: QueueSource): SQSEvent {
  return { Records: messages.map((message) => toRecord(message, source)) };
}

function toRecord(message: Message, source: QueueSource): SQSRecord {
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? '1',
      SentTimestamp: attributes.SentTimestamp ?? '',
      SenderId: attributes.SenderId ?? '',
      ApproximateFirstReceiveTimestamp: attributes.ApproximateFirstReceiveTimestamp ?? '',
    },
    messageAttributes: toLambdaAttributes(message.MessageAttributes ?? {}),
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: source.queueArn,
    awsRegion: source.region,
  };
}

function toLambdaAttributes(attributes: NonNullable<Message['MessageAttributes']>): SQSMessageAttributes {
  const converted: SQSMessageAttributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    converted[name] = {
      dataType: value.DataType ?? 'String',
      stringListValues: [],
      binaryListValues: [],
      ...(value.StringValue !== undefined && { stringValue: value.StringValue }),
      ...(value.BinaryValue !== undefined && {
        binaryValue: Buffer.from(value.BinaryValue).toString('base64'),
      }),
    };
  }
  return converted;
}

import { describe, expect, it } from 'vitest';
import { buildSqsEvent } from '../../local/poller/buildSqsEvent';
import { settleBatch } from '../../local/poller/settleBatch';

const ids = ['m1', 'm2', 'm3'];

describe('settleBatch', () => {
  it('deletes every message when the function returns without failures', () => {
    for (const response of [undefined, null, {}, { batchItemFailures: [] }, { batchItemFailures: null }]) {
      expect(settleBatch(ids, { ok: true, response }, true)).toEqual({ deleteIds: ids, failedIds: [] });
    }
  });

  it('keeps only the reported items', () => {
    const settlement = settleBatch(
      ids,
      { ok: true, response: { batchItemFailures: [{ itemIdentifier: 'm2' }] } },
      true,
    );
    expect(settlement).toMatchObject({ deleteIds: ['m1', 'm3'], failedIds: ['m2'] });
  });

  it('fails the whole batch on a throw', () => {
    expect(settleBatch(ids, { ok: false, error: 'Error: boom' }, true)).toEqual({
      deleteIds: [],
      failedIds: ids,
      reason: 'Error: boom',
    });
    expect(settleBatch(ids, { ok: false, error: 'Error: boom' }, false).deleteIds).toEqual([]);
  });

  it.each([
    ['an unknown itemIdentifier', { batchItemFailures: [{ itemIdentifier: 'elsewhere' }] }],
    ['an empty itemIdentifier', { batchItemFailures: [{ itemIdentifier: '' }] }],
    ['a null itemIdentifier', { batchItemFailures: [{ itemIdentifier: null }] }],
    ['a misspelled key', { batchItemFailures: [{ itemIdentifer: 'm1' }] }],
    ['batchItemFailures that is not a list', { batchItemFailures: 'm1' }],
    ['a response that is not an object', 'ok'],
  ])('fails the whole batch on %s', (_name, response) => {
    const settlement = settleBatch(ids, { ok: true, response }, true);
    expect(settlement.deleteIds).toEqual([]);
    expect(settlement.failedIds).toEqual(ids);
  });

  it('ignores the response without ReportBatchItemFailures', () => {
    const response = { batchItemFailures: [{ itemIdentifier: 'm2' }] };
    expect(settleBatch(ids, { ok: true, response }, false)).toEqual({ deleteIds: ids, failedIds: [] });
  });
});

describe('buildSqsEvent', () => {
  it('builds Lambda’s record from an SQS message', () => {
    const event = buildSqsEvent(
      [
        {
          MessageId: 'id-1',
          ReceiptHandle: 'handle-1',
          Body: '{"Records":[]}',
          MD5OfBody: 'abc',
          Attributes: {
            ApproximateReceiveCount: '3',
            SentTimestamp: '1700000000000',
            SenderId: 'AIDAEXAMPLE',
            ApproximateFirstReceiveTimestamp: '1700000000100',
          },
          MessageAttributes: { trace: { DataType: 'String', StringValue: 'x' } },
        },
      ],
      { queueArn: 'arn:aws:sqs:us-east-1:000000000000:q', region: 'us-east-1' },
    );
    expect(event).toEqual({
      Records: [
        {
          messageId: 'id-1',
          receiptHandle: 'handle-1',
          body: '{"Records":[]}',
          attributes: {
            ApproximateReceiveCount: '3',
            SentTimestamp: '1700000000000',
            SenderId: 'AIDAEXAMPLE',
            ApproximateFirstReceiveTimestamp: '1700000000100',
          },
          messageAttributes: {
            trace: { dataType: 'String', stringValue: 'x', stringListValues: [], binaryListValues: [] },
          },
          md5OfBody: 'abc',
          eventSource: 'aws:sqs',
          eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:q',
          awsRegion: 'us-east-1',
        },
      ],
    });
  });
});

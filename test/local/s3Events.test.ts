import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildS3EventMessage } from '../../local/events/buildS3EventMessage';
import { buildS3TestEventMessage } from '../../local/events/buildS3TestEventMessage';
import { compareSequencers } from '../../local/events/compareSequencers';
import { decodeS3EventMessage } from '../../local/events/decodeS3EventMessage';
import { encodeS3EventKey } from '../../local/events/encodeS3EventKey';
import { MonotonicSequencer } from '../../local/events/MonotonicSequencer';
import { matchesNotification } from '../../local/events/matchesNotification';

const context = {
  region: 'us-east-1',
  sequencer: '0062E99A88DC407460',
  configurationId: 'config-1',
  eventTime: new Date('2024-05-01T10:00:00.000Z'),
  sourceIpAddress: '127.0.0.1',
  requestId: 'C3D13FE58DE4C810',
};

describe('encodeS3EventKey', () => {
  it.each([
    ['red flower.jpg', 'red+flower.jpg'],
    ['a+b.txt', 'a%2Bb.txt'],
    ['2021/09/Milley.txt', '2021/09/Milley.txt'],
    ['dt=2021-09-01/x.txt', 'dt%3D2021-09-01/x.txt'],
    ['10:47:07.log', '10%3A47%3A07.log'],
    ['test_file(3).png', 'test_file%283%29.png'],
    ['Zürich – notes.txt', 'Z%C3%BCrich+%E2%80%93+notes.txt'],
    ["a~b!c*d'e", 'a%7Eb%21c*d%27e'],
    ['100%.txt', '100%25.txt'],
    ['emoji 📰.txt', 'emoji+%F0%9F%93%B0.txt'],
  ])('encodes %j as %j', (key, encoded) => {
    expect(encodeS3EventKey(key)).toBe(encoded);
  });

  it('gives the key back through the decoding handlers use', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (key) => {
        expect(decodeURIComponent(encodeS3EventKey(key).replaceAll('+', ' '))).toBe(key);
      }),
    );
  });
});

describe('MonotonicSequencer', () => {
  it('grows per key even when the clock does not move', () => {
    const sequencer = new MonotonicSequencer(() => 1_700_000_000_000);
    const issued = [sequencer.next('a'), sequencer.next('a'), sequencer.next('a')];
    expect(compareSequencers(issued[0]!, issued[1]!)).toBeLessThan(0);
    expect(compareSequencers(issued[1]!, issued[2]!)).toBeLessThan(0);
    expect(issued.every((value) => /^[0-9A-F]{18}$/.test(value))).toBe(true);
  });

  it('grows per key when the clock goes back, and follows the clock otherwise', () => {
    let now = 1_700_000_000_500;
    const sequencer = new MonotonicSequencer(() => now);
    const first = sequencer.next('a');
    now -= 400;
    const second = sequencer.next('a');
    expect(compareSequencers(first, second)).toBeLessThan(0);
    now += 1000;
    const third = sequencer.next('a');
    expect(BigInt(`0x${third}`) >> 16n).toBe(BigInt(now));
  });

  it('keeps keys apart: a busy key does not push another one ahead', () => {
    const sequencer = new MonotonicSequencer(() => 1_700_000_000_000);
    for (let i = 0; i < 5; i++) sequencer.next('busy');
    expect(sequencer.next('quiet')).toBe(new MonotonicSequencer(() => 1_700_000_000_000).next('other'));
  });

  it('stays above sequencers issued by an earlier run', () => {
    const before = new MonotonicSequencer(() => 1_700_000_000_000).next('a');
    const after = new MonotonicSequencer(() => 1_700_000_000_001).next('a');
    expect(compareSequencers(before, after)).toBeLessThan(0);
  });
});

describe('compareSequencers', () => {
  it('compares as hex numbers, the shorter left-padded', () => {
    expect(compareSequencers('0A', '00000B')).toBeLessThan(0);
    expect(compareSequencers('00FF', 'FF')).toBe(0);
    expect(compareSequencers('100', 'FF')).toBeGreaterThan(0);
  });
});

describe('buildS3EventMessage', () => {
  it('writes one record with the key encoded and the object facts of a creation', () => {
    const body = buildS3EventMessage(
      { eventName: 'ObjectCreated:Put', bucket: 'incoming', key: 'a b+c.txt', size: 12, eTag: 'abc123' },
      context,
    );
    const message = JSON.parse(body);
    expect(message.Records).toHaveLength(1);
    expect(message.Records[0]).toEqual({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventTime: '2024-05-01T10:00:00.000Z',
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: expect.any(String) },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: { 'x-amz-request-id': 'C3D13FE58DE4C810', 'x-amz-id-2': expect.any(String) },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'config-1',
        bucket: {
          name: 'incoming',
          ownerIdentity: { principalId: expect.any(String) },
          arn: 'arn:aws:s3:::incoming',
        },
        object: { key: 'a+b%2Bc.txt', size: 12, eTag: 'abc123', sequencer: '0062E99A88DC407460' },
      },
    });
  });

  it('leaves size and eTag out of a removal, and carries a versionId when there is one', () => {
    const message = JSON.parse(
      buildS3EventMessage(
        { eventName: 'ObjectRemoved:Delete', bucket: 'b', key: 'k', size: 3, versionId: 'v1' },
        context,
      ),
    );
    expect(message.Records[0].s3.object).toEqual({
      key: 'k',
      versionId: 'v1',
      sequencer: '0062E99A88DC407460',
    });
  });

  it('is read back by decodeS3EventMessage', () => {
    const body = buildS3EventMessage(
      { eventName: 'ObjectCreated:Copy', bucket: 'b', key: 'x y/z.txt' },
      context,
    );
    expect(decodeS3EventMessage(body)).toEqual({
      bucket: 'b',
      key: 'x y/z.txt',
      sequencer: '0062E99A88DC407460',
      eventName: 'ObjectCreated:Copy',
    });
  });
});

describe('decodeS3EventMessage', () => {
  it('ignores test events and bodies that are not S3 events', () => {
    expect(decodeS3EventMessage(buildS3TestEventMessage('b', new Date()))).toBeUndefined();
    expect(decodeS3EventMessage('not json')).toBeUndefined();
    expect(decodeS3EventMessage('{"Records":[{"s3":{"object":{"key":"%E0%A4%A"}}}]}')).toBeUndefined();
  });
});

describe('buildS3TestEventMessage', () => {
  it('has no Records, as S3 sends it', () => {
    const message = JSON.parse(buildS3TestEventMessage('incoming', new Date('2024-01-01T00:00:00Z')));
    expect(message).toMatchObject({
      Service: 'Amazon S3',
      Event: 's3:TestEvent',
      Bucket: 'incoming',
      Time: '2024-01-01T00:00:00.000Z',
    });
    expect(message.Records).toBeUndefined();
  });
});

describe('matchesNotification', () => {
  const created = { events: ['s3:ObjectCreated:*'] };
  it('matches event types, with * covering every event of its kind', () => {
    expect(matchesNotification(created, 'ObjectCreated:Put', 'a')).toBe(true);
    expect(matchesNotification(created, 'ObjectCreated:CompleteMultipartUpload', 'a')).toBe(true);
    expect(matchesNotification(created, 'ObjectRemoved:Delete', 'a')).toBe(false);
    expect(matchesNotification({ events: ['s3:ObjectRemoved:Delete'] }, 'ObjectRemoved:Delete', 'a')).toBe(
      true,
    );
    expect(matchesNotification({ events: ['s3:ObjectCreated:Put'] }, 'ObjectCreated:Copy', 'a')).toBe(false);
  });

  it('matches prefix and suffix against the URL-encoded key, as S3 does', () => {
    expect(matchesNotification({ ...created, suffix: '.txt' }, 'ObjectCreated:Put', 'a b.txt')).toBe(true);
    expect(matchesNotification({ ...created, suffix: '.txt' }, 'ObjectCreated:Put', 'a.xml')).toBe(false);
    expect(matchesNotification({ ...created, prefix: 'in+box/' }, 'ObjectCreated:Put', 'in box/a.txt')).toBe(
      true,
    );
    expect(matchesNotification({ ...created, prefix: 'in box/' }, 'ObjectCreated:Put', 'in box/a.txt')).toBe(
      false,
    );
    expect(
      matchesNotification({ ...created, prefix: 'x/', suffix: '.txt' }, 'ObjectCreated:Put', 'y/a.txt'),
    ).toBe(false);
  });
});

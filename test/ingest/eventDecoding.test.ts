import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeS3EventKey } from '../../lambda/s3/decodeS3EventKey';
import { InvalidKeyEncodingError, MalformedEventMessageError } from '../../lambda/s3/errors';
import { parseS3EventMessage } from '../../lambda/s3/parseS3EventMessage';
import { encodeS3EventKey } from '../helpers/encodeS3EventKey';
import { s3EventBody, s3TestEventBody } from '../helpers/sqsEvents';

describe('decodeS3EventKey', () => {
  it('decodes keys as S3 encodes them in events', () => {
    expect(decodeS3EventKey('news/red+flower.txt')).toBe('news/red flower.txt');
    expect(decodeS3EventKey('c%2B%2B+notes%2B1.txt')).toBe('c++ notes+1.txt');
    expect(decodeS3EventKey('caf%C3%A9+%E2%98%95.txt')).toBe('café ☕.txt');
    expect(decodeS3EventKey('100%25+sure%2520.txt')).toBe('100% sure%20.txt');
  });

  it('inverts the encoding for any key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (key) => {
        expect(decodeS3EventKey(encodeS3EventKey(key))).toBe(key);
      }),
    );
  });

  it('refuses a broken encoding', () => {
    expect(() => decodeS3EventKey('100%+sure')).toThrow(InvalidKeyEncodingError);
    expect(() => decodeS3EventKey('%C3')).toThrow(InvalidKeyEncodingError);
  });
});

describe('parseS3EventMessage', () => {
  it('reads an S3 notification as S3 writes it', () => {
    const body = s3EventBody({
      bucket: 'incoming',
      key: 'a b+c.txt',
      sequencer: '0055AED6DCD90281E5',
      eventName: 'ObjectRemoved:DeleteMarkerCreated',
      versionId: '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY',
    });

    expect(parseS3EventMessage(body)).toEqual({
      kind: 'records',
      events: [
        {
          bucket: 'incoming',
          key: 'a b+c.txt',
          sequencer: '0055AED6DCD90281E5',
          eventName: 'ObjectRemoved:DeleteMarkerCreated',
          versionId: '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY',
          eventTime: expect.any(String),
        },
      ],
    });
  });

  it('recognises the s3:TestEvent', () => {
    expect(parseS3EventMessage(s3TestEventBody('incoming'))).toEqual({ kind: 'test' });
  });

  it('refuses bodies that are not S3 notifications', () => {
    expect(() => parseS3EventMessage('not json')).toThrow(MalformedEventMessageError);
    expect(() => parseS3EventMessage('{"Records":[]}')).toThrow(MalformedEventMessageError);
    expect(() => parseS3EventMessage('{"Records":[{"eventSource":"aws:sqs"}]}')).toThrow(
      MalformedEventMessageError,
    );
  });
});

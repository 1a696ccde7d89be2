import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleId } from '../../lambda/store/articleId';
import { dynamoItemSize } from '../../lambda/store/dynamoItemSize';
import { InvalidParserVersionError, InvalidSequencerError } from '../../lambda/store/errors';
import { parserVersionKey } from '../../lambda/store/parserVersionKey';
import { sequencerKey } from '../../lambda/store/sequencerKey';
import { tableKeys } from '../../lambda/store/tableKeys';

describe('sequencerKey', () => {
  it('orders sequencers as S3 does: as hex numbers, whatever their length and case', () => {
    const hex = fc.stringMatching(/^[0-9a-fA-F]{1,24}$/);
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const numeric =
          BigInt(`0x${a}`) < BigInt(`0x${b}`) ? -1 : BigInt(`0x${a}`) > BigInt(`0x${b}`) ? 1 : 0;
        const textual = sequencerKey(a) < sequencerKey(b) ? -1 : sequencerKey(a) > sequencerKey(b) ? 1 : 0;
        expect(textual).toBe(numeric);
      }),
    );
  });

  it('refuses what is not a hex sequencer', () => {
    expect(() => sequencerKey('0x12')).toThrow(InvalidSequencerError);
    expect(() => sequencerKey('')).toThrow(InvalidSequencerError);
    expect(() => sequencerKey('f'.repeat(65))).toThrow(InvalidSequencerError);
  });
});

describe('parserVersionKey', () => {
  it('orders versions as semver does', () => {
    const ordered = [
      '0.9.9',
      '1.0.0-alpha',
      '1.0.0-alpha.2',
      '1.0.0-alpha.10',
      '1.0.0-beta',
      '1.0.0',
      '1.0.1',
      '1.9.0',
      '1.10.0',
      '10.0.0',
    ];
    const keys = ordered.map(parserVersionKey);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(ordered.length);
  });

  it('agrees with numeric order for any release versions', () => {
    const part = fc.integer({ min: 0, max: 99_999 });
    const version = fc.tuple(part, part, part);
    fc.assert(
      fc.property(version, version, (a, b) => {
        const numeric = Math.sign(a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
        const [keyA, keyB] = [parserVersionKey(a.join('.')), parserVersionKey(b.join('.'))];
        expect(keyA < keyB ? -1 : keyA > keyB ? 1 : 0).toBe(numeric);
      }),
    );
  });

  it('ignores build metadata and refuses what is not semver', () => {
    expect(parserVersionKey('1.2.3+build.7')).toBe(parserVersionKey('1.2.3'));
    expect(() => parserVersionKey('1.2')).toThrow(InvalidParserVersionError);
  });
});

describe('keys', () => {
  it('derives a stable 32-hex id from bucket, key and position', () => {
    expect(articleId('b', 'k', 1)).toMatch(/^[0-9a-f]{32}$/);
    expect(articleId('b', 'k', 1)).toBe(articleId('b', 'k', 1));
    expect(articleId('b', 'k', 2)).not.toBe(articleId('b', 'k', 1));
    expect(articleId('b', 'k', 1)).not.toBe(articleId('c', 'k', 1));
  });

  it('spreads ids over 8 shards by their first byte', () => {
    expect(tableKeys.shard('ff00')).toBe(255 % 8);
    expect(tableKeys.shard('0a00')).toBe(10 % 8);
  });

  it('keeps index names case- and space-insensitive, and sort keys within 1,024 bytes', () => {
    expect(tableKeys.authorPartition('  Lolita  C. BALDOR ', 3)).toBe('AUTHOR#lolita c. baldor#3');
    expect(
      Buffer.byteLength(tableKeys.statusSortKey('2026-01-01T00:00:00.000Z', 'b', 'é'.repeat(1_024))),
    ).toBeLessThanOrEqual(1_024);
  });
});

describe('dynamoItemSize', () => {
  it('counts names and UTF-8 values, lists and maps with their overhead', () => {
    expect(dynamoItemSize({ pk: 'A' })).toBe(3);
    expect(dynamoItemSize({ s: 'é' })).toBe(3);
    expect(dynamoItemSize({ l: ['ab', 'c'] })).toBe(1 + 3 + 3 + 2);
    expect(dynamoItemSize({ m: { ab: 1 } })).toBe(1 + 3 + 1 + 2 + 2);
    expect(dynamoItemSize({ b: new Uint8Array(10), gone: undefined })).toBe(11);
  });
});

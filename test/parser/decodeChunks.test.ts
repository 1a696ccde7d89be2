import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChunks } from '../../lambda/parser/decodeChunks';
import { decodeText } from '../../lambda/parser/decodeText';
import { linesOfChunks } from '../../lambda/parser/linesOfChunks';
import { splitLines } from '../../lambda/parser/splitLines';

const encoder = new TextEncoder();
const bytesOf = (text: string) => Array.from(encoder.encode(text));

/** Byte runs that meet a piece boundary: line ends, multi-byte characters, invalid UTF-8, a Windows-1252 quote. */
const FRAGMENTS: readonly (readonly number[])[] = [
  [0x0d],
  [0x0a],
  [0x0d, 0x0a],
  [0x0d, 0x0d, 0x0a],
  [0x0c],
  bytesOf('é'),
  bytesOf('—'),
  bytesOf('\u2028'),
  bytesOf('\u0085'),
  bytesOf('\u00a0'),
  [0xe2, 0x80],
  [0xff],
  [0x93],
  bytesOf('word '),
];

/** Runs of text around the 32 KiB piece size, so boundaries fall next to every fragment. */
const filler = fc.integer({ min: 1, max: 34_000 }).map((length) => Array.from({ length }, () => 0x61));
const file = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.oneof(filler, fc.constantFrom(...FRAGMENTS)), { minLength: 1, maxLength: 12 }),
  )
  .map(([bom, parts]) => new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...parts.flat()]));

describe('decodeChunks and linesOfChunks', () => {
  it('give the text and lines of decoding the whole file at once, in pieces cut at line ends', () => {
    fc.assert(
      fc.property(file, (bytes) => {
        const whole = decodeText(bytes);
        const { chunks, encoding } = decodeChunks(bytes);
        expect(encoding).toBe(whole.encoding);
        expect(chunks.join('')).toBe(whole.text);
        for (const chunk of chunks.slice(0, -1)) expect(chunk).toMatch(/[\r\n]$/);
        expect(linesOfChunks(chunks)).toEqual(splitLines(whole.text));
      }),
      { numRuns: 120 },
    );
  });

  it('cuts a large CRLF file after whole line ends into pieces of about 32 KiB', () => {
    const text = 'A line of text in a large export.\r\n'.repeat(4000);
    const { chunks } = decodeChunks(encoder.encode(text));
    expect(chunks.length).toBe(5);
    expect(chunks.every((chunk) => chunk.endsWith('\r\n'))).toBe(true);
    expect(linesOfChunks(chunks)).toEqual(text.split('\r\n'));
  });

  it('keeps UTF-16 in one piece', () => {
    const text = 'x'.repeat(40_000);
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(decodeChunks(bytes)).toEqual({ chunks: [text], encoding: 'utf-16le' });
  });
});

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type ParseResult, parseFile } from '../../lambda/parser';
import { normalizeText } from '../../lambda/parser/normalizeText';
import { readFixture } from './readFixture';

const SEED_BYTES = readFixture('seeds/000_90b2515fab799f03.txt');
const SEED_TEXT = new TextDecoder().decode(SEED_BYTES);

/** Windows-1252 bytes for the characters the seed uses beyond ASCII. */
const CP1252: Readonly<Record<string, number>> = {
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '—': 0x97,
  é: 0xe9,
};

function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = CP1252[char];
    if (byte === undefined) throw new Error(`no Windows-1252 byte for ${char}`);
    return byte;
  });
}

function encodeUtf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  const units = bom ? `\ufeff${text}` : text;
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), order === 'le');
  return bytes;
}

function okResult(result: ParseResult) {
  if (!result.ok) throw new Error(result.rejection.message);
  return result;
}

const reference = okResult(await parseFile(SEED_BYTES)).articles;

describe('encodings and line ends give the same article as the UTF-8 seed', () => {
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...SEED_BYTES]), 'utf-8'],
    ['UTF-16LE with a byte-order mark', encodeUtf16(SEED_TEXT, 'le'), 'utf-16le'],
    ['UTF-16BE with a byte-order mark', encodeUtf16(SEED_TEXT, 'be'), 'utf-16be'],
    ['UTF-16LE without a byte-order mark', encodeUtf16(SEED_TEXT, 'le', false), 'utf-16le'],
    ['Windows-1252 with curly quotes and an em dash', encodeWindows1252(SEED_TEXT), 'windows-1252'],
    ['CRLF line ends', new TextEncoder().encode(SEED_TEXT.replaceAll('\n', '\r\n')), 'utf-8'],
    ['CR line ends', new TextEncoder().encode(SEED_TEXT.replaceAll('\n', '\r')), 'utf-8'],
  ];

  it.each(cases)('%s', async (_name, bytes, encoding) => {
    const result = okResult(await parseFile(bytes));
    expect(result.encoding).toBe(encoding);
    expect(result.articles).toEqual(reference);
  });

  it('gzip-compressed', async () => {
    const result = okResult(await parseFile(gzipSync(SEED_BYTES)));
    expect(result.compressed).toBe(true);
    expect(result.articles).toEqual(reference);
  });
});

describe('white space normalization', () => {
  it('turns non-breaking spaces into spaces and drops zero-width characters', async () => {
    const text = SEED_TEXT.replace('Army Gen. Mark', 'Army\u00a0Gen.\u202fMark')
      .replace('Milley did not', 'Mil\u200bley did\u00a0not')
      .replace('Albuquerque Journal', '\ufeffAlbuquerque\u00a0Journal');
    const [article] = okResult(await parseFile(new TextEncoder().encode(text))).articles;
    expect(article!.publication).toBe('Albuquerque Journal');
    expect(article!.paragraphs).toEqual(reference[0]!.paragraphs);
  });

  it('turns every Unicode space separator into a space, so words split at one count as two', async () => {
    const spaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
      (char) => char !== ' ' && /\p{Zs}/u.test(char),
    );
    expect(spaces).toContain('\u1680');
    for (const space of spaces) expect(normalizeText(`a${space}b`)).toBe('a b');
    const text = `Storm closes road\n\nCrews worked\u1680through the night, officials said on Monday.\n`;
    const [article] = okResult(await parseFile(new TextEncoder().encode(text))).articles;
    expect(article!.paragraphs).toEqual(['Crews worked through the night, officials said on Monday.']);
    expect(article!.wordCount).toBe(9);
  });

  it('reads Latin-1 bytes that are not UTF-8 as Windows-1252', async () => {
    const bytes = encodeWindows1252('Caf\u00e9 reopens\n\nThe caf\u00e9 reopened on Monday.\n');
    const result = okResult(await parseFile(bytes));
    expect(result.encoding).toBe('windows-1252');
    expect(result.articles[0]!.headline).toBe('Café reopens');
  });
});

import { describe, expect, it } from 'vitest';
import { decodeText } from '../../lambda/parser/decodeText';
import { normalizeText } from '../../lambda/parser/normalizeText';
import { sniffBytes } from '../../lambda/parser/sniffBytes';
import { splitLines } from '../../lambda/parser/splitLines';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('sniffBytes', () => {
  it.each([
    ['%PDF-1.7', 'PDF'],
    ['{\\rtf1\\ansi', 'RTF'],
    ['\u00ef\u00bb\u00bf{\\rtf1', 'RTF'],
    ['BZh91AY&SY', 'bzip2 archive'],
    ['Rar!\u001a\u0007', 'RAR archive'],
  ])('names %s', (start, formatName) => {
    const bytes = Uint8Array.from(start, (c) => c.charCodeAt(0));
    expect(sniffBytes(bytes)).toEqual({ kind: 'unsupported', formatName });
  });

  it('tells apart the zip-based formats by their entries', () => {
    const zip = (entry: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...ascii(entry)]);
    expect(sniffBytes(zip('word/document.xml'))).toEqual({
      kind: 'unsupported',
      formatName: 'DOCX (Word document)',
    });
    expect(sniffBytes(zip('xl/workbook.xml'))).toEqual({
      kind: 'unsupported',
      formatName: 'XLSX (Excel workbook)',
    });
    expect(sniffBytes(zip('mimetypeapplication/epub+zip'))).toEqual({
      kind: 'unsupported',
      formatName: 'EPUB',
    });
    expect(sniffBytes(zip('notes.txt'))).toEqual({ kind: 'unsupported', formatName: 'ZIP archive' });
  });

  it('takes gzip, text and UTF-16 for what they are', () => {
    expect(sniffBytes(new Uint8Array([0x1f, 0x8b, 8, 0]))).toEqual({ kind: 'gzip' });
    expect(sniffBytes(ascii('Plain text\twith a tab\r\n'))).toEqual({ kind: 'text' });
    expect(sniffBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]))).toEqual({ kind: 'text' });
    expect(
      sniffBytes(
        new Uint8Array([
          0x00, 0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x44, 0x00, 0x45, 0x00, 0x46, 0x00, 0x47, 0x00, 0x48,
        ]),
      ),
    ).toEqual({
      kind: 'text',
    });
  });

  it('gives the same verdict whatever the line ends (a case fast-check found: CRLF tipped it to text)', () => {
    const text = '\t\nࠀ𐀀𐀀\net\n\t\u000e\u0001𐀀\u000e𐀀𐀀\nLANGUAGE: ENGLISH\n\u200b';
    const verdicts = ['\n', '\r\n', '\r'].map(
      (lineEnd) => sniffBytes(new TextEncoder().encode(text.replaceAll('\n', lineEnd))).kind,
    );
    expect(verdicts).toEqual(['binary', 'binary', 'binary']);
  });
});

describe('decodeText and normalizeText', () => {
  it('decodes Windows-1252 punctuation that Node 20 TextDecoder gets wrong', () => {
    const { text, encoding } = decodeText(
      new Uint8Array([0x80, 0x20, 0x85, 0x20, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99]),
    );
    expect(encoding).toBe('windows-1252');
    expect(text).toBe('€ … ‘’“”–—™');
  });

  it('keeps a stray invalid byte after a UTF-8 byte-order mark as a replacement character', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]))).toEqual({
      text: 'A\ufffd',
      encoding: 'utf-8',
    });
  });

  it('normalizes spaces, zero-width and control characters, and splits at every line end', () => {
    expect(normalizeText('a\r\nb\rc\fd\u2028e\u0085f')).toBe('a\r\nb\rc\fd\u2028e\u0085f');
    expect(splitLines('a\r\nb\rc\nd\fe\u2028f\u0085g\r\fh')).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      '',
      'h',
    ]);
    expect(normalizeText('a\u00a0b\u2009c\u3000d')).toBe('a b c d');
    expect(normalizeText('a\u200bb\ufeffc\u00add\u0007e\u0092f')).toBe('abcdef');
    expect(normalizeText('tabs\tstay')).toBe('tabs\tstay');
  });
});

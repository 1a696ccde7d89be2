import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseFile, type RejectionCode } from '../../lambda/parser';

const encode = (text: string) => new TextEncoder().encode(text);
const bytesOf = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...encode(part)] : part)));

async function expectRejection(bytes: Uint8Array, code: RejectionCode, message: RegExp, maxBytes?: number) {
  const result = await parseFile(bytes, { maxBytes });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.rejection.code).toBe(code);
  expect(result.rejection.message).toMatch(message);
}

describe('files that give no article are rejected with a code and a message', () => {
  it('empty', async () => await expectRejection(new Uint8Array(), 'EMPTY', /empty/));

  it.each([
    ['spaces and line ends', encode(' \n\t\r\n  \n')],
    ['non-breaking spaces', encode('\u00a0\u00a0\n\u200b')],
    ['a byte-order mark alone', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('white space only: %s', async (_name, bytes) => await expectRejection(bytes, 'EMPTY', /white space/));

  it('binary content with NUL bytes', async () =>
    await expectRejection(
      bytesOf([0x01, 0x00, 0x9c, 0x00, 0xff, 0x13, 0x00, 0x00, 0x02]),
      'BINARY',
      /binary/,
    ));

  it('binary content of control bytes', async () =>
    await expectRejection(
      new Uint8Array(4096).map((_, i) => (i % 7) + 1),
      'BINARY',
      /binary/,
    ));

  it.each([
    ['HTML', bytesOf('  <!DOCTYPE html>\n<html><body><p>Story</p></body></html>'), /HTML/],
    ['HTML without doctype', bytesOf('<html lang="en"><head><title>x</title></head></html>'), /HTML/],
    ['Word 97-2003', bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /DOC/],
  ])(
    'a format not read yet: %s',
    async (_name, bytes, name) => await expectRejection(bytes, 'UNSUPPORTED_FORMAT', name),
  );

  // PDF is read (pdf.test.ts); a fragment of one is a damaged PDF, named as such.
  it('a fragment of a PDF', async () =>
    await expectRejection(bytesOf('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'CORRUPT_CONTAINER', /^The PDF is damaged/));

  // DOCX and ZIP are read (containers.test.ts); a fragment of one is a corrupt container, named as such.
  it.each([
    ['DOCX', bytesOf([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], '[Content_Types].xml', 'word/document.xml')],
    ['other zip', bytesOf([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], 'articles/one.txt')],
  ])(
    'a fragment of a %s',
    async (_name, bytes) =>
      await expectRejection(bytes, 'CORRUPT_CONTAINER', /ZIP archive is truncated or corrupt/),
  );

  it('names the format inside a gzip file', async () =>
    await expectRejection(
      gzipSync(bytesOf('%PDF-1.4 ...')),
      'UNSUPPORTED_FORMAT',
      /inside the gzip file is PDF/,
    ));

  it('HTML encoded as UTF-16', async () => {
    const html = '<!doctype html><html></html>';
    const bytes = new Uint8Array([0xff, 0xfe, ...[...html].flatMap((c) => [c.charCodeAt(0), 0])]);
    await expectRejection(bytes, 'UNSUPPORTED_FORMAT', /HTML/);
  });

  it('over the size limit', async () =>
    await expectRejection(encode('x'.repeat(2000)), 'TOO_LARGE', /2000 bytes.*1000-byte/, 1000));

  it('a gzip file that inflates past the limit, without inflating it all', async () =>
    await expectRejection(
      gzipSync(new Uint8Array(5_000_000)),
      'DECOMPRESSED_TOO_LARGE',
      /more than the 1000000-byte/,
      1_000_000,
    ));

  it('a gzip bomb against the default limit', async () =>
    await expectRejection(
      gzipSync(new Uint8Array(40_000_000).fill(0x61)),
      'DECOMPRESSED_TOO_LARGE',
      /inflates/,
    ));

  it('corrupt gzip', async () => {
    const gz = gzipSync(encode('A headline\n\nA body paragraph.\n'.repeat(50)));
    await expectRejection(gz.subarray(0, gz.length - 20), 'CORRUPT_COMPRESSION', /cannot be decompressed/);
  });

  it('gzip inside gzip', async () =>
    await expectRejection(gzipSync(gzipSync(encode('text'))), 'UNSUPPORTED_FORMAT', /another gzip/));

  it('a Nexis export whose documents are all empty', async () =>
    await expectRejection(
      encode('1 of 2 DOCUMENTS\n\n\n2 of 2 DOCUMENTS\n'),
      'NO_ARTICLE',
      /no document with any text/,
    ));

  it('a headline with no body', async () =>
    await expectRejection(encode('Just a headline\n'), 'NO_ARTICLE', /no body/));
});

describe('files that are text', () => {
  it('accepts a file at exactly the size limit', async () => {
    const text = 'Headline\n\nBody.\n';
    expect((await parseFile(encode(text), { maxBytes: encode(text).length })).ok).toBe(true);
  });
});

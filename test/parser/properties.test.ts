import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ParseResult, parseFile, type RejectionCode } from '../../lambda/parser';
import { decodeEntities } from '../../lambda/parser/decodeEntities';
import { decodeText } from '../../lambda/parser/decodeText';
import { normalizeText } from '../../lambda/parser/normalizeText';

const REJECTION_CODES: readonly RejectionCode[] = [
  'EMPTY',
  'BINARY',
  'UNSUPPORTED_FORMAT',
  'TOO_LARGE',
  'DECOMPRESSED_TOO_LARGE',
  'CORRUPT_COMPRESSION',
  'NO_ARTICLE',
  // Text that starts `{\rtf` is read as RTF.
  'CORRUPT_RTF',
  'RTF_TOO_DEEP',
  'NO_TEXT',
  'UNRECOGNIZED_LAYOUT',
  'LEGACY_WORD_DOC',
  // Text that opens with `%PDF-` is read as a PDF, and a damaged one.
  'CORRUPT_CONTAINER',
  'NO_TEXT_LAYER',
];

/** Lines that steer the parser into each format and each of its branches. */
const MARKERS = [
  '1 of 3 DOCUMENTS',
  '                     8 of 383 DOCUMENTS',
  '1 of 1 DOCUMENT',
  'BODY:',
  'HEADLINE: Council backs budget; Tax rise rejected',
  'HEADLINE:',
  'BYLINE: By Ann Smith  and Bob Jones   Tribune Staff Writers',
  'BYLINE: TRIBUNE STAFF',
  'SECTION: METRO; Pg. B1',
  'LENGTH: 912 words',
  'LANGUAGE: ENGLISH',
  'LANGUAGE: KLINGON',
  'SUBJECT: ELECTIONS (91%); VOTERS (',
  'DATELINE: SPRINGFIELD, ILL.',
  'LOAD-DATE: March 4, 2014',
  '                March 3, 2014 Monday',
  '                 THIRD EDITION',
  'Copyright 2014 Globe Newspaper Company',
  'All Rights Reserved',
  'Newspapers in English',
  'Newspapers from United States',
  '- BY ROBERT BURNS AND LOLITA C. BALDOR',
  '- The Associated Press',
  'By JANE DOE',
  'WASHINGTON — Army Gen. Mark Milley said',
  'KABUL, Afghanistan (AP) — ',
  'BOSTON -- ',
  '&GT; &amp;amp; &#8217; &#9; &bogus;',
  'Download Request: All Documents: 1-250',
  '<html>',
  '{\\rtf1',
  '%PDF-',
  '',
  '   ',
  '\t',
  '\u00a0',
  '\u200b',
  '—',
  '; ',
];

const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 2, arbitrary: fc.lorem({ maxCount: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
const document = fc.array(line, { maxLength: 60 }).map((lines) => lines.join('\n'));

/** Every word of every paragraph occurs in the decoded input (entities decoded or not). */
function expectWordsFromInput(bytes: Uint8Array, result: ParseResult): void {
  if (!result.ok || result.compressed) return;
  const decoded = normalizeText(decodeText(bytes).text);
  const withEntities = decodeEntities(decoded);
  for (const article of result.articles) {
    for (const paragraph of article.paragraphs) {
      for (const word of paragraph.split(' ')) {
        if (word !== '' && !decoded.includes(word) && !withEntities.includes(word)) {
          throw new Error(`word ${JSON.stringify(word)} is not in the input`);
        }
      }
    }
  }
}

/** The structural promises: a known rejection code, or articles with sound fields. */
function expectWellFormed(result: ParseResult): void {
  if (!result.ok) {
    expect(REJECTION_CODES).toContain(result.rejection.code);
    expect(result.rejection.message.length).toBeGreaterThan(10);
    return;
  }
  expect(result.articles.length).toBeGreaterThan(0);
  for (const article of result.articles) {
    expect(article.documentIndex).toBeGreaterThanOrEqual(1);
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(article.wordCount).toBe(article.paragraphs.join(' ').split(/\s+/).filter(Boolean).length);
    for (const paragraph of article.paragraphs) {
      expect(paragraph).not.toMatch(/^\s|\s$|\n|\t| {2}/);
      expect(paragraph).not.toBe('');
    }
  }
}

describe('parseFile on any input', () => {
  it('never fails internally on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const result = await parseFile(bytes, { enrich: false });
        expectWellFormed(result);
        expectWordsFromInput(bytes, result);
      }),
      { numRuns: 400 },
    );
  });

  it('never fails internally on text that mixes the formats’ markers, and takes every word from the input', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (text) => {
        const bytes = new TextEncoder().encode(text);
        const result = await parseFile(bytes, { enrich: false });
        expectWellFormed(result);
        expectWordsFromInput(bytes, result);
      }),
      { numRuns: 400 },
    );
  });

  it('runs enrichment on whatever it parses without failing', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (text) => {
        const result = await parseFile(new TextEncoder().encode(text));
        expectWellFormed(result);
        if (result.ok)
          expect(
            result.articles.every((a) => !a.warnings.some((w) => w.startsWith('enrichment failed'))),
          ).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same articles whatever the line ends', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (generated) => {
        // Start from LF-only text: a CR already in it would turn into `\r\r\n`, which really is two line ends.
        const text = generated.replace(/\r\n?/g, '\n');
        const lf = await parseFile(new TextEncoder().encode(text), { enrich: false });
        const crlf = await parseFile(new TextEncoder().encode(text.replaceAll('\n', '\r\n')), {
          enrich: false,
        });
        const cr = await parseFile(new TextEncoder().encode(text.replaceAll('\n', '\r')), { enrich: false });
        expect(crlf).toEqual(lf);
        expect(cr).toEqual(lf);
      }),
      { numRuns: 200 },
    );
  });
});

import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lambda/parser/parseFile';
import { readRtfLines } from '../../lambda/parser/rtf/readRtfLines';
import type { ParsedArticle, ParseEvent, RejectionCode } from '../../lambda/parser/types';
import { collectEvents } from '../helpers/collectEvents';
import { expectEventContract } from '../helpers/expectEventContract';
import { nexisExport } from '../helpers/nexisExport';
import { nexisUniBlocks } from '../helpers/nexisUniExport';
import { writeDocx } from '../helpers/writeDocx';
import { classicNexisRtf, writeRtf } from '../helpers/writeRtf';
import { writeZip } from '../helpers/writeZip';
import { ENGLISH, GERMAN } from './nexisUniFixtures';

const rtf = (text: string) => Buffer.from(text, 'latin1');
const linesOf = (text: string) => readRtfLines(rtf(text)).lines;

async function articlesOf(bytes: Uint8Array): Promise<ParsedArticle[]> {
  const result = await parseFile(bytes);
  if (!result.ok) throw new Error(`rejected: ${result.rejection.code} ${result.rejection.message}`);
  return result.articles;
}

async function rejectionOf(bytes: Uint8Array) {
  const result = await parseFile(bytes);
  if (result.ok) throw new Error(`not rejected: ${result.articles.length} articles`);
  return result.rejection;
}

/** An article's fields without those that name where it came from (container, line numbers). */
function fieldsOf(article: ParsedArticle) {
  const { container: _container, provenance: _provenance, ...fields } = article;
  return fields;
}

describe('RTF text', () => {
  it('reads paragraphs, line breaks, tabs and the characters control words stand for', () => {
    expect(
      linesOf(
        '{\\rtf1\\ansi One\\par Two\\line Three\\tab four\\par\n{\\b Bold} and\\~\\emdash\\ldblquote q\\rdblquote \\{x\\}\\\\\\par Last}',
      ),
    ).toEqual(['One', 'Two', 'Three\tfour', 'Bold and\u00a0\u2014\u201cq\u201d{x}\\', 'Last']);
  });

  it("reads \\uN and skips its \\ucN fallback, whether a letter, a \\'hh byte or a control word", () => {
    expect(
      linesOf("{\\rtf1\\ansi\\uc1 caf\\u233?s \\u-3913?\\u8364\\'80 A\\uc2\\u26085\\'93\\'fa!\\par}"),
    ).toEqual(['cafés \uf0b7€ A日!']);
    expect(linesOf('{\\rtf1\\ansi\\uc0 \\u8212 x{\\uc3\\u8211 abcd}\\u8230\\emdash y\\par}')).toEqual([
      '—x–d…—y',
    ]);
    // A character outside the BMP comes as two \uN of its UTF-16 surrogates.
    expect(linesOf('{\\rtf1\\ansi\\uc1\\u-10179?\\u-8704?\\par}')).toEqual(['\u{1f600}']);
  });

  it('keeps each line as written when lines within Latin-1 and beyond it alternate, in tables too', () => {
    // The lines are made from one buffer of code units at the end: each must come out with its own characters.
    expect(
      linesOf(
        "{\\rtf1\\ansi\\uc1 caf\\'e9\\par \\u26085?\\u26412?\\par plain\\par \\'97\\par\\trowd \\intbl A\\u8364?\\cell B\\'e9\\cell\\row\\pard \\u-10179?\\u-8704?\\par end}",
      ),
    ).toEqual(['café', '日本', 'plain', '—', 'A€\tBé', '\u{1f600}', 'end']);
  });

  it("decodes \\'hh bytes in the code page \\ansicpg names", () => {
    expect(linesOf("{\\rtf1\\ansi\\ansicpg1252 Gr\\'f6\\'dfe \\'93Zitat\\'94 \\'80\\par}")).toEqual([
      'Größe “Zitat” €',
    ]);
    expect(linesOf("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2\\par}")).toEqual(['Привет']);
    expect(linesOf("{\\rtf1\\ansi\\ansicpg1250 \\'8a\\'e9f\\par}")).toEqual(['Šéf']);
    expect(linesOf("{\\rtf1\\ansi\\ansicpg932 \\'93\\'fa\\'96\\'7b\\par}")).toEqual(['日本']);
  });

  it("decodes \\'hh in the code page of the font's \\fcharset where it differs, back to \\ansicpg after its group", () => {
    expect(
      linesOf(
        '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\fswiss\\fcharset204 Arial Cyr;}{\\f2\\froman\\fcharset161 Times Greek;}}' +
          "{\\f1 \\'cf\\'f0\\'e8} {\\f2 \\'c1\\'e8} \\'e4\\f1 \\'e4\\f0 \\'e4\\par}",
      ),
    ).toEqual(['При Αθ äдä']);
    // A font whose charset is the default one follows \ansicpg.
    expect(linesOf("{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0\\fcharset0 Arial;}}\\f0 \\'cf\\par}")).toEqual([
      'П',
    ]);
  });

  it('skips destinations: tables, info, pictures (PNG hex and \\bin data), headers, fields but their result, \\* groups', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x7b, 0x7d, 0x5c]);
    const text = Buffer.concat([
      rtf(
        '{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0;}{\\stylesheet{Normal;}}{\\info{\\title T}}' +
          '{\\*\\generator G;}{\\header H\\par}{\\footer F\\par}' +
          `{\\pict\\pngblip ${png.toString('hex')}}{\\pict\\pngblip\\bin${png.length} `,
      ),
      png,
      rtf(
        '}Kept {\\field{\\*\\fldinst HYPERLINK "https://x.invalid"}{\\fldrslt link}} {\\*\\bkmkstart b}end\\par}',
      ),
    ]);
    expect(readRtfLines(text).lines).toEqual(['Kept link end']);
  });

  it('reads past a byte-order mark and white space before {\\rtf, as the upload does', async () => {
    expect(linesOf('\u00ef\u00bb\u00bf\r\n {\\rtf1\\ansi One\\par}')).toEqual(['One']);
    const padded = Buffer.concat([rtf('\r\n  '), classicNexisRtf(ENGLISH_CLASSIC)]);
    expect((await articlesOf(padded)).map((article) => article.container)).toEqual([
      { kind: 'rtf' },
      { kind: 'rtf' },
    ]);
  });

  it('gives each table row one line, its cells tab-separated', () => {
    const table = writeRtf([
      {
        table: [
          ['Stop', 'Fare'],
          ['North', '2 coins'],
        ],
      },
      ['After'],
    ]);
    expect(readRtfLines(table).lines.filter((line) => line !== '')).toEqual([
      'Stop\tFare',
      'North\t2 coins',
      'After',
    ]);
  });
});

describe('Nexis Uni RTF: the same fields as the same export in DOCX', () => {
  it.each([
    ['English', ENGLISH, 'en' as const],
    ['German', GERMAN, 'de' as const],
  ])('%s', async (_name, documents, language) => {
    const blocks = nexisUniBlocks(documents, { cover: true, language });
    const fromDocx = await articlesOf(writeDocx(blocks));
    const fromRtf = await articlesOf(writeRtf(blocks));
    expect(fromRtf.map(fieldsOf)).toEqual(fromDocx.map(fieldsOf));
    expect(fromRtf.length).toBe(documents.length);
    for (const article of fromRtf) {
      expect(article.format).toBe('nexis-uni');
      expect(article.container).toEqual({ kind: 'rtf' });
      expect(JSON.stringify(article)).not.toMatch(/MUST NOT APPEAR|Invented Author|shapeType|89504e47/);
    }
  });

  it('whatever the RTF writer does with non-ASCII letters: \\uN only, or another code page', async () => {
    const blocks = nexisUniBlocks(GERMAN, { cover: false, language: 'de' });
    const expected = (await articlesOf(writeRtf(blocks))).map(fieldsOf);
    expect(expected[0]!.headline).toBe('Stadtwerke senken die Preise');
    expect(expected[0]!.authors).toEqual(['Anna Berger']);
    for (const style of [{ unicodeOnly: true }, { codePage: 1250 }]) {
      const articles = await articlesOf(writeRtf(blocks, style));
      expect(articles.map(fieldsOf)).toEqual(expected);
    }
  });
});

/** An invented classic LexisNexis export in the German interface. */
const GERMAN_CLASSIC = [
  '                              Dokument 1 von 2',
  '',
  '                              Erfundene Rundschau',
  '',
  '                       27. Februar 2012 Montag 9:50 PM GMT+1',
  '',
  'RUBRIK: LOKALES; S. 12',
  '',
  'LÄNGE: 1285 Wörter',
  '',
  'HEADLINE: Der Stadtrat beschließt den Haushalt',
  '',
  'AUTOR: Berger, Anna',
  '',
  'BODY:',
  '',
  'Der Stadtrat hat am Montag den Haushalt beschlossen – „knapp“, sagte die Bürgermeisterin.',
  '',
  'Die Opposition stimmte dagegen.',
  '',
  'SPRACHE: GERMAN',
  '',
  '                              Dokument 2 von 2',
  '',
  '                              Erfundene Rundschau',
  '',
  '                        Mittwoch 31. August 2011',
  '',
  'LÄNGE: 80 Wörter',
  '',
  'HEADLINE: Kurzmeldung über die Fähre',
  '',
  'BODY:',
  '',
  'Die Fähre fährt wieder.',
  '',
  'SPRACHE: DEUTSCH',
  '',
].join('\n');

const ENGLISH_CLASSIC = nexisExport([
  {
    publication: 'The Invented Courier',
    date: 'March 3, 2014 Monday',
    headline: 'Quarry Street bridge reopens after repairs',
    byline: 'By Ann Lee and Tom Ruiz',
    paragraphs: ['MILLBRANCH — The bridge reopened on Monday.', 'Drivers said the detour had been long.'],
  },
  {
    publication: 'Invented Weekly',
    date: 'March 4, 2014 Tuesday',
    headline: 'School board delays its vote',
    byline: 'By Kim Park',
    paragraphs: ['The board will vote next month.'],
  },
]);

// That TXT, HTML and RTF give the same articles is shown in classicNexisExports.test.ts.
describe('classic LexisNexis RTF', () => {
  it('reads the German labels and dates as the TXT reader does', async () => {
    const [first, second] = await articlesOf(classicNexisRtf(GERMAN_CLASSIC));
    expect(first).toMatchObject({
      publication: 'Erfundene Rundschau',
      headline: 'Der Stadtrat beschließt den Haushalt',
      authors: ['Anna Berger'],
      section: 'LOKALES',
      statedWordCount: 1285,
      publishedDate: '2012-02-27',
      language: 'de',
    });
    expect(first!.paragraphs[0]).toBe(
      'Der Stadtrat hat am Montag den Haushalt beschlossen – „knapp“, sagte die Bürgermeisterin.',
    );
    expect(second).toMatchObject({ headline: 'Kurzmeldung über die Fähre', publishedDate: '2011-08-31' });
  });

  it('reads a ".DOC" download that is RTF inside as RTF: the bytes decide, in a ZIP too', async () => {
    const bytes = classicNexisRtf(ENGLISH_CLASSIC);
    const { events, articles } = await collectEvents(
      writeZip([
        { name: 'LEXISNEXIS_EXPORT.DOC', data: bytes },
        { name: 'notes.txt', data: 'Headline\n\nA body paragraph of plain text.\n' },
      ]),
    );
    expect(events[0]).toMatchObject({ kind: 'file', container: { kind: 'zip' } });
    expect(articles.map((article) => [article.documentIndex, article.format, article.container])).toEqual([
      [1, 'nexis', { kind: 'zip', member: 'LEXISNEXIS_EXPORT.DOC' }],
      [2, 'nexis', { kind: 'zip', member: 'LEXISNEXIS_EXPORT.DOC' }],
      [3, 'plain', { kind: 'zip', member: 'notes.txt' }],
    ]);
  });

  it('resumes after a document', async () => {
    const { events, articles } = await collectEvents(classicNexisRtf(ENGLISH_CLASSIC), {
      resumeAfter: { documentIndex: 1 },
    });
    expect(events[0]).toMatchObject({ kind: 'file', format: 'nexis', container: { kind: 'rtf' } });
    expect(articles.map((article) => [article.documentIndex, article.headline])).toEqual([
      [2, 'School board delays its vote'],
    ]);
  });
});

/** A minimal compound file (the header Word 97-2003 and other Office files share) naming `stream`. */
function compoundFile(stream: string): Uint8Array {
  const header = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  Buffer.from(stream, 'utf16le').copy(header, 512);
  return header;
}

describe('RTF and .doc rejections', () => {
  it('a Word 97-2003 binary .doc is named, alone or in a ZIP', async () => {
    expect(await rejectionOf(compoundFile('WordDocument'))).toMatchObject({
      code: 'LEGACY_WORD_DOC',
      message: expect.stringMatching(/Word 97-2003/),
    });
    // Another Office 97-2003 file (a workbook) is still just a format not read.
    expect((await rejectionOf(compoundFile('Workbook'))).code).toBe('UNSUPPORTED_FORMAT');
    const { events } = await collectEvents(
      writeZip([
        { name: 'old.doc', data: compoundFile('WordDocument') },
        { name: 'a.rtf', data: classicNexisRtf(ENGLISH_CLASSIC) },
      ]),
    );
    expect(events.filter((event) => event.kind === 'member-rejected')).toEqual([
      expect.objectContaining({
        member: 'old.doc',
        rejection: expect.objectContaining({ code: 'LEGACY_WORD_DOC' }),
      }),
    ]);
  });

  it.each([
    ['nested 100,000 groups deep', `{\\rtf1 ${'{'.repeat(100_000)}x${'}'.repeat(100_000)}}`, 'RTF_TOO_DEEP'],
    ['truncated inside groups', '{\\rtf1\\ansi{\\b Headline\\par Body', 'CORRUPT_RTF'],
    ['ending in a lone backslash', '{\\rtf1\\ansi Body\\', 'CORRUPT_RTF'],
    ["a \\' without hex digits", "{\\rtf1\\ansi caf\\'zz\\par}", 'CORRUPT_RTF'],
    ['a control word past 32 letters', `{\\rtf1\\${'a'.repeat(40)} x\\par}`, 'CORRUPT_RTF'],
    ['a parameter past 10 digits', '{\\rtf1\\u123456789012 x\\par}', 'CORRUPT_RTF'],
    [
      'only tables and a picture',
      '{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\pict\\pngblip 89504e47}\\par\\par}',
      'NO_TEXT',
    ],
    [
      'text that is no news export',
      '{\\rtf1\\ansi A letter to a friend.\\par Dear Sam,\\par}',
      'UNRECOGNIZED_LAYOUT',
    ],
  ])('%s', async (_name, text, code) => {
    const rejection = await rejectionOf(rtf(text));
    expect(rejection.code).toBe(code);
    expect(rejection.message).toMatch(/RTF/);
  });

  it('an RTF over the size limit', async () => {
    const result = await parseFile(classicNexisRtf(ENGLISH_CLASSIC), { maxBytes: 1_000 });
    expect(result.ok ? null : result.rejection.code).toBe('TOO_LARGE');
  });
});

const uniRtf = writeRtf(nexisUniBlocks(ENGLISH, { cover: true, language: 'en' }));
const classic = classicNexisRtf(GERMAN_CLASSIC);

/** Codes a mutated RTF may get; PARSER_ERROR (a defect caught) is never one of them. */
const EXPECTED_CODES: ReadonlySet<RejectionCode> = new Set<RejectionCode>([
  'EMPTY',
  'BINARY',
  'UNSUPPORTED_FORMAT',
  'NO_ARTICLE',
  'NO_TEXT',
  'UNRECOGNIZED_LAYOUT',
  'CORRUPT_RTF',
  'RTF_TOO_DEEP',
]);

const expectWellFormed = (events: readonly ParseEvent[]) => expectEventContract(events, EXPECTED_CODES);

/** Pieces of RTF syntax a mutation inserts: groups, escapes, destinations, broken escapes. */
const RTF_PIECES = [
  '{',
  '}',
  '\\',
  '\\par ',
  '\\u-',
  '\\u8364?',
  '\\uc9 ',
  "\\'",
  "\\'e4",
  '\\*',
  '{\\pict ',
  '{\\fonttbl ',
  '\\bin999999 ',
  '\\bin5 ',
  '\\ansicpg932 ',
  '\\ansicpg99999 ',
  '\\intbl x\\cell ',
  '\\row ',
  '\\line ',
  '\\tab ',
  '1 of 3 DOCUMENTS\\par ',
  'End of Document\\par ',
];

describe('mutated RTF never throws, hangs or breaks the event contract', () => {
  it('truncated anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(uniRtf, classic),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (bytes, share) => {
          expectWellFormed(
            (await collectEvents(bytes.subarray(0, Math.floor(bytes.length * share)), { enrich: false }))
              .events,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('bytes flipped, and pieces of RTF syntax inserted, anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(uniRtf, classic),
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.integer({ min: 1, max: 255 }),
            fc.constantFrom(...RTF_PIECES),
          ),
          { minLength: 1, maxLength: 10 },
        ),
        async (bytes, edits) => {
          let mutated = Buffer.from(bytes);
          for (const [share, mask, piece] of edits) {
            const at = Math.min(mutated.length - 1, Math.floor(mutated.length * share));
            if (mask % 2 === 0) mutated[at] = mutated[at]! ^ mask;
            else mutated = Buffer.concat([mutated.subarray(0, at), rtf(piece), mutated.subarray(at)]);
          }
          expectWellFormed((await collectEvents(mutated, { enrich: false })).events);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('groups opened and closed at any depth, balanced or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        async (open, close) => {
          const bytes = rtf(`{\\rtf1\\ansi ${'{'.repeat(open)}1 of 1 DOCUMENTS\\par x${'}'.repeat(close)}}`);
          expectWellFormed((await collectEvents(bytes, { enrich: false })).events);
        },
      ),
      { numRuns: 40 },
    );
  });
});

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../../lambda/parser/parseDocuments';
import { parseFile } from '../../lambda/parser/parseFile';
import type { ParsedArticle, ParseEvent } from '../../lambda/parser/types';
import { type ClassicBlock, classicNexisHtml } from '../helpers/classicNexisExport';
import { writeZip } from '../helpers/writeZip';
import { ENGLISH, GERMAN } from './classicNexisFixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function articlesOf(bytes: Uint8Array): Promise<ParsedArticle[]> {
  const result = await parseFile(bytes, { enrich: false });
  if (!result.ok) throw new Error(`${result.rejection.code}: ${result.rejection.message}`);
  return result.articles;
}

// That TXT, HTML and RTF give the same articles is shown in classicNexisExports.test.ts.
describe('classic LexisNexis HTML fields', () => {
  it('reads the English fields themselves, not just the same ones twice', async () => {
    const [first, second] = await articlesOf(classicNexisHtml(ENGLISH, { highlight: 'ferr' }));
    expect(first).toMatchObject({
      documentIndex: 1,
      publication: 'The Harbor Ledger',
      publishedDate: '2014-03-03',
      edition: 'THIRD EDITION',
      section: 'METRO',
      page: 'B1',
      statedWordCount: 96,
      headline: 'Council weighs a ferry to the islands',
      authors: ['Mara Quill', 'Tobias Fenn'],
      dateline: 'PORT ELLIS, Maine',
      language: 'en',
      paragraphs: [
        'The town council spent an evening on the ferry plan, and on what the ferries would cost.',
        '"We will decide in May," said the mayor, Ruth Calder.',
      ],
      indexTerms: {
        subject: [
          { term: 'FERRIES', score: 91 },
          { term: 'MUNICIPAL GOVERNMENT', score: 77 },
        ],
      },
      warnings: [],
    });
    expect(second).toMatchObject({
      documentIndex: 2,
      publication: 'Prairie Courier',
      headline: 'Storm closes the coast road',
      subheadline: 'Repairs to take a week',
      byline: 'Ned Harrow',
      paragraphs: [
        'The coast road was shut on Tuesday after the storm.',
        'Crews expect to reopen it next week.',
      ],
      warnings: ['no BODY: label; body taken from the unlabelled text'],
    });
  });

  it('reads the German labels, date and surname-first author', async () => {
    const [article] = await articlesOf(classicNexisHtml(GERMAN, { highlight: 'Haus' }));
    expect(article).toMatchObject({
      publishedDate: '2012-02-27',
      section: 'LOKALES',
      page: '12',
      statedWordCount: 85,
      headline: 'Der Stadtrat beschließt den Haushalt',
      authors: ['Anna Berger'],
      language: 'de',
    });
  });
});

/** A classic export written by hand, for quirks the block writer does not make. */
function classicHtml(documents: string[]): Uint8Array {
  const style =
    '<STYLE TYPE="text/css"><!--\n.c0 { text-align: center; }\n.c5 { text-align: left; }\n--></STYLE>';
  return utf8(`<HTML><HEAD>${style}</HEAD><BODY>${documents.join('\n')}</BODY></HTML>`);
}

function doc(number: number, inner: string): string {
  return `<!-- Hide XML section from browser\n<DOC NUMBER=${number}>\n<DOCFULL> -->\n${inner}\n<!-- Hide XML section from browser\n</DOCFULL>\n</DOC> -->`;
}

const centred = (html: string) => `<BR><DIV CLASS="c0"><P>${html}</P></DIV>`;
const left = (html: string) => `<BR><DIV CLASS="c5"><P>${html}</P></DIV>`;
const label = (name: string, value: string) => left(`<SPAN><B>${name}: </B></SPAN><SPAN>${value}</SPAN>`);

describe('classic LexisNexis HTML quirks', () => {
  it('ignores a script inside the publication line and a style in the body', async () => {
    const [article] = await articlesOf(
      classicHtml([
        doc(
          1,
          centred('1 of 1 DOCUMENT') +
            centred('The Harbor<SCRIPT type="text/javascript">document.write("</P>Fake")</SCRIPT> Ledger') +
            centred('May 2, 2019 Thursday') +
            label('HEADLINE', 'Quay repairs begin') +
            label('BODY', '') +
            left('<STYLE>.x { color: red }</STYLE>Work on the quay began on Monday.'),
        ),
      ]),
    );
    expect(article).toMatchObject({
      publication: 'The Harbor Ledger',
      headline: 'Quay repairs begin',
      paragraphs: ['Work on the quay began on Monday.'],
    });
  });

  it('reads a body laid out as a table, row by row', async () => {
    const [article] = await articlesOf(
      classicHtml([
        doc(
          1,
          centred('1 of 1 DOCUMENT') +
            centred('The Harbor Ledger') +
            centred('May 2, 2019 Thursday') +
            label('HEADLINE', 'Tide tables') +
            label('BODY', '') +
            '<TABLE CLASS="c11"><TR><TD><P>High water is at noon.</P></TD></TR><TR><TD>Low <B>water</B> at six.</TD></TR></TABLE>' +
            label('LANGUAGE', 'ENGLISH'),
        ),
      ]),
    );
    expect(article?.paragraphs).toEqual(['High water is at noon.', 'Low water at six.']);
    expect(article?.language).toBe('en');
  });

  it('makes an error "document" (no separator, the DOC NUMBER before) a warning, not an article', async () => {
    const first = doc(
      1,
      centred('1 of 2 DOCUMENTS') +
        centred('The Harbor Ledger') +
        centred('May 2, 2019 Thursday') +
        label('HEADLINE', 'One') +
        label('BODY', '') +
        left('First story.'),
    );
    const error = doc(1, left('An error occurred while delivering this document. Please try again later.'));
    const second = doc(
      2,
      centred('2 of 2 DOCUMENTS') +
        centred('The Harbor Ledger') +
        centred('May 3, 2019 Friday') +
        label('HEADLINE', 'Two') +
        label('BODY', '') +
        left('Second story.'),
    );
    const articles = await articlesOf(classicHtml([first, error, second]));
    expect(articles.map((article) => [article.documentIndex, article.headline, article.paragraphs])).toEqual([
      [1, 'One', ['First story.']],
      [2, 'Two', ['Second story.']],
    ]);
    expect(articles[0]!.warnings).toContainEqual(
      expect.stringMatching(/DOC NUMBER 1\b.*An error occurred while delivering/),
    );
    expect(articles[1]!.warnings.filter((warning) => warning.includes('DOC NUMBER'))).toEqual([]);
  });

  it('reads a document with no separator under a new DOC NUMBER', async () => {
    const articles = await articlesOf(
      classicHtml([
        doc(
          1,
          centred('1 of 2 DOCUMENTS') +
            centred('The Harbor Ledger') +
            centred('May 2, 2019 Thursday') +
            label('HEADLINE', 'One') +
            label('BODY', '') +
            left('First.'),
        ),
        doc(
          2,
          centred('The Harbor Ledger') +
            centred('May 3, 2019 Friday') +
            label('HEADLINE', 'Two') +
            label('BODY', '') +
            left('Second.'),
        ),
      ]),
    );
    expect(articles.map((article) => article.headline)).toEqual(['One', 'Two']);
  });

  it('overrules a UTF-8 declaration over Latin-1 bytes, with a warning', async () => {
    const documents: ClassicBlock[][] = [
      [
        { centred: '1 of 1 DOCUMENT' },
        { centred: 'Le Journal Inventé' },
        { centred: 'May 2, 2019 Thursday' },
        { label: 'HEADLINE', value: 'Zoë Ménard wins the regatta' },
        { label: 'BODY', value: '' },
        { lines: ['Zoë Ménard won by a length.'] },
      ],
    ];
    const [article] = await articlesOf(classicNexisHtml(documents, { charset: 'utf-8', bytes: 'latin1' }));
    expect(article).toMatchObject({
      publication: 'Le Journal Inventé',
      headline: 'Zoë Ménard wins the regatta',
    });
    expect(article!.warnings).toContain(
      'the file declares charset utf-8 but its bytes are not: read as windows-1252',
    );
  });

  it('resumes after a document, numbering as a whole parse does', async () => {
    const events: ParseEvent[] = [];
    for await (const event of parseDocuments(classicNexisHtml(ENGLISH), {
      enrich: false,
      resumeAfter: { documentIndex: 1 },
    }))
      events.push(event);
    expect(events.map((event) => event.kind)).toEqual(['file', 'article']);
    expect(events[0]).toMatchObject({ format: 'nexis', encoding: 'utf-8', container: { kind: 'html' } });
    expect(events[1]).toMatchObject({
      position: { documentIndex: 2 },
      article: { headline: 'Storm closes the coast road' },
    });
  });

  it('reads a gzip-compressed HTML export, and names a corrupt one', async () => {
    const gzipped = gzipSync(classicNexisHtml(ENGLISH));
    const events: ParseEvent[] = [];
    for await (const event of parseDocuments(gzipped, { enrich: false })) events.push(event);
    expect(events[0]).toMatchObject({
      kind: 'file',
      format: 'nexis',
      compressed: true,
      container: { kind: 'html' },
    });
    expect(events.filter((event) => event.kind === 'article')).toHaveLength(2);
    const cut = gzipped.subarray(0, gzipped.length - 400);
    expect(await parseFile(cut)).toMatchObject({ ok: false, rejection: { code: 'CORRUPT_COMPRESSION' } });
  });

  it('reads an HTML export inside a ZIP as that member', async () => {
    const zip = writeZip([
      { name: 'export.html', data: classicNexisHtml(ENGLISH) },
      { name: 'notes.txt', data: 'Not an export.' },
    ]);
    const result = await parseFile(zip, { enrich: false });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.articles.map((article) => [article.headline, article.container])).toEqual([
      ['Council weighs a ferry to the islands', { kind: 'zip', member: 'export.html' }],
      ['Storm closes the coast road', { kind: 'zip', member: 'export.html' }],
    ]);
  });
});

describe('classic LexisNexis HTML rejections', () => {
  it('names a file with LexisNexis markers but no document as UNRECOGNIZED_LAYOUT', async () => {
    const result = await parseFile(
      utf8('<HTML><!-- LXNComment 1:2 --><BODY><P>Your session has expired.</P></BODY></HTML>'),
    );
    expect(result).toEqual({
      ok: false,
      rejection: {
        code: 'UNRECOGNIZED_LAYOUT',
        message: expect.stringMatching(/classic LexisNexis HTML export/),
      },
    });
  });

  it('rejects HTML nested thousands of elements deep as NESTED_TOO_DEEP, in time linear in its size', async () => {
    const deep = `${'<SPAN>'.repeat(200_000)}Deep.${'</SPAN>'.repeat(200_000)}`;
    const result = await parseFile(
      classicHtml([doc(1, centred('1 of 1 DOCUMENT') + label('BODY', '') + deep)]),
    );
    expect(result).toEqual({
      ok: false,
      rejection: {
        code: 'NESTED_TOO_DEEP',
        message: expect.stringMatching(/HTML nests elements more than 2000 deep/),
      },
    });
  });

  it('rejects an export whose documents hold no text as NO_ARTICLE', async () => {
    const result = await parseFile(classicHtml([doc(1, centred('1 of 1 DOCUMENT'))]));
    expect(result).toMatchObject({ ok: false, rejection: { code: 'NO_ARTICLE' } });
  });
});

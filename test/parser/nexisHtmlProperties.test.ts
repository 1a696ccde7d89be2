import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../lambda/parser/looksLikeHtml';
import { parseFile } from '../../lambda/parser/parseFile';
import type { ParsedArticle, ParseResult } from '../../lambda/parser/types';
import { type ClassicBlock, classicNexisHtml } from '../helpers/classicNexisExport';

/** A real-shaped classic export (invented text) for the mutations to start from. */
const EXPORT: ClassicBlock[][] = [
  [
    { centred: '1 of 2 DOCUMENTS' },
    { centred: 'The Harbor Ledger' },
    { centred: 'March 3, 2014 Monday' },
    { label: 'SECTION', value: 'METRO; Pg. B1' },
    { label: 'LENGTH', value: '96 words' },
    { label: 'HEADLINE', value: 'Council weighs a ferry to the islands' },
    { label: 'BYLINE', value: 'By Mara Quill and Tobias Fenn' },
    { label: 'BODY', value: '' },
    { lines: ['The town council spent an evening on the ferry plan.'] },
    { lines: ['"We will decide in May," said the mayor, Ruth Calder.'] },
    { label: 'LANGUAGE', value: 'ENGLISH' },
  ],
  [
    { centred: '2 of 2 DOCUMENTS' },
    { centred: 'Prairie Courier' },
    { centred: 'March 5, 2014 Wednesday' },
    { lines: ['Storm closes the coast road;', 'Repairs to take a week'] },
    { label: 'BYLINE', value: 'Ned Harrow' },
    { lines: ['The coast road was shut on Tuesday after the storm.'] },
    { label: 'LANGUAGE', value: 'ENGLISH' },
  ],
];

const TEXTS = EXPORT.flat().flatMap((block) =>
  'centred' in block ? [block.centred] : 'label' in block ? [block.value] : block.lines,
);

/** Markup fragments that steer the tokenizer and the reader into their corners. */
const FRAGMENTS = [
  '<SCRIPT>document.write("<p>")</SCRIPT>',
  '<STYLE>p { }</STYLE>',
  '<script>',
  '</DIV>',
  '<DIV CLASS="c3">',
  '<BR>',
  '<TABLE><TR><TD>',
  '</TD></TR></TABLE>',
  '<!--',
  '-->',
  '<!-- <DOC NUMBER=1><DOCFULL> -->',
  '<!-- </DOCFULL></DOC> -->',
  '&amp;',
  '&#xD800;',
  '&',
  '<',
  '<![CDATA[',
  '</SPAN>',
  'BODY: ',
  '3 of 2 DOCUMENTS',
  '\u0000',
  '\uFFFD',
];

const KNOWN_CODES = new Set([
  'UNSUPPORTED_FORMAT',
  'NO_ARTICLE',
  'UNRECOGNIZED_LAYOUT',
  'NESTED_TOO_DEEP',
  'BINARY',
  'EMPTY',
]);

function fieldsOf(article: ParsedArticle) {
  const { contentHash: _hash, provenance: _lines, ...fields } = article;
  return fields;
}

function expectSound(result: ParseResult, html = true): void {
  if (!result.ok) {
    expect(KNOWN_CODES).toContain(result.rejection.code);
    return;
  }
  // A mutation that cut every HTML tag from the start leaves text, which the text parser reads.
  if (!html) return;
  expect(result.articles.length).toBeGreaterThan(0);
  let previous = 0;
  for (const article of result.articles) {
    expect(article.documentIndex).toBeGreaterThan(previous);
    previous = article.documentIndex;
    expect(article.format).toBe('nexis');
    expect(article.container).toEqual({ kind: 'html' });
  }
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...FRAGMENTS) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'binary', maxLength: 12 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete' | 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number };

function mutate(html: string, mutations: readonly Mutation[]): string {
  let text = html;
  for (const change of mutations) {
    const at = text.length === 0 ? 0 : change.at % text.length;
    if (change.kind === 'insert') text = text.slice(0, at) + change.text + text.slice(at);
    else if (change.kind === 'delete') text = text.slice(0, at) + text.slice(at + change.length);
    else if (change.kind === 'duplicate') text = text.slice(0, at + change.length) + text.slice(at);
    // Keep the start, so the file is still HTML and reaches the reader.
    else text = text.slice(0, Math.max(at, 60));
  }
  return text;
}

describe('classic LexisNexis HTML under mutation', () => {
  const original = new TextDecoder().decode(classicNexisHtml(EXPORT));

  it('never crashes: articles in order, or a named rejection, never PARSER_ERROR', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 8 }), async (mutations) => {
        const bytes = new TextEncoder().encode(mutate(original, mutations));
        expectSound(await parseFile(bytes, { enrich: false }), looksLikeHtml(bytes));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same fields whatever spans a search-hit highlight cuts the words into', async () => {
    const plain = await parseFile(classicNexisHtml(EXPORT), { enrich: false });
    if (!plain.ok) throw new Error(plain.rejection.message);
    const highlight = fc
      .record({
        text: fc.constantFrom(...TEXTS.filter((text) => text.length > 0)),
        start: fc.nat(),
        length: fc.integer({ min: 1, max: 8 }),
      })
      .map(({ text, start, length }) => {
        const from = start % text.length;
        return text.slice(from, from + length);
      })
      .filter((piece) => piece.trim() !== '');
    await fc.assert(
      fc.asyncProperty(highlight, async (hit) => {
        const split = await parseFile(classicNexisHtml(EXPORT, { highlight: hit }), { enrich: false });
        if (!split.ok) throw new Error(split.rejection.message);
        expect(split.articles.map(fieldsOf)).toEqual(plain.articles.map(fieldsOf));
      }),
      { numRuns: 60 },
    );
  });

  it('reads pathological markup without crashing: deep nesting, an unclosed comment, a huge line', async () => {
    const head =
      '<HTML><!-- LXNComment 1:2 --><BODY><!-- <DOC NUMBER=1><DOCFULL> --><DIV>1 of 1 DOCUMENT</DIV>';
    const cases = [
      `${head}<DIV>BODY:</DIV>${'<SPAN>'.repeat(50_000)}Deep text.${'</SPAN>'.repeat(50_000)}`,
      `${head}<DIV>BODY:</DIV><P>Text.</P><!-- never closed ${'x'.repeat(100_000)}`,
      `${head}<DIV>BODY:</DIV><P>${'word '.repeat(200_000)}</P>`,
      `${head}${'<TABLE><TR><TD>'.repeat(5_000)}Cell.`,
      `${head}<SCRIPT>${'<P>'.repeat(10_000)}`,
      `<HTML><HEAD>${'<STYLE>.c0 { text-align: center; '.repeat(20_000)}</HEAD>${head.slice(6)}<P>Text.</P>`,
      `<HTML><HEAD><STYLE>${'.c0 { text-align: center '.repeat(20_000)}</STYLE></HEAD>${head.slice(6)}<P>Text.</P>`,
      `${head}${'<!-- <DOC NUMBER=1> '.repeat(20_000)}`,
    ];
    for (const html of cases) expectSound(await parseFile(new TextEncoder().encode(html), { enrich: false }));
  });
});

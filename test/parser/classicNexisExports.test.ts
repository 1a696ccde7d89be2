import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lambda/parser/parseFile';
import type { LineRange, ParsedArticle, Provenance } from '../../lambda/parser/types';
import { type ClassicBlock, classicNexisHtml, classicNexisTxt } from '../helpers/classicNexisExport';
import { classicNexisRtf } from '../helpers/writeRtf';
import { DUTCH, ENGLISH, FRENCH, GERMAN, WRAPPED } from './classicNexisFixtures';

async function articlesOf(bytes: Uint8Array): Promise<ParsedArticle[]> {
  // Enrichment on: quotes, entities, lead and reading time must agree too.
  const result = await parseFile(bytes);
  if (!result.ok) throw new Error(`${result.rejection.code}: ${result.rejection.message}`);
  return result.articles;
}

/** One invented classic export as its three downloads: TXT (CRLF, header centred by padding, lines hard-wrapped), HTML (search hits highlighted), RTF. */
async function threeWays(documents: ClassicBlock[][], hit: string) {
  const txt = classicNexisTxt(documents);
  return {
    txt: await articlesOf(new TextEncoder().encode(txt)),
    html: await articlesOf(classicNexisHtml(documents, { highlight: hit, charset: 'UTF-8' })),
    // As classic LexisNexis writes RTF: each line of the text export a paragraph, labels bold, the header centred.
    rtf: await articlesOf(classicNexisRtf(txt.replace(/\r\n/g, '\n'))),
  };
}

/**
 * The article less `container`, with provenance line numbers counted from the document's first line.
 * Both are of the file, not of the document: `container` names the download's kind, and each download
 * puts other lines before a document (the TXT's request header, the RTF's logo paragraph, none in HTML),
 * so the same line of a document has a different number in each file. Every other field is compared whole.
 */
function ownFields(article: ParsedArticle) {
  const { container: _container, provenance, ...fields } = article;
  if (provenance === undefined) return fields;
  const from = provenance.span[0];
  const shift = (ranges: LineRange[]): LineRange[] =>
    ranges.map(([start, end]) => [start - from, end - from]);
  // Blank lines closing the span are the gap before the next document (or the file's end), laid out differently by each.
  const lines = [...provenance.lines];
  let end = provenance.span[1];
  while (lines.at(-1)?.[0] === 'blank') end -= lines.pop()![1];
  const relative: Provenance = {
    span: shift([[from, end]])[0]!,
    fields: Object.fromEntries(
      Object.entries(provenance.fields).map(([field, ranges]) => [field, shift(ranges)]),
    ),
    paragraphs: provenance.paragraphs.map(shift),
    lines,
    warnings: provenance.warnings.map(({ index, lines }) => ({ index, lines: shift(lines) })),
  };
  return { ...fields, provenance: relative };
}

describe('one classic LexisNexis export downloaded as TXT, HTML and RTF gives the same articles', () => {
  it.each([
    ['English', ENGLISH, 'ferr'],
    ['English, hard-wrapped, quotes and accents', WRAPPED, 'terr'],
    ['German', GERMAN, 'Haus'],
    ['French', FRENCH, 'port'],
    ['Dutch', DUTCH, 'brug'],
  ])(
    '%s: every field but container, format nexis and contentHash included',
    async (_name, documents, hit) => {
      const { txt, html, rtf } = await threeWays(documents, hit);
      expect(txt).toHaveLength(documents.length);
      expect(html.map(ownFields)).toEqual(txt.map(ownFields));
      expect(rtf.map(ownFields)).toEqual(txt.map(ownFields));
      for (const article of txt) {
        expect(article.format).toBe('nexis');
        expect(article.container).toBeUndefined();
        expect(article.provenance).toBeDefined();
      }
      for (const article of html) expect(article.container).toEqual({ kind: 'html' });
      for (const article of rtf) expect(article.container).toEqual({ kind: 'rtf' });
    },
  );

  it('reads the wrapped paragraph whole and the characters as printed, not just the same thing thrice', async () => {
    const { rtf } = await threeWays(WRAPPED, 'terr');
    expect(rtf[0]).toMatchObject({
      publication: 'The Lantern Post (Eastvale)',
      publishedDate: '2016-10-12',
      headline: 'Café owners win the right to keep their terraces',
      authors: ['Inès Calder'],
      dateline: 'EASTVALE',
      paragraphs: [
        'The council voted 7-2 on Tuesday to keep the terraces — a “small win for the street,” as one owner, Rosa Lind, put it — after a summer of petitions, hearings and a march down the high street.',
        'The terraces must close at 10 p.m. from November.',
      ],
    });
  });
});

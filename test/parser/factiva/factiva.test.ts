import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../../../lambda/parser/parseDocuments';
import { parseFile } from '../../../lambda/parser/parseFile';
import type { ParsedArticle, ParseResult } from '../../../lambda/parser/types';
import { FACTIVA_DOCUMENTS } from '../../fixtures/factiva/factivaDocuments';
import {
  type FactivaDocument,
  type FactivaUi,
  factivaDivHtml,
  factivaLabelledHtml,
  factivaRtf,
  factivaText,
  factivaXml,
  isoDate,
} from '../../helpers/factivaExport';
import { rtfText } from '../../helpers/writeRtf';

const encode = (text: string) => new TextEncoder().encode(text);

function articlesOf(result: ParseResult): ParsedArticle[] {
  if (!result.ok) throw new Error(`rejected: ${result.rejection.code} ${result.rejection.message}`);
  expect(result.format).toBe('factiva');
  return result.articles;
}

/** Every field of the answer key, and the indexing split into codes and descriptors. */
function expectDocument(article: ParsedArticle, input: FactivaDocument, indexed = true): void {
  // The div layout prints no indexing: its documents carry none.
  const document: FactivaDocument = indexed
    ? input
    : {
        ...input,
        companies: undefined,
        industries: undefined,
        subjects: undefined,
        regions: undefined,
        ipc: undefined,
      };
  expect(article.format).toBe('factiva');
  expect(article.headline).toBe(document.headline);
  expect(article.publication).toBe(document.source);
  expect(article.section).toBe(document.section ?? null);
  expect(article.edition).toBe(document.edition ?? null);
  expect(article.page).toBe(document.page ?? null);
  expect(article.statedWordCount).toBe(document.wordCount);
  expect(article.language).toBe(document.language);
  expect(article.publishedDate).toBe(isoDate(document));
  expect(article.byline).toBe(document.expected.byline);
  expect(article.authors).toEqual(document.expected.authors);
  expect(article.dateline).toBe(document.expected.dateline);
  expect(article.paragraphs).toEqual(document.expected.paragraphs);
  expect(article.sourceDocumentId).toEqual({ vendor: 'factiva', id: document.accessionNo });
  const terms = article.indexTerms;
  const names = (list: readonly (readonly [string, string])[] | undefined) =>
    (list ?? []).map(([, name]) => ({ term: name, score: null }));
  expect(terms.subject).toEqual(names(document.subjects));
  expect(terms.geographic).toEqual(names(document.regions));
  expect(terms.organization).toEqual(names(document.companies));
  expect(terms.industry ?? []).toEqual(names(document.industries));
  const codes = (scheme: string, list: readonly (readonly [string, string])[] | undefined) =>
    (list ?? []).map(([code, label]) => ({ scheme, code, label }));
  const expectedCodes = [
    ...codes('CO', document.companies),
    ...codes('IN', document.industries),
    ...codes('NS', document.subjects),
    ...codes('RE', document.regions),
    ...(document.ipc ?? []).map((code) => ({ scheme: 'IPC', code, label: null })),
  ];
  expect(new Set(terms.codes ?? [])).toEqual(new Set(expectedCodes));
  // Codes never leak into the descriptor lists that enrichment reads as entities.
  const descriptors = [...terms.subject, ...terms.geographic, ...terms.organization].map((t) => t.term);
  for (const { code } of expectedCodes) expect(descriptors).not.toContain(code);
}

describe('Factiva XML', () => {
  it('gives every document with its fields, hit highlighting removed', async () => {
    const articles = articlesOf(await parseFile(encode(factivaXml(FACTIVA_DOCUMENTS, 'ferry'))));
    expect(articles).toHaveLength(FACTIVA_DOCUMENTS.length);
    articles.forEach((article, i) => {
      expect(article.documentIndex).toBe(i + 1);
      expectDocument(article, FACTIVA_DOCUMENTS[i]!);
    });
    expect(articles[0]!.headline).not.toContain('hlt');
  });

  it('reads ISO-8859-1 bytes under a UTF-8 declaration as Latin-1', async () => {
    const latin1 = Uint8Array.from(factivaXml(FACTIVA_DOCUMENTS.slice(1, 2)), (c) => c.charCodeAt(0));
    const [article] = articlesOf(await parseFile(latin1));
    expect(article!.headline).toBe('Stadtbibliothek eröffnet Saatgutbörse');
  });

  it('names each headline line in provenance, in the lines of the file', async () => {
    const xml = factivaXml(FACTIVA_DOCUMENTS);
    const lines = xml.split('\n');
    const articles = articlesOf(await parseFile(encode(xml)));
    for (const article of articles) {
      const [start, end] = article.provenance!.fields.headline![0]!;
      expect(lines.slice(start, end).join(' ')).toContain(article.headline);
      const [idStart, idEnd] = article.provenance!.fields.sourceDocumentId![0]!;
      expect(lines.slice(idStart, idEnd).join(' ')).toContain(article.sourceDocumentId!.id);
      const [spanStart, spanEnd] = article.provenance!.span;
      expect(lines.slice(spanStart, spanEnd).join('\n')).toContain('<ppsarticle>');
      expect(article.provenance!.lines.reduce((sum, [, count]) => sum + count, 0)).toBe(spanEnd - spanStart);
    }
  });

  it('rejects a DOCTYPE without reading it, naming Factiva XML', async () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>\n${factivaXml(FACTIVA_DOCUMENTS).replace(/^<\?xml[^>]*>\n/, '')}`;
    const result = await parseFile(encode(bomb));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.code).toBe('MALFORMED_EXPORT');
    expect(result.rejection.message).toMatch(/Factiva XML.*DTD/);
  });

  it('rejects a truncated export as a whole, naming Factiva XML', async () => {
    const xml = factivaXml(FACTIVA_DOCUMENTS);
    const events = [];
    for await (const event of parseDocuments(encode(xml.slice(0, Math.floor(xml.length * 0.7)))))
      events.push(event);
    expect(events.map((event) => event.kind)).toEqual(['rejected']);
    const [event] = events;
    if (event?.kind !== 'rejected') return;
    expect(event.rejection.code).toBe('MALFORMED_EXPORT');
    expect(event.rejection.message).toContain('Factiva XML export');
  });

  it('rejects Factiva XML with no article, naming what it looked like', async () => {
    const result = await parseFile(
      encode(
        '<?xml version="1.0"?>\n<PPSResponse><ppsarticleResultSet count="0"></ppsarticleResultSet></PPSResponse>\n',
      ),
    );
    expect(result).toMatchObject({ ok: false, rejection: { code: 'UNRECOGNIZED_LAYOUT' } });
    if (!result.ok) expect(result.rejection.message).toContain('Factiva XML');
  });

  it('leaves other XML rejected as before', async () => {
    const result = await parseFile(
      encode('<?xml version="1.0"?>\n<rss><channel><item>x</item></channel></rss>\n'),
    );
    expect(result).toMatchObject({ ok: false, rejection: { code: 'UNSUPPORTED_FORMAT' } });
  });

  it('resumes after a document', async () => {
    const kinds: string[] = [];
    const indexes: number[] = [];
    for await (const event of parseDocuments(encode(factivaXml(FACTIVA_DOCUMENTS)), {
      resumeAfter: { documentIndex: 2 },
    })) {
      kinds.push(event.kind);
      if (event.kind === 'article') indexes.push(event.position.documentIndex);
    }
    expect(kinds[0]).toBe('file');
    expect(indexes).toEqual([3, 4]);
  });
});

describe('Factiva field-code text', () => {
  const UIS: FactivaUi[] = ['en', 'de', 'fr'];
  for (const ui of UIS) {
    for (const codeStyle of ['own-line', 'tab', 'spaces'] as const) {
      it(`gives every document in the ${ui} UI, codes ${codeStyle}`, async () => {
        const text = factivaText(FACTIVA_DOCUMENTS, ui, {
          codeStyle,
          searchSummary: true,
          lineEnd: ui === 'de' ? '\r\n' : '\n',
        });
        const articles = articlesOf(await parseFile(encode(text)));
        expect(articles).toHaveLength(FACTIVA_DOCUMENTS.length);
        for (const [i, article] of articles.entries()) expectDocument(article, FACTIVA_DOCUMENTS[i]!);
      });
    }
  }

  it('keeps the search summary after the last document out of it', async () => {
    const text = factivaText(FACTIVA_DOCUMENTS, 'en', { searchSummary: true });
    const articles = articlesOf(await parseFile(encode(text)));
    expect(articles.at(-1)!.paragraphs.join(' ')).not.toContain('Search Summary');
    const lines = text.split('\n');
    const [, end] = articles.at(-1)!.provenance!.span;
    expect(lines.slice(end).join('\n')).toContain('Search Summary');
  });

  it('reads a body line that opens with a code word as text', async () => {
    const document = {
      ...FACTIVA_DOCUMENTS[0]!,
      text: ['IN 2019 the ferry carried more riders.', 'AN extra crossing was added.'],
    };
    const [article] = articlesOf(await parseFile(encode(factivaText([document], 'en'))));
    expect(article!.paragraphs.slice(1)).toEqual(document.text);
  });

  it('leaves plain text that mentions a code as plain text', async () => {
    const result = await parseFile(
      encode('HD radio comes to town\n\nBY ANN SMITH\n\nThe station opened on Monday.\n'),
    );
    expect(result.ok && result.format).toBe('plain');
  });
});

describe('Factiva RTF', () => {
  it('reads the RTF text lines with the field-code reader', async () => {
    const text = factivaText(FACTIVA_DOCUMENTS, 'fr', { codeStyle: 'tab', searchSummary: true });
    const result = await parseFile(factivaRtf(text, (line) => rtfText(line)));
    const articles = articlesOf(result);
    expect(articles).toHaveLength(FACTIVA_DOCUMENTS.length);
    articles.forEach((article, i) => {
      expectDocument(article, FACTIVA_DOCUMENTS[i]!);
      expect(article.container).toEqual({ kind: 'rtf' });
    });
  });
});

describe('Factiva HTML', () => {
  const UIS: FactivaUi[] = ['en', 'de', 'fr'];
  const LAYOUTS = { labelled: factivaLabelledHtml, divs: factivaDivHtml } as const;
  for (const [layout, write] of Object.entries(LAYOUTS)) {
    for (const ui of UIS) {
      it(`gives every document of the ${layout} layout in the ${ui} UI`, async () => {
        const html = write(FACTIVA_DOCUMENTS, ui, { searchSummary: true });
        const articles = articlesOf(await parseFile(encode(html)));
        expect(articles).toHaveLength(FACTIVA_DOCUMENTS.length);
        for (const [i, article] of articles.entries()) {
          expectDocument(article, FACTIVA_DOCUMENTS[i]!, layout === 'labelled');
          expect(article.container).toEqual({ kind: 'html' });
          expect(JSON.stringify(article)).not.toContain('MUST NOT APPEAR');
          expect(article.paragraphs.join(' ')).not.toMatch(/Results Found|Factiva, Inc/);
        }
      });
    }
    it(`reads ISO-8859-1 bytes declared as UTF-8 (${layout})`, async () => {
      const html = write(FACTIVA_DOCUMENTS.slice(1, 3), 'fr');
      const latin1 = Uint8Array.from(html, (c) => c.charCodeAt(0));
      const articles = articlesOf(await parseFile(latin1));
      expect(articles.map((a) => a.headline)).toEqual(FACTIVA_DOCUMENTS.slice(1, 3).map((d) => d.headline));
    });
  }

  it('rejects Factiva markup that holds no document, naming Factiva HTML', async () => {
    const html =
      '<html><head><title>Factiva</title></head><body><div class="article enArticle"><span>nothing</span></div></body></html>';
    const result = await parseFile(encode(html));
    expect(result).toMatchObject({ ok: false, rejection: { code: 'UNRECOGNIZED_LAYOUT' } });
    if (!result.ok) expect(result.rejection.message).toContain('Factiva HTML');
  });
});

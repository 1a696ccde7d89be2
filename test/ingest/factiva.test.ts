import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedStoredArticle } from '../../lambda/store/types';
import { FACTIVA_DOCUMENTS } from '../fixtures/factiva/factivaDocuments';
import {
  factivaDivHtml,
  factivaLabelledHtml,
  factivaRtf,
  factivaText,
  factivaXml,
} from '../helpers/factivaExport';
import { sqsEvent } from '../helpers/sqsEvents';
import { type IngestHarness, startIngestHarness, uniqueKey } from '../helpers/startIngestHarness';
import { rtfText } from '../helpers/writeRtf';

let harness: IngestHarness;
beforeAll(async () => {
  harness = await startIngestHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('ingest of Factiva exports against the local servers', () => {
  it('stores one article per document of every Factiva layout, with its vendor id and codes', async () => {
    const files: Record<string, Uint8Array> = {
      'export.xml': utf8(factivaXml(FACTIVA_DOCUMENTS, 'ferry')),
      'export.txt': utf8(factivaText(FACTIVA_DOCUMENTS, 'de', { searchSummary: true })),
      'export.rtf': factivaRtf(factivaText(FACTIVA_DOCUMENTS, 'fr', { codeStyle: 'tab' }), (line) =>
        rtfText(line),
      ),
      'labelled.html': utf8(factivaLabelledHtml(FACTIVA_DOCUMENTS, 'en', { searchSummary: true })),
      'divs.html': utf8(factivaDivHtml(FACTIVA_DOCUMENTS, 'fr')),
    };
    const keys = Object.fromEntries(Object.keys(files).map((name) => [name, uniqueKey(name)]));
    const records = [];
    for (const [name, bytes] of Object.entries(files)) {
      records.push(await harness.uploadEvent(keys[name]!, bytes));
    }

    const response = await harness.handler(sqsEvent(records));

    expect(response.batchItemFailures).toEqual([]);
    for (const name of Object.keys(files)) {
      const stored = (await harness.store.getSourceRecords(harness.bucket, keys[name]!))!;
      expect(stored.source, name).toMatchObject({ status: 'PARSED', format: 'factiva' });
      const articles = stored.articles as ParsedStoredArticle[];
      expect(
        articles.map((article) => article.headline),
        name,
      ).toEqual(FACTIVA_DOCUMENTS.map((d) => d.headline));
      expect(
        articles.map((article) => article.sourceDocumentId),
        name,
      ).toEqual(FACTIVA_DOCUMENTS.map((d) => ({ vendor: 'factiva', id: d.accessionNo })));
    }
    const xml = (await harness.store.getSourceRecords(harness.bucket, keys['export.xml']!))!;
    const first = xml.articles[0] as ParsedStoredArticle;
    expect(first.indexTerms.codes).toContainEqual({ scheme: 'NS', code: 'gpol', label: 'Domestic Politics' });
    expect(first.indexTerms.industry).toContainEqual({ term: 'Water Transport', score: null });
  });

  it('records a broken Factiva XML export as rejected, naming it', async () => {
    const key = uniqueKey('broken.xml');
    const xml = factivaXml(FACTIVA_DOCUMENTS);
    const response = await harness.handler(
      sqsEvent([await harness.uploadEvent(key, utf8(xml.slice(0, Math.floor(xml.length / 2))))]),
    );
    expect(response.batchItemFailures).toEqual([]);
    const stored = (await harness.store.getSourceRecords(harness.bucket, key))!;
    expect(stored.source).toMatchObject({ status: 'REJECTED', reason: { code: 'MALFORMED_EXPORT' } });
    expect(stored.articles).toHaveLength(0);
  });
});

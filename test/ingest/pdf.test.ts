import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedStoredArticle } from '../../lambda/store/types';
import { nexisUniPdfParagraphs } from '../helpers/nexisUniPdf';
import { sqsEvent } from '../helpers/sqsEvents';
import { type IngestHarness, startIngestHarness, uniqueKey } from '../helpers/startIngestHarness';
import { writePdf, writeScanPdf } from '../helpers/writePdf';
import { PDF_DOCUMENTS } from '../parser/pdfFixtures';

let harness: IngestHarness;
beforeAll(async () => {
  harness = await startIngestHarness();
});
afterAll(async () => {
  await harness?.stop();
});

describe('ingest of PDF uploads against the local servers', () => {
  it('stores one article per document of a Nexis Uni PDF, and a scan as rejected with its reason', async () => {
    const files: Record<string, Uint8Array> = {
      'export.pdf': await writePdf(nexisUniPdfParagraphs(PDF_DOCUMENTS, { cover: true, language: 'en' }), {
        columns: 2,
        header: 'Nexis Uni | Invented export',
        footer: 'Page # of ##',
      }),
      'scan.pdf': await writeScanPdf(1),
    };
    const keys = Object.fromEntries(Object.keys(files).map((name) => [name, uniqueKey(name)]));
    const records = [];
    for (const [name, bytes] of Object.entries(files)) {
      records.push(await harness.uploadEvent(keys[name]!, bytes));
    }

    const response = await harness.handler(sqsEvent(records));

    expect(response.batchItemFailures).toEqual([]);
    const stored = (await harness.store.getSourceRecords(harness.bucket, keys['export.pdf']!))!;
    expect(stored.source).toMatchObject({ status: 'PARSED', format: 'nexis-uni' });
    const articles = stored.articles as ParsedStoredArticle[];
    expect(articles.map((article) => [article.documentIndex, article.headline, article.container])).toEqual([
      [1, 'Harbour ferry fares to rise in spring', { kind: 'pdf' }],
      [2, 'Library opens a seed exchange', { kind: 'pdf' }],
      [3, 'Council delays vote on the town-hall roof', { kind: 'pdf' }],
    ]);
    expect(articles[2]!.paragraphs[0]).toContain('the building committee asked for in May');
    const scan = (await harness.store.getSourceRecords(harness.bucket, keys['scan.pdf']!))!;
    expect(scan.source).toMatchObject({ status: 'REJECTED', reason: { code: 'NO_TEXT_LAYER' } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedStoredArticle } from '../../lambda/store/types';
import { nexisUniBlocks } from '../helpers/nexisUniExport';
import { s3EventBody, sqsEvent, sqsRecord } from '../helpers/sqsEvents';
import { type IngestHarness, startIngestHarness, uniqueKey } from '../helpers/startIngestHarness';
import { writeDocx } from '../helpers/writeDocx';
import { writeZip } from '../helpers/writeZip';
import { ENGLISH, GERMAN } from '../parser/nexisUniFixtures';

let harness: IngestHarness;
beforeAll(async () => {
  harness = await startIngestHarness();
});
afterAll(async () => {
  await harness?.stop();
});

describe('ingest of DOCX and ZIP uploads against the local servers', () => {
  it('stores one article per document of a Nexis Uni DOCX and of a ZIP of them', async () => {
    const docx = writeDocx(nexisUniBlocks(ENGLISH, { cover: true, language: 'en' }));
    const files: Record<string, Uint8Array> = {
      'export.docx': docx,
      'bundle.zip': writeZip([
        { name: 'b.docx', data: writeDocx(nexisUniBlocks(GERMAN, { cover: false, language: 'de' })) },
        { name: 'a.docx', data: docx },
      ]),
    };
    const keys = Object.fromEntries(Object.keys(files).map((name) => [name, uniqueKey(name)]));
    const records = [];
    for (const [name, bytes] of Object.entries(files)) {
      const object = await harness.upload(keys[name]!, bytes);
      records.push(
        sqsRecord(
          s3EventBody({
            bucket: harness.bucket,
            key: keys[name]!,
            sequencer: harness.nextSequencer(),
            ...object,
          }),
        ),
      );
    }

    const response = await harness.handler(sqsEvent(records));

    expect(response.batchItemFailures).toEqual([]);
    const docxRecords = (await harness.store.getSourceRecords(harness.bucket, keys['export.docx']!))!;
    expect(docxRecords.source).toMatchObject({ status: 'PARSED', format: 'nexis-uni' });
    const docxArticles = docxRecords.articles as ParsedStoredArticle[];
    expect(docxArticles.map((article) => article.headline)).toEqual([
      'Harbour ferry fares to rise in spring',
      'Library opens a seed exchange',
      'Council delays vote',
    ]);
    const zipRecords = (await harness.store.getSourceRecords(harness.bucket, keys['bundle.zip']!))!;
    expect(zipRecords.source).toMatchObject({ status: 'PARSED', format: 'nexis-uni' });
    const zipArticles = zipRecords.articles as ParsedStoredArticle[];
    expect(zipArticles.map((article) => [article.documentIndex, article.publishedDate])).toEqual([
      [1, '2019-07-01'],
      [2, '2019-07-02'],
      [3, '2019-07-03'],
      [4, '2012-02-27'],
      [5, '2011-08-31'],
    ]);
    expect(zipArticles[0]).toMatchObject({ container: { kind: 'zip', member: 'a.docx' } });
    expect(zipArticles[3]).toMatchObject({ container: { kind: 'zip', member: 'b.docx' } });
    expect(docxArticles[0]).toMatchObject({ container: { kind: 'docx' } });
  });

  it('stores the readable members of a ZIP one of whose members is corrupt, and rejects a ZIP with none', async () => {
    const docx = writeDocx(nexisUniBlocks(GERMAN, { cover: true, language: 'de' }));
    const mixed = uniqueKey('mixed.zip');
    const broken = uniqueKey('broken.zip');
    const records = [];
    for (const [key, bytes] of [
      [
        mixed,
        writeZip([
          { name: 'a-cut.docx', data: docx.subarray(0, 200) },
          { name: 'b.docx', data: docx },
        ]),
      ],
      [broken, writeZip([{ name: 'only.docx', data: docx.subarray(0, 200) }])],
    ] as const) {
      const object = await harness.upload(key, bytes);
      records.push(
        sqsRecord(
          s3EventBody({ bucket: harness.bucket, key, sequencer: harness.nextSequencer(), ...object }),
        ),
      );
    }

    const response = await harness.handler(sqsEvent(records));

    expect(response.batchItemFailures).toEqual([]);
    const read = (await harness.store.getSourceRecords(harness.bucket, mixed))!;
    expect(read.source).toMatchObject({ status: 'PARSED' });
    expect((read.articles as ParsedStoredArticle[]).map((a) => [a.documentIndex, a.headline])).toEqual([
      [1, 'Stadtwerke senken die Preise'],
      [2, 'Neue Brücke eröffnet'],
    ]);
    const rejected = (await harness.store.getSourceRecords(harness.bucket, broken))!;
    expect(rejected.source).toMatchObject({ status: 'REJECTED', reason: { code: 'CORRUPT_CONTAINER' } });
    expect(rejected.source.reason?.message).toContain('only.docx');
  });
});

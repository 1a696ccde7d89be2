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
      records.push(await harness.uploadEvent(keys[name]!, bytes));
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
      records.push(await harness.uploadEvent(key, bytes));
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

  it('records each member that could not be read on the source, and lists the source with the rejected ones', async () => {
    const docx = writeDocx(nexisUniBlocks(GERMAN, { cover: true, language: 'de' }));
    const partial = uniqueKey('partial.zip');
    const none = uniqueKey('none.zip');
    const uploads: [string, Uint8Array][] = [
      [
        partial,
        writeZip([
          { name: 'a-cut.docx', data: docx.subarray(0, 200) },
          { name: 'b.docx', data: docx },
          { name: 'c.pdf', data: '%PDF-1.7\n1 0 obj' },
          { name: 'd.txt', data: '' },
        ]),
      ],
      [
        none,
        writeZip([
          { name: 'x.docx', data: docx.subarray(0, 300) },
          { name: 'y.docx', data: 'locked', encrypted: true },
        ]),
      ],
    ];
    const records = [];
    for (const [key, bytes] of uploads) {
      records.push(await harness.uploadEvent(key, bytes));
    }

    const response = await harness.handler(sqsEvent(records));

    expect(response.batchItemFailures).toEqual([]);
    const parsed = (await harness.store.getSourceRecords(harness.bucket, partial))!;
    expect(parsed.source).toMatchObject({ status: 'PARSED', articleCount: 2, memberRejectionCount: 3 });
    expect(parsed.source.memberRejections.map((m) => [m.member, m.code])).toEqual([
      ['a-cut.docx', 'CORRUPT_CONTAINER'],
      ['c.pdf', 'CORRUPT_CONTAINER'],
      ['d.txt', 'EMPTY'],
    ]);
    for (const rejection of parsed.source.memberRejections) expect(rejection.message).not.toBe('');
    const allRejected = (await harness.store.getSourceRecords(harness.bucket, none))!;
    expect(allRejected.source).toMatchObject({ status: 'REJECTED', memberRejectionCount: 2 });
    expect(allRejected.source.memberRejections.map((m) => [m.member, m.code])).toEqual([
      ['x.docx', 'CORRUPT_CONTAINER'],
      ['y.docx', 'ENCRYPTED'],
    ]);
    expect(allRejected.source.reason?.message).toContain('x.docx');

    // Access pattern 5: both are among the rejected sources, with their members' reasons.
    const listed = await harness.store.sourcesByStatus('REJECTED', { limit: 100 });
    const byKey = new Map(listed.items.map((source) => [source.key, source]));
    expect(byKey.get(partial)).toMatchObject({ status: 'PARSED', memberRejectionCount: 3 });
    expect(byKey.get(none)).toMatchObject({ status: 'REJECTED', memberRejectionCount: 2 });

    // Uploaded again with every member readable: no member rejection survives, and it leaves the listing.
    const fixed = await harness.upload(
      partial,
      writeZip([
        { name: 'a-cut.docx', data: docx },
        { name: 'b.docx', data: docx },
      ]),
    );
    const again = await harness.handler(
      sqsEvent([
        sqsRecord(
          s3EventBody({
            bucket: harness.bucket,
            key: partial,
            sequencer: harness.nextSequencer(),
            ...fixed,
          }),
        ),
      ]),
    );
    expect(again.batchItemFailures).toEqual([]);
    const rewritten = (await harness.store.getSourceRecords(harness.bucket, partial))!;
    expect(rewritten.source).toMatchObject({
      status: 'PARSED',
      articleCount: 4,
      memberRejections: [],
      memberRejectionCount: 0,
    });
    const relisted = await harness.store.sourcesByStatus('REJECTED', { limit: 100 });
    expect(relisted.items.map((source) => source.key)).not.toContain(partial);
  });
});

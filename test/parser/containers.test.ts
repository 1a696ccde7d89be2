import { describe, expect, it } from 'vitest';
import { listZipEntries } from '../../lambda/parser/containers/listZipEntries';
import { collectEvents } from '../helpers/collectEvents';
import { nexisExport } from '../helpers/nexisExport';
import { nexisUniBlocks } from '../helpers/nexisUniExport';
import { documentXml, writeDocx } from '../helpers/writeDocx';
import { writeZip } from '../helpers/writeZip';
import { ENGLISH, FRENCH, GERMAN } from './nexisUniFixtures';

const english = writeDocx(nexisUniBlocks(ENGLISH, { cover: true, language: 'en' }));
const german = writeDocx(nexisUniBlocks(GERMAN, { cover: false, language: 'de' }));
const french = writeDocx(nexisUniBlocks(FRENCH, { cover: true, language: 'fr' }));
const classic = nexisExport([
  {
    publication: 'The Test Gazette',
    date: 'May 2, 2019 Thursday',
    headline: 'A classic export in a bundle',
    byline: 'By Ann Lee',
    paragraphs: ['One paragraph of text.', 'Two paragraphs of text.'],
  },
]);

async function rejectionOf(bytes: Uint8Array, options = {}) {
  const { events } = await collectEvents(bytes, options);
  // A ZIP's members' own reasons may come first; nothing else does.
  expect(events.slice(0, -1).every((e) => e.kind === 'member-rejected')).toBe(true);
  const event = events.at(-1);
  if (event?.kind !== 'rejected') throw new Error(`expected a rejection, got ${JSON.stringify(event)}`);
  return event.rejection;
}

describe('ZIP bundles', () => {
  it('reads members in name order, numbers documents across the upload, and names each member', async () => {
    const nested = writeZip([{ name: 'c-french.docx', data: french }]);
    const zip = writeZip([
      { name: 'z-classic.txt', data: classic },
      { name: 'b-german.docx', data: german },
      { name: 'nested.zip', data: nested },
      { name: 'a-english.docx', data: english },
      { name: '__MACOSX/._a-english.docx', data: 'resource fork' },
    ]);
    const { events, articles } = await collectEvents(zip);
    expect(events[0]).toMatchObject({ kind: 'file', format: 'nexis-uni', container: { kind: 'zip' } });
    expect(articles.map((a) => [a.documentIndex, a.container?.member, a.format])).toEqual([
      [1, 'a-english.docx', 'nexis-uni'],
      [2, 'a-english.docx', 'nexis-uni'],
      [3, 'a-english.docx', 'nexis-uni'],
      [4, 'b-german.docx', 'nexis-uni'],
      [5, 'b-german.docx', 'nexis-uni'],
      [6, 'nested.zip/c-french.docx', 'nexis-uni'],
      [7, 'z-classic.txt', 'nexis'],
    ]);
    expect(articles[6]).toMatchObject({
      headline: 'A classic export in a bundle',
      container: { kind: 'zip' },
    });
    const again = await collectEvents(zip);
    expect(again.articles.map((a) => a.contentHash)).toEqual(articles.map((a) => a.contentHash));
  });

  it('decodes member names from UTF-8 and from CP437', () => {
    const zip = writeZip([
      { name: 'Ärzte.txt', data: 'a' },
      { name: 'cp437', rawName: Uint8Array.of(0x8e, 0x72, 0x7a, 0x74, 0x2e, 0x74, 0x78, 0x74), data: 'b' },
    ]);
    expect(listZipEntries(zip, 10).map((entry) => entry.name)).toEqual(['Ärzt.txt', 'Ärzte.txt']);
  });

  it('reads the other members when one is unreadable, and says which failed and why', async () => {
    const zip = writeZip([
      { name: 'a.docx', data: english },
      { name: 'b.docx', data: english.subarray(0, english.length - 40) },
      { name: 'c.pdf', data: '%PDF-1.7\n1 0 obj' },
      { name: 'd.png', data: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0) },
      { name: 'e.docx', data: 'locked', encrypted: true },
    ]);
    const { events, articles } = await collectEvents(zip);
    expect(articles).toHaveLength(3);
    const failed = events.flatMap((e) =>
      e.kind === 'member-rejected' ? [[e.member, e.rejection.code]] : [],
    );
    expect(failed).toEqual([
      ['b.docx', 'CORRUPT_CONTAINER'],
      ['c.pdf', 'UNSUPPORTED_FORMAT'],
      ['d.png', 'UNSUPPORTED_FORMAT'],
      ['e.docx', 'ENCRYPTED'],
    ]);
    expect(events.findIndex((e) => e.kind === 'file')).toBe(0);
  });

  it('rejects an upload none of whose members can be read, naming the members', async () => {
    const rejection = await rejectionOf(writeZip([{ name: 'scan.pdf', data: '%PDF-1.4' }]));
    expect(rejection.code).toBe('UNSUPPORTED_FORMAT');
    expect(rejection.message).toContain('scan.pdf');
    // Each member's own reason comes first, so that ingest records it on the source.
    const { events } = await collectEvents(
      writeZip([
        { name: 'a.pdf', data: '%PDF-1.4' },
        { name: 'b.docx', data: english.subarray(0, 100) },
      ]),
    );
    expect(events.map((e) => (e.kind === 'member-rejected' ? `${e.kind} ${e.member}` : e.kind))).toEqual([
      'member-rejected a.pdf',
      'member-rejected b.docx',
      'rejected',
    ]);
  });

  it('reads one level of nesting, not two', async () => {
    const deep = writeZip([
      {
        name: 'outer.zip',
        data: writeZip([{ name: 'inner.zip', data: writeZip([{ name: 'x.docx', data: english }]) }]),
      },
    ]);
    const rejection = await rejectionOf(deep);
    expect(rejection.code).toBe('NESTED_TOO_DEEP');
    expect(rejection.message).toContain('outer.zip/inner.zip');
  });
});

describe('container caps', () => {
  const bomb = writeZip([{ name: 'zeros.txt', data: new Uint8Array(20_000_000) }]);

  it('refuses a member whose ratio is a zip bomb, counting what it inflates rather than what it claims', async () => {
    expect((await rejectionOf(bomb)).code).toBe('COMPRESSION_RATIO_TOO_HIGH');
    const liar = writeZip([{ name: 'zeros.txt', data: new Uint8Array(20_000_000), declaredSize: 10 }]);
    expect((await rejectionOf(liar)).code).toBe('COMPRESSION_RATIO_TOO_HIGH');
  });

  it('caps the total inflated across members, as configured', async () => {
    const zip = writeZip([
      { name: 'a.docx', data: english },
      { name: 'b.docx', data: english },
    ]);
    expect((await collectEvents(zip)).articles).toHaveLength(6);
    const rejection = await rejectionOf(zip, { maxInflatedBytes: english.length + 20_000 });
    expect(rejection.code).toBe('DECOMPRESSED_TOO_LARGE');
  });

  it('caps the member count, as configured', async () => {
    const zip = writeZip(Array.from({ length: 30 }, (_, i) => ({ name: `m${i}.txt`, data: classic })));
    expect((await rejectionOf(zip, { maxMembers: 20 })).code).toBe('TOO_MANY_MEMBERS');
    expect((await collectEvents(zip, { maxMembers: 30, enrich: false })).articles).toHaveLength(30);
  });

  it('counts the members of nested ZIPs against the same cap', async () => {
    const inner = writeZip(Array.from({ length: 8 }, (_, i) => ({ name: `m${i}.txt`, data: classic })));
    const zip = writeZip(Array.from({ length: 8 }, (_, i) => ({ name: `inner${i}.zip`, data: inner })));
    // Articles stream out before the cap is reached; the final rejection then rejects the whole upload.
    const { events } = await collectEvents(zip, { maxMembers: 20, enrich: false });
    expect(events.at(-1)).toMatchObject({ kind: 'rejected', rejection: { code: 'TOO_MANY_MEMBERS' } });
    expect((await collectEvents(zip, { maxMembers: 72, enrich: false })).articles).toHaveLength(64);
  });

  it('lets a ratio cap be raised for an unusual but honest file', async () => {
    const { events } = await collectEvents(bomb, { maxCompressionRatio: 100_000 });
    expect(events.at(-1)).toMatchObject({ kind: 'rejected', rejection: { code: 'BINARY' } });
  });
});

describe('DOCX rejections', () => {
  it.each([
    ['a truncated DOCX', english.subarray(0, english.length - 10), 'CORRUPT_CONTAINER'],
    ['a DOCX cut in half', english.subarray(0, english.length >> 1), 'CORRUPT_CONTAINER'],
    ['a DOCX with images only', writeDocx([[{ drawing: 'caption' }], []]), 'NO_TEXT'],
    [
      'a Word document that is not an export',
      writeDocx([['Dear committee,'], ['Please find the minutes.']]),
      'UNRECOGNIZED_LAYOUT',
    ],
    [
      'an XLSX',
      writeZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'xl/workbook.xml', data: '<w/>' },
      ]),
      'UNSUPPORTED_FORMAT',
    ],
    [
      'a PPTX',
      writeZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'ppt/presentation.xml', data: '<p/>' },
      ]),
      'UNSUPPORTED_FORMAT',
    ],
  ])('%s', async (_name, bytes, code) => {
    expect((await rejectionOf(bytes)).code).toBe(code);
  });

  it('a password-protected DOCX (an Office compound file holding EncryptedPackage)', async () => {
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(new TextEncoder().encode('E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0'), 1024);
    expect((await rejectionOf(cfb)).code).toBe('ENCRYPTED');
  });

  it('a DTD, which could expand entities, is refused, never read', async () => {
    const xml = documentXml([['Headline']]).replace(
      '<w:document',
      '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document',
    );
    const docx = writeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: xml },
    ]);
    const rejection = await rejectionOf(docx);
    expect(rejection).toMatchObject({ code: 'CORRUPT_CONTAINER' });
    expect(rejection.message).toContain('DTD');
  });
});

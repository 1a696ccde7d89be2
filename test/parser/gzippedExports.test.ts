// A vendor's export inside gzip is read as the same file uncompressed, never as one plain-text article.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../lambda/parser/parseFile';
import { FACTIVA_DOCUMENTS } from '../fixtures/factiva/factivaDocuments';
import { factivaText, factivaXml } from '../helpers/factivaExport';
import { nexisUniBlocks } from '../helpers/nexisUniExport';
import { proquestText } from '../helpers/proquestExport';
import { writeRtf } from '../helpers/writeRtf';
import { ENGLISH } from './nexisUniFixtures';
import { PROQUEST_DOCUMENTS } from './vendors/proquestFixtures';

const encode = (text: string | Uint8Array) =>
  typeof text === 'string' ? new TextEncoder().encode(text) : text;

describe('a gzip upload holding a vendor export', () => {
  it.each([
    ['a ProQuest text export', encode(proquestText(PROQUEST_DOCUMENTS)), 'proquest'],
    ['a Factiva XML export', encode(factivaXml(FACTIVA_DOCUMENTS)), 'factiva'],
    ['Factiva field-code text', encode(factivaText(FACTIVA_DOCUMENTS, 'en')), 'factiva'],
    ['a Nexis Uni RTF', writeRtf(nexisUniBlocks(ENGLISH, { cover: false, language: 'en' })), 'nexis-uni'],
  ])('reads %s as the uncompressed file, compressed: true', async (_, bytes, format) => {
    const plain = await parseFile(bytes);
    const zipped = await parseFile(gzipSync(bytes));
    expect(plain.ok && zipped.ok).toBe(true);
    if (!plain.ok || !zipped.ok) return;
    expect(plain.articles.length).toBeGreaterThan(1);
    expect(zipped).toMatchObject({ format, compressed: true });
    expect(plain.compressed).toBe(false);
    expect(zipped.articles).toEqual(plain.articles);
  });

  it('keeps reading a gzipped plain story as plain text', async () => {
    const zipped = await parseFile(gzipSync('Ferry fares rise\n\nThe ferry will cost more from May.\n'));
    expect(zipped).toMatchObject({ ok: true, format: 'plain', compressed: true });
  });

  it('names a gzip that inflates past the size limit', async () => {
    const bytes = encode(proquestText(PROQUEST_DOCUMENTS));
    const result = await parseFile(gzipSync(bytes), { maxBytes: bytes.length - 1 });
    expect(result).toMatchObject({ ok: false, rejection: { code: 'DECOMPRESSED_TOO_LARGE' } });
  });
});

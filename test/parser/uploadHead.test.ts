import { describe, expect, it } from 'vitest';
import { sniffFactiva } from '../../lambda/parser/factiva/sniffFactiva';
import { UploadHead } from '../../lambda/parser/UploadHead';
import { sniffVendor } from '../../lambda/parser/vendors/sniffVendor';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));

/** Invented uploads, one for each layout the two sniffers tell, and texts that only look a little like them. */
const UPLOADS: Record<string, Uint8Array> = {
  factivaText: utf8('HD\nHarbour toll rises\nWC\n312 words\nPD\n3 March 2021\nLP\nThe harbour board…\n'),
  factivaTextUtf16: utf16le('HD\nHarbour toll rises\nWC\n312 words\nPD\n3 March 2021\nTD\nThe board…\n'),
  factivaXml: utf8('<?xml version="1.0"?>\n<ppsarticle><accessionNo>X1</accessionNo></ppsarticle>'),
  email: utf8('From: desk@example.org\nMIME-Version: 1.0\nContent-Type: text/plain\n\nResults attached.\n'),
  emailAfterBom: utf8('\uFEFFSubject: results\nContent-Type: text/plain\n\nBody.\n'),
  notEmail: utf8('Note: the council met.\nIt voted.\n'),
  proquest: utf8(`${'_'.repeat(40)}\n\nFerry fares\n\nProQuest document ID: 123\n`),
  mediargus: utf8(
    '1. Havenbelasting stijgt\n\nHet Blad, woensdag 3 maart 2021, p. 7, 412w.\n\nDe haven verhoogt…\n',
  ),
  mediargusUpperCase: utf8('?12. Titel\n\nDe Krant, MAANDAG 1 maart 2021, P. 2, 90 W.\n'),
  plain: utf8('Harbour toll rises\n\nThe board voted on Tuesday, p. 4 of the minutes. It saw a new law.\n'),
  numberedPlain: utf8('1. First point\n2. Second point, page 3, 12 w.\n'),
  lessThan: utf8('Prices < 5 dollars\n\nThe HD screen sold out.\n'),
  empty: new Uint8Array(0),
};

describe('UploadHead', () => {
  it('gives the sniffers the answers they give for the bytes themselves, one view shared by both', () => {
    for (const [name, bytes] of Object.entries(UPLOADS)) {
      const head = new UploadHead(bytes);
      expect({ name, factiva: sniffFactiva(head), vendor: sniffVendor(head) }).toEqual({
        name,
        factiva: sniffFactiva(bytes),
        vendor: sniffVendor(bytes),
      });
    }
  });

  it('tells the layouts of the invented uploads', () => {
    expect(sniffFactiva(new UploadHead(UPLOADS.factivaText!))).toBe('text');
    expect(sniffFactiva(new UploadHead(UPLOADS.factivaTextUtf16!))).toBe('text');
    expect(sniffFactiva(new UploadHead(UPLOADS.factivaXml!))).toBe('xml');
    expect(sniffVendor(new UploadHead(UPLOADS.email!))).toBe('email');
    expect(sniffVendor(new UploadHead(UPLOADS.emailAfterBom!))).toBe('email');
    expect(sniffVendor(new UploadHead(UPLOADS.proquest!))).toBe('proquest-text');
    expect(sniffVendor(new UploadHead(UPLOADS.mediargus!))).toBe('mediargus-text');
    expect(sniffVendor(new UploadHead(UPLOADS.mediargusUpperCase!))).toBe('mediargus-text');
    for (const name of ['notEmail', 'plain', 'numberedPlain', 'lessThan', 'empty']) {
      const head = new UploadHead(UPLOADS[name]!);
      expect({ name, factiva: sniffFactiva(head), vendor: sniffVendor(head) }).toEqual({
        name,
        factiva: null,
        vendor: null,
      });
    }
  });

  it('answers holds() as the Latin-1 head does, before and after decoding it', () => {
    const head = new UploadHead(utf8('Caf\u00e9 < HD w. ___'));
    const markers = ['<', 'HD', 'w.', 'W.', '___', 'Caf\u00c3', 'zz'];
    const before = markers.map((marker) => head.holds(marker));
    expect(before).toEqual(markers.map((marker) => head.latin1.includes(marker)));
    expect(markers.map((marker) => head.holds(marker))).toEqual(before);
    expect(before).toEqual([true, true, true, false, true, true, false]);
  });

  it('reads no further than its first 64 KiB', () => {
    const late = new Uint8Array(70_000).fill(0x20);
    late.set(utf8('<accessionNo>'), 68_000);
    expect(new UploadHead(late).holds('<')).toBe(false);
    expect(new UploadHead(late).latin1).toHaveLength(65_536);
  });
});

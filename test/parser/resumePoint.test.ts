// A position's resume point lets a later slice start splitting a Nexis export where the checkpoint's
// document ended, without re-reading the text before it; a point that does not match the bytes is ignored.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  type ParseDocumentsOptions,
  type ParseEvent,
  type ParsePosition,
  parseDocuments,
} from '../../lambda/parser';

const encode = (text: string) => new TextEncoder().encode(text);

/** A Nexis export of `count` documents of about 1.2 KB each (several 32 KiB pieces), line ends `eol`. */
function bigExport(count: number, eol = '\n'): Uint8Array {
  const documents = Array.from({ length: count }, (_, at) => {
    const n = at + 1;
    const paragraphs = Array.from(
      { length: 6 },
      (_, p) =>
        `Paragraph ${p + 1} of story ${n}: the ferry crossed the bay at dawn and the harbor master counted the boats.`,
    );
    return [
      `                    ${n} of ${count} DOCUMENTS`,
      '',
      '                    The Ferry Gazette',
      '',
      '                    May 2, 2019 Thursday',
      '',
      `HEADLINE: Ferry story ${n}`,
      '',
      `BYLINE: By Ann Lee`,
      '',
      'BODY:',
      '',
      ...paragraphs.flatMap((paragraph) => [paragraph, '']),
      'LOAD-DATE: June 3, 2019',
      '',
    ].join(eol);
  });
  return encode(['Download Request: ferry', '', ...documents].join(eol));
}

async function eventsOf(bytes: Uint8Array, options?: ParseDocumentsOptions): Promise<ParseEvent[]> {
  const events: ParseEvent[] = [];
  for await (const event of parseDocuments(bytes, options)) events.push(event);
  return events;
}

const articlesOf = (events: ParseEvent[]) =>
  events.flatMap((event) => (event.kind === 'article' ? [event.article] : []));

function positionOf(events: ParseEvent[], documentIndex: number): ParsePosition {
  const event = events.find(
    (entry) => entry.kind === 'article' && entry.position.documentIndex === documentIndex,
  );
  if (event?.kind !== 'article') throw new Error(`no document ${documentIndex}`);
  return event.position;
}

/** The bytes with everything between document 2's separator and `until` overwritten (line ends kept out). */
function garbleBefore(bytes: Uint8Array, until: number): Uint8Array {
  const copy = bytes.slice();
  const from = Buffer.from(bytes).indexOf('2 of ');
  for (let i = from; i < until; i++) copy[i] = 0x78; // 'x': no separator, no line end
  return copy;
}

describe('resume points', () => {
  const EXPORT = bigExport(200);

  it('are given for documents past the first piece of a Nexis export, at a line start', async () => {
    const events = await eventsOf(EXPORT);
    expect(EXPORT.length).toBeGreaterThan(150_000);
    expect(positionOf(events, 1).resume).toBeUndefined();
    const { resume } = positionOf(events, 150);
    expect(resume).toMatchObject({ documents: expect.any(Number), line: expect.any(Number) });
    expect(resume!.byte).toBeGreaterThan(32_768);
    expect(resume!.documents).toBeLessThanOrEqual(150);
    expect(EXPORT[resume!.byte - 1]).toBe(0x0a);
  });

  it('resume where the point says, reading nothing before it: earlier bytes can be anything', async () => {
    const whole = await eventsOf(EXPORT);
    const position = positionOf(whole, 150);
    // Documents 2..~150 destroyed, separators included: only a parse that seeks still finds 151..200.
    const garbled = garbleBefore(EXPORT, position.resume!.byte - 64);

    const resumed = await eventsOf(garbled, { resumeAfter: position });

    expect(articlesOf(resumed)).toEqual(articlesOf(whole).slice(150));
    expect(
      resumed
        .filter((event) => event.kind === 'article')
        .map((event) => event.kind === 'article' && event.position.documentIndex),
    ).toEqual(Array.from({ length: 50 }, (_, at) => 151 + at));
    // Without the point the same bytes split from the start, and the numbering is lost.
    const resplit = await eventsOf(garbled, { resumeAfter: { documentIndex: 150 } });
    expect(articlesOf(resplit)).not.toEqual(articlesOf(whole).slice(150));
  });

  it('give the same articles as a re-split, with CRLF line ends and in a gzip upload too', async () => {
    for (const bytes of [bigExport(120, '\r\n'), gzipSync(bigExport(120))]) {
      const whole = await eventsOf(bytes);
      const position = positionOf(whole, 100);
      expect(position.resume).toBeDefined();
      const resumed = await eventsOf(bytes, { resumeAfter: position });
      expect(articlesOf(resumed)).toEqual(articlesOf(whole).slice(100));
      expect(articlesOf(await eventsOf(bytes, { resumeAfter: { documentIndex: 100 } }))).toEqual(
        articlesOf(resumed),
      );
    }
  });

  it('are ignored when they do not match the bytes, and the file is split from the start instead', async () => {
    const whole = await eventsOf(EXPORT);
    const position = positionOf(whole, 150);
    const resume = position.resume!;
    const later = articlesOf(whole).slice(150);
    const mismatched: ParsePosition['resume'][] = [
      { ...resume, check: '00000000' }, // another file, parser version or format
      { ...resume, byte: resume.byte + 1 }, // not a piece's start
      { ...resume, byte: EXPORT.length + 10 }, // past the end
      { ...resume, documents: 151 }, // a point of a later document than the one resumed after
    ];
    for (const point of mismatched) {
      const resumed = await eventsOf(EXPORT, { resumeAfter: { documentIndex: 150, resume: point } });
      expect(articlesOf(resumed)).toEqual(later);
    }
    // On bytes that differ before the point (another object), a stale point is not trusted either.
    const garbled = garbleBefore(EXPORT, resume.byte - 10);
    const stale = await eventsOf(garbled, { resumeAfter: position });
    expect(articlesOf(stale)).toEqual(
      articlesOf(await eventsOf(garbled, { resumeAfter: { documentIndex: 150 } })),
    );
  });
});

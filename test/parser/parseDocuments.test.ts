import { describe, expect, it, vi } from 'vitest';
import type { ParseDocumentsOptions, ParseEvent } from '../../lambda/parser';

// Counting enrichment calls shows which documents were finished: those before a resume point never are.
const { enrichArticle } = vi.hoisted(() => ({ enrichArticle: vi.fn() }));
vi.mock('../../lambda/enrichment/enrichArticle', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../lambda/enrichment/enrichArticle')>();
  enrichArticle.mockImplementation(original.enrichArticle);
  return { enrichArticle };
});

const { parseDocuments, parseFile, WARNINGS } = await import('../../lambda/parser');
const { readFixture } = await import('./readFixture');

/** The committed export: 12 sections, the 11th empty, so its articles are documents 1–10 and 12. */
const EXPORT = readFixture('test/fixtures/parser/nexis-export.txt');

async function eventsOf(bytes: Uint8Array, options?: ParseDocumentsOptions): Promise<ParseEvent[]> {
  const events: ParseEvent[] = [];
  for await (const event of parseDocuments(bytes, options)) events.push(event);
  return events;
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('parseDocuments', () => {
  it('yields the file first, then each article with its position, the same articles parseFile collects', async () => {
    const events = await eventsOf(EXPORT);
    expect(events[0]).toEqual({ kind: 'file', format: 'nexis', encoding: 'utf-8', compressed: false });
    const articles = events.slice(1);
    expect(articles.every((event) => event.kind === 'article')).toBe(true);
    const positions = articles.map((event) => (event.kind === 'article' ? event.position.documentIndex : 0));
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12]);
    const collected = await parseFile(EXPORT);
    expect(collected.ok && collected.articles).toEqual(
      articles.map((event) => (event.kind === 'article' ? event.article : null)),
    );
  });

  it('resumes after a position: only later documents, and those before it never enriched', async () => {
    enrichArticle.mockClear();
    const events = await eventsOf(EXPORT, { resumeAfter: { documentIndex: 9 } });
    expect(events.map((event) => event.kind)).toEqual(['file', 'article', 'article']);
    const positions = events.flatMap((event) =>
      event.kind === 'article' ? [event.position.documentIndex] : [],
    );
    expect(positions).toEqual([10, 12]);
    expect(enrichArticle).toHaveBeenCalledTimes(2);
    const whole = await eventsOf(EXPORT);
    expect(events.slice(1)).toEqual(whole.slice(-2));
  });

  it('announces the file when nothing follows the resume point, and rejects no article then', async () => {
    expect(await eventsOf(EXPORT, { resumeAfter: { documentIndex: 12 } })).toEqual([
      { kind: 'file', format: 'nexis', encoding: 'utf-8', compressed: false },
    ]);
    const plain = encode('Headline\n\nA body paragraph.');
    expect((await eventsOf(plain, { resumeAfter: { documentIndex: 1 } })).map((event) => event.kind)).toEqual(
      ['file'],
    );
  });

  it('gives a single rejection, and no file, for a file without an article', async () => {
    const events = await eventsOf(encode('1 of 2 DOCUMENTS\n\n2 of 2 DOCUMENTS\n'));
    expect(events).toEqual([
      { kind: 'rejected', rejection: expect.objectContaining({ code: 'NO_ARTICLE' }) },
    ]);
    expect(await eventsOf(new Uint8Array())).toEqual([
      { kind: 'rejected', rejection: expect.objectContaining({ code: 'EMPTY' }) },
    ]);
  });

  it('enriches only the start of a body of megabytes, and says so', async () => {
    enrichArticle.mockClear();
    const body = 'The council met again on Tuesday and argued. '.repeat(10_000);
    const [, event] = await eventsOf(encode(`Headline\n\n${body}`));
    if (event?.kind !== 'article') throw new Error('no article');
    const read = enrichArticle.mock.calls[0]![0].paragraphs.join(' ').length;
    expect(read).toBeLessThanOrEqual(200_000);
    expect(event.article.paragraphs[0]!.length).toBeGreaterThan(400_000);
    expect(event.article.warnings).toContain(WARNINGS.enrichmentTruncated(200_000));
    expect(event.article.readingTimeMinutes).toBe(Math.round(event.article.wordCount / 230));
  });
});

/** A Nexis export whose separators print `numbers[i] of total DOCUMENTS` (or `word` first), each document `body`. */
function numberedExport(
  numbers: readonly number[],
  total: number,
  options: { wordFirst?: boolean; lastBody?: string } = {},
): Uint8Array {
  const sections = numbers.map((number, position) => {
    const separator = options.wordFirst
      ? `Dokument ${number} von ${total}`
      : `${number} of ${total} DOCUMENTS`;
    const body =
      position === numbers.length - 1 && options.lastBody !== undefined
        ? options.lastBody
        : `Story ${number} about the ferry.`;
    return `                    ${separator}\n\n                    The Ferry Gazette\n\nHEADLINE: Ferry ${number}\n\nBODY:\n\n${body}\n\nLOAD-DATE: June 3, 2019\n`;
  });
  return encode(`Download Request: ferry\n\n${sections.join('\n')}`);
}

async function expectedOf(bytes: Uint8Array, options?: ParseDocumentsOptions): Promise<number | undefined> {
  const events = await eventsOf(bytes, options);
  const file = events.find((event) => event.kind === 'file');
  if (file?.kind !== 'file') throw new Error('no file event');
  return file.expectedDocuments;
}

describe('expectedDocuments: how many documents the export says it holds', () => {
  it('is the count of a whole export, from its first and last separators', async () => {
    expect(await expectedOf(numberedExport([1, 2, 3, 4], 4))).toBe(4);
    expect(await expectedOf(numberedExport([1, 2, 3], 3, { wordFirst: true }))).toBe(3);
  });

  it("is this file's share of a download cut into files, not the download's total", async () => {
    // The second file of a download of 5,000 given 500 at a time, here three documents long.
    expect(await expectedOf(numberedExport([501, 502, 503], 5000))).toBe(3);
  });

  it('is the rest of the download when the last separator is out of reach (a last document over 64 KiB)', async () => {
    const huge = 'A very long closing story about the ferry and its crossings. '.repeat(2_000);
    expect(await expectedOf(numberedExport([1, 2], 7, { lastBody: huge }))).toBe(7);
    expect(await expectedOf(numberedExport([5, 6], 7, { lastBody: huge }))).toBe(3);
  });

  it('is absent where the numbers say nothing plain: exports joined end to end, plain text', async () => {
    const joined = new Uint8Array([...numberedExport([1, 2], 2), ...numberedExport([1, 2, 3], 3)]);
    expect(await expectedOf(joined)).toBeUndefined();
    expect(await expectedOf(encode('Headline\n\nA body paragraph.'))).toBeUndefined();
  });

  it('comes with the file event of a resumed slice too', async () => {
    expect(await expectedOf(numberedExport([1, 2, 3, 4], 4), { resumeAfter: { documentIndex: 2 } })).toBe(4);
    expect(await expectedOf(numberedExport([1, 2, 3, 4], 4), { resumeAfter: { documentIndex: 4 } })).toBe(4);
  });
});

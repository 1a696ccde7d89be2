import { parseDocuments } from './parseDocuments';
import { parseEvents } from './parseEvents';
import { pickReader } from './pickReader';
import type { ParsedArticle, ParsedFileInfo, ParseEvent, ParseOptions, ParseResult } from './types';

/**
 * Parses the bytes of one uploaded file into all its articles at once: {@link parseDocuments}, collected
 * (from its synchronous core, {@link parseEvents}: no promise per event).
 * It never rejects its promise: a file that gives no article comes back as a rejection with a
 * machine-readable code and a message naming the reason. For a big upload, consume `parseDocuments`
 * instead: this holds every article of the file.
 *
 * @example
 * ```ts
 * const result = await parseFile(await readFile('seeds/000_90b2515fab799f03.txt'));
 * if (result.ok) console.log(result.articles[0]?.headline); // 'Milley: US may work with Taliban to hit ISIS'
 * else console.error(result.rejection.code, result.rejection.message);
 * ```
 */
export async function parseFile(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  let file: ParsedFileInfo | null = null;
  const articles: ParsedArticle[] = [];
  // Uploads a reader loaded on demand reads go through the asynchronous API; text stays synchronous.
  const events: Iterable<ParseEvent> | AsyncIterable<ParseEvent> =
    pickReader(bytes) !== null ? parseDocuments(bytes, options) : parseEvents(bytes, options);
  for await (const event of events) {
    if (event.kind === 'rejected') return { ok: false, rejection: event.rejection };
    if (event.kind === 'file')
      file = { format: event.format, encoding: event.encoding, compressed: event.compressed };
    else if (event.kind === 'article') articles.push(event.article);
  }
  // parseEvents without resumeAfter announces the file before its first article, or rejects it.
  if (file === null) throw new Error('parseDocuments ended without a file or a rejection');
  return { ok: true, ...file, articles };
}

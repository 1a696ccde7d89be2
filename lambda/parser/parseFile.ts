import { parseDocuments } from './parseDocuments';
import { parseEvents } from './parseEvents';
import { pickReader } from './pickReader';
import type {
  ParsedArticle,
  ParsedFileInfo,
  ParseEvent,
  ParseOptions,
  ParseResult,
  Rejection,
} from './types';

/** What parseFile has gathered of an upload's events. */
interface Collected {
  file: ParsedFileInfo | null;
  articles: ParsedArticle[];
  rejection: Rejection | null;
}

/** Takes one event; false once the upload is rejected (no later event counts). */
function collect(collected: Collected, event: ParseEvent): boolean {
  if (event.kind === 'rejected') {
    collected.rejection = event.rejection;
    return false;
  }
  if (event.kind === 'file')
    collected.file = { format: event.format, encoding: event.encoding, compressed: event.compressed };
  else if (event.kind === 'article') collected.articles.push(event.article);
  return true;
}

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
  const collected: Collected = { file: null, articles: [], rejection: null };
  // Uploads a reader loaded on demand reads go through the asynchronous API. Text is read synchronously:
  // `for await` over parseEvents would still make a promise, and wait a tick, for every article.
  if (pickReader(bytes) === null) {
    for (const event of parseEvents(bytes, options)) if (!collect(collected, event)) break;
  } else {
    for await (const event of parseDocuments(bytes, options)) if (!collect(collected, event)) break;
  }
  if (collected.rejection !== null) return { ok: false, rejection: collected.rejection };
  // parseEvents without resumeAfter announces the file before its first article, or rejects it.
  if (collected.file === null) throw new Error('parseDocuments ended without a file or a rejection');
  return { ok: true, ...collected.file, articles: collected.articles };
}

import { ParseRejectionError } from '../errors';
import { decodeHtml } from '../html/decodeHtml';
import { parseHtmlDocuments } from '../html/parseHtmlDocuments';
import { isProQuestHtml } from '../proquest/isProQuestHtml';
import type { ArticleContainer, ParseDocumentsOptions, ParseEvent, Rejection } from '../types';
import { readMime } from './readMime';

const CONTAINER: ArticleContainer = { kind: 'email' };

function toRejection(error: unknown): Rejection {
  if (error instanceof ParseRejectionError) return error.toRejection();
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'PARSER_ERROR', message: `The parser failed on this file: ${reason}.` };
}

/** The HTML part of a ProQuest results mail; throws the rejection of any other e-mail. */
function resultsHtml(bytes: Uint8Array): Uint8Array {
  const html = readMime(bytes);
  if (html === null)
    throw new ParseRejectionError(
      'UNRECOGNIZED_LAYOUT',
      'The file is an e-mail with no HTML part; the only e-mail the parser reads is a ProQuest results mail.',
    );
  if (!isProQuestHtml(decodeHtml(html.bytes).text))
    throw new ParseRejectionError(
      'UNRECOGNIZED_LAYOUT',
      'The file is an e-mail, but not a ProQuest results mail (its HTML part holds no ProQuest document); the parser reads no other e-mail.',
    );
  return html.bytes;
}

/**
 * Parses an e-mail (`.eml`) into the events of `parseDocuments`: a ProQuest results mail's HTML part
 * (found by `readMime`, quoted-printable or base64, forwarded or not) is read by the HTML layer and its
 * ProQuest reader, each article with `container: { kind: 'email' }`. Any other e-mail is rejected as an
 * e-mail (`UNRECOGNIZED_LAYOUT`), never read as plain text; a MIME bomb gets its cap's code.
 *
 * @example
 * ```ts
 * for await (const event of parseEmailDocuments(emlBytes, {})) console.log(event.kind);
 * ```
 */
export async function* parseEmailDocuments(
  bytes: Uint8Array,
  options: ParseDocumentsOptions,
): AsyncGenerator<ParseEvent, void, undefined> {
  let html: Uint8Array;
  try {
    html = resultsHtml(bytes);
  } catch (error) {
    yield { kind: 'rejected', rejection: toRejection(error) };
    return;
  }
  for await (const event of parseHtmlDocuments(html, options)) {
    if (event.kind === 'file') yield { ...event, container: CONTAINER };
    else if (event.kind === 'article')
      yield { ...event, article: { ...event.article, container: CONTAINER } };
    else yield event;
  }
}

import { parseDocuments } from '../../lambda/parser/parseDocuments';
import type { ParseDocumentsOptions, ParsedArticle, ParseEvent } from '../../lambda/parser/types';

/** Every event `parseDocuments` gives for `bytes`, and its articles apart. */
export async function collectEvents(
  bytes: Uint8Array,
  options: ParseDocumentsOptions = {},
): Promise<{ events: ParseEvent[]; articles: ParsedArticle[] }> {
  const events: ParseEvent[] = [];
  for await (const event of parseDocuments(bytes, options)) events.push(event);
  const articles = events.flatMap((event) => (event.kind === 'article' ? [event.article] : []));
  return { events, articles };
}

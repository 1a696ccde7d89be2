import { expect } from 'vitest';
import type { ParsedArticle, ParseEvent, RejectionCode } from '../../lambda/parser/types';

/**
 * Asserts the event contract of a reader that reads one file (no members): either one rejection with an
 * expected code, or `file` first and then only articles, their document numbers rising. Returns the articles,
 * for a caller's own checks on them.
 *
 * @example
 * ```ts
 * const articles = expectEventContract((await collectEvents(bytes)).events, new Set(['RTF_TOO_DEEP']));
 * ```
 */
export function expectEventContract(
  events: readonly ParseEvent[],
  expectedCodes: ReadonlySet<RejectionCode>,
): ParsedArticle[] {
  expect(events.length).toBeGreaterThan(0);
  const first = events[0]!;
  if (first.kind === 'rejected') {
    expect(events).toHaveLength(1);
    expect(expectedCodes.has(first.rejection.code), first.rejection.message).toBe(true);
    return [];
  }
  expect(first.kind).toBe('file');
  const articles: ParsedArticle[] = [];
  let last = 0;
  for (const event of events.slice(1)) {
    expect(event.kind).toBe('article');
    if (event.kind !== 'article') continue;
    expect(event.position.documentIndex).toBeGreaterThan(last);
    last = event.position.documentIndex;
    articles.push(event.article);
  }
  return articles;
}

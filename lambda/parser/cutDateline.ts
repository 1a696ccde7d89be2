import { splitDateline } from './splitDateline';
import type { ArticleBody } from './types';

/**
 * Cuts the dateline from the first of a body's paragraphs (in place), dropping that paragraph when
 * the dateline was all it held.
 *
 * @example
 * ```ts
 * cutDateline(['WASHINGTON — The Senate voted on Tuesday.']);
 * // { paragraphs: ['The Senate voted on Tuesday.'], dateline: 'WASHINGTON' }
 * ```
 */
export function cutDateline(paragraphs: string[]): ArticleBody {
  const first = paragraphs[0];
  if (first === undefined) return { paragraphs, dateline: null };
  const { dateline, paragraph } = splitDateline(first);
  if (paragraph === '') paragraphs.shift();
  else paragraphs[0] = paragraph;
  return { paragraphs, dateline };
}

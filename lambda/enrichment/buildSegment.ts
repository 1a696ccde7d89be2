import { splitSentences } from './splitSentences';
import { tokenize } from './tokenize';
import type { Segment } from './types';

const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

/**
 * Tokenizes one piece of the article (the headline, index -1, or a paragraph) and finds its sentences.
 * A piece counts as all capitals when at most 1 in 20 of its cased letters is lower case.
 *
 * @example
 * buildSegment(0, 'MILLEY SAID THE TALIBAN WERE RUTHLESS.').isAllCaps; // true
 */
export function buildSegment(index: number, text: string): Segment {
  const tokens = tokenize(text);
  const upper = text.match(UPPER)?.length ?? 0;
  const lower = text.match(LOWER)?.length ?? 0;
  const isAllCaps = upper >= 4 && lower * 20 <= upper + lower;
  return { index, text, tokens, isAllCaps, sentenceStarts: splitSentences(tokens, isAllCaps) };
}

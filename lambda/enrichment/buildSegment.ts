import { splitSentences } from './splitSentences';
import { tokenize } from './tokenize';
import type { Segment, Token } from './types';

/**
 * Tokenizes one piece of the article (the headline, index -1, or a paragraph) and finds its sentences.
 * A piece counts as all capitals when it has at least three words of two or more letters and at most 1 in
 * 20 of its words has a lower-case letter.
 *
 * @example
 * buildSegment(0, 'MILLEY SAID THE TALIBAN WERE RUTHLESS.').isAllCaps; // true
 */
export function buildSegment(index: number, text: string): Segment {
  const tokens = tokenize(text);
  const isAllCaps = isWrittenInCapitals(tokens);
  let wordCount = 0;
  for (const token of tokens) if (token.startsWord) wordCount += 1;
  return { index, text, tokens, isAllCaps, sentenceStarts: splitSentences(tokens, isAllCaps), wordCount };
}

function hasLowerCase(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) return true;
    if (code >= 0x80) return text !== text.toUpperCase();
  }
  return false;
}

function isWrittenInCapitals(tokens: readonly Token[]): boolean {
  let capitals = 0;
  let mixed = 0;
  for (const token of tokens) {
    if (!token.isWord) continue;
    if (hasLowerCase(token.text)) mixed += 1;
    // Equal to its lowercased form (the tokenizer's norm): no letters, as in `40`.
    else if (token.text.length >= 2 && token.text !== token.norm) capitals += 1;
  }
  return capitals >= 3 && mixed * 20 <= capitals + mixed;
}

import type { Token } from './types';

const TERMINATORS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['”', '"', "'", '’', ')', ']', '»']);
const OPENERS = new Set(['“', '"', "'", '‘', '(', '[', '«']);
const DIGIT_START = /^\p{N}/u;
/** Words that open sentences and rarely follow `U.S.` inside one (`…with the U.S. The talks…`). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  `the a an he she it they we i you but and or so yet in on at by for from to with after before when while if
  as this that these those there his her their its our my your meanwhile however still also then now since
  although though because once some many most both each all no not one two three`.split(/\s+/),
);

/** Abbreviations that can also be a sentence's last word (`…with the U.S.`, `…at 9 a.m.`). */
const ENDING_ABBREVIATION = /^(?:(?:\p{L}\.){2,}|etc\.|inc\.|co\.|corp\.|ltd\.|jr\.|sr\.)$/iu;

/**
 * Finds where the sentences of one paragraph start, as indexes into its tokens (the first is always 0).
 * A sentence ends at `.`, `!` or `?` (and the closing quotes after it) followed by a space and a capital,
 * a digit or an opening quote; `?` or `!` followed by a lower-case word (`"Why?" she asked.`) does not end one;
 * titles and initials (`Gen.`, `C.`) never do; `U.S.` does only before a common sentence opener (`The`, `He`).
 *
 * @example
 * const text = 'Gen. Mark Milley spoke. “Why?” he asked.';
 * splitSentences(tokenize(text), false); // [0, 5]
 */
export function splitSentences(tokens: Token[], isAllCaps: boolean): number[] {
  const starts: number[] = tokens.length > 0 ? [0] : [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const isTerminator = !token.isWord && TERMINATORS.has(token.text);
    const isEndingAbbreviation =
      token.isWord &&
      token.text.charCodeAt(token.text.length - 1) === 0x2e &&
      ENDING_ABBREVIATION.test(token.text);
    if (!isTerminator && !isEndingAbbreviation) continue;
    let last = index;
    while (isAdjacentCloser(tokens, last + 1)) last += 1;
    const next = tokens[last + 1];
    if (next === undefined || next.start === tokens[last]!.end) continue;
    const opensSentence = isEndingAbbreviation
      ? next.isCapitalized && SENTENCE_OPENERS.has(next.norm)
      : isAllCaps || next.isCapitalized || DIGIT_START.test(next.text) || OPENERS.has(next.text);
    if (opensSentence) {
      starts.push(last + 1);
      index = last;
    }
  }
  return starts;
}

function isAdjacentCloser(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && CLOSERS.has(token.text) && token.start === tokens[index - 1]!.end;
}

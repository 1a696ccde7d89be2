import { MAX_HEADER_LINE_CHARS } from './limits';

const DASH_BYLINE = /^[-–—]\s*(\S.*)$/;
const BY_BYLINE = /^by\s+\S/i;
/** Lower-case words a byline may hold between names. */
const CONNECTIVES = new Set([
  'and',
  'with',
  'of',
  'the',
  'for',
  'to',
  'de',
  'van',
  'von',
  'da',
  'la',
  'le',
  'del',
]);
const MAX_BYLINE_WORDS = 16;

/** Whether most words after `By` are capitalized, as names are, unlike `By the time the vote came…`. */
function readsLikeCredits(text: string): boolean {
  const words = text.split(/\s+/).slice(1);
  if (words.length === 0 || words.length > MAX_BYLINE_WORDS) return false;
  const lowerCase = words.filter(
    (word) => !/^[\p{Lu}\p{N}@]/u.test(word) && !CONNECTIVES.has(word.toLowerCase()),
  );
  return lowerCase.length === 0 || (lowerCase.length === 1 && lowerCase[0]!.includes('@'));
}

/**
 * The byline a header line holds, as printed without its leading dash (`- BY ROBERT BURNS` → `BY ROBERT
 * BURNS`, `— The Associated Press`, `By Jane Doe`); null when the line is no byline.
 *
 * @example
 * ```ts
 * readBylineLine('- BY ROBERT BURNS AND LOLITA C. BALDOR'); // 'BY ROBERT BURNS AND LOLITA C. BALDOR'
 * readBylineLine('By the time the vote came, the room had emptied.'); // null
 * ```
 */
export function readBylineLine(line: string): string | null {
  const text = line.trim();
  if (text.length < 3 || text.length > MAX_HEADER_LINE_CHARS) return null;
  const dashed = DASH_BYLINE.exec(text);
  if (dashed !== null) {
    const credit = dashed[1]!.trim();
    return credit.split(/\s+/).length <= MAX_BYLINE_WORDS && /^[\p{Lu}\p{N}]/u.test(credit) ? credit : null;
  }
  return BY_BYLINE.test(text) && readsLikeCredits(text) ? text.replace(/\s+/g, ' ') : null;
}

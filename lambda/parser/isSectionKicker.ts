/** A kicker is a label, not a sentence: a few words. */
const MAX_KICKER_WORDS = 5;
const MAX_KICKER_CHARS = 40;

/**
 * Whether a line is a section kicker or series label printed in capitals above a headline (`CITY`,
 * `NATION IN BRIEF`, `FARM & RANCH`): at most five words, no lower-case letter, no digit-only text,
 * no sentence's end. A kicker is never the headline.
 *
 * @example
 * ```ts
 * isSectionKicker('NATION IN BRIEF'); // true
 * isSectionKicker('Storm closes schools'); // false
 * ```
 */
export function isSectionKicker(line: string): boolean {
  const text = line.trim();
  if (text.length < 2 || text.length > MAX_KICKER_CHARS) return false;
  if (text.split(' ').length > MAX_KICKER_WORDS) return false;
  if (/\p{Ll}/u.test(text) || !/\p{Lu}.*\p{Lu}/u.test(text)) return false;
  return !/[.!?,;]$/.test(text);
}

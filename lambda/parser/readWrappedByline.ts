import { MAX_HEADER_LINE_CHARS } from './limits';

/** A name on a byline's wrapped line: two to five capitalized words (particles allowed). */
const NAME_LINE = /^\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|del|la|le)){1,4}$/u;

/**
 * A byline wrapped onto a second line of names (`By Ann Smith` / `Bob Jones`): the byline as printed
 * (lines joined with a space) and its lines, each read for people on its own, since the wrap separates
 * two people; null when the second line is not a name.
 *
 * @param byline The first line, already read as a byline (without its dash).
 * @example
 * ```ts
 * readWrappedByline('By Ann Smith', 'Bob Jones'); // { byline: 'By Ann Smith Bob Jones', lines: ['By Ann Smith', 'Bob Jones'] }
 * ```
 */
export function readWrappedByline(
  byline: string,
  second: string,
): { byline: string; lines: string[] } | null {
  const name = second.trim();
  if (name.length > MAX_HEADER_LINE_CHARS || !NAME_LINE.test(name)) return null;
  return { byline: `${byline} ${name}`, lines: [byline, name] };
}

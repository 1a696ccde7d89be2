import { MAX_HEADER_LINE_CHARS } from './limits';
import { matchNexisLabel } from './matchNexisLabel';
import { readWrappedByline } from './readWrappedByline';

/** Where a wrapped line cannot start a new credit: the line before ends in a connector or a comma. */
const ENDS_IN_CONNECTOR = /(?:\band|\bwith|&|,|;)\s*$/i;
const CREDIT_SEPARATORS = /\s+and\s+|\s+with\s+|\s*[;,&]\s*/i;
/** Wrapped lines looked at: a byline field of more lines is read as one text, as before. */
const MAX_BYLINE_LINES = 5;

/** Whether the text's last credit has two words or more, so a name was not cut at the wrap (`… and Colm` / `Padraig Doyle`). */
function endsWithWholeName(text: string): boolean {
  const credits = text.split(CREDIT_SEPARATORS);
  const last = (credits.length === 1 ? text.replace(/^(?:written\s+)?by\s+/i, '') : credits.at(-1)!).trim();
  return last.split(/\s+/).length >= 2;
}

/**
 * The text of a Nexis `BYLINE:` field for its authors, with a line wrap that separates people read as a
 * credit separator (`; `): `BYLINE: By Anneke Voss` / `Tomasz Reidel` → `By Anneke Voss; Tomasz Reidel`.
 * A wrapped line counts as a new credit when it is a name line (two to five capitalized words,
 * {@link readWrappedByline}) and the line before ends in a whole name, not in a connector or a comma
 * (there the wrap is inside the credit). Null when no wrap separates people: the field's joined text
 * stands, as printed (it is also the `byline`). Only a field printed once, on at most five lines.
 *
 * @param lines The document's lines; `ranges` the field's lines `[start, end)`, label line first.
 * @example
 * ```ts
 * nexisBylineCredits(['BYLINE: By Anneke Voss', 'Tomasz Reidel'], [[0, 2]]); // 'By Anneke Voss; Tomasz Reidel'
 * nexisBylineCredits(['BYLINE: By Ines Toller and', 'Wen Hsu'], [[0, 2]]); // null
 * ```
 */
export function nexisBylineCredits(
  lines: readonly string[],
  ranges: readonly (readonly [number, number])[] | undefined,
): string | null {
  if (ranges?.length !== 1) return null;
  const [start, end] = ranges[0]!;
  if (end - start < 2 || end - start > MAX_BYLINE_LINES) return null;
  const label = matchNexisLabel(lines[start]!);
  if (label === null) return null;
  let text = lines[start]!.slice(label.valueStart).trim();
  let separated = false;
  for (let i = start + 1; i < end; i++) {
    const line = lines[i]!.trim();
    if (line.length > MAX_HEADER_LINE_CHARS || text.length > MAX_HEADER_LINE_CHARS) return null;
    const newCredit =
      text !== '' &&
      !ENDS_IN_CONNECTOR.test(text) &&
      endsWithWholeName(text) &&
      readWrappedByline('', line) !== null;
    separated ||= newCredit;
    text = text === '' ? line : `${text}${newCredit ? '; ' : ' '}${line}`;
  }
  return separated ? text : null;
}

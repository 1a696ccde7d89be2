import { isNexisSeparator } from './isNexisSeparator';
import { readBylineLine } from './readBylineLine';
import { readPressReaderFooter } from './readPressReaderFooter';
import type { SourceFormat } from './types';

/** PressReader's byline stands after publication and headline, and perhaps a subheadline. */
const PRESSREADER_BYLINE_BLOCKS = [2, 3, 4];
/** Only the first lines are searched for a PressReader byline. */
const HEAD_LINES = 40;

/** Whether a dashed byline (`- BY …`) stands where PressReader puts it. */
function hasPressReaderByline(lines: readonly string[]): boolean {
  let block = -1;
  let previousBlank = true;
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    const line = lines[i]!.trim();
    if (line === '') {
      previousBlank = true;
      continue;
    }
    if (previousBlank) block++;
    previousBlank = false;
    if (PRESSREADER_BYLINE_BLOCKS.includes(block) && /^[-–—]/.test(line) && readBylineLine(line) !== null)
      return true;
  }
  return false;
}

/**
 * Tells the format from the text itself: a Nexis export has `N of M DOCUMENTS` lines, a PressReader
 * page has the `Newspapers in …`/`Newspapers from …` footer or a dashed byline after its headline,
 * anything else is plain text.
 *
 * @example
 * ```ts
 * detectFormat(['Albuquerque Journal', '', 'Headline', '', 'Body', '', 'Newspapers in English']); // 'pressreader'
 * ```
 */
export function detectFormat(lines: readonly string[]): SourceFormat {
  let pressReaderFooter = false;
  for (const line of lines) {
    if (isNexisSeparator(line)) return 'nexis';
    if (!pressReaderFooter && line.startsWith('Newspapers '))
      pressReaderFooter = readPressReaderFooter(line) !== null;
  }
  return pressReaderFooter || hasPressReaderByline(lines) ? 'pressreader' : 'plain';
}

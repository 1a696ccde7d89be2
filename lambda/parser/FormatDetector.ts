import { readBylineLine } from './readBylineLine';
import { readNexisSeparator } from './readNexisSeparator';
import { readPressReaderFooter } from './readPressReaderFooter';
import type { KnownSourceFormat, NexisSeparator } from './types';

/** PressReader's byline stands after publication and headline, and perhaps a subheadline. */
const PRESSREADER_BYLINE_BLOCKS = [2, 3, 4];
/** Only the first lines are searched for a PressReader byline. */
const HEAD_LINES = 40;

/** Whether a dashed byline (`- BY …`) stands where PressReader puts it. */
function hasPressReaderByline(lines: readonly string[]): boolean {
  let block = -1;
  let previousBlank = true;
  for (const untrimmed of lines) {
    const line = untrimmed.trim();
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
 * Tells the format from the text itself, fed line by line in batches so that no line need be kept: a
 * Nexis export has `N of M DOCUMENTS` lines, a PressReader page has the `Newspapers in …`/`Newspapers
 * from …` footer or a dashed byline after its headline, anything else is plain text.
 *
 * @example
 * ```ts
 * const detector = new FormatDetector();
 * detector.push(['Albuquerque Journal', '', 'Headline', '', 'Body', '', 'Newspapers in English']);
 * detector.format(); // 'pressreader'
 * ```
 */
export class FormatDetector {
  private nexis = false;
  /** The first Nexis separator's numbers, once seen. */
  private separator: NexisSeparator | null = null;
  private pressReaderFooter = false;
  /** The first lines, for the byline test. */
  private readonly head: string[] = [];

  /** Reads more lines; true once the format is settled as Nexis, when no later line can change it. */
  push(lines: readonly string[]): boolean {
    if (this.nexis) return true;
    for (let i = 0; i < lines.length && this.head.length < HEAD_LINES; i++) this.head.push(lines[i]!);
    for (const line of lines) {
      const separator = readNexisSeparator(line);
      if (separator !== null) {
        this.nexis = true;
        this.separator = separator;
        return true;
      }
      if (!this.pressReaderFooter && line.startsWith('Newspapers '))
        this.pressReaderFooter = readPressReaderFooter(line) !== null;
    }
    return false;
  }

  /** The numbers of a Nexis export's first separator (null for another format). */
  firstSeparator(): NexisSeparator | null {
    return this.separator;
  }

  /** The format of the lines read so far. */
  format(): KnownSourceFormat {
    if (this.nexis) return 'nexis';
    return this.pressReaderFooter || hasPressReaderByline(this.head) ? 'pressreader' : 'plain';
  }
}

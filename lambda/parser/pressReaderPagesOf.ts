import { isPageFurniture } from './isPageFurniture';
import { readPressReaderFooter } from './readPressReaderFooter';
import type { PressReaderPage } from './types';

function newPage(documentIndex: number, firstLine: number): PressReaderPage {
  return { documentIndex, firstLine, lines: [], blockStarts: [], blockEnds: [], footers: [] };
}

/**
 * Splits PressReader text, read in batches of lines, into its pages one at a time, one article each: a
 * page ends with its footer lines, so a file of several pages pasted together gives several articles.
 * Footer and furniture lines are left out of the blocks. A block is kept as where its lines start and
 * end, not as an array of its lines: an array per block (and copies of the block list) on a page of
 * 200,000 one-line blocks made the parse of 8 MB cost 2.6 times as much per MB as that of 1 MB, all of
 * it garbage collection and fresh memory. Only the page in hand is held.
 *
 * @example
 * ```ts
 * const [page] = pressReaderPagesOf([['Albuquerque Journal', 'Headline', '', 'Body.', 'Newspapers in English']]);
 * page?.blockStarts; // [0, 1, 3]
 * ```
 */
export function* pressReaderPagesOf(
  batches: Iterable<readonly string[]>,
): Generator<PressReaderPage, void, undefined> {
  let page = newPage(1, 0);
  let inBlock = false;
  let lineNumber = -1;
  for (const batch of batches) {
    for (const untrimmed of batch) {
      lineNumber++;
      const line = untrimmed.trim();
      const footer = line === '' ? null : readPressReaderFooter(line);
      if (footer !== null || line === '' || isPageFurniture(line)) {
        if (footer !== null) page.footers.push(footer);
        page.lines.push(untrimmed);
        inBlock = false;
        continue;
      }
      if (page.footers.length > 0) {
        yield page;
        page = newPage(page.documentIndex + 1, lineNumber);
        inBlock = false;
      }
      const { blockStarts, blockEnds, lines } = page;
      const i = lines.length;
      lines.push(untrimmed);
      // The publication is one line; a headline that follows without a blank line is a block of its own.
      if (inBlock && !(blockStarts.length === 1 && blockEnds[0]! - blockStarts[0]! === 1)) {
        blockEnds[blockEnds.length - 1] = i + 1;
      } else {
        blockStarts.push(i);
        blockEnds.push(i + 1);
      }
      inBlock = true;
    }
  }
  if (page.blockStarts.length > 0) yield page;
}

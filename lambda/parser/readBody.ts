import { collapseSpaces } from './collapseSpaces';
import { cutDateline } from './cutDateline';
import { joinBlock } from './joinBlock';
import type { ArticleBody } from './types';

/**
 * Turns the body's blocks into paragraphs (hard wraps joined) and cuts the dateline from the first.
 * The blocks' lines are trimmed and never blank, as `splitBlocks` gives them.
 *
 * @param transform Applied to each paragraph before the dateline is looked for (Nexis decodes entities).
 * @example
 * ```ts
 * readBody([['WASHINGTON — The Senate voted', 'on Tuesday.']]);
 * // { paragraphs: ['The Senate voted on Tuesday.'], dateline: 'WASHINGTON' }
 * ```
 */
export function readBody(
  blocks: readonly (readonly string[])[],
  transform?: (text: string) => string,
): ArticleBody {
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const joined = joinBlock(block);
    const transformed = transform ? transform(joined) : joined;
    // Trimmed lines joined are trimmed, with single spaces: only a change by the transform needs tidying.
    const paragraph = transformed === joined ? joined : collapseSpaces(transformed);
    if (paragraph !== '') paragraphs.push(paragraph);
  }
  return cutDateline(paragraphs);
}

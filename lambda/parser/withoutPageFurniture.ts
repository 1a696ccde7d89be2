import { isPageFurniture } from './isPageFurniture';

/**
 * A block's lines without page furniture (copyright lines and the like). The block itself comes back
 * when it holds none, as nearly every block does: a copy per block was hundreds of thousands of
 * short-lived arrays on a file of one-line paragraphs, and the young-generation collections they
 * cause grow faster than the file.
 *
 * @example
 * ```ts
 * withoutPageFurniture(['Text.', 'All Rights Reserved']); // ['Text.']
 * ```
 */
export function withoutPageFurniture(block: readonly string[]): readonly string[] {
  return block.some(isPageFurniture) ? block.filter((line) => !isPageFurniture(line)) : block;
}

/**
 * Groups the lines `[start, end)` into blocks of consecutive non-blank lines, each line trimmed: the
 * paragraphs and header elements of every format are separated by blank lines. Lines that `isNoise`
 * accepts (page furniture) are dropped like blank lines.
 *
 * @example
 * ```ts
 * splitBlocks(['Title', '', 'One', 'two', ''], 0, 5); // [['Title'], ['One', 'two']]
 * ```
 */
export function splitBlocks(
  lines: readonly string[],
  start: number,
  end: number,
  isNoise?: (line: string) => boolean,
): string[][] {
  const blocks: string[][] = [];
  let current: string[] | null = null;
  for (let i = start; i < end; i++) {
    const line = lines[i]!.trim();
    if (line === '' || isNoise?.(line)) {
      current = null;
    } else if (current === null) {
      current = [line];
      blocks.push(current);
    } else {
      current.push(line);
    }
  }
  return blocks;
}

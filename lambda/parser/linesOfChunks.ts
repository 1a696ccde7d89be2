import { splitLines } from './splitLines';

/**
 * Splits text given in pieces (each but the last ending at a line end, as {@link decodeChunks} cuts
 * them) into its lines: the same lines as {@link splitLines} of the joined text, without joining it.
 *
 * @example
 * ```ts
 * linesOfChunks(['a\r\nb\n', 'c\rd']); // ['a', 'b', 'c', 'd']
 * ```
 */
export function linesOfChunks(chunks: readonly string[]): string[] {
  if (chunks.length === 1) return splitLines(chunks[0]!);
  const lines: string[] = [];
  for (let c = 0; c < chunks.length; c++) {
    const pieces = splitLines(chunks[c]!);
    // A piece ends at a line end, so its split ends with '' that is no line of the text: the next piece starts the next line.
    const count = c === chunks.length - 1 ? pieces.length : pieces.length - 1;
    for (let i = 0; i < count; i++) lines.push(pieces[i]!);
  }
  return lines;
}

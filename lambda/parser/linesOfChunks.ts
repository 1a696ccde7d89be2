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
  const pieces = chunks.map((chunk) => splitLines(chunk));
  // A piece ends at a line end, so its split ends with '' that is no line of the text: the next piece starts the next line.
  for (let c = 0; c < pieces.length - 1; c++) pieces[c]!.pop();
  // One native concat allocates the result once; pushing line by line regrows it on hundreds of thousands of lines.
  return ([] as string[]).concat(...pieces);
}

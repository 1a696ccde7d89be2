import type { ProvenanceRecorder } from './ProvenanceRecorder';
import type { ArticleBody, LineRole } from './types';

const SEPARATOR = /^\s*(?:_{3,}|-{2,}|[—–]{1,3})\s*$/;
const COPYRIGHT = /copyright|©|\(c\)\s*\d{4}|rights reserved/i;

/** The role of a line `withoutTrailingFurniture` cut: after a rule, what follows is a factbox. */
function trailingRole(text: string, afterRule: boolean): LineRole {
  if (SEPARATOR.test(text)) return 'separator';
  if (COPYRIGHT.test(text)) return 'copyright';
  return afterRule ? 'factbox' : 'furniture';
}

/**
 * Records a body's paragraphs and its dateline: `ranges[2p]` and `ranges[2p + 1]` are the document lines
 * `[start, end)` of paragraph `p` as read (flat, not a pair a paragraph: a body of 800,000 short
 * paragraphs held 50 MB of pairs; `[start, end]` pairs are still taken), `countBefore` how many of them stayed in the story (after `withoutTrailingFurniture`, before
 * {@link cutDateline} ran). A dateline that was all its paragraph held takes that paragraph's lines;
 * otherwise it is the first line of the first paragraph. The paragraphs past `countBefore` were cut as
 * trailing furniture: their lines are marked `separator`, `copyright`, `factbox` (after a rule) or
 * `furniture`, read from `textOf` (the text of a document line, or of the paragraph `i` it is in) when given.
 *
 * @example
 * ```ts
 * const kept = withoutTrailingFurniture(paragraphs); // 4 paragraphs read from [4, 6), [7, 8), [9, 12), [13, 14)
 * const count = kept.length; // 3: the copyright line went
 * recordBody(recorder, [4, 6, 7, 8, 9, 12, 13, 14], count, cutDateline(kept), (line) => lines[line]!);
 * ```
 */
export function recordBody(
  recorder: ProvenanceRecorder,
  ranges: readonly number[] | readonly (readonly [number, number])[],
  countBefore: number,
  body: ArticleBody,
  textOf?: (line: number, paragraph: number) => string,
): void {
  let afterRule = false;
  // Pairs are still taken (a reader written before the flat form), copied flat: they are few.
  const flat: readonly number[] =
    ranges.length > 0 && typeof ranges[0] !== 'number'
      ? (ranges as readonly (readonly [number, number])[]).flat()
      : (ranges as readonly number[]);
  const count = flat.length >> 1;
  for (let i = 0; i < count; i++) {
    const start = flat[2 * i]!;
    const end = flat[2 * i + 1]!;
    if (i < countBefore) {
      recorder.paragraphLines(start, end);
      continue;
    }
    for (let line = start; line < end; line++) {
      const text = textOf?.(line, i) ?? '';
      const role = trailingRole(text, afterRule);
      if (role === 'separator') afterRule = true;
      recorder.mark(line, role);
    }
  }
  if (body.dateline === null || count === 0 || countBefore === 0) return;
  const firstStart = flat[0]!;
  if (body.paragraphs.length < countBefore) {
    recorder.dropFirstParagraph();
    recorder.field('dateline', firstStart, flat[1]!, 'dateline');
  } else recorder.field('dateline', firstStart, firstStart + 1);
}

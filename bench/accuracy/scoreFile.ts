import { fieldMatches } from './fieldMatches';
import { normalizeValue } from './normalizeValue';
import { type FieldOutcome, type FileOutcome, KEY_FIELDS, type ScoreBucket } from './types';

/** Null, or a list with nothing in it: the key says there is nothing there. */
function bucketOf(expected: unknown): ScoreBucket {
  const value = normalizeValue(expected);
  return value === null || (Array.isArray(value) && value.length === 0) ? 'null' : 'valued';
}

/**
 * Scores every field an answer key states for every document of one file: a field left out of the key is
 * not scored; a document the parser did not give (or a rejected file) is wrong in every field it states.
 * Pure: the parse is done before.
 *
 * @example
 * ```ts
 * const outcomes = scoreFile(await parseLabelledFile(labelled));
 * outcomes.filter((outcome) => !outcome.correct); // what the parser got wrong, with both values
 * ```
 */
export function scoreFile(outcome: FileOutcome): FieldOutcome[] {
  const { key } = outcome;
  const scored: FieldOutcome[] = [];
  for (const document of key.documents) {
    const actual = outcome.articles.get(document.documentIndex);
    for (const field of KEY_FIELDS) {
      if (!Object.hasOwn(document.expected, field)) continue;
      const expected = document.expected[field];
      const value = actual === undefined ? undefined : actual[field];
      scored.push({
        set: outcome.set,
        file: key.file,
        format: key.format,
        documentIndex: document.documentIndex,
        classes: document.classes,
        field,
        bucket: bucketOf(expected),
        correct: fieldMatches(expected, value),
        expected,
        actual: value,
      });
    }
  }
  return scored;
}

import type { KnownSourceFormat } from '../../lambda/parser/types';
import { scoreFile } from './scoreFile';
import type { AccuracySummary, DocumentCounts, FieldOutcome, FileOutcome, SplitTally, Tally } from './types';

const tally = (correct: number, total: number): Tally => ({
  correct,
  total,
  accuracy: total === 0 ? null : Number((correct / total).toFixed(4)),
});

function split(outcomes: readonly FieldOutcome[]): SplitTally {
  const of = (bucket: FieldOutcome['bucket']) => {
    const inBucket = outcomes.filter((outcome) => outcome.bucket === bucket);
    return tally(inBucket.filter((outcome) => outcome.correct).length, inBucket.length);
  };
  return { valued: of('valued'), null: of('null') };
}

function groupBy<K extends string>(
  outcomes: readonly FieldOutcome[],
  keysOf: (outcome: FieldOutcome) => readonly K[],
) {
  const groups = new Map<K, FieldOutcome[]>();
  for (const outcome of outcomes) {
    for (const key of keysOf(outcome)) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [outcome]);
      else group.push(outcome);
    }
  }
  return groups;
}

function countDocuments(files: readonly FileOutcome[], outcomes: readonly FieldOutcome[]): DocumentCounts {
  let keyed = 0;
  let found = 0;
  let extra = 0;
  const wrong = new Set(
    outcomes
      .filter((outcome) => !outcome.correct)
      .map((outcome) => `${outcome.set}/${outcome.file}#${outcome.documentIndex}`),
  );
  let allRight = 0;
  for (const file of files) {
    for (const index of file.articles.keys()) {
      if (
        file.key.documents.some((document) => document.documentIndex === index) &&
        !wrong.has(`${file.set}/${file.key.file}#${index}`)
      )
        allRight++;
    }
    const indexes = new Set(file.key.documents.map((document) => document.documentIndex));
    keyed += indexes.size;
    found += [...indexes].filter((index) => file.articles.has(index)).length;
    extra += [...file.articles.keys()].filter((index) => !indexes.has(index)).length;
  }
  return { keyed, found, missing: keyed - found, extra, allRight };
}

/**
 * The accuracy of the parser on labelled files: valued and null fields apart, overall, by field, by
 * format and by error class, with the documents it found, missed, or gave beyond the keys. Pure.
 *
 * @example
 * ```ts
 * const files = await Promise.all((await readLabelledSet('heldApart')).map(parseLabelledFile));
 * const summary = summarizeAccuracy(files);
 * summary.valued.accuracy; // share of stated values the parser got right
 * summary.byField.headline?.null; // how often it rightly gave no headline
 * ```
 */
export function summarizeAccuracy(files: readonly FileOutcome[]): AccuracySummary {
  const outcomes = files.flatMap(scoreFile);
  const byField: AccuracySummary['byField'] = {};
  for (const [field, group] of groupBy(outcomes, (outcome) => [outcome.field])) byField[field] = split(group);
  const byFormat: AccuracySummary['byFormat'] = {};
  for (const [format, group] of groupBy(outcomes, (outcome) => [outcome.format])) {
    const ofFormat = files.filter((file) => file.key.format === format);
    byFormat[format as KnownSourceFormat] = { ...split(group), documents: countDocuments(ofFormat, group) };
  }
  const byClass: AccuracySummary['byClass'] = {};
  for (const [name, group] of [...groupBy(outcomes, (outcome) => outcome.classes)].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    byClass[name] = split(group);
  }
  return { ...split(outcomes), documents: countDocuments(files, outcomes), byField, byFormat, byClass };
}

/**
 * The parser's accuracy on the labelled fixtures of test/fixtures/accuracy: every answer key of every set,
 * per field, per format and per error class, fields the key gives a value apart from fields it says are
 * null. The held-apart sets (keys written and committed before the code that reads them, pinned by hash)
 * are reported on their own: that is the figure to believe. Written to latest.json as `parser.accuracy`.
 */
import { hashFixtureSet } from './accuracy/hashFixtureSet';
import { listLabelledSets } from './accuracy/listLabelledSets';
import { parseLabelledFile } from './accuracy/parseLabelledFile';
import { ACCURACY_FIXTURES, readLabelledSet } from './accuracy/readLabelledSet';
import { summarizeAccuracy } from './accuracy/summarizeAccuracy';
import { type DocumentCounts, KEY_FIELDS, type SplitTally, type Tally } from './accuracy/types';
import type { BenchRow, BenchSuite } from './run';

async function parseSets(sets: readonly string[]) {
  const files = (await Promise.all(sets.map((set) => readLabelledSet(set)))).flat();
  return Promise.all(files.map(parseLabelledFile));
}

const show = (tally: Tally) =>
  tally.accuracy === null
    ? 'n/a'
    : `${(tally.accuracy * 100).toFixed(1)} % (${tally.correct}/${tally.total})`;
const rowsOf = (label: string, split: SplitTally, note?: string): BenchRow[] => [
  { metric: `${label} valued`, value: show(split.valued), note },
  { metric: `${label} null`, value: show(split.null) },
];

const suite: BenchSuite = {
  name: 'accuracy',
  resultsKey: 'parser.accuracy',
  description: 'parser accuracy on the labelled fixtures (valued fields apart from null ones)',
  async run() {
    const sets = await listLabelledSets();
    const heldApartBySet = await Promise.all(sets.heldApart.map((set) => parseSets([set])));
    const heldApartFiles = heldApartBySet.flat();
    const setFigures = Object.fromEntries(
      sets.heldApart.map((set, i) => {
        const summary = summarizeAccuracy(heldApartBySet[i]!);
        return [set, { valued: summary.valued, null: summary.null, documents: summary.documents }];
      }),
    );
    const developmentFiles = await parseSets(sets.development);
    const all = summarizeAccuracy([...heldApartFiles, ...developmentFiles]);
    const heldApart = summarizeAccuracy(heldApartFiles);
    const development = summarizeAccuracy(developmentFiles);
    const share = Number((heldApart.documents.keyed / all.documents.keyed).toFixed(4));
    const figures = {
      valued: all.valued,
      null: all.null,
      documents: all.documents,
      byField: all.byField,
      byFormat: all.byFormat,
      byClass: all.byClass,
      heldApart: {
        valued: heldApart.valued,
        null: heldApart.null,
        documents: heldApart.documents,
        /** The share of answer keys written before the code that reads them: held-apart documents ÷ all. */
        shareOfKeysWrittenBeforeCode: share,
        /** Each held-apart set's hash, as its pin test has it. */
        sha256: Object.fromEntries(
          await Promise.all(
            sets.heldApart.map(async (set) => [set, await hashFixtureSet(`${ACCURACY_FIXTURES}${set}/`)]),
          ),
        ),
        sets: sets.heldApart,
        /** Each held-apart set on its own (`heldApartVendors`: the other vendors' keys). */
        bySet: setFigures,
        byField: heldApart.byField,
        byFormat: heldApart.byFormat,
        byClass: heldApart.byClass,
      },
      development: {
        valued: development.valued,
        null: development.null,
        documents: development.documents,
        sets: sets.development,
      },
    };
    const allRight = (counts: DocumentCounts) =>
      `${((counts.allRight / counts.keyed) * 100).toFixed(1)} % (${counts.allRight}/${counts.keyed})`;
    const rows: BenchRow[] = [
      {
        metric: 'heldApart documents all right',
        value: allRight(heldApart.documents),
        note: 'every stated field right',
      },
      { metric: 'all documents all right', value: allRight(all.documents) },
      ...Object.entries(setFigures).flatMap(([set, figures]) => [
        {
          metric: `set ${set} documents all right`,
          value: allRight(figures.documents),
          note: `${figures.documents.found}/${figures.documents.keyed} found`,
        },
        ...rowsOf(`set ${set}`, figures),
      ]),
      ...rowsOf('heldApart', heldApart, `${heldApart.documents.keyed} documents, the figure to believe`),
      ...rowsOf('development', development, `${development.documents.keyed} documents, tuned to`),
      ...rowsOf('all', all, `held apart ${(share * 100).toFixed(1)} % of ${all.documents.keyed} documents`),
      ...Object.entries(all.byFormat).flatMap(([format, split]) =>
        rowsOf(format, split, `${split.documents.found}/${split.documents.keyed} documents found`),
      ),
      // Each format's held-apart share on its own: a format whose development set scores 100 % is judged here.
      ...Object.entries(heldApart.byFormat).flatMap(([format, split]) =>
        rowsOf(
          `heldApart ${format}`,
          split,
          `${split.documents.allRight}/${split.documents.keyed} documents all right, ${split.documents.found} found`,
        ),
      ),
      ...KEY_FIELDS.flatMap((field) => {
        const split = all.byField[field];
        return split === undefined ? [] : rowsOf(field, split);
      }),
    ];
    return { figures, rows };
  },
};

export default suite;

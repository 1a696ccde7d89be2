/**
 * The parser's accuracy on the labelled fixtures of test/fixtures/accuracy: every answer key, per field
 * and per format, fields the key gives a value apart from fields it says are null. The held-apart share
 * (keys written and committed before the code that reads them, pinned by hash) is reported on its own:
 * it is the figure to believe. Written to latest.json as `parser.accuracy`.
 */
import { hashFixtureSet } from './accuracy/hashFixtureSet';
import { parseLabelledFile } from './accuracy/parseLabelledFile';
import { ACCURACY_FIXTURES, readLabelledSet } from './accuracy/readLabelledSet';
import { summarizeAccuracy } from './accuracy/summarizeAccuracy';
import { type DocumentCounts, KEY_FIELDS, type SplitTally, type Tally } from './accuracy/types';
import type { BenchRow, BenchSuite } from './run';

/** The held-apart share: never tuned to. */
const HELD_APART = 'heldApart';
/** Keys that rule writers may tune to. */
const DEVELOPMENT = 'development';

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
    const heldApartFiles = await Promise.all((await readLabelledSet(HELD_APART)).map(parseLabelledFile));
    const developmentFiles = await Promise.all((await readLabelledSet(DEVELOPMENT)).map(parseLabelledFile));
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
        sha256: await hashFixtureSet(`${ACCURACY_FIXTURES}${HELD_APART}/`),
        byField: heldApart.byField,
        byFormat: heldApart.byFormat,
        byClass: heldApart.byClass,
      },
      development: { valued: development.valued, null: development.null, documents: development.documents },
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
      ...rowsOf('heldApart', heldApart, `${heldApart.documents.keyed} documents, the figure to believe`),
      ...rowsOf('development', development, `${development.documents.keyed} documents, tuned to`),
      ...rowsOf('all', all, `held apart ${(share * 100).toFixed(1)} % of ${all.documents.keyed} documents`),
      ...Object.entries(all.byFormat).flatMap(([format, split]) =>
        rowsOf(format, split, `${split.documents.found}/${split.documents.keyed} documents found`),
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

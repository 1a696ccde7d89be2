import { decodeHtml } from '../../lambda/parser/html/decodeHtml';
import { htmlText } from '../../lambda/parser/html/htmlText';
import { type ClassicBlock, classicNexisHtml } from '../../test/helpers/classicNexisExport';
import { cpuMs } from '../support/cpuMs';
import { parseEveryDocument } from '../support/parseEveryDocument';

const MB = 1_000_000;
const RUNS = 5;
const DOCUMENTS = 1_000;
const WORDS = [
  'harbour',
  'council',
  'ferry',
  'budget',
  'library',
  'school',
  'market',
  'bridge',
  'vote',
  'river',
];

/** An invented document of about 3 KB of text, varied by `n`, as the classic export's blocks. */
function documentNumber(n: number): ClassicBlock[] {
  const word = (i: number) => WORDS[(n * 7 + i * 3) % WORDS.length]!;
  const paragraphs = Array.from({ length: 12 }, (_, p) => ({
    lines: [
      `The ${word(p)} plan number ${n}-${p} was discussed on Monday, and the ${word(p + 1)} committee said it would report back to the ${word(p + 2)} board before the end of the month, officials said.`,
    ],
  }));
  return [
    { centred: `${n} of ${DOCUMENTS} DOCUMENTS` },
    { centred: 'Copyright 2014 Invented Media Ltd.' },
    { centred: 'The Invented Gazette' },
    { centred: `March ${(n % 28) + 1}, 2014 Monday` },
    { label: 'SECTION', value: 'METRO; Pg. B1' },
    { label: 'LENGTH', value: '412 words' },
    { label: 'HEADLINE', value: `The ${word(0)} story number ${n}` },
    { label: 'BYLINE', value: 'By Mara Quill and Ode Brand' },
    { label: 'BODY', value: '' },
    ...paragraphs,
    { label: 'LANGUAGE', value: 'ENGLISH' },
    { label: 'LOAD-DATE', value: 'March 4, 2014' },
    { label: 'SUBJECT', value: `${word(1).toUpperCase()} (90%); ${word(2).toUpperCase()} (72%)` },
  ];
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Throughput of the classic LexisNexis HTML reader against its floor in the same run. */
export interface ClassicNexisHtmlFigures {
  /** Upload MB per CPU-second of `parseDocuments`, enrichment off. */
  mbPerSecond: number;
  /** The baseline: decoding the same bytes and stripping every tag with the same HTML parser. */
  baselineMbPerSecond: number;
  baselineRatio: number;
  inputBytes: number;
  documents: number;
}

/**
 * Measures `parseDocuments` (enrichment off) on an invented 1,000-document classic LexisNexis HTML export
 * (highlight spans in every document), fastest of interleaved runs, against decoding the same bytes and
 * stripping their tags with the same parser (`decodeHtml` + `htmlText`).
 *
 * @example
 * ```ts
 * const { mbPerSecond, baselineRatio } = await classicNexisHtmlFigures();
 * ```
 */
export async function classicNexisHtmlFigures(): Promise<ClassicNexisHtmlFigures> {
  const bytes = classicNexisHtml(
    Array.from({ length: DOCUMENTS }, (_, n) => documentNumber(n + 1)),
    { highlight: 'committee', charset: 'UTF-8' },
  );
  let parser = Number.POSITIVE_INFINITY;
  let baseline = Number.POSITIVE_INFINITY;
  await parseEveryDocument(bytes, DOCUMENTS); // warm-up and correctness check
  for (let i = 0; i < RUNS; i++) {
    parser = Math.min(parser, await cpuMs(() => parseEveryDocument(bytes, DOCUMENTS)));
    baseline = Math.min(baseline, await cpuMs(() => htmlText(decodeHtml(bytes).text)));
  }
  return {
    mbPerSecond: round(bytes.length / MB / (parser / 1000), 1),
    baselineMbPerSecond: round(bytes.length / MB / (baseline / 1000), 1),
    baselineRatio: round(parser / baseline),
    inputBytes: bytes.length,
    documents: DOCUMENTS,
  };
}

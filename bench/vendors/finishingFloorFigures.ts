import { XmlTokenizer } from '../../lambda/parser/containers/XmlTokenizer';
import { contentHash } from '../../lambda/parser/contentHash';
import { createDraft } from '../../lambda/parser/createDraft';
import { cutDateline } from '../../lambda/parser/cutDateline';
import { decodeChunks } from '../../lambda/parser/decodeChunks';
import { decodeText } from '../../lambda/parser/decodeText';
import { finishArticle } from '../../lambda/parser/finishArticle';
import { linesOfChunks } from '../../lambda/parser/linesOfChunks';
import { ProvenanceRecorder } from '../../lambda/parser/ProvenanceRecorder';
import { parseByline } from '../../lambda/parser/parseByline';
import { parseDocuments } from '../../lambda/parser/parseDocuments';
import { recordBody } from '../../lambda/parser/recordBody';
import { readRtfLines } from '../../lambda/parser/rtf/readRtfLines';
import type { ParsedArticle, ProvenanceField } from '../../lambda/parser/types';
import { factivaExports } from '../factiva/factivaExports';
import { vendorExports } from './vendorExports';

const MB = 1_000_000;
const RUNS = 7;
const NO_OP = { open() {}, close() {}, text() {} };

/** A measured layout: its bytes, the lines its provenance counts, and its own floor in the parser bench. */
interface FloorInput {
  bytes: Uint8Array;
  /** The text lines the reader's provenance and content hash are of. */
  lines: (bytes: Uint8Array) => readonly string[];
  /** The layout's baseline in `baselineRatioByFormat` (decode + split lines, or + its markup parser). */
  ownBaseline: (bytes: Uint8Array) => unknown;
}

const splitLines = (bytes: Uint8Array) => linesOfChunks(decodeChunks(bytes).chunks);

function inputs(): Record<string, FloorInput> {
  const factiva = factivaExports(1_000);
  const vendors = vendorExports(500);
  return {
    'factiva-xml': {
      bytes: factiva['factiva-xml'].bytes,
      lines: splitLines,
      ownBaseline: (bytes) => {
        const tokenizer = new XmlTokenizer('bench', NO_OP);
        tokenizer.write(decodeText(bytes).text);
        tokenizer.end();
      },
    },
    'factiva-text': { bytes: factiva['factiva-text'].bytes, lines: splitLines, ownBaseline: splitLines },
    'factiva-rtf': {
      bytes: factiva['factiva-rtf'].bytes,
      lines: (bytes) => readRtfLines(bytes).lines,
      ownBaseline: readRtfLines,
    },
    'proquest-text': { bytes: vendors['proquest-text']!, lines: splitLines, ownBaseline: splitLines },
    mediargus: { bytes: vendors.mediargus!, lines: splitLines, ownBaseline: splitLines },
  };
}

/**
 * What every reader does after its own reading, replayed from the articles it gave: a draft, the
 * provenance of the fields and paragraphs it recorded (line roles, ranges, the finished runs), the body
 * with its dateline cut ({@link cutDateline}, {@link recordBody}), the byline's authors, the content hash
 * of the document's lines, and {@link finishArticle} (word count) with enrichment off.
 */
function finishAll(articles: readonly ParsedArticle[], lines: readonly string[]): number {
  let words = 0;
  for (const article of articles) {
    const provenance = article.provenance!;
    const [start, end] = provenance.span;
    const draft = createDraft('factiva', article.documentIndex, { start, end });
    const recorder = new ProvenanceRecorder(start, false, true);
    for (const [name, ranges] of Object.entries(provenance.fields))
      for (const [from, to] of ranges!) {
        // A field read outside the document (Mediargus's list entry) has no line role in it.
        const role = from >= start && to <= end ? 'field' : undefined;
        recorder.field(name as ProvenanceField, from - start, to - start, role);
      }
    const ranges: number[] = [];
    for (const paragraph of provenance.paragraphs) {
      const [from, to] = paragraph[0]!;
      ranges.push(from - start, to - start);
    }
    const body = cutDateline([...article.paragraphs]);
    recordBody(recorder, ranges, ranges.length >> 1, body);
    draft.paragraphs = body.paragraphs;
    draft.headline = article.headline;
    if (article.byline !== null) draft.authors = parseByline(article.byline, article.publication);
    draft.provenance = recorder.finish(end - start);
    words += finishArticle(draft, contentHash(lines, start, end), false).wordCount;
  }
  return words;
}

async function articlesOf(bytes: Uint8Array): Promise<ParsedArticle[]> {
  const articles: ParsedArticle[] = [];
  for await (const event of parseDocuments(bytes, { enrich: false })) {
    if (event.kind === 'article') articles.push(event.article);
    else if (event.kind !== 'file') throw new Error(`unexpected ${JSON.stringify(event).slice(0, 200)}`);
  }
  return articles;
}

function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** How much of a vendor layout's time the shared article finishing takes, against the layout's floors. */
export interface FinishingFloorFigures {
  /** Upload MB per CPU-second of decode + split lines + the shared finishing of the same documents. */
  mbPerSecondByFormat: Record<string, number>;
  /** (decode + split lines + shared finishing) / (decode + split lines). */
  ratioToSplitByFormat: Record<string, number>;
  /** (the layout's own baseline + shared finishing) / its own baseline: the least `baselineRatioByFormat` could be. */
  ratioToOwnBaselineByFormat: Record<string, number>;
  /** CPU ms of the shared finishing alone, for the layout's whole export. */
  finishingMsByFormat: Record<string, number>;
}

/**
 * The floor that the shared article finishing sets under the Factiva (XML, field-code text, RTF),
 * ProQuest text and Mediargus readers: their bench exports parsed once, then the finishing of the same
 * documents replayed from the articles ({@link finishAll}), timed apart from the reader, interleaved
 * with decode + split lines and with each layout's own baseline, fastest of {@link RUNS}.
 *
 * @example
 * ```ts
 * const { ratioToSplitByFormat } = await finishingFloorFigures(); // { 'factiva-text': 4.1, … }
 * ```
 */
export async function finishingFloorFigures(): Promise<FinishingFloorFigures> {
  const figures: FinishingFloorFigures = {
    mbPerSecondByFormat: {},
    ratioToSplitByFormat: {},
    ratioToOwnBaselineByFormat: {},
    finishingMsByFormat: {},
  };
  for (const [layout, input] of Object.entries(inputs())) {
    const articles = await articlesOf(input.bytes);
    const lines = input.lines(input.bytes);
    if (articles.some((article) => article.provenance!.span[1] > lines.length))
      throw new Error(`${layout}: a document's lines lie past the ${lines.length} lines read`);
    finishAll(articles, lines); // warm-up
    let finishing = Number.POSITIVE_INFINITY;
    let split = Number.POSITIVE_INFINITY;
    let own = Number.POSITIVE_INFINITY;
    for (let i = 0; i < RUNS; i++) {
      finishing = Math.min(
        finishing,
        cpuMs(() => finishAll(articles, lines)),
      );
      split = Math.min(
        split,
        cpuMs(() => splitLines(input.bytes)),
      );
      own = Math.min(
        own,
        cpuMs(() => input.ownBaseline(input.bytes)),
      );
    }
    figures.mbPerSecondByFormat[layout] = round(input.bytes.length / MB / ((split + finishing) / 1000), 1);
    figures.ratioToSplitByFormat[layout] = round((split + finishing) / split);
    figures.ratioToOwnBaselineByFormat[layout] = round((own + finishing) / own);
    figures.finishingMsByFormat[layout] = round(finishing, 1);
  }
  return figures;
}

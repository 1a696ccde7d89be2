import { XmlTokenizer } from '../../lambda/parser/containers/XmlTokenizer';
import { decodeChunks } from '../../lambda/parser/decodeChunks';
import { decodeText } from '../../lambda/parser/decodeText';
import { decodeHtml } from '../../lambda/parser/html/decodeHtml';
import { walkHtml } from '../../lambda/parser/html/walkHtml';
import { linesOfChunks } from '../../lambda/parser/linesOfChunks';
import { readRtfLines } from '../../lambda/parser/rtf/readRtfLines';
import { cpuMs } from '../support/cpuMs';
import { parseEveryDocument } from '../support/parseEveryDocument';
import { type FactivaBenchLayout, factivaExports } from './factivaExports';

const MB = 1_000_000;
const RUNS = 5;
const DOCUMENTS = 1_000;
const NO_OP = { open() {}, close() {}, text() {} };

/** The floor of each layout: decode the bytes and strip the markup with the same parser the reader uses, nothing more. */
const BASELINES: Record<FactivaBenchLayout, (bytes: Uint8Array) => unknown> = {
  'factiva-xml': (bytes) => {
    const tokenizer = new XmlTokenizer('bench', NO_OP);
    tokenizer.write(decodeText(bytes).text);
    tokenizer.end();
  },
  'factiva-text': (bytes) => linesOfChunks(decodeChunks(bytes).chunks),
  'factiva-rtf': (bytes) => readRtfLines(bytes),
  'factiva-html-labelled': (bytes) => walkHtml(decodeHtml(bytes).text, {}),
  'factiva-html-divs': (bytes) => walkHtml(decodeHtml(bytes).text, {}),
};

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Throughput of each Factiva reader, and its ratio to its baseline measured in the same run. */
export interface FactivaFigures {
  mbPerSecondByFormat: Record<FactivaBenchLayout, number>;
  baselineRatioByFormat: Record<FactivaBenchLayout, number>;
  inputs: Record<FactivaBenchLayout, { bytes: number; documents: number }>;
}

/**
 * Measures `parseDocuments` (enrichment off) on an invented 1,000-document export of each Factiva layout,
 * in MB of upload per CPU-second, each against its baseline (decode + the same XML/HTML/RTF parser
 * stripping the markup, or decode + split lines for text), runs interleaved, fastest of five.
 *
 * @example
 * ```ts
 * const { mbPerSecondByFormat, baselineRatioByFormat } = await factivaFigures();
 * ```
 */
export async function factivaFigures(): Promise<FactivaFigures> {
  const exports = factivaExports(DOCUMENTS);
  const figures: FactivaFigures = {
    mbPerSecondByFormat: {} as FactivaFigures['mbPerSecondByFormat'],
    baselineRatioByFormat: {} as FactivaFigures['baselineRatioByFormat'],
    inputs: {} as FactivaFigures['inputs'],
  };
  for (const [layout, { bytes, documents }] of Object.entries(exports) as [
    FactivaBenchLayout,
    { bytes: Uint8Array; documents: number },
  ][]) {
    await parseEveryDocument(bytes, documents); // warm-up and correctness check
    let parser = Number.POSITIVE_INFINITY;
    let baseline = Number.POSITIVE_INFINITY;
    for (let i = 0; i < RUNS; i++) {
      parser = Math.min(parser, await cpuMs(() => parseEveryDocument(bytes, documents)));
      baseline = Math.min(baseline, await cpuMs(() => BASELINES[layout](bytes)));
    }
    figures.mbPerSecondByFormat[layout] = round(bytes.length / MB / (parser / 1000), 1);
    figures.baselineRatioByFormat[layout] = round(parser / baseline);
    figures.inputs[layout] = { bytes: bytes.length, documents };
  }
  return figures;
}

import { tokenizeRtf } from '../../lambda/parser/rtf/tokenizeRtf';
import { nexisUniRtf } from '../containers/nexisUniExportBytes';
import { cpuMs } from '../support/cpuMs';
import { parseEveryDocument } from '../support/parseEveryDocument';
import { classicRtf } from './classicRtf';

const MB = 1_000_000;
const RUNS = 5;
const DOCUMENTS = 1_000;
const NO_OP = {
  groupStart() {},
  groupEnd() {},
  controlWord() {},
  controlSymbol() {},
  text() {},
  hexByte() {},
};

/** The fastest of several interleaved runs of the parser and of the bare tokenizer pass, in CPU ms. */
async function parserAndBaseline(bytes: Uint8Array, expected: number) {
  let parser = Number.POSITIVE_INFINITY;
  let baseline = Number.POSITIVE_INFINITY;
  await parseEveryDocument(bytes, expected); // warm-up and correctness check
  for (let i = 0; i < RUNS; i++) {
    parser = Math.min(parser, await cpuMs(() => parseEveryDocument(bytes, expected)));
    baseline = Math.min(baseline, await cpuMs(() => tokenizeRtf(bytes, NO_OP)));
  }
  return { parser, baseline };
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Throughput of the RTF reader against its floor (the same tokenizer, handing its tokens to nothing). */
export interface RtfFigures {
  /** `rtf`: a Nexis Uni RTF download; `rtfClassic`: a classic LexisNexis RTF download. */
  mbPerSecondByFormat: { rtf: number; rtfClassic: number };
  baselineRatioByFormat: { rtf: number; rtfClassic: number };
  inputs: { rtfBytes: number; rtfClassicBytes: number; documents: number };
}

/**
 * Measures `parseDocuments` (enrichment off) on an invented 1,000-document Nexis Uni RTF and an invented
 * 1,000-document classic LexisNexis RTF, in MB of upload per CPU-second, each against a tokenizer pass
 * over the same bytes in the same run (target ≤ 5×).
 *
 * @example
 * ```ts
 * const { mbPerSecondByFormat, baselineRatioByFormat } = await rtfFigures();
 * ```
 */
export async function rtfFigures(): Promise<RtfFigures> {
  const uni = nexisUniRtf(DOCUMENTS, 0);
  const classic = classicRtf(DOCUMENTS);
  const u = await parserAndBaseline(uni, DOCUMENTS);
  const c = await parserAndBaseline(classic, DOCUMENTS);
  return {
    mbPerSecondByFormat: {
      rtf: round(uni.length / MB / (u.parser / 1000), 1),
      rtfClassic: round(classic.length / MB / (c.parser / 1000), 1),
    },
    baselineRatioByFormat: { rtf: round(u.parser / u.baseline), rtfClassic: round(c.parser / c.baseline) },
    inputs: { rtfBytes: uni.length, rtfClassicBytes: classic.length, documents: DOCUMENTS },
  };
}

import { decodeChunks } from '../../lambda/parser/decodeChunks';
import { decodeHtml } from '../../lambda/parser/html/decodeHtml';
import { htmlText } from '../../lambda/parser/html/htmlText';
import { linesOfChunks } from '../../lambda/parser/linesOfChunks';
import { readMime } from '../../lambda/parser/vendors/readMime';
import { cpuMs } from '../support/cpuMs';
import { parseEveryDocument } from '../support/parseEveryDocument';
import { vendorExports } from './vendorExports';

const MB = 1_000_000;
const RUNS = 5;
const DOCUMENTS = 500;

/**
 * The floor of each layout, in the same run: decoding the same bytes and stripping every tag with the same
 * HTML parser (HTML; for an e-mail, its MIME part undone first), or decoding and splitting lines (text).
 */
function baselineOf(layout: string): (bytes: Uint8Array) => unknown {
  if (layout === 'proquest-email') return (bytes) => htmlText(decodeHtml(readMime(bytes)!.bytes).text);
  if (layout === 'proquest-text' || layout === 'mediargus')
    return (bytes) => linesOfChunks(decodeChunks(bytes).chunks).length;
  return (bytes) => htmlText(decodeHtml(bytes).text);
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Throughput of each other-vendor layout against its floor in the same run. */
export interface VendorFigures {
  /** Upload MB per CPU-second of `parseDocuments`, enrichment off, by layout. */
  mbPerSecondByFormat: Record<string, number>;
  baselineMbPerSecondByFormat: Record<string, number>;
  baselineRatioByFormat: Record<string, number>;
  inputBytesByFormat: Record<string, number>;
  documents: number;
}

/**
 * Measures `parseDocuments` (enrichment off) on an invented {@link DOCUMENTS}-document export of every
 * other-vendor layout (ProQuest text, HTML, 2023 HTML and e-mail; Europresse old and new; Integrum;
 * Mediargus), fastest of interleaved runs, each against its floor ({@link baselineOf}).
 *
 * @example
 * ```ts
 * const { baselineRatioByFormat } = await vendorFigures();
 * ```
 */
export async function vendorFigures(): Promise<VendorFigures> {
  const figures: VendorFigures = {
    mbPerSecondByFormat: {},
    baselineMbPerSecondByFormat: {},
    baselineRatioByFormat: {},
    inputBytesByFormat: {},
    documents: DOCUMENTS,
  };
  for (const [layout, bytes] of Object.entries(vendorExports(DOCUMENTS))) {
    const baseline = baselineOf(layout);
    let parser = Number.POSITIVE_INFINITY;
    let floor = Number.POSITIVE_INFINITY;
    await parseEveryDocument(bytes, DOCUMENTS); // warm-up and correctness check
    for (let i = 0; i < RUNS; i++) {
      parser = Math.min(parser, await cpuMs(() => parseEveryDocument(bytes, DOCUMENTS)));
      floor = Math.min(floor, await cpuMs(() => baseline(bytes)));
    }
    figures.mbPerSecondByFormat[layout] = round(bytes.length / MB / (parser / 1000), 1);
    figures.baselineMbPerSecondByFormat[layout] = round(bytes.length / MB / (floor / 1000), 1);
    figures.baselineRatioByFormat[layout] = round(parser / floor);
    figures.inputBytesByFormat[layout] = bytes.length;
  }
  return figures;
}

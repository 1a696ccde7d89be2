import { classifyZip } from '../../lambda/parser/containers/classifyZip';
import { InflateBudget } from '../../lambda/parser/containers/InflateBudget';
import { inflateEntry } from '../../lambda/parser/containers/inflateEntry';
import { listZipEntries } from '../../lambda/parser/containers/listZipEntries';
import { XmlTokenizer } from '../../lambda/parser/containers/XmlTokenizer';
import { cpuMs } from '../support/cpuMs';
import { parseEveryDocument } from '../support/parseEveryDocument';
import { nexisUniDocx, nexisUniZip } from './nexisUniExportBytes';

const MB = 1_000_000;
const RUNS = 5;
const NO_OP = { open() {}, close() {}, text() {} };

/** Inflates every DOCX main document in `bytes` (nested in a ZIP or not) and tokenizes its XML, doing nothing more; returns the XML bytes. */
function inflateAndTokenize(bytes: Uint8Array): number {
  const entries = listZipEntries(bytes, 100_000);
  const budget = new InflateBudget(Number.MAX_SAFE_INTEGER);
  if (classifyZip(entries) === 'docx') {
    const main = entries.find((entry) => entry.name === 'word/document.xml')!;
    const tokenizer = new XmlTokenizer('bench', NO_OP);
    const decoder = new TextDecoder();
    inflateEntry(bytes, main, budget, 1e9, (chunk) =>
      tokenizer.write(decoder.decode(chunk, { stream: true })),
    );
    tokenizer.end();
    return main.uncompressedSize;
  }
  let xmlBytes = 0;
  for (const entry of entries) {
    const parts: Uint8Array[] = [];
    inflateEntry(bytes, entry, budget, 1e9, (chunk) => parts.push(chunk.slice()));
    xmlBytes += inflateAndTokenize(Buffer.concat(parts));
  }
  return xmlBytes;
}

/** The fastest of several interleaved runs of the parser and of its baseline, in CPU ms. */
async function parserAndBaseline(bytes: Uint8Array, expected: number) {
  let parser = Number.POSITIVE_INFINITY;
  let baseline = Number.POSITIVE_INFINITY;
  await parseEveryDocument(bytes, expected); // warm-up and correctness check
  for (let i = 0; i < RUNS; i++) {
    parser = Math.min(parser, await cpuMs(() => parseEveryDocument(bytes, expected)));
    baseline = Math.min(baseline, await cpuMs(() => inflateAndTokenize(bytes)));
  }
  return { parser, baseline };
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Throughput of the DOCX and ZIP readers against their floor (inflate + the same XML tokenizer, nothing more). */
export interface ContainerFigures {
  mbPerSecondByFormat: { docx: number; zip: number };
  /** The same runs in MB of inflated `word/document.xml` per CPU-second (invented text compresses far more than real exports). */
  xmlMbPerSecondByFormat: { docx: number; zip: number };
  baselineRatioByFormat: { docx: number; zip: number };
  inputs: { docxBytes: number; docxDocuments: number; zipBytes: number; zipDocuments: number };
}

/**
 * Measures `parseDocuments` (enrichment off) on an invented 1,000-document Nexis Uni DOCX and on a ZIP of
 * 20 DOCX of 50 documents, in MB of upload per CPU-second, and each against the baseline of the same run.
 *
 * @example
 * ```ts
 * const { mbPerSecondByFormat } = await containerFigures();
 * ```
 */
export async function containerFigures(): Promise<ContainerFigures> {
  const docx = nexisUniDocx(1_000, 0);
  const zip = nexisUniZip(20, 50);
  const d = await parserAndBaseline(docx, 1_000);
  const z = await parserAndBaseline(zip, 1_000);
  const docxXml = inflateAndTokenize(docx);
  const zipXml = inflateAndTokenize(zip);
  return {
    xmlMbPerSecondByFormat: {
      docx: round(docxXml / MB / (d.parser / 1000), 1),
      zip: round(zipXml / MB / (z.parser / 1000), 1),
    },
    mbPerSecondByFormat: {
      docx: round(docx.length / MB / (d.parser / 1000), 1),
      zip: round(zip.length / MB / (z.parser / 1000), 1),
    },
    baselineRatioByFormat: { docx: round(d.parser / d.baseline), zip: round(z.parser / z.baseline) },
    inputs: { docxBytes: docx.length, docxDocuments: 1_000, zipBytes: zip.length, zipDocuments: 1_000 },
  };
}

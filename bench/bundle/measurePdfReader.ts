import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { IngestBundle } from './types';

const READER = fileURLToPath(new URL('../../lambda/parser/pdf/readPdfLines.ts', import.meta.url));

/** Bytes of the PDF reader as deployed: PDF.js beside the bundle, and the reader's own code inside it. */
export interface PdfReaderSizes {
  /** `node_modules/pdfjs-dist` in the asset folder, loaded only when a PDF arrives. */
  pdfjsBytes: number;
  pdfjsGzipBytes: number;
  /** `lambda/parser/pdf/` minified on its own (PDF.js left out): what it adds to `index.js`. */
  readerBytes: number;
  readerGzipBytes: number;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/**
 * Measures the PDF reader's weight in a synthesized asset folder, and its own code built apart.
 *
 * @example
 * ```ts
 * const { pdfjsBytes } = await measurePdfReader(bundles.sdkBundled);
 * ```
 */
export async function measurePdfReader(bundle: IngestBundle): Promise<PdfReaderSizes> {
  const pdfjs = filesUnder(join(bundle.directory, 'node_modules/pdfjs-dist')).map((file) =>
    readFileSync(file),
  );
  const reader = await build({
    entryPoints: [READER],
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    minify: true,
    external: ['pdfjs-dist'],
    write: false,
    logLevel: 'silent',
  });
  const code = reader.outputFiles[0]!.contents;
  return {
    pdfjsBytes: pdfjs.reduce((sum, file) => sum + file.length, 0),
    pdfjsGzipBytes: pdfjs.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0),
    readerBytes: code.length,
    readerGzipBytes: gzipSync(code, { level: 9 }).length,
  };
}

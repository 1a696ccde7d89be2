import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

/** PDF.js's API, as `getDocument` needs it. */
export type PdfjsApi = typeof Pdfjs;

let loading: Promise<PdfjsApi> | null = null;

async function load(): Promise<PdfjsApi> {
  // PDF.js runs its "worker" in this thread when `globalThis.pdfjsWorker` holds the worker module: no
  // Worker thread, no file path to resolve at run time, and the bundler sees both modules statically.
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/**
 * PDF.js (its legacy build, for Node.js), loaded once and only when a PDF arrives, so that uploads of
 * other formats, and the cold start, never pay for it.
 *
 * @example
 * ```ts
 * const pdfjs = await loadPdfjs();
 * const task = pdfjs.getDocument({ data: bytes.slice() });
 * ```
 */
export function loadPdfjs(): Promise<PdfjsApi> {
  loading ??= load();
  return loading;
}

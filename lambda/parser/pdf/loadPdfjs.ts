import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { provideRenderingGlobals } from './provideRenderingGlobals';

/** PDF.js's API, as `getDocument` needs it. */
export type PdfjsApi = typeof Pdfjs;

let loading: Promise<PdfjsApi> | null = null;

/** PDF.js's own `Warning:` lines while its module loads (canvas polyfills text extraction never needs). */
const LOAD_WARNING = /^Warning: Cannot (?:access the `require` function|load "@napi-rs\/canvas"|polyfill)/;

async function load(): Promise<PdfjsApi> {
  provideRenderingGlobals();
  const warn = console.warn;
  // PDF.js warns of these through console.warn as its modules load, before any verbosity can be set.
  console.warn = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && LOAD_WARNING.test(args[0]))) warn(...args);
  };
  try {
    // PDF.js runs its "worker" in this thread when `globalThis.pdfjsWorker` holds the worker module: no
    // Worker thread, no file path to resolve at run time, and the bundler sees both modules statically.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.warn = warn;
  }
}

/**
 * PDF.js (its legacy build, for Node.js), loaded once and only when a PDF arrives, so that uploads of
 * other formats, and the cold start, never pay for it.
 *
 * @example
 * ```ts
 * const pdfjs = await loadPdfjs();
 * const task = pdfjs.getDocument({ data: new Uint8Array(bytes) });
 * ```
 */
export function loadPdfjs(): Promise<PdfjsApi> {
  loading ??= load();
  return loading;
}

/** PDF.js ships no types for its worker module; the reader only hands it to PDF.js as the fake worker. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

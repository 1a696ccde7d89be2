/** Types of the generated uploads the end-to-end and cost suites send through the pipeline. */

/** How the articles of an object arrive. */
export type UploadKind = 'single' | 'export';

/** One object to upload: its key, bytes, and how many articles a correct parse finds in it. */
export interface UploadObject {
  key: string;
  kind: UploadKind;
  bytes: Uint8Array;
  articleCount: number;
}

/** What to generate. */
export interface UploadWorkload {
  seed: number;
  /** One-article files (PressReader pages and plain text, alternating). */
  singleFiles: number;
  /** Nexis exports of `documentsPerExport` documents each. */
  exports: number;
  documentsPerExport: number;
}

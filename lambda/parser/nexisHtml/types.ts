/** Types of the classic LexisNexis HTML reader. */

/** Where a `<!-- <DOC NUMBER=n><DOCFULL> -->` comment opened a document, and where its `</DOC>` closed it. */
export interface NexisDocMark {
  /** The number the comment prints. */
  number: number;
  /** The line number the document's first text line gets. */
  start: number;
  /** The line number after its last line: the next mark's start, `</DOC>`, or the end of the text. */
  end: number;
}

/** A classic LexisNexis HTML export laid out as text lines, and its DOC comments. */
export interface ClassicNexisLines {
  lines: string[];
  marks: NexisDocMark[];
}

/** One document of the export, or an error "document" that repeats the DOC NUMBER before it. */
export interface ClassicNexisPart {
  kind: 'document' | 'error';
  number: number | null;
  /** The document's lines in the text, after its `N of M DOCUMENTS` separator. */
  start: number;
  end: number;
}

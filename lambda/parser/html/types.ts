/** Types of the shared HTML layer: decoded text, elements, visitors, line options and vendor readers. */
import type { DocumentDraft, KnownSourceFormat, TextEncoding } from '../types';

/** One opening tag: its lower-case name and its attributes (names lower-case, values entity-decoded). */
export interface HtmlElement {
  tag: string;
  attributes: Readonly<Record<string, string>>;
}

/**
 * What {@link walkHtml} reports, in document order. Every `open` gets its `close` (implied ones too,
 * void elements such as `<br>` at once), so a visitor can keep a stack. Text is entity-decoded; the
 * content of `<script>`, `<style>` and `<template>` never reaches `text`.
 */
export interface HtmlVisitor {
  open?(element: HtmlElement): void;
  close?(tag: string): void;
  text?(text: string): void;
  /** A comment's text without `<!--` and `-->`, as written (not entity-decoded). */
  comment?(text: string): void;
}

/** Where the charset of an HTML upload came from. */
export type HtmlCharsetSource =
  /** A byte-order mark (UTF-8, UTF-16). */
  | 'bom'
  /** `<meta charset>`, `<meta http-equiv="Content-Type">` or `<?xml encoding?>`, and the bytes agree. */
  | 'declared'
  /** No usable declaration: UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
  | 'sniffed'
  /** The declaration lied (UTF-8 declared over single-byte text, or the reverse); the bytes decided. */
  | 'fallback';

/** An HTML upload decoded to text, and how. */
export interface DecodedHtml {
  text: string;
  /** The encoding the text was decoded from. */
  encoding: TextEncoding;
  /** The charset the file declares, as its WHATWG name (`iso-8859-1` → `windows-1252`), or null. */
  declared: string | null;
  source: HtmlCharsetSource;
}

/** How {@link htmlToLines} lays markup out as lines. */
export interface HtmlLinesOptions {
  /** A table row ends a line (`'line'`, the default) or a block, with a blank line after it (`'block'`). */
  rowBreak?: 'line' | 'block';
  /** Put between the cells of a row; a tab by default. */
  cellSeparator?: string;
  /**
   * A prefix for every line that starts inside this element (the innermost element that gives one wins),
   * such as indentation for centred blocks; null to inherit the enclosing element's.
   */
  linePrefix?: (element: HtmlElement) => string | null;
}

/** A vendor's HTML reader: the drafts of the documents of one decoded upload, each with its content hash. */
export interface HtmlReader {
  format: KnownSourceFormat;
  /**
   * The drafts after `skipThrough` (documents up to it are only counted), numbered from 1. Line ranges
   * (provenance, content hash) are of the lines the reader made from the markup.
   *
   * @throws {ParseRejectionError} when the markup carries the vendor's markers but cannot be read as its layout.
   */
  drafts(html: DecodedHtml, skipThrough: number, provenance: boolean): Iterable<DocumentDraft>;
  /** The lines the drafts' line ranges count, for `parse --explain`. */
  lines(html: DecodedHtml): string[];
}

/** One entry of the HTML reader registry: how to recognize a vendor's markup, and its reader, loaded on demand. */
export interface HtmlReaderEntry {
  /** The vendor and layout, for messages: `classic LexisNexis`. */
  name: string;
  /** Whether the decoded text carries this layout's markers; looks at as little of it as it can. */
  detect(text: string): boolean;
  load(): Promise<HtmlReader>;
}

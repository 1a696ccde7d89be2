/** Types of the RTF reader. */
import type { DocumentDraft } from '../types';

/**
 * Callbacks of {@link tokenizeRtf}: the tokens of an RTF file in order. Text comes as byte ranges of the
 * input, undecoded: only the reader knows the code page and which groups are skipped.
 */
export interface RtfHandler {
  groupStart(): void;
  groupEnd(): void;
  /** A control word without its backslash (`par`, `u`, `ansicpg`), and its parameter or null. */
  controlWord(word: string, parameter: number | null): void;
  /** A control symbol's character code (`~`, `-`, `_`, `*`, …); escaped `\{`, `\}`, `\\` come as text. */
  controlSymbol(symbol: number): void;
  /** Literal text: the bytes `[start, end)` of the input. */
  text(bytes: Uint8Array, start: number, end: number): void;
  /** One `\'hh` byte, in the file's code page. */
  hexByte(byte: number): void;
}

/** The text of an RTF file as lines, one per paragraph, line break or table row. */
export interface RtfText {
  lines: string[];
  /** The code page `\ansicpg` named (1252 when none). */
  codePage: number;
}

/** Decodes the bytes of one code page to text. */
export interface RtfDecoder {
  /** For a single-byte code page, the UTF-16 code unit of every byte (so a byte is decoded by one lookup); else null. */
  table: Uint16Array | null;
  decode(bytes: Uint8Array): string;
}

/** The layout a document file's text lines were read in, and its documents' drafts, one at a time. */
export interface LinesDocuments {
  format: 'nexis-uni' | 'nexis' | 'factiva';
  drafts: Iterable<DocumentDraft>;
}

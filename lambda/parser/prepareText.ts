import { detectEncoding } from './detectEncoding';
import { ParseRejectionError } from './errors';
import { expectedNexisDocuments } from './expectedNexisDocuments';
import { FormatDetector } from './FormatDetector';
import { gunzipWithLimit } from './gunzipWithLimit';
import { isWordBinary } from './isWordBinary';
import { DEFAULT_MAX_BYTES, REPLAY_CHARS, SNIFF_TEXT_CHARS } from './limits';
import { lineBatches } from './lineBatches';
import { resumeCheck } from './resumeCheck';
import { sniffBytes } from './sniffBytes';
import { sniffTextFormat } from './sniffTextFormat';
import type {
  KnownSourceFormat,
  ParseOptions,
  PreparedText,
  ResumePoint,
  TextCursor,
  TextEncoding,
} from './types';

const LF = 0x0a;
const CR = 0x0d;

/** The bytes to read: the upload, or what its one gzip layer holds. Throws the rejections of the bytes themselves. */
function readableBytes(input: Uint8Array, maxBytes: number): { bytes: Uint8Array; compressed: boolean } {
  if (input.length === 0) throw new ParseRejectionError('EMPTY', 'The file is empty.');
  if (input.length > maxBytes) {
    throw new ParseRejectionError(
      'TOO_LARGE',
      `The file is ${input.length} bytes, over the ${maxBytes}-byte limit.`,
    );
  }
  let bytes = input;
  let sniff = sniffBytes(bytes);
  const compressed = sniff.kind === 'gzip';
  if (compressed) {
    bytes = gunzipWithLimit(bytes, maxBytes);
    if (bytes.length === 0) throw new ParseRejectionError('EMPTY', 'The gzip file holds an empty file.');
    sniff = sniffBytes(bytes);
    if (sniff.kind === 'gzip') {
      throw new ParseRejectionError(
        'UNSUPPORTED_FORMAT',
        'The gzip file holds another gzip file; only one layer is read.',
      );
    }
  }
  const inside = compressed ? ' inside the gzip file' : '';
  if (sniff.kind === 'unsupported' && isWordBinary(bytes)) {
    throw new ParseRejectionError(
      'LEGACY_WORD_DOC',
      `The file${inside} is a Word 97-2003 document (.doc), which the parser does not read; save it as DOCX or RTF, or export DOCX from Nexis Uni.`,
    );
  }
  if (sniff.kind === 'unsupported') {
    throw new ParseRejectionError(
      'UNSUPPORTED_FORMAT',
      `The file${inside} is ${sniff.formatName}, a format the parser does not read yet; upload plain text.`,
    );
  }
  if (sniff.kind === 'binary') {
    throw new ParseRejectionError('BINARY', `The file${inside} is binary content, not text.`);
  }
  return { bytes, compressed };
}

/** A piece of the text: its lines, the byte it starts at, and whether its lines hold only plain spaces. */
interface Piece {
  lines: string[];
  start: number;
  plainSpaces: boolean;
}

/**
 * What {@link prepareText} hands on. A class, not an object of closures: every upload, most of them
 * small, made seven functions afresh (each named by the transpiler's keepNames, a property definition).
 */
class TextOfBytes implements PreparedText {
  readonly cursor: TextCursor;
  /** Set false for good by the first piece handed on whose lines hold other white space. */
  plainSpaces = true;
  expectedDocuments?: number;
  private readonly reading: string;

  constructor(
    private readonly bytes: Uint8Array,
    readonly encoding: TextEncoding,
    readonly compressed: boolean,
    private readonly textStart: number,
    readonly format: KnownSourceFormat,
    /** The first pieces, kept from the first pass; let go as they are handed on. */
    private readonly kept: Piece[],
    private readonly keptEnd: number,
  ) {
    this.cursor = { byte: textStart, line: 0 };
    this.reading = `${format}/${encoding}`;
  }

  batches(): Iterable<readonly string[]> {
    return this.tracked(this.fromStart(), 0);
  }

  batchesFrom(point: ResumePoint): Iterable<readonly string[]> | null {
    return this.matches(point) ? this.tracked(this.decoded(point.byte), point.line) : null;
  }

  resumeCheck(byte: number): string {
    return resumeCheck(this.bytes, byte, this.reading);
  }

  /** Sets the cursor to each piece as it is handed on (its start and first line), and leaves it on the last. */
  private *tracked(
    pieces: Iterable<Piece>,
    firstLine: number,
  ): Generator<readonly string[], void, undefined> {
    let line = firstLine;
    for (const piece of pieces) {
      this.cursor.byte = piece.start;
      this.cursor.line = line;
      if (!piece.plainSpaces) this.plainSpaces = false;
      yield piece.lines;
      line += piece.lines.length;
    }
  }

  private *decoded(from: number): Generator<Piece, void, undefined> {
    let start = from;
    for (const batch of lineBatches(this.bytes, this.encoding, from)) {
      yield { lines: batch.lines, start, plainSpaces: batch.plainSpaces };
      start = batch.end;
    }
  }

  /** Read once: the kept lines are let go as they are handed on. */
  private *fromStart(): Generator<Piece, void, undefined> {
    const { kept } = this;
    for (let batch = kept.shift(); batch !== undefined; batch = kept.shift()) yield batch;
    if (this.keptEnd < this.bytes.length || kept.length === 0) yield* this.decoded(this.keptEnd);
  }

  /** A point is a piece's start: just after a line end (never between CR and LF), with its fingerprint. */
  private matches(point: ResumePoint): boolean {
    const { bytes } = this;
    return (
      !this.encoding.startsWith('utf-16') &&
      Number.isInteger(point.byte) &&
      point.byte > this.textStart &&
      point.byte < bytes.length &&
      (bytes[point.byte - 1] === LF || (bytes[point.byte - 1] === CR && bytes[point.byte] !== LF)) &&
      resumeCheck(bytes, point.byte, this.reading) === point.check
    );
  }
}

/**
 * Everything the parser decides before it reads a document: size, gzip, magic bytes, encoding, then one
 * pass over the text, piece by piece and keeping none of it (but the first {@link REPLAY_CHARS}, or the
 * first piece if longer), that
 * finds white space only, HTML/XML/RTF and the format. The pass stops at a Nexis export's first `N of M
 * DOCUMENTS` line (whose numbers, with the last separator's, give `expectedDocuments`). `batches()` then reads the lines again from the start, once: a small file from what the
 * first pass kept, a large one decoded afresh, so a file is never held as text or lines all at once.
 *
 * @throws {ParseRejectionError} for a file that gives no article whatever its documents hold.
 * @example
 * ```ts
 * const text = prepareText(bytes, {});
 * for (const lines of text.batches()) console.log(text.format, lines.length);
 * ```
 */
export function prepareText(input: Uint8Array, options: ParseOptions): PreparedText {
  const { bytes, compressed } = readableBytes(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const inside = compressed ? ' inside the gzip file' : '';
  const { encoding, textStart } = detectEncoding(bytes);
  const detector = new FormatDetector();
  const kept: Piece[] = [];
  let keptChars = 0;
  let keptEnd = textStart;
  let keeping = true;
  let start = '';
  let hasText = false;
  for (const batch of lineBatches(bytes, encoding, textStart)) {
    // The first characters, as many as sniffTextFormat reads (pieces can normalize to nothing).
    if (start.length < SNIFF_TEXT_CHARS) start += batch.text.slice(0, SNIFF_TEXT_CHARS);
    hasText ||= /\S/.test(batch.text);
    keptChars += batch.text.length;
    // The first piece is kept whatever its size: a file of one long line is then decoded once, not twice.
    keeping &&= keptChars <= REPLAY_CHARS || kept.length === 0;
    if (keeping) {
      kept.push({ lines: batch.lines, start: keptEnd, plainSpaces: batch.plainSpaces });
      keptEnd = batch.end;
    }
    if (detector.push(batch.lines) && hasText && start.length >= SNIFF_TEXT_CHARS) break;
  }
  if (!hasText) throw new ParseRejectionError('EMPTY', `The file${inside} holds only white space.`);
  const textFormat = sniffTextFormat(start);
  if (textFormat !== null) {
    throw new ParseRejectionError(
      'UNSUPPORTED_FORMAT',
      `The file${inside} is ${textFormat}, a format the parser does not read yet; upload plain text.`,
    );
  }
  const separator = detector.firstSeparator();
  const expectedDocuments =
    separator === null ? undefined : expectedNexisDocuments(bytes, encoding, separator);
  const text = new TextOfBytes(bytes, encoding, compressed, textStart, detector.format(), kept, keptEnd);
  if (expectedDocuments !== undefined) text.expectedDocuments = expectedDocuments;
  return text;
}

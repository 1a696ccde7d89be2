import type { LineRange, LineRole, Provenance, ProvenanceField } from './types';

/** Role codes: one byte a line while a document is read, the role's name only in the finished runs. */
const ROLE_NAMES: LineRole[] = ['ignored'];
const ROLE_CODES = new Map<string, number>([['ignored', 0]]);

/**
 * Runs of a few lines are shared, frozen `[role, count]` tuples: a document of alternating body and blank
 * lines has a run a line, and a fresh pair for each took 64 bytes a line (100 MB for 24 MB of short
 * paragraphs). The output is the same; only the objects are shared.
 */
const SHARED_RUN_MAX = 16;
const SHARED_RUNS: (readonly [LineRole, number])[][] = [];

function runOf(code: number, count: number): [LineRole, number] {
  if (count > SHARED_RUN_MAX) return [ROLE_NAMES[code]!, count];
  let runs = SHARED_RUNS[code];
  if (runs === undefined) {
    runs = [];
    SHARED_RUNS[code] = runs;
  }
  let run = runs[count];
  if (run === undefined) {
    run = Object.freeze([ROLE_NAMES[code]!, count] as const);
    runs[count] = run;
  }
  // Frozen, so a consumer that tried to change a shared run would throw instead of changing others.
  return run as [LineRole, number];
}

function codeOf(role: LineRole): number {
  let code = ROLE_CODES.get(role);
  if (code === undefined) {
    if (ROLE_NAMES.length > 255) throw new RangeError('more than 255 line roles');
    code = ROLE_NAMES.length;
    ROLE_NAMES.push(role);
    ROLE_CODES.set(role, code);
  }
  return code;
}

/**
 * Records where an article's fields came from while a reader parses one document: a role for each line
 * (one byte a line, run-length encoded at the end) and line ranges for each field and paragraph. Readers
 * call it with line numbers of their document (0 = the document's first line); it adds the document's
 * place in the text the parser read, so a container reader (DOCX, ZIP, PDF, HTML) uses it the same way
 * with the text its own reader produced. A line never marked is `ignored`. Ranges are half-open.
 *
 * @example
 * ```ts
 * const recorder = new ProvenanceRecorder(120, true); // lines from 120, after a separator at 119
 * recorder.mark(0, 'header');
 * recorder.field('headline', 2, 3, 'headline');
 * recorder.paragraph([[4, 6]]);
 * article.provenance = recorder.finish(6); // span [119, 126]
 * ```
 */
/**
 * One role buffer shared by the recorders that run one after another (a reader finishes a document's
 * recorder before it starts the next): a typed array a document cost more to create than all its marks.
 * A recorder made while another holds it gets its own.
 */
let spareCodes: Uint8Array | null = new Uint8Array(4096);
const NO_CODES = new Uint8Array(0);

export class ProvenanceRecorder {
  private codes: Uint8Array;
  /** One past the highest line marked: what `finish` clears before the buffer is shared again. */
  private touched = 0;
  private readonly fields: Partial<Record<ProvenanceField, LineRange[]>> = {};
  private readonly paragraphs: LineRange[][] = [];
  private readonly warnings: { index: number; lines: LineRange[] }[] = [];
  // Readers mark runs of lines with one role: the last role's code saves a map lookup a line.
  private lastRole: LineRole = 'ignored';
  private lastCode = 0;

  /**
   * @param offset The text's line number of the document's line 0.
   * @param separator Whether the line before it (`offset - 1`) is the separator that opens the document.
   * @param enabled False to record nothing (`parseDocuments` option `provenance: false`): `finish` gives undefined.
   */
  constructor(
    readonly offset: number,
    private readonly separator = false,
    readonly enabled = true,
  ) {
    if (enabled && spareCodes !== null) {
      this.codes = spareCodes;
      spareCodes = null;
    } else this.codes = enabled ? new Uint8Array(64) : NO_CODES;
  }

  /** Marks document line `line` with a role (the last mark wins). */
  mark(line: number, role: LineRole): void {
    if (!this.enabled) return;
    if (line >= this.codes.length) this.grow(line + 1);
    if (line >= this.touched) this.touched = line + 1;
    this.codes[line] = this.code(role);
  }

  private code(role: LineRole): number {
    if (role !== this.lastRole) {
      this.lastRole = role;
      this.lastCode = codeOf(role);
    }
    return this.lastCode;
  }

  private grow(length: number): void {
    const grown = new Uint8Array(Math.max(length, this.codes.length * 2));
    grown.set(this.codes);
    this.codes = grown;
  }

  /** The role line `line` is marked with so far. */
  roleOf(line: number): LineRole {
    return ROLE_NAMES[line < this.codes.length ? this.codes[line]! : 0]!;
  }

  /** Marks the lines `[start, end)` with a role. */
  markRange(start: number, end: number, role: LineRole): void {
    if (!this.enabled) return;
    if (end > this.codes.length) this.grow(end);
    if (end > this.touched) this.touched = end;
    const code = this.code(role);
    // A loop, not `fill`: ranges are a line or a few, where the builtin's call costs more than the stores.
    for (let line = start; line < end; line++) this.codes[line] = code;
  }

  /** Adds the lines `[start, end)` to a field's ranges, and marks them with `role` when one is given. */
  field(name: ProvenanceField, start: number, end: number, role?: LineRole): void {
    if (!this.enabled) return;
    const range: LineRange = [this.offset + start, this.offset + end];
    const ranges = this.fields[name];
    if (ranges === undefined) this.fields[name] = [range];
    else ranges.push(range);
    if (role !== undefined) this.markRange(start, end, role);
  }

  /** Appends a paragraph read from the document lines `[start, end)`, marking them `body`. */
  paragraphLines(start: number, end: number): void {
    if (!this.enabled) return;
    this.paragraphs.push([[this.offset + start, this.offset + end]]);
    this.markRange(start, end, 'body');
  }

  /** Appends a paragraph read from the given document line ranges, marking them `body`. */
  paragraph(ranges: readonly (readonly [number, number])[]): void {
    if (!this.enabled) return;
    const absolute: LineRange[] = [];
    for (const [start, end] of ranges) {
      absolute.push([this.offset + start, this.offset + end]);
      this.markRange(start, end, 'body');
    }
    this.paragraphs.push(absolute);
  }

  /** Removes the first paragraph (a dateline was all it held), returning its ranges in document lines. */
  dropFirstParagraph(): [number, number][] {
    const first = this.paragraphs.shift() ?? [];
    return first.map(([start, end]) => [start - this.offset, end - this.offset]);
  }

  /** The first line (document numbering) of the first paragraph, or null when there is none. */
  firstParagraphLine(): number | null {
    const range = this.paragraphs[0]?.[0];
    return range === undefined ? null : range[0] - this.offset;
  }

  /** Names the lines `[start, end)` that the warning at `index` of the article's `warnings` is about. */
  warn(index: number, start: number, end: number): void {
    if (!this.enabled) return;
    this.warnings.push({ index, lines: [[this.offset + start, this.offset + end]] });
  }

  /** The provenance of a document of `length` lines. */
  finish(length: number): Provenance | undefined {
    if (!this.enabled) return undefined;
    const lines: [LineRole, number][] = [];
    if (this.separator) lines.push(['separator', 1]);
    if (length > this.codes.length) this.grow(length);
    const codes = this.codes;
    let at = 0;
    while (at < length) {
      const code = codes[at]!;
      let end = at + 1;
      while (end < length && codes[end] === code) end++;
      lines.push(runOf(code, end - at));
      at = end;
    }
    // The buffer goes back cleared; a large one (a document of millions of lines) is let go.
    codes.fill(0, 0, this.touched);
    if (codes.length <= 65_536) spareCodes = codes;
    this.codes = NO_CODES;
    this.touched = 0;
    return {
      span: [this.offset - (this.separator ? 1 : 0), this.offset + length],
      fields: this.fields,
      paragraphs: this.paragraphs,
      lines,
      warnings: this.warnings,
    };
  }
}

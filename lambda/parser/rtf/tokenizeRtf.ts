import { ParseRejectionError } from '../errors';
import { MAX_CONTROL_WORD_CHARS, MAX_PARAMETER_DIGITS, MAX_RTF_DEPTH } from './limits';
import type { RtfHandler } from './types';

const OPEN = 0x7b;
const CLOSE = 0x7d;
const BACKSLASH = 0x5c;
const CR = 0x0d;
const LF = 0x0a;

function corrupt(what: string): ParseRejectionError {
  return new ParseRejectionError('CORRUPT_RTF', `The RTF file is corrupt: ${what}.`);
}

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/**
 * Splits RTF bytes into tokens for `handler`, in one iterative pass (no recursion, so no nesting can
 * overflow the stack): groups, control words with their parameters, control symbols, `\'hh` bytes and
 * literal text. `\binN` data is stepped over. Line ends are not text in RTF and are dropped. Reading
 * stops where the outermost group closes; whatever follows (Word may pad with NUL bytes) is ignored.
 *
 * @throws {ParseRejectionError} `RTF_TOO_DEEP` past `maxDepth` open groups; `CORRUPT_RTF` when the file
 *   is truncated (groups left open, a dangling backslash), closes a group it never opened, or holds a
 *   control word or parameter longer than RTF allows, or a `\'` without two hex digits.
 * @example
 * ```ts
 * tokenizeRtf(bytes, { groupStart() {}, groupEnd() {}, controlWord: (w) => console.log(w), controlSymbol() {}, text() {}, hexByte() {} });
 * ```
 */
export function tokenizeRtf(bytes: Uint8Array, handler: RtfHandler, maxDepth = MAX_RTF_DEPTH): void {
  const n = bytes.length;
  // Control words repeat endlessly: each is made into a string once, and the same string is handed out again.
  const words = new Map<number, string>();
  let depth = 0;
  let i = 0;
  while (i < n) {
    const c = bytes[i]!;
    if (c === OPEN) {
      if (++depth > maxDepth) {
        throw new ParseRejectionError(
          'RTF_TOO_DEEP',
          `The RTF file nests groups more than ${maxDepth} deep; no word processor writes that.`,
        );
      }
      handler.groupStart();
      i++;
    } else if (c === CLOSE) {
      if (depth === 0) throw corrupt('it closes a group it never opened');
      handler.groupEnd();
      i++;
      if (--depth === 0) return;
    } else if (c === BACKSLASH) {
      i = control(bytes, words, i, handler);
    } else if (c === CR || c === LF) {
      i++;
    } else {
      let j = i + 1;
      while (j < n) {
        const d = bytes[j]!;
        if (d === BACKSLASH || d === OPEN || d === CLOSE || d === CR || d === LF) break;
        j++;
      }
      if (depth === 0) throw corrupt('text stands outside its outermost group');
      handler.text(bytes, i, j);
      i = j;
    }
  }
  if (depth > 0) throw corrupt(`it ends inside ${depth} open group${depth === 1 ? '' : 's'} (truncated)`);
}

/** Reads the control word or symbol at `at` (a backslash); returns where the next token starts. */
/** The control word `bytes[start, end)`, from `words` when it was seen before (keyed by a hash, checked letter by letter). */
function wordOf(
  bytes: Uint8Array,
  start: number,
  end: number,
  hash: number,
  words: Map<number, string>,
): string {
  const known = words.get(hash);
  if (known !== undefined && known.length === end - start) {
    let same = true;
    for (let i = start; i < end && same; i++) same = known.charCodeAt(i - start) === bytes[i];
    if (same) return known;
  }
  let word = '';
  for (let i = start; i < end; i++) word += String.fromCharCode(bytes[i]!);
  words.set(hash, word);
  return word;
}

function control(bytes: Uint8Array, words: Map<number, string>, at: number, handler: RtfHandler): number {
  const n = bytes.length;
  if (at + 1 >= n) throw corrupt('it ends with a lone backslash (truncated)');
  const next = bytes[at + 1]!;
  if (isLetter(next)) {
    let i = at + 1;
    let hash = 0;
    while (i < n && isLetter(bytes[i]!)) {
      hash = (Math.imul(hash, 31) + bytes[i]!) | 0;
      i++;
      if (i - at - 1 > MAX_CONTROL_WORD_CHARS) {
        throw corrupt(`a control word is longer than ${MAX_CONTROL_WORD_CHARS} letters`);
      }
    }
    const word = wordOf(bytes, at + 1, i, hash, words);
    let parameter: number | null = null;
    const negative = i < n && bytes[i] === 0x2d && i + 1 < n && isDigit(bytes[i + 1]!);
    if (negative) i++;
    if (i < n && isDigit(bytes[i]!)) {
      let value = 0;
      let digits = 0;
      while (i < n && isDigit(bytes[i]!)) {
        value = value * 10 + (bytes[i]! - 0x30);
        i++;
        if (++digits > MAX_PARAMETER_DIGITS) throw corrupt(`the parameter of \\${word} is too long`);
      }
      parameter = negative ? -value : value;
    }
    // One space ends a control word and belongs to it.
    if (i < n && bytes[i] === 0x20) i++;
    handler.controlWord(word, parameter);
    if (word === 'bin' && parameter !== null && parameter > 0) i = Math.min(n, i + parameter);
    return i;
  }
  if (next === 0x27) {
    const high = at + 2 < n ? hexValue(bytes[at + 2]!) : -1;
    const low = at + 3 < n ? hexValue(bytes[at + 3]!) : -1;
    if (high < 0 || low < 0) throw corrupt("a \\' escape is not followed by two hex digits");
    handler.hexByte(high * 16 + low);
    return at + 4;
  }
  if (next === OPEN || next === CLOSE || next === BACKSLASH) {
    handler.text(bytes, at + 1, at + 2);
    return at + 2;
  }
  // A backslash before a line end is a paragraph mark, as `\par`.
  if (next === CR || next === LF) {
    handler.controlWord('par', null);
    return at + 2;
  }
  handler.controlSymbol(next);
  return at + 2;
}

import { createHash, type Hash, hash as hashOnce } from 'node:crypto';
import { collapsedText } from './collapsedText';
import type { SpacesSeen } from './types';

/** Nothing known of the lines' white space: every chunk is searched for white space other than spaces. */
const NOTHING_KNOWN: SpacesSeen = { plainSpaces: false };

/** Lines per hash update: few updates, each joined string small enough for the young generation. */
const LINES_PER_UPDATE = 256;

/**
 * {@link contentHash} of lines given one at a time, none kept beyond one chunk: sha256 hex of the text's
 * words joined by single spaces, every run of white space (line ends included) collapsed to one space and
 * the ends trimmed. `spaces`, read at each chunk: what the reader of the lines knows of their white space.
 *
 * @example
 * ```ts
 * const hasher = new LineHasher();
 * for (const line of ['', 'Headline  ', 'Body', '']) hasher.push(line);
 * hasher.digest() === contentHash(['Headline', 'Body'], 0, 2); // true
 * ```
 */
export class LineHasher {
  // Made at the first full update only: a short document is hashed in one shot, without a Hash object.
  private hash: Hash | null = null;
  /** Lines not hashed yet. */
  private lines: string[] = [];
  /** Whether any word was hashed: the next chunk's words then follow a space. */
  private written = false;

  constructor(private readonly spaces: SpacesSeen = NOTHING_KNOWN) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length >= LINES_PER_UPDATE) this.flush();
  }

  digest(): string {
    if (this.hash === null) return hashOnce('sha256', this.collapsed(), 'hex');
    this.flush();
    return this.hash.digest('hex');
  }

  private flush(): void {
    const text = this.collapsed();
    this.lines = [];
    if (text === '') return;
    this.hash ??= createHash('sha256');
    // A line end always stands between two chunks: their words are one space apart.
    this.hash.update(this.written ? ` ${text}` : text);
    this.written = true;
  }

  /** The lines not hashed yet, collapsed: every line read so far has been handed on, these among them. */
  private collapsed(): string {
    return collapsedText(this.lines, 0, this.lines.length, this.spaces.plainSpaces);
  }
}

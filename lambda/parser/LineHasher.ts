import { createHash, type Hash } from 'node:crypto';

/** Pieces of text per hash update: few updates, each joined string small enough for the young generation. */
const PARTS_PER_UPDATE = 512;

/**
 * {@link contentHash} of lines given one at a time, none kept: sha256 hex of the lines joined with LF,
 * trailing white space trimmed from every line, blank lines before and after the text dropped.
 *
 * @example
 * ```ts
 * const hasher = new LineHasher();
 * for (const line of ['', 'Headline  ', 'Body', '']) hasher.push(line);
 * hasher.digest() === contentHash(['Headline', 'Body'], 0, 2); // true
 * ```
 */
export class LineHasher {
  private readonly hash: Hash = createHash('sha256');
  private parts: string[] = [];
  private started = false;
  /** Blank lines since the last line with text: written only if text follows. */
  private blanks = 0;

  push(line: string): void {
    const text = line.trimEnd();
    if (text === '') {
      if (this.started) this.blanks++;
      return;
    }
    if (this.started) this.parts.push(this.blanks === 0 ? '\n' : '\n'.repeat(this.blanks + 1));
    this.started = true;
    this.blanks = 0;
    this.parts.push(text);
    if (this.parts.length >= PARTS_PER_UPDATE) this.flush();
  }

  digest(): string {
    this.flush();
    return this.hash.digest('hex');
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.hash.update(this.parts.join(''));
    this.parts = [];
  }
}

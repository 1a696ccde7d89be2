import { createHash, type Hash, hash as hashOnce } from 'node:crypto';

/** Lines per hash update: few updates, each joined string small enough for the young generation. */
const LINES_PER_UPDATE = 256;

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
  // Made at the first full update only: a short document is hashed in one shot, without a Hash object.
  private hash: Hash | null = null;
  /** Lines not hashed yet, blank ones between text as '' (joined with LF, they give the text). */
  private parts: string[] = [];
  private started = false;
  private updated = false;
  /** Blank lines since the last line with text: written only if text follows. */
  private blanks = 0;

  push(line: string): void {
    const text = line.trimEnd();
    if (text === '') {
      if (this.started) this.blanks++;
      return;
    }
    for (; this.blanks > 0; this.blanks--) this.add('');
    this.started = true;
    this.add(text);
  }

  digest(): string {
    if (this.hash === null) return hashOnce('sha256', this.parts.join('\n'), 'hex');
    this.flush();
    return this.hash.digest('hex');
  }

  private add(text: string): void {
    this.parts.push(text);
    if (this.parts.length >= LINES_PER_UPDATE) this.flush();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join('\n');
    // The LF between the last line of one update and the first of the next.
    this.hash ??= createHash('sha256');
    this.hash.update(this.updated ? `\n${text}` : text);
    this.updated = true;
    this.parts = [];
  }
}

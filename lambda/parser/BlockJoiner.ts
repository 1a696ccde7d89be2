import { joinBlock } from './joinBlock';

/** Lines joined at a time: a block of millions of short lines never stands as an array of them. */
const LINES_PER_GROUP = 1_024;

/**
 * One block of trimmed, non-blank lines, given line by line and joined as it comes: {@link joinBlock}
 * of all its lines (or of all but the first, for a headline taken from it), without holding them.
 * Lines are trimmed and never blank, so groups meet at exactly one space and no run of blanks crosses
 * from one line to the next: joining in groups gives what joining at once gives.
 *
 * @example
 * ```ts
 * const block = new BlockJoiner();
 * block.push('The council voted');
 * block.push('on  Tuesday.');
 * block.text(); // 'The council voted on Tuesday.'
 * ```
 */
export class BlockJoiner {
  /** The first line, as printed (trimmed). */
  first = '';
  /** The second line, as printed (trimmed); '' when there is none. */
  second = '';
  /** Lines in the block. */
  count = 0;
  private readonly groups: string[] = [];
  private pending: string[] = [];

  push(line: string): void {
    if (this.count === 0) this.first = line;
    else if (this.count === 1) this.second = line;
    this.count++;
    this.pending.push(line);
    if (this.pending.length >= LINES_PER_GROUP) {
      this.groups.push(joinBlock(this.pending));
      this.pending = [];
    }
  }

  /** All the block's lines, joined. */
  text(): string {
    if (this.groups.length === 0) return joinBlock(this.pending);
    if (this.pending.length > 0) {
      this.groups.push(joinBlock(this.pending));
      this.pending = [];
    }
    return this.groups.length === 1 ? this.groups[0]! : this.groups.join(' ');
  }

  /** The lines after the first, joined ('' when there are none): the text past the first line and its space. */
  rest(): string {
    if (this.groups.length === 0) return joinBlock(this.pending.slice(1));
    return this.text().slice(joinBlock([this.first]).length + 1);
  }
}

import { joinBlock } from './joinBlock';

/** Lines joined at a time: a block of millions of short lines never stands as an array of them. */
const LINES_PER_GROUP = 1_024;

/**
 * One block of trimmed, non-blank lines, given line by line and joined as it comes: {@link joinBlock}
 * of all its lines (or of all but the first, for a headline taken from it), without holding them.
 * Lines are trimmed and never blank, so the groups meet at exactly one space and joining them in
 * groups gives what joining them at once gives.
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
    if (this.count++ === 0) {
      this.first = line;
      return;
    }
    if (this.count === 2) this.second = line;
    this.pending.push(line);
    if (this.pending.length >= LINES_PER_GROUP) {
      this.groups.push(joinBlock(this.pending));
      this.pending = [];
    }
  }

  /** The lines after the first, joined; '' when there are none. */
  rest(): string {
    if (this.pending.length > 0) {
      this.groups.push(joinBlock(this.pending));
      this.pending = [];
    }
    return this.groups.length === 1 ? this.groups[0]! : this.groups.join(' ');
  }

  /** All the block's lines, joined. */
  text(): string {
    const first = joinBlock([this.first]);
    return this.count === 1 ? first : `${first} ${this.rest()}`;
  }
}

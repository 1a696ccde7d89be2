import { ParseRejectionError } from '../errors';

/**
 * The bytes an upload may still inflate, shared by all its members (and by the members of a nested
 * ZIP), so that many small members cannot add up to a bomb.
 *
 * @example
 * ```ts
 * const budget = new InflateBudget(134_217_728);
 * budget.spend(65_536, 'word/document.xml'); // throws DECOMPRESSED_TOO_LARGE once the total passes the cap
 * ```
 */
export class InflateBudget {
  private spent = 0;

  constructor(readonly maxInflatedBytes: number) {}

  /** Counts `bytes` more inflated from `member`. */
  spend(bytes: number, member: string): void {
    this.spent += bytes;
    if (this.spent > this.maxInflatedBytes) {
      throw new ParseRejectionError(
        'DECOMPRESSED_TOO_LARGE',
        `The archive inflates to more than the ${this.maxInflatedBytes}-byte limit (reached in ${member}); it was not inflated further.`,
      );
    }
  }

  /** Bytes inflated so far. */
  get total(): number {
    return this.spent;
  }
}

/** One row of the table local mode prints: an article, or an object that gave none. */
export interface LandedRow {
  key: string;
  /** The article's or source's status, or `DLQ` / `SKIPPED` / `NO RECORD` for an object without a source record. */
  status: string;
  publication: string;
  /** The headline, or why there is no article. */
  headline: string;
  authors: string;
}

/** Messages between the bigFile suite and its pipeline process. */

/** What one export cost to store, measured in the pipeline process. */
export interface BigFileRun {
  type: 'done';
  bytes: number;
  /** Upload to the last record stored (or to the time bound). */
  wallMs: number;
  /** How the object ended: `PARSED`, `PROCESSING`, `REJECTED`, `FAILED`, or `none` without a record. */
  status: string;
  /** The tracker's word: processed, dead-lettered, unfinished. */
  delivery: string;
  articles: number;
  /** Invocations of the function (its `Processed batch` INFO lines, plus invocations that timed out). */
  invocations: number;
  timedOut: number;
  /** GetObject requests the function sent to S3. */
  getObjectRequests: number;
  /** DynamoDB write units the function consumed (table and indexes), as DynamoDB Local reported them. */
  writeUnits: number;
  /** Peak RSS of the pipeline process: the function's worker, s3rver and fauxqs (not DynamoDB Local). */
  peakRssMb: number;
  /** Peak RSS of DynamoDB Local's JVM, where /proc tells. */
  dynamoDbLocalPeakRssMb?: number;
  /** Numbers the handler logs per slice, where it does (e.g. parseMs, documents), by field: every value. */
  sliceFields: Record<string, number[]>;
}

export type BigFileCommand = { type: 'stop' };

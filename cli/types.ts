import type { Writable } from 'node:stream';

/** Where a command writes: stdout for results, stderr for messages and progress. Injected for tests. */
export interface CommandIo {
  stdout: Writable;
  stderr: Writable;
  /**
   * Folder relative paths are resolved against.
   * @default process.cwd()
   */
  workingDirectory?: string;
}

/** How results are printed: a readable table, JSON Lines, or CSV (RFC 4180). */
export type OutputFormat = 'table' | 'json' | 'csv';

/** The options every command that talks to a pipeline accepts (`--stack`, `--bucket`, …). */
export interface TargetOptions {
  stack?: string;
  /** Output name prefix of a second pipeline in the same stack (`Archive` for `ArchiveBucketName`). */
  outputPrefix?: string;
  bucket?: string;
  table?: string;
  queue?: string;
  dlq?: string;
  region?: string;
  profile?: string;
  /** Data folder of the local pipeline to target (as given to `local --data-dir`). */
  dataDir?: string;
}

/** How the SDK clients of a target are configured. */
export interface ClientSettings {
  region?: string;
  profile?: string;
  /** Local servers: one endpoint per service, with the credentials they accept. */
  local?: {
    endpoints: { s3: string; dynamodb: string; sqs: string };
    credentials: { accessKeyId: string; secretAccessKey: string };
  };
}

/** The pipeline a command works on: its resource names and how to reach them. */
export interface PipelineTarget {
  /** For messages: `local pipeline (pid 4242)`, `stack ArticlePipeline in eu-west-1`, `AWS`. */
  description: string;
  bucket?: string;
  table?: string;
  queueUrl?: string;
  deadLetterQueueUrl?: string;
  /** Only keys under this prefix produce events, when known (a local pipeline's notification filter). */
  keyPrefix?: string;
  clients: ClientSettings;
}

/** The pipeline outputs the CLI reads from a CloudFormation stack, by output name without prefix. */
export interface StackPipelineOutputs {
  BucketName?: string;
  TableName?: string;
  QueueUrl?: string;
  DeadLetterQueueUrl?: string;
}

/** One file to upload and the key it goes to. */
export interface UploadFile {
  /** The path as found on disk. */
  path: string;
  key: string;
  size: number;
}

/** What a file's bytes hash to: compared with the object's ETag (MD5) or its `sha256` metadata. */
export interface FileFingerprint {
  md5Hex: string;
  sha256Hex: string;
}

/** What the bucket holds under a key, as far as the upload's skip decision needs. */
export interface RemoteObject {
  size: number;
  /** Without quotes. */
  eTag: string;
  /** The `sha256` metadata this CLI writes, when read with HeadObject. */
  sha256?: string;
}

/** The outcome of one file of an upload. */
export type UploadOutcome = 'uploaded' | 'unchanged' | 'failed';

/** Totals of an upload run. */
export interface UploadSummary {
  files: number;
  uploaded: number;
  unchanged: number;
  failed: { path: string; key: string; error: string }[];
  bytesUploaded: number;
  bytesTotal: number;
  elapsedMs: number;
}

/** A key's state as `status` reports it. */
/** `PROCESSING`: a write of the key's current object is under way in slices (`articleCount` is how far). */
export type KeyState = 'PARSED' | 'REJECTED' | 'FAILED' | 'DELETED' | 'PROCESSING' | 'PENDING';

/** One row of `status`. */
export interface KeyStatus {
  key: string;
  state: KeyState;
  articleCount: number | null;
  /** Why a key is rejected, failed or pending; null when there is nothing to say. */
  detail: string | null;
  parserVersion: string | null;
  processedAt: string | null;
}

/** A column of a printed table or CSV: its header and how to read the cell from a row. */
export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
  /**
   * Widest the cell may be in a table (longer text is cut with an ellipsis); CSV is never cut.
   * @default unlimited
   */
  maxWidth?: number;
}

/** The text of one document file inside a container upload, as the parser read it (`parse --explain`). */
export interface ContainerText {
  /** The ZIP member's path (as `container.member` names it); absent for a DOCX upload. */
  member?: string;
  /** Its lines, numbered as the articles' provenance numbers them; none for a member not read. */
  lines: readonly string[];
  /** Why the member was not read, as the parser's rejection says it. */
  rejection?: string;
}

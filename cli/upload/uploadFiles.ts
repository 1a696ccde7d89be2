import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { mapConcurrent } from '../../lambda/store/mapConcurrent';
import { explainError } from '../explainError';
import type { ProgressReporter } from '../progress/createProgressReporter';
import { retryWithBackoff } from '../retryWithBackoff';
import type { RemoteObject, UploadFile, UploadOutcome, UploadSummary } from '../types';
import { commonPrefix } from './commonPrefix';
import { fingerprintBytes } from './fingerprintBytes';
import { headRemoteObject, SHA256_METADATA_KEY } from './headRemoteObject';
import { isSameContent } from './isSameContent';
import { listRemoteObjects } from './listRemoteObjects';

/** How {@link uploadFiles} works. */
export interface UploadFilesOptions {
  s3: S3Client;
  bucket: string;
  files: readonly UploadFile[];
  /** Resolves the files' paths. */
  cwd: string;
  progress: ProgressReporter;
  /**
   * Files read, hashed and sent at once.
   * @default 8
   */
  concurrency?: number;
  /**
   * Above this many files, one listing of their common prefix replaces a HeadObject per file.
   * @default 1_000
   */
  listingThreshold?: number;
  /**
   * Attempts per file, on top of the SDK's own retries of throttling and server errors.
   * @default 3
   */
  attempts?: number;
  /** Send every file, even one whose content the bucket already holds. */
  force?: boolean;
}

/**
 * Uploads files with bounded concurrency, skipping each one the bucket already holds with the same content
 * (so uploading a folder twice sends nothing new), retrying failures with back-off, and recording each
 * file's SHA-256 as `sha256` metadata. A file that fails every attempt is counted and reported, the others
 * go on; an error the user must fix (credentials, a missing bucket) stops the whole upload.
 *
 * @example
 * const summary = await uploadFiles({ s3, bucket: 'incoming', files, cwd: process.cwd(), progress });
 * summary.uploaded; // files sent
 */
export async function uploadFiles(options: UploadFilesOptions): Promise<UploadSummary> {
  const { s3, bucket, files, progress } = options;
  const startedAt = Date.now();
  const listing =
    !options.force && files.length > (options.listingThreshold ?? 1_000)
      ? await listRemoteObjects(s3, bucket, commonPrefix(files.map((file) => file.key)))
      : undefined;
  const summary: UploadSummary = {
    files: files.length,
    uploaded: 0,
    unchanged: 0,
    failed: [],
    bytesUploaded: 0,
    bytesTotal: files.reduce((sum, file) => sum + file.size, 0),
    elapsedMs: 0,
  };
  let fatal: unknown;
  await mapConcurrent(files, options.concurrency ?? 8, async (file) => {
    if (fatal !== undefined) return;
    let outcome: UploadOutcome;
    let size = file.size;
    try {
      const result = await uploadOne(file, listing, options);
      outcome = result.outcome;
      size = result.size;
    } catch (error) {
      if (explainError(error) !== undefined) {
        fatal ??= error;
        return;
      }
      outcome = 'failed';
      summary.failed.push({ path: file.path, key: file.key, error: describe(error) });
    }
    if (outcome === 'uploaded') {
      summary.uploaded++;
      summary.bytesUploaded += size;
    } else if (outcome === 'unchanged') {
      summary.unchanged++;
    }
    progress.advance(1, file.size);
  });
  if (fatal !== undefined) throw fatal;
  summary.elapsedMs = Date.now() - startedAt;
  return summary;
}

async function uploadOne(
  file: UploadFile,
  listing: Map<string, RemoteObject> | undefined,
  options: UploadFilesOptions,
): Promise<{ outcome: UploadOutcome; size: number }> {
  const bytes = await readFile(resolve(options.cwd, file.path));
  const fingerprint = fingerprintBytes(bytes);
  if (!options.force) {
    let remote =
      listing === undefined
        ? await headRemoteObject(options.s3, options.bucket, file.key)
        : listing.get(file.key);
    // A listed ETag that is not an MD5 (multipart, SSE-KMS) says nothing: the metadata may.
    if (
      remote !== undefined &&
      listing !== undefined &&
      remote.size === bytes.length &&
      !/^[0-9a-f]{32}$/i.test(remote.eTag)
    ) {
      remote = await headRemoteObject(options.s3, options.bucket, file.key);
    }
    if (remote !== undefined && isSameContent(remote, bytes.length, fingerprint)) {
      return { outcome: 'unchanged', size: bytes.length };
    }
  }
  await retryWithBackoff(
    () =>
      options.s3.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: file.key,
          Body: bytes,
          ContentLength: bytes.length,
          // S3 checks the bytes it received against this and refuses a damaged upload.
          ContentMD5: Buffer.from(fingerprint.md5Hex, 'hex').toString('base64'),
          Metadata: { [SHA256_METADATA_KEY]: fingerprint.sha256Hex },
        }),
      ),
    { attempts: options.attempts ?? 3, isRetryable: (error) => explainError(error) === undefined },
  );
  return { outcome: 'uploaded', size: bytes.length };
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

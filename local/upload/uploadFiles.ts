import { readFile } from 'node:fs/promises';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { UploadFile } from './collectUploadFiles';

/** An uploaded file. */
export interface UploadResult extends UploadFile {
  size: number;
}

/**
 * Puts each file into the bucket under its key, a few at a time, and resolves once all are stored. The
 * local S3 server raises each object's event before it answers the PUT, so when this resolves every event
 * has been stamped.
 *
 * @example
 * await uploadFiles(s3, 'incoming', [{ file: 'seeds/a.txt', key: 'a.txt' }]);
 */
export async function uploadFiles(
  s3: S3Client,
  bucket: string,
  files: UploadFile[],
  concurrency = 4,
): Promise<UploadResult[]> {
  const results: UploadResult[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      const body = await readFile(file.file);
      await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: file.key, Body: body, ContentLength: body.length }),
      );
      results[index] = { ...file, size: body.length };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return results;
}

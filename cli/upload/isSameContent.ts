import type { FileFingerprint, RemoteObject } from '../types';

/**
 * Whether the object already holds these bytes: same size, and an ETag equal to their MD5 (a single-part
 * upload to an SSE-S3 or unencrypted bucket) or `sha256` metadata equal to their SHA-256 (what this CLI
 * writes, and what still holds for multipart or SSE-KMS objects, whose ETag is not an MD5).
 *
 * @example
 * isSameContent({ size: 3, eTag: '900150983cd24fb0d6963f7d28e17f72' }, 3, fingerprintBytes(abc)); // true
 */
export function isSameContent(remote: RemoteObject, size: number, fingerprint: FileFingerprint): boolean {
  if (remote.size !== size) return false;
  return remote.eTag.toLowerCase() === fingerprint.md5Hex || remote.sha256 === fingerprint.sha256Hex;
}

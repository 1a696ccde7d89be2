import { createHash } from 'node:crypto';
import type { FileFingerprint } from '../types';

/**
 * The MD5 (what S3 reports as the ETag of a single-part upload) and SHA-256 (what this CLI stores as the
 * object's `sha256` metadata) of a file's bytes.
 *
 * @example
 * fingerprintBytes(new TextEncoder().encode('abc')).md5Hex; // '900150983cd24fb0d6963f7d28e17f72'
 */
export function fingerprintBytes(bytes: Uint8Array): FileFingerprint {
  return {
    md5Hex: createHash('md5').update(bytes).digest('hex'),
    sha256Hex: createHash('sha256').update(bytes).digest('hex'),
  };
}

import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { IngestBundle } from './types';

/** Sizes of one bundle, in bytes. */
export interface BundleFileSizes {
  /** `index.js`: the code Node.js loads. */
  bytes: number;
  /** `index.js` gzip-compressed (level 9): about what it weighs in the deployment zip. */
  gzipBytes: number;
  /** `index.js.map`, deployed alongside for `--enable-source-maps`. */
  sourceMapBytes: number;
  /** Both files gzip-compressed: about the size of the zip CDK uploads. */
  deployedGzipBytes: number;
}

/**
 * Measures a synthesized asset folder: the code, its gzip size, and the source map deployed with it.
 *
 * @example
 * ```ts
 * const { bytes, gzipBytes } = measureBundleFiles(bundles.sdkExternal);
 * ```
 */
export function measureBundleFiles(bundle: IngestBundle): BundleFileSizes {
  const code = readFileSync(bundle.codeFile);
  const mapFile = `${bundle.codeFile}.map`;
  const map =
    statSync(mapFile, { throwIfNoEntry: false }) === undefined ? Buffer.alloc(0) : readFileSync(mapFile);
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  return {
    bytes: code.length,
    gzipBytes,
    sourceMapBytes: map.length,
    deployedGzipBytes: gzipBytes + (map.length === 0 ? 0 : gzipSync(map, { level: 9 }).length),
  };
}

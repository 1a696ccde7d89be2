import { sniffFactiva } from './factiva/sniffFactiva';
import { gzipHead } from './gzipHead';
import { rtfStart } from './rtfStart';
import { UploadHead } from './UploadHead';
import { sniffVendor } from './vendors/sniffVendor';

/**
 * Whether a gzip upload holds an export that a reader loaded on demand reads (RTF, Factiva XML or
 * field-code text, ProQuest or Mediargus text, an e-mail), told from its first inflated bytes only. Such an
 * upload is inflated and read like the same file uncompressed; without this the text parser would read it
 * as one plain-text article. HTML inside gzip is the HTML layer's own (it inflates by itself).
 *
 * @example
 * ```ts
 * isGzippedExport(gzipSync(proquestTextExport)); // true
 * isGzippedExport(gzipSync('Just a story.')); // false
 * ```
 */
export function isGzippedExport(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return false;
  const head = gzipHead(bytes);
  if (head.length === 0) return false;
  if (rtfStart(head) !== -1) return true;
  // One decoded view of the inflated head for both sniffers.
  const view = new UploadHead(head);
  return sniffFactiva(view) !== null || sniffVendor(view) !== null;
}

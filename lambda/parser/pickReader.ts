import { sniffContainer } from './containers/sniffContainer';
import { sniffFactiva } from './factiva/sniffFactiva';
import type { FactivaLayout } from './factiva/types';
import { isGzippedExport } from './isGzippedExport';
import { looksLikeHtml } from './looksLikeHtml';
import { rtfStart } from './rtfStart';
import { UploadHead } from './UploadHead';
import { sniffVendor } from './vendors/sniffVendor';
import type { VendorLayout } from './vendors/types';

/** Which reader loaded on demand an upload's bytes go to. */
export type ReaderChoice =
  | { reader: 'container' }
  | { reader: 'gzipped' }
  | { reader: 'rtf' }
  | { reader: 'factiva'; layout: FactivaLayout }
  | { reader: 'html' }
  | { reader: 'vendor'; layout: VendorLayout };

/**
 * The one place that tells, from the bytes alone and in order of precedence, which reader loaded on demand
 * reads an upload: a DOCX/ZIP/PDF container, a vendor export inside gzip, RTF, Factiva, HTML (an e-mail
 * before it: its HTML part is read through its MIME reader), another vendor's text export or e-mail. Null
 * sends it to the text parser. `parseDocuments` dispatches on it and `parseFile` asks it whether to.
 * Every upload is asked all of this, most of them small texts that no check takes: the byte checks come
 * first, and the sniffers that read text share one decoded head ({@link UploadHead}).
 *
 * @example
 * ```ts
 * pickReader(new TextEncoder().encode('{\\rtf1\\ansi …}')); // { reader: 'rtf' }
 * pickReader(new TextEncoder().encode('Just a story.')); // null
 * ```
 */
export function pickReader(bytes: Uint8Array): ReaderChoice | null {
  if (sniffContainer(bytes) !== null) return { reader: 'container' };
  if (isGzippedExport(bytes)) return { reader: 'gzipped' };
  if (rtfStart(bytes) !== -1) return { reader: 'rtf' };
  const head = new UploadHead(bytes);
  const factiva = sniffFactiva(head);
  if (factiva !== null) return { reader: 'factiva', layout: factiva };
  const layout = sniffVendor(head);
  if (layout !== 'email' && looksLikeHtml(bytes)) return { reader: 'html' };
  if (layout !== null) return { reader: 'vendor', layout };
  return null;
}

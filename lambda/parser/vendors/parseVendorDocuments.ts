import { tooLargeRejection } from '../tooLargeRejection';
import type { ParseDocumentsOptions, ParseEvent } from '../types';
import { readMediargusText } from './readMediargusText';
import { readProQuestText } from './readProQuestText';
import type { VendorLayout } from './types';
import { vendorEvents } from './vendorEvents';

/**
 * Parses an upload of another news database (the ProQuest and Mediargus text exports, an e-mail; `sniffVendor` told its layout) into
 * the events of `parseDocuments`, with the same positions, `resumeAfter` and provenance as the text
 * parser. Loaded on demand, so other uploads (and the cold start) never pay for it. A file with the
 * vendor's markers that gives no document is rejected naming what it looked like.
 *
 * @example
 * ```ts
 * for await (const event of parseVendorDocuments(bytes, 'proquest-text', {})) console.log(event.kind);
 * ```
 */
export async function* parseVendorDocuments(
  bytes: Uint8Array,
  layout: VendorLayout,
  options: ParseDocumentsOptions,
): AsyncGenerator<ParseEvent, void, undefined> {
  const tooLarge = tooLargeRejection(bytes, options);
  if (tooLarge !== null) {
    yield { kind: 'rejected', rejection: tooLarge };
    return;
  }
  const skipThrough = options.resumeAfter?.documentIndex ?? 0;
  const enrich = options.enrich !== false;
  const provenance = options.provenance !== false;
  if (layout === 'proquest-text') {
    const { encoding, documents } = readProQuestText(bytes, skipThrough, provenance);
    const info = { format: 'proquest', encoding, compressed: false } as const;
    yield* vendorEvents(info, documents, skipThrough, enrich, 'a ProQuest plain-text export');
    return;
  }
  if (layout === 'mediargus-text') {
    const { encoding, documents } = readMediargusText(bytes, skipThrough, provenance);
    const info = { format: 'mediargus', encoding, compressed: false } as const;
    yield* vendorEvents(info, documents, skipThrough, enrich, 'a Mediargus text export');
    return;
  }
  // An e-mail's HTML part goes to the HTML layer, loaded only now.
  const { parseEmailDocuments } = await import('./parseEmailDocuments');
  yield* parseEmailDocuments(bytes, options);
}

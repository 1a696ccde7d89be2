import { ParseRejectionError } from '../errors';
import type { ParseDocumentsOptions, ParseEvent, Rejection } from '../types';
import { readMime } from './readMime';
import type { VendorLayout } from './types';

function toRejection(error: unknown): Rejection {
  if (error instanceof ParseRejectionError) return error.toRejection();
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'PARSER_ERROR', message: `The parser failed on this file: ${reason}.` };
}

/**
 * Parses an e-mail or vendor HTML upload into the events of `parseDocuments`. An e-mail that is not a
 * ProQuest results mail is rejected as an e-mail (`UNRECOGNIZED_LAYOUT`), never read as plain text.
 *
 * @example
 * ```ts
 * for await (const event of parseMarkupDocuments(emlBytes, 'email', {})) console.log(event.kind);
 * ```
 */
export async function* parseMarkupDocuments(
  bytes: Uint8Array,
  layout: VendorLayout,
  _options: ParseDocumentsOptions,
): AsyncGenerator<ParseEvent, void, undefined> {
  try {
    if (layout === 'email') {
      const html = readMime(bytes);
      if (html === null)
        throw new ParseRejectionError(
          'UNRECOGNIZED_LAYOUT',
          'The file is an e-mail with no HTML part: not a ProQuest results mail, the only e-mail the parser reads.',
        );
    }
    throw new ParseRejectionError('UNRECOGNIZED_LAYOUT', `The ${layout} reader is not available yet.`);
  } catch (error) {
    yield { kind: 'rejected', rejection: toRejection(error) };
  }
}

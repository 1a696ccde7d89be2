import { z } from 'zod';
import { openEnum } from './openEnum';

/**
 * Why a file gave no article: a machine-readable `code` and one human-readable sentence. New codes may be
 * added without a schema version bump: treat an unknown code as "rejected, see the message".
 *
 * @example
 * rejectionSchema.parse({ code: 'EMPTY', message: 'The file is empty.' });
 */
export const rejectionSchema = z.object({
  code: openEnum([
    'EMPTY',
    'BINARY',
    'UNSUPPORTED_FORMAT',
    'TOO_LARGE',
    'DECOMPRESSED_TOO_LARGE',
    'CORRUPT_COMPRESSION',
    'NO_ARTICLE',
    'PARSER_ERROR',
    'TOO_MANY_MEMBERS',
    'COMPRESSION_RATIO_TOO_HIGH',
    'CORRUPT_CONTAINER',
    'ENCRYPTED',
    'NESTED_TOO_DEEP',
    'NO_TEXT',
    'UNRECOGNIZED_LAYOUT',
    'MALFORMED_EXPORT',
    'CORRUPT_RTF',
    'RTF_TOO_DEEP',
    'LEGACY_WORD_DOC',
    'TOO_MANY_PARTS',
    'PART_TOO_LARGE',
    'NO_TEXT_LAYER',
    'TOO_MANY_PAGES',
    'PDF_TOO_COMPLEX',
  ]).describe(
    'Machine-readable reason, an open enumeration (schema version 3): treat an unknown code as "rejected, see the message". PARSER_ERROR is a defect of the parser itself.',
  ),
  message: z.string().describe('One human-readable sentence, naming the format where one was recognised.'),
});

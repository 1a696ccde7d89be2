import { z } from 'zod';

/**
 * An open enumeration (schema version 3): the published JSON Schema lists the known values (`anyOf` the
 * `enum` and any string), and a reader accepts any string, since a newer writer may add a value. The
 * inferred type keeps the known values for completion: `'a' | 'b' | (string & {})`.
 *
 * @example
 * const formatSchema = openEnum(['pressreader', 'nexis', 'plain']);
 * formatSchema.parse('docx'); // 'docx'
 */
export function openEnum<const T extends readonly [string, ...string[]]>(
  values: T,
): z.ZodType<T[number] | (string & {})> {
  return z.union([z.enum(values), z.string()]) as unknown as z.ZodType<T[number] | (string & {})>;
}

import { InvalidCursorError } from './errors';

/**
 * Opaque page cursors: a JSON value in base64url, so a CLI can print it and pass it back.
 *
 * @example
 * ```ts
 * const cursor = pageCursor.encode({ before: '2021-09-01#ab…' });
 * pageCursor.decode(cursor); // { before: '2021-09-01#ab…' }
 * ```
 */
export const pageCursor = {
  encode(value: Record<string, unknown>): string {
    return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  },

  decode(cursor: string): Record<string, unknown> {
    try {
      const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return value as Record<string, unknown>;
      }
    } catch {
      // reported below
    }
    throw new InvalidCursorError();
  },
};

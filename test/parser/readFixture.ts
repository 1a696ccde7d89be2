import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The bytes of a file under the repository root: a fixture (`test/fixtures/parser/…`) or a seed.
 *
 * @example
 * ```ts
 * const bytes = readFixture('seeds/000_90b2515fab799f03.txt');
 * ```
 */
export function readFixture(path: string): Uint8Array {
  return readFileSync(ROOT + path);
}

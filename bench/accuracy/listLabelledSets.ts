import { readdir } from 'node:fs/promises';
import { ACCURACY_FIXTURES } from './readLabelledSet';

/**
 * The labelled sets under test/fixtures/accuracy, split by kind: a folder whose name starts with
 * `heldApart` holds keys written before the code that reads them (each pinned by a hash test), any other
 * keys that rules may be tuned to. A format issue adds its own pair of folders (`heldApartFactiva`,
 * `developmentFactiva`) and the bench scores them with the rest.
 *
 * @example
 * ```ts
 * const { heldApart, development } = await listLabelledSets(); // ['heldApart'], ['development']
 * ```
 */
export async function listLabelledSets(
  root = ACCURACY_FIXTURES,
): Promise<{ heldApart: string[]; development: string[] }> {
  const sets = (await readdir(root, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    heldApart: sets.filter((name) => name.startsWith('heldApart')),
    development: sets.filter((name) => !name.startsWith('heldApart')),
  };
}

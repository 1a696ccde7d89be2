import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AnswerKeyError } from './errors';
import { type AnswerKey, type ExpectedFields, KEY_FIELDS, type KeyField, type LabelledFile } from './types';

/** Where the labelled sets live: one folder per set. */
export const ACCURACY_FIXTURES = fileURLToPath(new URL('../../test/fixtures/accuracy/', import.meta.url));

const FORMATS = new Set(['nexis', 'nexis-uni', 'pressreader', 'plain']);
const NUMBER_FIELDS = new Set<KeyField>(['statedWordCount', 'paragraphCount']);

function checkExpected(path: string, where: string, expected: unknown): ExpectedFields {
  if (typeof expected !== 'object' || expected === null)
    throw new AnswerKeyError(path, `${where} is not an object`);
  for (const [field, value] of Object.entries(expected)) {
    if (!(KEY_FIELDS as readonly string[]).includes(field)) {
      throw new AnswerKeyError(path, `${where} names an unknown field "${field}"`);
    }
    const ok =
      field === 'authors'
        ? Array.isArray(value) && value.every((name) => typeof name === 'string')
        : NUMBER_FIELDS.has(field as KeyField)
          ? (Number.isInteger(value) && (value as number) >= 0) ||
            (value === null && field !== 'paragraphCount')
          : typeof value === 'string' || value === null;
    if (!ok) throw new AnswerKeyError(path, `${where}.${field} has the wrong type: ${JSON.stringify(value)}`);
  }
  return expected as ExpectedFields;
}

function checkKey(path: string, raw: unknown): AnswerKey {
  const key = raw as Partial<AnswerKey> | null;
  if (typeof key?.file !== 'string') throw new AnswerKeyError(path, 'has no "file"');
  if (!FORMATS.has(key.format as string))
    throw new AnswerKeyError(path, `has an unknown format "${key.format}"`);
  if (!Array.isArray(key.documents) || key.documents.length === 0)
    throw new AnswerKeyError(path, 'has no documents');
  const seen = new Set<number>();
  for (const [position, document] of key.documents.entries()) {
    const where = `documents[${position}]`;
    if (
      !Number.isInteger(document?.documentIndex) ||
      document.documentIndex < 1 ||
      seen.has(document.documentIndex)
    ) {
      throw new AnswerKeyError(path, `${where} has no documentIndex of its own`);
    }
    seen.add(document.documentIndex);
    if (!Array.isArray(document.classes) || !document.classes.every((name) => typeof name === 'string')) {
      throw new AnswerKeyError(path, `${where} has no list of classes`);
    }
    checkExpected(path, `${where}.expected`, document.expected);
  }
  return key as AnswerKey;
}

/**
 * Reads one labelled set (a folder of test/fixtures/accuracy): every `*.key.json` with the file it keys,
 * in name order. Throws {@link AnswerKeyError} on a key of the wrong shape, so a typo never scores.
 *
 * @example
 * ```ts
 * const heldApart = await readLabelledSet('heldApart');
 * heldApart[0]?.key.documents.length;
 * ```
 */
export async function readLabelledSet(set: string, root = ACCURACY_FIXTURES): Promise<LabelledFile[]> {
  const folder = `${root}${set}/`;
  const keyNames = (await readdir(folder)).filter((name) => name.endsWith('.key.json')).sort();
  return Promise.all(
    keyNames.map(async (name) => {
      const path = folder + name;
      const key = checkKey(path, JSON.parse(await readFile(path, 'utf8')));
      const bytes = await readFile(folder + key.file).catch(() => {
        throw new AnswerKeyError(path, `keys "${key.file}", which is not in ${set}/`);
      });
      return { set, key, bytes: new Uint8Array(bytes) };
    }),
  );
}

import { HASHED_NAME_MARK } from './encodeStoreKeyName';

/**
 * The object key of a readable name that {@link encodeStoreKeyName} gave, or undefined for a hashed name
 * (`~…`), whose key the store keeps in a file beside the object.
 *
 * @example
 * decodeStoreKeyName('..%2Fx'); // '../x'
 * decodeStoreKeyName('~9f86d0…'); // undefined
 */
export function decodeStoreKeyName(name: string): string | undefined {
  if (name.startsWith(HASHED_NAME_MARK)) return undefined;
  const bytes: number[] = [];
  for (let index = 0; index < name.length; index++) {
    if (name[index] === '%') {
      bytes.push(Number.parseInt(name.slice(index + 1, index + 3), 16));
      index += 2;
    } else bytes.push(name.charCodeAt(index));
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * An upper estimate of the size DynamoDB counts for an item, by the rules of its developer guide: names and
 * strings in UTF-8 bytes, numbers up to 21 bytes, binary by length, 3 bytes plus 1 per element for lists
 * and maps, 1 byte for booleans and null. `undefined` attributes are not stored and count nothing.
 *
 * @example
 * ```ts
 * dynamoItemSize({ pk: 'A', n: 12 }); // 6: 'pk' + 'A' = 3, 'n' + 12 = 3
 * ```
 */
export function dynamoItemSize(item: Record<string, unknown>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value === undefined) continue;
    size += Buffer.byteLength(name, 'utf8') + valueSize(value);
  }
  return size;
}

function valueSize(value: unknown): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  if (typeof value === 'number' || typeof value === 'bigint') return numberSize(String(value));
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) {
    let size = 0;
    for (const element of value) size += valueSize(element);
    return size;
  }
  if (Array.isArray(value)) {
    let size = 3;
    for (const element of value) size += 1 + valueSize(element ?? null);
    return size;
  }
  if (typeof value === 'object') {
    let size = 3;
    for (const [name, element] of Object.entries(value)) {
      if (element === undefined) continue;
      size += 1 + Buffer.byteLength(name, 'utf8') + valueSize(element);
    }
    return size;
  }
  return 0;
}

function numberSize(text: string): number {
  const digits = text.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '');
  return Math.min(21, Math.ceil(Math.max(digits.length, 1) / 2) + 1);
}

import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * The size DynamoDB bills for an item in its wire form (`{ "pk": { "S": "…" } }`), by the rules of the
 * developer guide's "Item sizes and formats": attribute names and strings as UTF-8 bytes, binary as its
 * decoded length, a number as its significant digits ÷ 2 + 1 (at most 21), null and booleans 1 byte, a
 * list or map 3 bytes plus 1 byte per element (a map's element names counted), a set as its elements.
 * Independent of the store's own estimate, so the two can check each other.
 *
 * @example
 * ```ts
 * dynamoItemBytes({ pk: { S: 'A' }, n: { N: '12' } }); // 6
 * ```
 */
export function dynamoItemBytes(item: Record<string, AttributeValue>): number {
  let bytes = 0;
  for (const [name, value] of Object.entries(item))
    bytes += Buffer.byteLength(name, 'utf8') + valueBytes(value);
  return bytes;
}

function valueBytes(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S, 'utf8');
  if (value.N !== undefined) return numberBytes(value.N);
  if (value.B !== undefined) return binaryBytes(value.B);
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined)
    return value.SS.reduce((sum, element) => sum + Buffer.byteLength(element, 'utf8'), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, element) => sum + numberBytes(element), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, element) => sum + binaryBytes(element), 0);
  if (value.L !== undefined) return value.L.reduce((sum, element) => sum + 1 + valueBytes(element), 3);
  if (value.M !== undefined) {
    return Object.entries(value.M).reduce(
      (sum, [name, element]) => sum + 1 + Buffer.byteLength(name, 'utf8') + valueBytes(element),
      3,
    );
  }
  return 0;
}

/** In the JSON the SDK sends, binary is base64; as a Uint8Array it is raw. */
function binaryBytes(value: Uint8Array | string): number {
  return typeof value === 'string' ? Buffer.from(value, 'base64').length : value.byteLength;
}

function numberBytes(text: string): number {
  const digits = text
    .replace(/^[-+]/, '')
    .replace(/e.*$/i, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.min(21, Math.ceil(Math.max(digits.length, 1) / 2) + 1);
}

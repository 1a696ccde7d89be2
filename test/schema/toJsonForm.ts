/**
 * A record as JSON carries it: binary values as base64 strings, sets as arrays (what the published JSON
 * Schemas describe), everything else as is.
 *
 * @example
 * toJsonForm({ body: new Uint8Array([1]) }); // { body: 'AQ==' }
 */
export function toJsonForm(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (value instanceof Set) return [...value].map(toJsonForm);
  if (Array.isArray(value)) return value.map(toJsonForm);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJsonForm(inner)]));
  }
  return value;
}

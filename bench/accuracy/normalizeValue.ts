/**
 * A value as the scorer compares it: strings with runs of white space as one space and trimmed (an empty
 * string is null), lists item by item, numbers and null as they are.
 *
 * @example
 * ```ts
 * normalizeValue('  Two  hurt\nin storm '); // 'Two hurt in storm'
 * normalizeValue(['Ann  Lee']); // ['Ann Lee']
 * ```
 */
export function normalizeValue(value: unknown): unknown {
  if (typeof value === 'string') {
    const collapsed = value.replace(/\s+/g, ' ').trim();
    return collapsed === '' ? null : collapsed;
  }
  if (Array.isArray(value)) return value.map(normalizeValue);
  return value ?? null;
}

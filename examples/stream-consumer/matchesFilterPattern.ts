/**
 * Whether an event matches a Lambda event-filter pattern made of exact values, the kind `addConsumer`
 * builds (`{ eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['ARTICLE'] } } } }`): every key of
 * the pattern must be present, a list names the values allowed, an object recurses. Lambda's other
 * operators (prefix, numeric, exists) are not needed for those patterns and not supported.
 *
 * @example
 * matchesFilterPattern({ eventName: 'INSERT' }, { eventName: ['INSERT', 'MODIFY'] }); // true
 */
export function matchesFilterPattern(event: unknown, pattern: Record<string, unknown>): boolean {
  if (typeof event !== 'object' || event === null) return false;
  const fields = event as Record<string, unknown>;
  return Object.entries(pattern).every(([key, expected]) => {
    const actual = fields[key];
    if (Array.isArray(expected)) return expected.includes(actual);
    if (typeof expected === 'object' && expected !== null) {
      return matchesFilterPattern(actual, expected as Record<string, unknown>);
    }
    return false;
  });
}

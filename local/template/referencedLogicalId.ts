/**
 * The logical id a `{ Ref }` or `{ 'Fn::GetAtt' }` points at, or undefined for anything else.
 *
 * @example
 * referencedLogicalId({ 'Fn::GetAtt': ['IngestQueue1A2B', 'Arn'] }); // 'IngestQueue1A2B'
 */
export function referencedLogicalId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.Ref === 'string') return record.Ref;
  const getAtt = record['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  if (typeof getAtt === 'string') return getAtt.split('.')[0];
  return undefined;
}

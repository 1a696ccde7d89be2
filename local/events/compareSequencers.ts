/**
 * Orders two S3 sequencers of one key as S3 documents: as hex numbers, the shorter left-padded with zeros.
 * Negative when `a` is older, 0 when equal, positive when newer.
 *
 * @example
 * compareSequencers('0A', '00000B'); // < 0
 */
export function compareSequencers(a: string, b: string): number {
  const left = BigInt(`0x${a}`);
  const right = BigInt(`0x${b}`);
  return left < right ? -1 : left > right ? 1 : 0;
}

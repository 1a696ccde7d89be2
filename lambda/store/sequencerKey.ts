import { SEQUENCER_WIDTH } from './constants';
import { InvalidSequencerError } from './errors';

const HEX = /^[0-9a-f]+$/i;

/**
 * The sortable form of an S3 sequencer: lower-cased and left-padded with zeros, so that two sequencers of
 * one key compare as strings the way S3 says they compare as numbers (the shorter padded first).
 *
 * @example
 * ```ts
 * sequencerKey('ff') === sequencerKey('00FF'); // true
 * sequencerKey('FF') < sequencerKey('100'); // true: 0xFF < 0x100, though 'FF' > '100' as text
 * ```
 */
export function sequencerKey(sequencer: string): string {
  if (sequencer.length > SEQUENCER_WIDTH || !HEX.test(sequencer)) throw new InvalidSequencerError(sequencer);
  return sequencer.toLowerCase().padStart(SEQUENCER_WIDTH, '0');
}

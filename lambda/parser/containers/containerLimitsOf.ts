import type { ParseOptions } from '../types';
import { DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_INFLATED_BYTES, DEFAULT_MAX_MEMBERS } from './limits';
import type { ContainerLimits } from './types';

/**
 * The container caps of a parse: the options where given, the defaults otherwise.
 *
 * @example
 * ```ts
 * containerLimitsOf({ maxMembers: 50 }).maxMembers; // 50
 * ```
 */
export function containerLimitsOf(options: ParseOptions): ContainerLimits {
  return {
    maxInflatedBytes: options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES,
    maxMembers: options.maxMembers ?? DEFAULT_MAX_MEMBERS,
    maxCompressionRatio: options.maxCompressionRatio ?? DEFAULT_MAX_COMPRESSION_RATIO,
  };
}

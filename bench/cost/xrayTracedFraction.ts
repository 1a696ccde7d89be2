/**
 * X-Ray's default sampling rule, which Lambda's active tracing applies per invocation: a reservoir of
 * one traced request a second, then 5 % of the requests beyond it (X-Ray Developer Guide, "Configuring
 * sampling rules": "By default, the X-Ray SDK records the first request each second, and five percent of
 * any additional requests").
 */
export const XRAY_RESERVOIR_PER_SECOND = 1;
export const XRAY_FIXED_RATE = 0.05;

/**
 * The share of invocations X-Ray records under its default sampling rule when the function is invoked
 * `invocationsPerSecond` times a second: all of them up to the reservoir, then 5 % of the rest.
 *
 * @example
 * ```ts
 * xrayTracedFraction(0.5); // 1: the reservoir covers every invocation
 * xrayTracedFraction(21); // (1 + 0.05 × 20) / 21 ≈ 0.095
 * ```
 */
export function xrayTracedFraction(invocationsPerSecond: number): number {
  if (!(invocationsPerSecond > XRAY_RESERVOIR_PER_SECOND)) return 1;
  const sampled =
    XRAY_RESERVOIR_PER_SECOND + XRAY_FIXED_RATE * (invocationsPerSecond - XRAY_RESERVOIR_PER_SECOND);
  return sampled / invocationsPerSecond;
}

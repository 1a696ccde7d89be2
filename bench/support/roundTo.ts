/**
 * `value` rounded to `digits` decimals, as a number (figures in latest.json stay numbers).
 *
 * @example
 * ```ts
 * roundTo(2.3456, 2); // 2.35
 * ```
 */
export function roundTo(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

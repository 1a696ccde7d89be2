/**
 * Divides a duration in whole seconds by local mode's time scale, rounding to whole seconds (what SQS
 * attributes accept) and keeping at least `minimum`.
 *
 * @example
 * scaleSeconds(300, 60); // 5
 * scaleSeconds(30, 60); // 1: a visibility timeout never drops to 0 (that would redeliver at once)
 */
export function scaleSeconds(seconds: number, timeScale: number, minimum = 1): number {
  return Math.max(minimum, Math.round(seconds / timeScale));
}

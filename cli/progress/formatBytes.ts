const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

/**
 * A byte count in decimal units, as `ls -h --si` and S3's console show them.
 *
 * @example
 * formatBytes(1_234_567); // '1.2 MB'
 */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${UNITS[unit]}`;
}

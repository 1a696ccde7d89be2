import { existsSync } from 'node:fs';

/** Where Debian's `chromium` package installs the browser; `CHROMIUM_PATH` overrides it. */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** How to get the browser tests when no Chromium is installed. */
export const CHROMIUM_HINT =
  'browser tests skipped: no Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH; under CI=true a missing browser fails the run.';

/**
 * The installed Chromium the browser tests drive (never a downloaded one), or undefined.
 *
 * @example
 * const executablePath = findChromium(); // '/usr/bin/chromium'
 */
export function findChromium(): string | undefined {
  return CANDIDATES.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

import { InvalidParserVersionError } from './errors';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
const PART_WIDTH = 6;

/**
 * The sortable form of a semantic version: string order equals version order, so a DynamoDB condition can
 * ask "is the stored parser older". Numbers are zero-padded; a release sorts after its pre-releases
 * (`~` follows `-`); pre-release identifiers compare as text, numeric ones padded; build metadata is ignored.
 *
 * @example
 * ```ts
 * parserVersionKey('1.10.0') > parserVersionKey('1.9.3'); // true
 * parserVersionKey('2.0.0') > parserVersionKey('2.0.0-rc.1'); // true
 * ```
 */
export function parserVersionKey(version: string): string {
  const match = SEMVER.exec(version);
  if (match === null) throw new InvalidParserVersionError(version);
  const [, major, minor, patch, prerelease] = match;
  const release = [major, minor, patch].map((part) => pad(part ?? '0')).join('.');
  if (prerelease === undefined) return `${release}~`;
  const identifiers = prerelease
    .split('.')
    .map((identifier) => (/^\d+$/.test(identifier) ? pad(identifier) : identifier));
  return `${release}-${identifiers.join('.')}`;
}

function pad(digits: string): string {
  if (digits.length > PART_WIDTH) throw new InvalidParserVersionError(digits);
  return digits.padStart(PART_WIDTH, '0');
}

// `engines` in package.json is what README promises ("Node.js 20.19 or later"). npm ci warns EBADENGINE
// for any installed package whose own `engines` that version does not satisfy: there must be none.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface Semver {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
}
interface PackageJson {
  engines?: { node?: string };
}
interface PackageLock {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; optional?: boolean }>;
}

const semver = createRequire(import.meta.url)('semver') as Semver;
const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as PackageLock;
const readme = readFileSync(new URL('README.md', root), 'utf8');

describe('the Node.js version the project promises', () => {
  const range = manifest.engines?.node ?? '';
  const minimum = semver.minVersion(range)?.version ?? '';

  it('is the one README gives', () => {
    const [major, minor] = minimum.split('.');
    expect(readme).toContain(`Node.js ${major}.${minor} or later`);
  });

  it('satisfies the engines of every locked package', () => {
    const unsatisfied = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const engine = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return engine === undefined || semver.satisfies(minimum, engine) ? [] : [`${path} ${engine}`];
      });
    expect(unsatisfied).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RTF_FIXTURES } from '../fixtures/rtf/rtfFixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('committed RTF fixtures', () => {
  it.each(RTF_FIXTURES.map((fixture) => [fixture.path, fixture] as const))(
    '%s is what its writer writes (npx tsx test/fixtures/rtf/writeRtfFixtures.ts)',
    async (path, fixture) => {
      const committed = new Uint8Array(await readFile(ROOT + path));
      expect(Buffer.from(committed).equals(Buffer.from(fixture.bytes()))).toBe(true);
      expect(new TextDecoder('latin1').decode(committed.subarray(0, 6))).toBe('{\\rtf1');
    },
  );
});

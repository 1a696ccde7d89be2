/**
 * Writes the Factiva accuracy set (invented exports of every Factiva layout and their answer keys) into
 * test/fixtures/accuracy/developmentFactiva/. A test checks that the committed files are what this writes.
 *
 * Run: `npx tsx scripts/writeFactivaAccuracyFixtures.ts`
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { factivaAccuracyFiles } from '../test/fixtures/factiva/factivaAccuracyFiles';

const folder = fileURLToPath(new URL('../test/fixtures/accuracy/developmentFactiva/', import.meta.url));
await mkdir(folder, { recursive: true });
for (const { file, bytes, key } of factivaAccuracyFiles()) {
  await writeFile(folder + file, bytes);
  await writeFile(`${folder}${file.replace(/\.[a-z]+$/, '')}.key.json`, key);
  console.log(`wrote ${file}`);
}

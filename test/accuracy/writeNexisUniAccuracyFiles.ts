// Rewrites the DOCX and ZIP files of the `developmentNexisUni` labelled set from their code:
// `npx tsx test/accuracy/writeNexisUniAccuracyFiles.ts`. The answer keys are written by hand.
import { writeFile } from 'node:fs/promises';
import { ACCURACY_FIXTURES } from '../../bench/accuracy/readLabelledSet';
import { nexisUniAccuracyFiles } from './nexisUniAccuracyFiles';

for (const file of nexisUniAccuracyFiles()) {
  const path = `${ACCURACY_FIXTURES}developmentNexisUni/${file.name}`;
  await writeFile(path, file.bytes);
  console.log(`wrote ${path}`);
}

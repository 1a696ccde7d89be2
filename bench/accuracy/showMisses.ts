/**
 * Prints every field the parser got wrong on the labelled sets, with the key's value and the parser's:
 * `npx tsx bench/accuracy/showMisses.ts` for all sets, `… development` for one. A rule writer reads the
 * development set's misses; the held-apart ones are for reporting, not for tuning.
 */
import { pathToFileURL } from 'node:url';
import { listLabelledSets } from './listLabelledSets';
import { parseLabelledFile } from './parseLabelledFile';
import { readLabelledSet } from './readLabelledSet';
import { scoreFile } from './scoreFile';

async function showMisses(sets: readonly string[]): Promise<void> {
  for (const set of sets) {
    for (const file of await Promise.all((await readLabelledSet(set)).map(parseLabelledFile))) {
      if (file.rejection !== null) console.log(`${set}/${file.key.file}: rejected, ${file.rejection}`);
      for (const miss of scoreFile(file).filter((outcome) => !outcome.correct)) {
        const actual = miss.actual === undefined ? 'no article' : JSON.stringify(miss.actual);
        console.log(
          `${set}/${miss.file} #${miss.documentIndex} ${miss.field}: key ${JSON.stringify(miss.expected)}, parser ${actual}`,
        );
      }
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const named = process.argv.slice(2);
  const all = await listLabelledSets();
  await showMisses(named.length > 0 ? named : [...all.development, ...all.heldApart]);
}

import { DUTCH, ENGLISH, FRENCH, GERMAN } from '../parser/nexisUniFixtures';
import { nexisExport } from './nexisExport';
import { nexisUniBlocks } from './nexisUniExport';
import { writeDocx } from './writeDocx';
import { writeZip } from './writeZip';

/** One upload of each container kind, and what its records must say. */
export interface ContainerFixture {
  /** File name (and the key's last part). */
  name: string;
  bytes: Uint8Array;
  format: 'nexis-uni' | 'nexis';
  /** Each document's `[container kind, member, headline]`, in upload order. */
  documents: [kind: string, member: string | undefined, headline: string][];
}

/** Invented Lexis Advance document ids of the DOCX upload's documents. */
export const FIXTURE_DOCUMENT_IDS = [
  '6B2C-3D4E-F5G6-H7J8-00000-00',
  '6B2C-3D4E-F5G6-H7K9-00000-00',
  '6B2C-3D4E-F5G6-H7L1-00000-00',
];

/**
 * One invented upload of each container (a Nexis Uni DOCX with a cover page, a ZIP of Nexis Uni DOCX in
 * German, French and Dutch, a ZIP of classic Nexis TXT exports), built with the fixture writers: what
 * local mode and the bundled function must each store.
 *
 * @example
 * ```ts
 * for (const fixture of containerFixtures()) await writeFile(join(dir, fixture.name), fixture.bytes);
 * ```
 */
export function containerFixtures(): ContainerFixture[] {
  const english = ENGLISH.map((document, at) => ({ ...document, documentId: FIXTURE_DOCUMENT_IDS[at] }));
  const classic = (headline: string, date: string) =>
    nexisExport([
      {
        publication: 'The Harbor Ledger',
        date,
        headline,
        byline: 'By Ann Lee',
        paragraphs: ['One paragraph of invented text.', 'Another paragraph of invented text.'],
      },
    ]);
  return [
    {
      name: 'nexis-uni export.docx',
      bytes: writeDocx(nexisUniBlocks(english, { cover: true, language: 'en' })),
      format: 'nexis-uni',
      documents: ENGLISH.map((document) => ['docx', undefined, document.headline]),
    },
    {
      name: 'nexis-uni bundle.zip',
      bytes: writeZip([
        { name: 'de.docx', data: writeDocx(nexisUniBlocks(GERMAN, { cover: true, language: 'de' })) },
        { name: 'fr.docx', data: writeDocx(nexisUniBlocks(FRENCH, { cover: false, language: 'fr' })) },
        { name: 'nl.docx', data: writeDocx(nexisUniBlocks(DUTCH, { cover: true, language: 'nl' })) },
      ]),
      format: 'nexis-uni',
      documents: [
        ...GERMAN.map((d): ContainerFixture['documents'][number] => ['zip', 'de.docx', d.headline]),
        ...FRENCH.map((d): ContainerFixture['documents'][number] => ['zip', 'fr.docx', d.headline]),
        ...DUTCH.map((d): ContainerFixture['documents'][number] => ['zip', 'nl.docx', d.headline]),
      ],
    },
    {
      name: 'classic archive.zip',
      bytes: writeZip([
        { name: '2014/march.txt', data: classic('Ferry timetable changes', 'March 3, 2014 Monday') },
        { name: '2014/april.txt', data: classic('Harbour wall repaired', 'April 7, 2014 Monday') },
      ]),
      format: 'nexis',
      documents: [
        ['zip', '2014/april.txt', 'Harbour wall repaired'],
        ['zip', '2014/march.txt', 'Ferry timetable changes'],
      ],
    },
  ];
}

/** One document of a generated Nexis export. */
export interface NexisDocument {
  publication: string;
  /** As Nexis prints it: `March 3, 2014 Monday`. */
  date: string;
  headline: string;
  /** `By Name and Name`. */
  byline: string;
  paragraphs: string[];
}

/**
 * The text of a Nexis export holding `documents`, laid out as Nexis prints one (a request header, then
 * `N of M DOCUMENTS` separators and labelled fields). The wording is made up for these tests.
 *
 * @example
 * ```ts
 * const text = nexisExport([{ publication: 'The Test Gazette', date: 'May 2, 2019 Thursday',
 *   headline: 'A headline', byline: 'By Ann Lee', paragraphs: ['One.', 'Two.'] }]);
 * ```
 */
export function nexisExport(documents: readonly NexisDocument[]): string {
  const header = [
    'Download Request: All Documents',
    `Time Of Request: Monday, June 3, 2019  10:00:00 EST`,
    '',
  ];
  const bodies = documents.map((document, position) =>
    [
      '',
      `                              ${position + 1} of ${documents.length} DOCUMENTS`,
      '',
      `                              ${document.publication}`,
      '',
      `                              ${document.date}`,
      '',
      'LENGTH: 120 words',
      '',
      `HEADLINE: ${document.headline}`,
      '',
      `BYLINE: ${document.byline}`,
      '',
      'BODY:',
      '',
      ...document.paragraphs.flatMap((paragraph) => [paragraph, '']),
      'LANGUAGE: ENGLISH',
      '',
      'LOAD-DATE: June 3, 2019',
      '',
    ].join('\n'),
  );
  return [...header, ...bodies].join('\n');
}

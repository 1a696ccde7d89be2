/** The warnings an article can carry: what looked odd but did not stop parsing. Stable wording, so users can filter. */
export const WARNINGS = {
  noByline: 'no byline found',
  noHeadline: 'no headline found',
  headlineFromFirstLine: 'headline guessed from the first line',
  noBody: 'document has no body',
  bodyWithoutLabel: 'no BODY: label; body taken from the unlabelled text',
  noPublishedDate: 'no publication date found',
  unknownLanguage: (name: string) => `language not recognised: ${name}`,
  bylineTooLong: 'byline too long to split into authors',
  noAuthors: 'byline names no person or organization',
  abstractOnly: 'no full text; the body is the abstract',
  charsetOverruled: (declared: string, read: string) =>
    `the file declares charset ${declared} but its bytes are not: read as ${read}`,
  nexisErrorDocument: (number: number, text: string) =>
    `the export wrote an error in place of a document after this one (DOC NUMBER ${number}): ${text}`,
  enrichmentFailed: (reason: string) => `enrichment failed: ${reason}`,
  enrichmentTruncated: (chars: number) =>
    `body too long to enrich whole: quotes, entities and sentences are from its first ${chars} characters`,
} as const;

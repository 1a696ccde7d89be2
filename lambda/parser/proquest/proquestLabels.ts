/** The labels of ProQuest results (plain-text export, HTML, e-mail), English interface. */

/** What a ProQuest label means to the reader. */
export type ProQuestField =
  | 'author'
  | 'publicationInfo'
  | 'abstract'
  | 'fullText'
  | 'subject'
  | 'location'
  | 'company'
  | 'people'
  | 'title'
  | 'publicationTitle'
  | 'pages'
  | 'publicationDate'
  | 'section'
  | 'edition'
  | 'language'
  | 'documentType'
  | 'documentId'
  | 'documentUrl'
  | 'copyright'
  | 'dateline'
  | 'wordCount'
  /** A label the reader knows but takes no field from (`Publisher:`, `ISSN:`, `Database:` …). */
  | 'other';

/** Label (lower case, without its colon) → meaning. */
export const PROQUEST_LABELS: ReadonlyMap<string, ProQuestField> = new Map<string, ProQuestField>([
  ['author', 'author'],
  ['authors', 'author'],
  ['publication info', 'publicationInfo'],
  ['abstract', 'abstract'],
  ['full text', 'fullText'],
  ['subject', 'subject'],
  ['location', 'location'],
  ['company / organization', 'company'],
  ['people', 'people'],
  ['title', 'title'],
  ['publication title', 'publicationTitle'],
  ['pages', 'pages'],
  ['publication date', 'publicationDate'],
  ['section', 'section'],
  ['edition', 'edition'],
  ['language of publication', 'language'],
  ['document type', 'documentType'],
  ['proquest document id', 'documentId'],
  ['document url', 'documentUrl'],
  ['copyright', 'copyright'],
  ['dateline', 'dateline'],
  ['word count', 'wordCount'],
  ['publication year', 'other'],
  ['publisher', 'other'],
  ['place of publication', 'other'],
  ['country of publication', 'other'],
  ['publication subject', 'other'],
  ['issn', 'other'],
  ['source type', 'other'],
  ['last updated', 'other'],
  ['database', 'other'],
  ['links', 'other'],
  ['credit', 'other'],
  ['illustration', 'other'],
  ['identifier / keyword', 'other'],
  ['column', 'other'],
  ['document feature', 'other'],
  ['accession number', 'other'],
  ['number of pages', 'other'],
  ['first page', 'other'],
  ['volume', 'other'],
  ['issue', 'other'],
  ['update', 'other'],
  ['classification', 'other'],
]);

/** Fields whose value runs on across blank lines, up to the next label: the body and the abstract. */
export const RUNNING_FIELDS: ReadonlySet<ProQuestField> = new Set<ProQuestField>(['fullText', 'abstract']);

/** Labels that may end the full text: any but those that could open a sentence of a story. */
export const WEAK_LABELS: ReadonlySet<string> = new Set([
  'title',
  'update',
  'column',
  'issue',
  'volume',
  'credit',
]);

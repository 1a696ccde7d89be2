/** Types of the accuracy measure: answer keys of labelled fixtures and the scores the parser earns on them. */
import type { KnownSourceFormat, SourceFormat } from '../../lambda/parser/types';

/** The fields an answer key can state, as a careful reader of the document would give them. */
export interface ExpectedFields {
  publication?: string | null;
  headline?: string | null;
  subheadline?: string | null;
  byline?: string | null;
  /** People credited, in reading order; `[]` where the document credits no one. */
  authors?: string[];
  dateline?: string | null;
  /** ISO date (YYYY-MM-DD). */
  publishedDate?: string | null;
  section?: string | null;
  page?: string | null;
  edition?: string | null;
  statedWordCount?: number | null;
  /** BCP 47 code. */
  language?: string | null;
  country?: string | null;
  /** The first body paragraph, hard wraps joined, dateline cut. */
  firstParagraph?: string | null;
  lastParagraph?: string | null;
  paragraphCount?: number;
}

/** A field an answer key can state. */
export type KeyField = keyof ExpectedFields;

/** Every scored field, in the order tables print them. */
export const KEY_FIELDS: readonly KeyField[] = [
  'publication',
  'headline',
  'subheadline',
  'byline',
  'authors',
  'dateline',
  'publishedDate',
  'section',
  'page',
  'edition',
  'statedWordCount',
  'language',
  'country',
  'firstParagraph',
  'lastParagraph',
  'paragraphCount',
];

/** One document of a labelled file: where it stands, what it exercises, and what is right. */
export interface KeyedDocument {
  /** 1-based position in its file, as the parser numbers documents. */
  documentIndex: number;
  /** The kinds of error the document exercises (issue 15 §1), for per-class figures. */
  classes: string[];
  /** A field left out is one the key cannot state; `null` says the correct value is null. */
  expected: ExpectedFields;
}

/** The answer key of one fixture file (`<file>.key.json` beside it). */
export interface AnswerKey {
  file: string;
  format: SourceFormat;
  note?: string;
  documents: KeyedDocument[];
}

/** A fixture file and its key, read from a labelled set. */
export interface LabelledFile {
  /** The set's name: its folder under test/fixtures/accuracy (`heldApart`, `development`). */
  set: string;
  key: AnswerKey;
  bytes: Uint8Array;
}

/** The values the parser gave one document, in the key's terms; null for a document it did not give. */
export type ActualFields = Required<ExpectedFields>;

/** Whether the key states a value for the field, or says the right value is null (or an empty list). */
export type ScoreBucket = 'valued' | 'null';

/** How one field of one document scored. */
export interface FieldOutcome {
  set: string;
  file: string;
  format: SourceFormat;
  documentIndex: number;
  classes: readonly string[];
  field: KeyField;
  bucket: ScoreBucket;
  correct: boolean;
  expected: unknown;
  /** undefined where the parser gave no article for the document. */
  actual: unknown;
}

/** What the parser made of one labelled file: its articles by documentIndex, or none at all. */
export interface FileOutcome {
  set: string;
  key: AnswerKey;
  /** Articles by documentIndex; empty when the file was rejected. */
  articles: ReadonlyMap<number, ActualFields>;
  /** The rejection's code when the parser gave no article at all. */
  rejection: string | null;
}

/** Correct of total; accuracy is null where nothing was scored (not 0, not 1). */
export interface Tally {
  correct: number;
  total: number;
  accuracy: number | null;
}

/** Scores of valued fields apart from null fields: a parser that returns null everywhere gets no credit on valued ones. */
export interface SplitTally {
  valued: Tally;
  null: Tally;
}

/**
 * Document counts: keyed in the answer keys, found (the parser gave an article), missing, extra (an article
 * no key names), and allRight (found, with every field the key states right: what a reader who trusts the
 * whole record gets).
 */
export interface DocumentCounts {
  keyed: number;
  found: number;
  missing: number;
  extra: number;
  allRight: number;
}

/** The scores of a set of labelled files. */
export interface AccuracySummary extends SplitTally {
  documents: DocumentCounts;
  byField: Partial<Record<KeyField, SplitTally>>;
  byFormat: Partial<Record<KnownSourceFormat, SplitTally & { documents: DocumentCounts }>>;
  /** By error class of the key (a document counts in each of its classes). */
  byClass: Record<string, SplitTally>;
}

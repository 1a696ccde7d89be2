/** Types of the Factiva readers: what each layout's reader hands to the one draft builder. */

/** The Factiva layouts told apart by their bytes. */
export type FactivaLayout = 'xml' | 'text' | 'rtf' | 'html';

/** One value of a field (a paragraph of `LP`/`TD`, a line of any other field) and its lines `[start, end)` of the text read. */
export interface FactivaValue {
  text: string;
  start: number;
  end: number;
}

/** A classification entry: an `NS`/`RE`/`IN`/`CO` code and its spelled-out name where the export gives one. */
export interface FactivaEntry {
  code: string | null;
  label: string | null;
}

/**
 * One field of a Factiva document: its code (`HD`, `LP`, `AN`, …; the XML reader maps its elements to
 * these codes), its values, and the lines `[start, end)` it spans, label included.
 */
export interface FactivaField {
  code: string;
  values: FactivaValue[];
  start: number;
  end: number;
  /** Entries already read by the layout (XML `code` attributes); absent where they are in the values' text. */
  entries?: FactivaEntry[];
}

/** One document of a Factiva export as a layout's reader found it: its fields, in order, and its lines `[start, end)`. */
export interface FactivaRecord {
  start: number;
  end: number;
  fields: FactivaField[];
}

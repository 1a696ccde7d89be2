/** Labels of Nexis exports; any other capitalized `WORD:` at the start of a line is text, unless hyphenated. */
const KNOWN_LABELS = new Set([
  'SECTION',
  'LENGTH',
  'HEADLINE',
  'BYLINE',
  'DATELINE',
  'BODY',
  'LANGUAGE',
  'GRAPHIC',
  'SUBJECT',
  'ORGANIZATION',
  'PERSON',
  'GEOGRAPHIC',
  'COMPANY',
  'INDUSTRY',
  'TICKER',
  'CITY',
  'STATE',
  'COUNTRY',
  'URL',
  'CORRECTION',
  'HIGHLIGHT',
  'COLUMN',
  'SERIES',
  'NOTES',
  'DISTRIBUTION',
  'TYPE',
  'ABSTRACT',
  'SOURCE',
  'EDITION',
  'PUBLICATION',
  'AUTHOR',
  'PHOTO',
  'CHART',
  'MAP',
  'ILLUSTRATION',
]);

const LABEL = /^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*):(?:\s|$)/;
const MAX_LABEL_CHARS = 32;

/** A field label at the start of a line and where its value begins. */
export interface NexisLabel {
  label: string;
  valueStart: number;
}

/**
 * The field label that opens a line (`SECTION: METRO; Pg. B1` → `SECTION`), or null. A label sits at
 * column 0, is in capitals, and is either one Nexis uses or hyphenated like `LOAD-DATE`, so a body line
 * such as `NOTE: bring a coat` is not taken for a field.
 *
 * @example
 * ```ts
 * matchNexisLabel('LOAD-DATE: March 4, 2014'); // { label: 'LOAD-DATE', valueStart: 10 }
 * ```
 */
export function matchNexisLabel(line: string): NexisLabel | null {
  const first = line.charCodeAt(0);
  if (first < 0x41 || first > 0x5a) return null;
  const match = LABEL.exec(line.slice(0, MAX_LABEL_CHARS + 2));
  if (match === null) return null;
  const label = match[1]!;
  if (label.length > MAX_LABEL_CHARS || !(KNOWN_LABELS.has(label) || label.includes('-'))) return null;
  return { label, valueStart: label.length + 1 };
}

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

/** Labels of the German, French and Dutch interfaces, and the English label each stands for. */
const TRANSLATED_LABELS: ReadonlyMap<string, string> = new Map([
  ['RUBRIK', 'SECTION'],
  ['LÄNGE', 'LENGTH'],
  ['AUTOR', 'AUTHOR'],
  ['SPRACHE', 'LANGUAGE'],
  ['UPDATE', 'UPDATE'],
  ['RUBRIQUE', 'SECTION'],
  ['LONGUEUR', 'LENGTH'],
  ['AUTEUR', 'AUTHOR'],
  ['LANGUE', 'LANGUAGE'],
  ['DATE-CHARGEMENT', 'LOAD-DATE'],
  ['TITRE', 'HEADLINE'],
  ['CHAPEAU', 'HIGHLIGHT'],
  ['KOP', 'HEADLINE'],
  ['LENGTE', 'LENGTH'],
  ['TEKST', 'BODY'],
  ['TAAL', 'LANGUAGE'],
]);

const LABEL = /^(\p{Lu}[\p{Lu}0-9]*(?:-[\p{Lu}0-9]+)*):(?:\s|$)/u;
const MAX_LABEL_CHARS = 32;

/** A field label at the start of a line and where its value begins. */
export interface NexisLabel {
  label: string;
  valueStart: number;
}

/**
 * The field label that opens a line (`SECTION: METRO; Pg. B1` → `SECTION`), or null. A label sits at
 * column 0, is in capitals, and is either one Nexis uses or hyphenated like `LOAD-DATE`, so a body line
 * such as `NOTE: bring a coat` (or `OFFERROLLER:` opening a Danish body) is not taken for a field. A
 * German, French or Dutch label (`RUBRIK:`, `LONGUEUR:`, `KOP:`) gives the English label it stands for.
 *
 * @example
 * ```ts
 * matchNexisLabel('LOAD-DATE: March 4, 2014'); // { label: 'LOAD-DATE', valueStart: 10 }
 * ```
 */
export function matchNexisLabel(line: string): NexisLabel | null {
  const first = line.charCodeAt(0);
  if ((first < 0x41 || first > 0x5a) && first < 0xc0) return null;
  const match = LABEL.exec(line.slice(0, MAX_LABEL_CHARS + 2));
  if (match === null) return null;
  const printed = match[1]!;
  const label = TRANSLATED_LABELS.get(printed) ?? printed;
  if (
    printed.length > MAX_LABEL_CHARS ||
    !(KNOWN_LABELS.has(label) || TRANSLATED_LABELS.has(printed) || label.includes('-'))
  )
    return null;
  return { label, valueStart: printed.length + 1 };
}

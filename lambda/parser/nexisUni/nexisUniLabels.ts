/**
 * The words of the Nexis Uni layout in the interface languages Nexis offers (English, German, French,
 * Dutch; Spanish sources keep English labels). Lower-case keys, matched without case. The English words
 * are those of real exports; the German, French and Dutch ones follow the translations Nexis prints in
 * its classic exports and are extended here as real files show others.
 */

/** What a labelled field of a Nexis Uni document means. */
export type NexisUniField =
  | 'section'
  | 'length'
  | 'byline'
  /** An author field written surname first (`Autor: Berger, Anna`). */
  | 'author'
  | 'dateline'
  | 'highlight'
  | 'edition'
  | 'language'
  | 'publicationType'
  | 'journalCode'
  | 'subject'
  | 'organization'
  | 'person'
  | 'geographic'
  | 'industry'
  | 'company'
  | 'ticker'
  | 'loadDate'
  | 'notes'
  | 'correction'
  | 'series';

export const FIELD_LABELS: ReadonlyMap<string, NexisUniField> = new Map<string, NexisUniField>([
  ['section', 'section'],
  ['rubrik', 'section'],
  ['ressort', 'section'],
  ['rubrique', 'section'],
  ['sectie', 'section'],
  ['rubriek', 'section'],
  ['length', 'length'],
  ['länge', 'length'],
  ['longueur', 'length'],
  ['lengte', 'length'],
  ['byline', 'byline'],
  ['autor', 'author'],
  ['auteur', 'author'],
  ['author', 'byline'],
  ['dateline', 'dateline'],
  ['ortszeile', 'dateline'],
  ['highlight', 'highlight'],
  ['chapeau', 'highlight'],
  ['edition', 'edition'],
  ['ausgabe', 'edition'],
  ['édition', 'edition'],
  ['editie', 'edition'],
  ['language', 'language'],
  ['sprache', 'language'],
  ['langue', 'language'],
  ['taal', 'language'],
  ['publication-type', 'publicationType'],
  ['publikationstyp', 'publicationType'],
  ['type de publication', 'publicationType'],
  ['type-publication', 'publicationType'],
  ['publicatietype', 'publicationType'],
  ['journal code', 'journalCode'],
  ['subject', 'subject'],
  ['thema', 'subject'],
  ['sujet', 'subject'],
  ['onderwerp', 'subject'],
  ['organization', 'organization'],
  ['organisation', 'organization'],
  ['organisatie', 'organization'],
  ['person', 'person'],
  ['personne', 'person'],
  ['persoon', 'person'],
  ['geographic', 'geographic'],
  ['geografisch', 'geographic'],
  ['géographique', 'geographic'],
  ['geografie', 'geographic'],
  ['industry', 'industry'],
  ['branche', 'industry'],
  ['industrie', 'industry'],
  ['secteur', 'industry'],
  ['company', 'company'],
  ['unternehmen', 'company'],
  ['société', 'company'],
  ['bedrijf', 'company'],
  ['ticker', 'ticker'],
  ['load-date', 'loadDate'],
  ['ladedatum', 'loadDate'],
  ['date-chargement', 'loadDate'],
  ['date de chargement', 'loadDate'],
  ['laaddatum', 'loadDate'],
  ['notes', 'notes'],
  ['correction', 'correction'],
  ['series', 'series'],
]);

/** The bare line that opens a document's body. */
export const BODY_MARKERS: ReadonlySet<string> = new Set(['body', 'text', 'texte', 'corps', 'tekst']);

/** The bare line that opens the index block after the body. */
export const CLASSIFICATION_MARKERS: ReadonlySet<string> = new Set([
  'classification',
  'klassifikation',
  'klassifizierung',
  'classificatie',
]);

/** The bare line that opens a picture's caption block, which is not body. */
export const GRAPHIC_MARKERS: ReadonlySet<string> = new Set(['graphic', 'grafik', 'graphique', 'afbeelding']);

/** The line that ends each document. */
export const END_MARKERS: ReadonlySet<string> = new Set([
  'end of document',
  'dokumentende',
  'ende des dokuments',
  'fin du document',
  'einde document',
  'einde van document',
  'fin del documento',
]);

/** Cover-page lines: `Date and Time:`, `Job Number:`, and their translations. */
export const COVER_LINE =
  /^(?:date and time|job number|datum und uhrzeit|auftragsnummer|date et heure|numéro de tâche|numéro du travail|datum en tijd|opdrachtnummer|fecha y hora|número de trabajo):/i;

/** The cover page's document count, `Documents (10)`. */
export const COVER_COUNT = /^(?:documents|dokumente|documenten|documentos) \((\d{1,6})\)$/i;

/** `355 words`, `1285 Wörter`, `143 mots`, `80 woorden`, `200 palabras`. */
export const STATED_LENGTH = /^(\d[\d,.\u00a0 ]*?)\s*(?:words?|wörter|worte|mots|woorden|palabras)\b/i;

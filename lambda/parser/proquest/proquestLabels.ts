/**
 * The labels of ProQuest results (plain-text export, HTML, e-mail) in the interface languages the reader
 * knows: English, German, French and Spanish. The German, French and Spanish names of the record fields
 * are ProQuest's own as its localized record pages print them (collected in Zotero's ProQuest translator);
 * those of the full text, abstract, citation, place, company, document id and URL were not found in a
 * public source and are ProQuest's usual wording in those languages (docs/formats.md says so).
 */

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
  // German interface.
  ['autor', 'author'],
  ['autoren', 'author'],
  ['publikationsinformationen', 'publicationInfo'],
  ['publikationsinfo', 'publicationInfo'],
  ['zusammenfassung', 'abstract'],
  ['volltext', 'fullText'],
  ['thema', 'subject'],
  ['ort', 'location'],
  ['standort', 'location'],
  ['firma/organisation', 'company'],
  ['firma / organisation', 'company'],
  ['personen', 'people'],
  ['titel', 'title'],
  ['titel der publikation', 'publicationTitle'],
  ['seiten', 'pages'],
  ['publikationsdatum', 'publicationDate'],
  ['bereich', 'section'],
  ['ausgabe', 'other'],
  ['publikationssprache', 'language'],
  ['dokumententyp', 'documentType'],
  ['proquest-dokument-id', 'documentId'],
  ['proquest-dokumenten-id', 'documentId'],
  ['dokument-url', 'documentUrl'],
  ['erscheinungsjahr', 'other'],
  ['herausgeber', 'other'],
  ['verlagsort', 'other'],
  ['publikationsland', 'other'],
  ['quellentyp', 'other'],
  ['datenbank', 'other'],
  ['band', 'other'],
  ['seitenanzahl', 'other'],
  ['identifikator/schlüsselwort', 'other'],
  ['zeitschriftenthema', 'other'],
  ['letzte aktualisierung', 'other'],
  // French interface.
  ['auteur', 'author'],
  ['auteurs', 'author'],
  ['informations de publication', 'publicationInfo'],
  ['résumé', 'abstract'],
  ['texte intégral', 'fullText'],
  ['sujet', 'subject'],
  ['lieu', 'location'],
  ['société / organisation', 'company'],
  ['entreprise / organisation', 'company'],
  ['personnes', 'people'],
  ['titre', 'title'],
  ['titre de la publication', 'publicationTitle'],
  ['date de publication', 'publicationDate'],
  ['édition', 'edition'],
  ['langue de publication', 'language'],
  ['type de document', 'documentType'],
  ['id de document proquest', 'documentId'],
  ['id du document proquest', 'documentId'],
  ['url du document', 'documentUrl'],
  ['année de publication', 'other'],
  ['éditeur', 'other'],
  ['lieu de publication', 'other'],
  ['pays de publication', 'other'],
  ['type de source', 'other'],
  ['base de données', 'other'],
  ['numéro', 'other'],
  ['nombre de pages', 'other'],
  ['identificateur / mot-clé', 'other'],
  ['sujet de la publication', 'other'],
  ['dernière mise à jour', 'other'],
  // Spanish interface.
  ['información de publicación', 'publicationInfo'],
  ['resumen', 'abstract'],
  ['texto completo', 'fullText'],
  ['materia', 'subject'],
  ['lugar', 'location'],
  ['empresa / organización', 'company'],
  ['personas', 'people'],
  ['título', 'title'],
  ['título de publicación', 'publicationTitle'],
  ['título de la publicación', 'publicationTitle'],
  ['páginas', 'pages'],
  ['fecha de publicación', 'publicationDate'],
  ['sección', 'section'],
  ['edición', 'edition'],
  ['idioma de la publicación', 'language'],
  ['idioma de publicación', 'language'],
  ['tipo de documento', 'documentType'],
  ['id del documento de proquest', 'documentId'],
  ['id de documento de proquest', 'documentId'],
  ['url del documento', 'documentUrl'],
  ['año de publicación', 'other'],
  ['editorial', 'other'],
  ['lugar de publicación', 'other'],
  ['país de publicación', 'other'],
  ['tipo de fuente', 'other'],
  ['base de datos', 'other'],
  ['tomo', 'other'],
  ['número', 'other'],
  ['número de páginas', 'other'],
  ['identificador / palabra clave', 'other'],
  ['materia de la revista', 'other'],
  ['última actualización', 'other'],
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
  // The same words in the German, French and Spanish interfaces.
  'titel',
  'titre',
  'título',
  'band',
  'ausgabe',
  'numéro',
  'tomo',
  'número',
]);

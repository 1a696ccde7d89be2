import type { DocxBlock, DocxInline } from './writeDocx';

/** The words of the Nexis Uni layout in one interface language. */
export interface NexisUniWords {
  dateAndTime: string;
  jobNumber: string;
  documents: string;
  body: string;
  classification: string;
  loadDate: string;
  end: string;
  graphic: string;
}

export const NEXIS_UNI_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'nl', NexisUniWords>> = {
  en: {
    dateAndTime: 'Date and Time',
    jobNumber: 'Job Number',
    documents: 'Documents',
    body: 'Body',
    classification: 'Classification',
    loadDate: 'Load-Date',
    end: 'End of Document',
    graphic: 'Graphic',
  },
  de: {
    dateAndTime: 'Datum und Uhrzeit',
    jobNumber: 'Auftragsnummer',
    documents: 'Dokumente',
    body: 'Text',
    classification: 'Klassifikation',
    loadDate: 'Ladedatum',
    end: 'Dokumentende',
    graphic: 'Grafik',
  },
  fr: {
    dateAndTime: 'Date et heure',
    jobNumber: 'Numéro de tâche',
    documents: 'Documents',
    body: 'Corps',
    classification: 'Classification',
    loadDate: 'Date de chargement',
    end: 'Fin du document',
    graphic: 'Graphique',
  },
  nl: {
    dateAndTime: 'Datum en tijd',
    jobNumber: 'Opdrachtnummer',
    documents: 'Documenten',
    body: 'Tekst',
    classification: 'Classificatie',
    loadDate: 'Laaddatum',
    end: 'Einde document',
    graphic: 'Afbeelding',
  },
};

/** One invented document of a Nexis Uni export. */
export interface NexisUniDocument {
  headline: string;
  publication: string;
  /** As printed: `July 1, 2019 Monday 9:20 AM GMT`. */
  dateLine: string;
  copyright?: string;
  /** Labelled fields before the body, label as printed without its colon: `['Section', 'POLITICS; Version:3']`. */
  fields: [string, string][];
  /** Paragraphs; `|` splits runs; an empty string is an empty paragraph. */
  paragraphs: (string | DocxBlock)[];
  graphic?: string[];
  /** Index fields after the Classification line; omit for a document without one. */
  classification?: [string, string][];
  /** The load date; omitted, no Load-Date line. */
  loadDate?: string;
  /** false: the document has no End of Document line (as a cut-off last document). */
  ended?: boolean;
  /**
   * The document's Lexis Advance id: the cover page's title list links the headline to it (as Nexis Uni
   * does, `…/api/document?id=urn:contentItem:<id>&idtype=PID…`); without it the title is plain text.
   */
  documentId?: string;
}

/** The link a Nexis Uni cover page puts on a title (an invented context number). */
export function nexisUniDocumentLink(documentId: string): string {
  return `https://advance.lexis.com/api/document?id=urn:contentItem:${documentId}&idtype=PID&context=9999999`;
}

const NBSP = '\u00a0';

function labelled(label: string, value: string): DocxInline[] {
  // The label in its own (bold) run, a non-breaking space after the colon, as Nexis Uni writes them.
  return [`${label}:${NBSP}`, value];
}

/**
 * The paragraphs of an invented Nexis Uni DOCX export, shaped as real ones are: an optional cover page
 * (date and time, job number, `Documents (N)`, a title list with Client/Matter, Search Terms and Narrowed
 * by blocks), then per document empty paragraphs, headline, publication, date line, a line break before
 * Copyright and before End of Document, labelled fields with a non-breaking space after the colon.
 *
 * @example
 * ```ts
 * const docx = writeDocx(nexisUniBlocks([document], { cover: true, language: 'en' }));
 * ```
 */
export function nexisUniBlocks(
  documents: readonly NexisUniDocument[],
  options: { cover: boolean; language: keyof typeof NEXIS_UNI_WORDS },
): DocxBlock[] {
  const words = NEXIS_UNI_WORDS[options.language];
  const blocks: DocxBlock[] = [[]];
  if (options.cover) {
    blocks.push(labelled(words.dateAndTime, 'Friday, 5. July 2019 09:31:00 CEST'));
    blocks.push(labelled(words.jobNumber, '12345678'));
    blocks.push([`${words.documents} (${documents.length})`]);
    documents.forEach((document, index) => {
      blocks.push(
        document.documentId === undefined
          ? [`${index + 1}. ${document.headline}`]
          : [
              `${index + 1}. `,
              // Nexis links an empty-looking run and the title to the same document.
              { link: ' ', target: nexisUniDocumentLink(document.documentId) },
              { link: document.headline, target: nexisUniDocumentLink(document.documentId) },
            ],
      );
      blocks.push(['Client/Matter: -None-'], ['Search Terms: invented words'], ['Narrowed by: '], []);
      blocks.push({
        table: [
          ['Content Type', 'Narrowed by'],
          ['News', 'Sources: Invented Gazette'],
        ],
      });
      blocks.push([]);
    });
  }
  for (const document of documents) {
    blocks.push([], [], []);
    blocks.push([document.headline], [document.publication], [document.dateLine], []);
    if (document.copyright !== undefined) blocks.push([{ br: true }, document.copyright]);
    blocks.push([{ br: true }]);
    for (const [label, value] of document.fields) blocks.push(labelled(label, value));
    blocks.push([words.body], []);
    for (const paragraph of document.paragraphs)
      blocks.push(typeof paragraph === 'string' ? [paragraph] : paragraph);
    if (document.graphic !== undefined)
      blocks.push([words.graphic], ...document.graphic.map((line) => [line]));
    if (document.classification !== undefined) {
      blocks.push([words.classification], [], []);
      for (const [label, value] of document.classification)
        blocks.push([{ br: true }, ...labelled(label, value)]);
    }
    if (document.loadDate !== undefined)
      blocks.push([{ br: true }, ...labelled(words.loadDate, document.loadDate)]);
    blocks.push([]);
    if (document.ended !== false) blocks.push([{ br: true }, words.end]);
  }
  return blocks;
}

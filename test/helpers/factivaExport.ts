/**
 * Writes invented Factiva exports from a document model, in each layout and UI language the readers
 * know: XML (`ppsarticle`), field-code text, and (for the HTML readers) the labelled table and the
 * unlabelled div layout. The model is the answer key: tests compare what the parser gives with it.
 */

/** The UI languages Factiva prints its labels, word counts and dates in. */
export type FactivaUi = 'en' | 'de' | 'fr';

/** A code and its spelled-out name, as Factiva's indexing prints them (`gpol : Domestic Politics`). */
export type CodedName = readonly [code: string, name: string];

/** One invented Factiva document. */
export interface FactivaDocument {
  section?: string;
  headline: string;
  /** The byline as the export prints it (`&softReturn;` between names where Factiva puts one). */
  byline?: string;
  wordCount: number;
  date: { year: number; month: number; day: number };
  time?: string;
  source: string;
  sourceCode: string;
  edition?: string;
  page?: string;
  /** The article's language, as a BCP 47 code (the LA field prints its name in the UI language). */
  language: 'en' | 'de' | 'fr';
  copyright: string;
  lead: string[];
  text: string[];
  companies?: CodedName[];
  industries?: CodedName[];
  subjects?: CodedName[];
  regions?: CodedName[];
  ipc?: string[];
  publisher: string;
  accessionNo: string;
  /** Photo captions the export puts among the paragraphs (after the lead). */
  captions?: string[];
  /** The answer key of the fields that are not printed as is. */
  expected: { authors: string[]; dateline: string | null; paragraphs: string[]; byline: string | null };
}

const MONTHS: Record<FactivaUi, string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};
const WORDS: Record<FactivaUi, string> = { en: 'words', de: 'Wörter', fr: 'mots' };
const LANGUAGE_NAMES: Record<FactivaUi, Record<FactivaDocument['language'], string>> = {
  en: { en: 'English', de: 'German', fr: 'French' },
  de: { en: 'Englisch', de: 'Deutsch', fr: 'Französisch' },
  fr: { en: 'Anglais', de: 'Allemand', fr: 'Français' },
};
const DOCUMENT_WORD: Record<FactivaUi, string> = { en: 'Document', de: 'Dokument', fr: 'Document' };

/** The date as the UI prints it: `12 May 2019`, `12. Mai 2019`, `12 mai 2019`. */
export function factivaDate(document: FactivaDocument, ui: FactivaUi): string {
  const { year, month, day } = document.date;
  const name = MONTHS[ui][month - 1]!;
  return ui === 'de' ? `${day}. ${name} ${year}` : `${day} ${name} ${year}`;
}

/** The ISO date of a document, as the parser should give it. */
export const isoDate = (document: FactivaDocument) =>
  `${document.date.year}-${String(document.date.month).padStart(2, '0')}-${String(document.date.day).padStart(2, '0')}`;

const thousands = (count: number, ui: FactivaUi) =>
  ui === 'en' ? count.toLocaleString('en-US') : ui === 'de' ? count.toLocaleString('de-DE') : String(count);

/** The `WC` value: `808 words`, `1.204 Wörter`, `295 mots`. */
export const factivaWordCount = (document: FactivaDocument, ui: FactivaUi) =>
  `${thousands(document.wordCount, ui)} ${WORDS[ui]}`;

const coded = (entries: readonly CodedName[]) =>
  entries.map(([code, name]) => `${code} : ${name}`).join(' | ');

/** The document's fields in Factiva's order, as code and value lines ( `LP`/`TD` values are paragraphs). */
export function factivaFields(document: FactivaDocument, ui: FactivaUi): [string, string[]][] {
  const fields: [string, string[]][] = [];
  if (document.section !== undefined) fields.push(['SE', [document.section]]);
  fields.push(['HD', [document.headline]]);
  if (document.byline !== undefined) fields.push(['BY', [document.byline]]);
  fields.push(['WC', [factivaWordCount(document, ui)]]);
  fields.push(['PD', [factivaDate(document, ui)]]);
  if (document.time !== undefined) fields.push(['ET', [document.time]]);
  fields.push(['SN', [document.source]], ['SC', [document.sourceCode]]);
  if (document.edition !== undefined) fields.push(['ED', [document.edition]]);
  if (document.page !== undefined) fields.push(['PG', [document.page]]);
  fields.push(['LA', [LANGUAGE_NAMES[ui][document.language]]], ['CY', [document.copyright]]);
  fields.push(['LP', [...document.lead, ...(document.captions ?? [])]]);
  if (document.text.length > 0) fields.push(['TD', document.text]);
  if (document.companies !== undefined) fields.push(['CO', [coded(document.companies)]]);
  if (document.industries !== undefined) fields.push(['IN', [coded(document.industries)]]);
  if (document.subjects !== undefined) fields.push(['NS', [coded(document.subjects)]]);
  if (document.regions !== undefined) fields.push(['RE', [coded(document.regions)]]);
  if (document.ipc !== undefined) fields.push(['IPC', [document.ipc.join(' | ')]]);
  fields.push(['PUB', [document.publisher]], ['AN', [`${DOCUMENT_WORD[ui]} ${document.accessionNo}`]]);
  return fields;
}

/** Options of the text writer: how each code meets its value, and what surrounds the documents. */
export interface FactivaTextOptions {
  /** `own-line`: the code alone, its value on the next lines; `tab`: code, tab, value; `spaces`: code and two spaces. */
  codeStyle?: 'own-line' | 'tab' | 'spaces';
  /** A search summary after the last document, as Factiva appends. */
  searchSummary?: boolean;
  lineEnd?: '\n' | '\r\n';
}

/** A Factiva field-code text export (the layout of its RTF export, as text). */
export function factivaText(
  documents: readonly FactivaDocument[],
  ui: FactivaUi,
  options: FactivaTextOptions = {},
): string {
  const style = options.codeStyle ?? 'own-line';
  const out: string[] = [];
  for (const document of documents) {
    for (const [code, values] of factivaFields(document, ui)) {
      const story = code === 'LP' || code === 'TD';
      if (style === 'own-line' || story) {
        out.push(code);
        values.forEach((value, i) => {
          if (i > 0 && story) out.push('');
          out.push(value);
        });
      } else {
        out.push(`${code}${style === 'tab' ? '\t' : '  '}${values[0]}`, ...values.slice(1));
      }
      out.push('');
    }
    out.push('');
  }
  if (options.searchSummary === true) {
    out.push(
      'Search Summary',
      'Text    ferry',
      'Date    In the last year',
      'Source  All Sources',
      'Results Found  3',
    );
  }
  return out.join(options.lineEnd ?? '\n');
}

const xmlEscape = (text: string) =>
  text
    .replace(/&(?!softReturn;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** Wraps the first occurrence of `word` in `<hlt>`, as a search's hit highlighting does. */
const highlight = (text: string, word: string | undefined) =>
  word === undefined ? xmlEscape(text) : xmlEscape(text).replace(word, `<hlt>${word}</hlt>`);

/** A Factiva XML export (`ppsarticle`), with `<hlt>` around `highlightWord` wherever it appears first. */
export function factivaXml(documents: readonly FactivaDocument[], highlightWord?: string): string {
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<PPSResponse>',
    '  <ppsArticleResponse xmlns="http://global.factiva.com/pps/2.0">',
    `    <ppsarticleResultSet count="${documents.length}">`,
  ];
  const paragraphs = (tag: string, values: readonly string[]) => {
    out.push(`          <${tag}>`);
    for (const value of values)
      out.push(
        `            <paragraph display="Proportional">${highlight(value, highlightWord)}</paragraph>`,
      );
    out.push(`          </${tag}>`);
  };
  const entries = (tag: string, values: readonly CodedName[] | undefined) => {
    for (const [code, name] of values ?? [])
      out.push(
        `          <${tag} code="${code}">`,
        `            <name>${xmlEscape(name)}</name>`,
        `          </${tag}>`,
      );
  };
  for (const document of documents) {
    out.push('      <ppsarticle>', '        <article>');
    out.push(`          <accessionNo>${document.accessionNo}</accessionNo>`);
    out.push(`          <reference>distdoc:archive/ArchiveDoc::Article/${document.accessionNo}</reference>`);
    out.push(`          <baseLanguage>${document.language.toUpperCase()}</baseLanguage>`);
    out.push(`          <copyright>${xmlEscape(document.copyright)}</copyright>`);
    if (document.section !== undefined)
      out.push(`          <sectionName>${xmlEscape(document.section)}</sectionName>`);
    out.push(
      '          <headline>',
      `            <paragraph display="Proportional" lang="EN">`,
      `              ${highlight(document.headline, highlightWord)}</paragraph>`,
      '          </headline>',
    );
    if (document.byline !== undefined) out.push(`          <byline>${xmlEscape(document.byline)}</byline>`);
    paragraphs('leadParagraph', [...document.lead, ...(document.captions ?? [])]);
    if (document.page !== undefined)
      out.push('          <pages>', `            <page>${document.page}</page>`, '          </pages>');
    else out.push('          <pages />');
    const { year, month, day } = document.date;
    out.push(
      '          <publicationDate>',
      `            <dateTime>${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${document.time ?? '00:00'}:00Z</dateTime>`,
      '          </publicationDate>',
    );
    out.push(`          <publisherName>${xmlEscape(document.publisher)}</publisherName>`);
    out.push(`          <sourceName>${xmlEscape(document.source)}</sourceName>`);
    if (document.edition !== undefined)
      out.push(`          <edition>${xmlEscape(document.edition)}</edition>`);
    entries('region', document.regions);
    entries('newsSubject', document.subjects);
    entries('company', document.companies);
    entries('industry', document.industries);
    for (const code of document.ipc ?? []) out.push(`          <descField code="ipc">${code}</descField>`);
    out.push(`          <sourceCode>${document.sourceCode}</sourceCode>`);
    if (document.text.length > 0) paragraphs('tailParagraphs', document.text);
    out.push(`          <wordCount>${document.wordCount}</wordCount>`);
    out.push('        </article>', '      </ppsarticle>');
  }
  out.push('    </ppsarticleResultSet>', '  </ppsArticleResponse>', '</PPSResponse>', '');
  return out.join('\n');
}

/**
 * A Factiva RTF export of field-code text lines: each line a paragraph, a code in bold before a tab
 * (`{\b HD}\tab …`), Western letters as `\'hh` in code page 1252 (the rtf branch's `rtfText`).
 */
export function factivaRtf(text: string, escapeRtf: (line: string) => string): Uint8Array {
  const paragraphs = text.split('\n').map((line) => {
    const code = /^([A-Z]{2,3})(?:\t| {2})(.*)$/.exec(line);
    if (code !== null)
      return `\\pard\\plain \\ql\\f0\\fs20 {\\b ${code[1]}}\\tab ${escapeRtf(code[2]!)}\\par`;
    return `\\pard\\plain \\ql\\f0\\fs20 ${escapeRtf(line)}\\par`;
  });
  const prologue =
    '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl;\\red0\\green0\\blue0;}';
  return Buffer.from(`${prologue}\n${paragraphs.join('\n')}\n}`, 'latin1');
}

const htmlEscape = (text: string) =>
  text
    .replace(/&(?!softReturn;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** Options of the HTML writers: Factiva's quirks, each on demand. */
export interface FactivaHtmlOptions {
  /** A search summary table after the last document. */
  searchSummary?: boolean;
  /** The charset the page declares (`UTF-8` by default); the bytes are UTF-8 unless `latin1Bytes`. */
  declaredCharset?: string;
}

function htmlPage(ui: FactivaUi, body: string, options: FactivaHtmlOptions): string {
  const summary =
    options.searchSummary === true
      ? '<div id="searchSummary"><table><tr><td>Text</td><td>ferry</td></tr><tr><td>Date</td><td>In the last year</td></tr><tr><td>Results Found</td><td>4</td></tr></table></div>'
      : '';
  return [
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    `<html lang="${ui}"><head><meta http-equiv="Content-Type" content="text/html; charset=${options.declaredCharset ?? 'UTF-8'}"/>`,
    '<title>Factiva</title><style type="text/css">.articleParagraph{margin:0} HD {display:none}</style>',
    '<script type="text/javascript">var HD = "MUST NOT APPEAR";</script></head>',
    '<body><div id="navcontainer"><table><tr><td class="factivalogo"><h1>Factiva</h1></td><td>Dow Jones</td></tr></table></div>',
    `<div id="contentWrapper">${body}</div>${summary}`,
    '<div id="pageFooter"><span class="copyright">&copy; 2026 Factiva, Inc.</span></div></body></html>',
    '',
  ].join('\n');
}

const paragraphClass = (ui: FactivaUi) => `articleParagraph ${ui}articleParagraph`;

/** Factiva HTML, labelled "Full Article/Report plus Indexing" layout: one table row per field code. */
export function factivaLabelledHtml(
  documents: readonly FactivaDocument[],
  ui: FactivaUi,
  options: FactivaHtmlOptions = {},
): string {
  const articles = documents.map((document) => {
    const rows = factivaFields(document, ui).map(([code, values]) => {
      if (code === 'LP' || code === 'TD') {
        const paragraphs = values.map((value) => `<p class="${paragraphClass(ui)}">${htmlEscape(value)}</p>`);
        return `<tr><td align="right" valign="top" class="index"><p><b>${code}</b>&nbsp;</p></td><td>${paragraphs.join('\n')}\n</td></tr>`;
      }
      const value =
        code === 'HD' ? `<b class='${ui}Headline'>${htmlEscape(values[0]!)}</b>\n` : htmlEscape(values[0]!);
      const indexing = ['CO', 'IN', 'NS', 'RE', 'IPC', 'PUB', 'AN'].includes(code);
      return indexing
        ? `<tr><td align="right" valign="top" class="index"><br/><b>${code}</b>&nbsp;</td><td><br/>${value}</td></tr>`
        : `<tr><td align="right" valign="top" class="index"><b>${code}</b>&nbsp;</td><td>${value}</td></tr>`;
    });
    return `<span></span><div class="article ${ui}Article"><table cellpadding="1" cellspacing="1" border="0">${rows.join('')}</table><br/></div><br/>`;
  });
  return htmlPage(ui, articles.join('\n'), options);
}

/**
 * Factiva HTML, unlabelled div layout: section, `#hd`, `.author`, metadata divs (their number varies
 * with the document), `articleParagraph`s, `Document <AN>` last; the last article's wrapper has another id.
 */
export function factivaDivHtml(
  documents: readonly FactivaDocument[],
  ui: FactivaUi,
  options: FactivaHtmlOptions = {},
): string {
  const div = (text: string) => `<div>${htmlEscape(text)}</div>`;
  const articles = documents.map((document, i) => {
    const fields = new Map(factivaFields(document, ui));
    const parts: string[] = [];
    if (document.section !== undefined) parts.push(div(document.section));
    parts.push(`<div id="hd"><span class="${ui}Headline">${htmlEscape(document.headline)}</span></div>`);
    if (document.byline !== undefined) parts.push(`<div class="author">${htmlEscape(document.byline)}</div>`);
    for (const code of ['WC', 'PD', 'ET', 'SN', 'SC', 'ED', 'PG', 'LA', 'CY']) {
      const value = fields.get(code)?.[0];
      if (value !== undefined) parts.push(div(value));
    }
    for (const value of [...(fields.get('LP') ?? []), ...(fields.get('TD') ?? [])])
      parts.push(`<p class="${paragraphClass(ui)}">${htmlEscape(value)}</p>`);
    parts.push(div(fields.get('AN')![0]!));
    const id = i === documents.length - 1 ? 'lastArticle' : `article-${i + 1}`;
    return `<div class="article ${ui}Article" id="${id}">\n${parts.join('\n')}\n</div><br/>`;
  });
  return htmlPage(ui, articles.join('\n'), options);
}

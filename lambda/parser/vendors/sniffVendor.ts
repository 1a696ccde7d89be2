import { sniffBytes } from '../sniffBytes';
import type { VendorLayout } from './types';

/** How far into an upload the markers are looked for: a results file names its vendor early. */
export const VENDOR_SNIFF_BYTES = 65_536;

/** RFC 5322 header lines at the very start, one of them a MIME header: an e-mail. */
const EMAIL_HEAD = /^(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){1,200}?\r?\n/;
const MIME_HEADER = /^(?:mime-version|content-type):/im;
/** A rule of underscores alone on a line, as the ProQuest text export puts between documents. */
const UNDERSCORE_RULE = /^_{20,}[ \t]*\r?$/m;
const UNDERSCORES = '_'.repeat(20);
/** ProQuest's labels, English, German, French and Spanish (those in ASCII: the head is read as Latin-1). */
const PROQUEST_TEXT_LABELS =
  /^(ProQuest document ID|Document URL|Publication info|Full text|Publication title|Database|Publication date|Language of publication|Volltext|Publikationsinformationen|Titel der Publikation|Publikationsdatum|Publikationssprache|Dokument-URL|Datenbank|Informations de publication|Titre de la publication|Date de publication|Langue de publication|URL du document|Texto completo|URL del documento|Base de datos): /gm;
/** Mediargus's source line: `De Morgen, woensdag 30 november 2011, p. 23, 853w.` (Dutch or French weekdays). */
const MEDIARGUS_SOURCE =
  /^[^,\r\n]{2,80}, (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S{3,12} \d{4}, (?:p\.|pag\.|pagina|page) ?\S+, \d+ ?w\./im;
const NUMBERED_TITLE = /^\??\d{1,5}\. \S/m;
/** A marker that names ProQuest outright: its document id's label in any interface language, or its report header. */
const PROQUEST_NAMED =
  /^(?:ProQuest document ID: |ProQuest-Dokument-ID: |ID d[eu] document ProQuest: |ID de(?:l)? documento de ProQuest: |Report Information from ProQuest)/m;

/** ProQuest's text export: a rule, and ProQuest named or two of its labels (one could be a quoted line). */
function isProQuestText(head: string): boolean {
  if (!UNDERSCORE_RULE.test(head)) return false;
  if (PROQUEST_NAMED.test(head)) return true;
  const labels = new Set<string>();
  for (const match of head.matchAll(PROQUEST_TEXT_LABELS)) {
    labels.add(match[1]!);
    if (labels.size >= 2) return true;
  }
  return false;
}

/**
 * Tells a text upload of another news database from its first {@link VENDOR_SNIFF_BYTES} bytes, read as
 * Latin-1 (every marker is ASCII), so that only such an upload loads a reader: an e-mail (MIME headers
 * first), the ProQuest plain-text export (a rule of underscores, and ProQuest named or two of its
 * labels), the Mediargus text export (a numbered title and a source line). Null for anything else,
 * which the text parser reads as before. HTML never comes here: the HTML layer's registry tells its vendors.
 *
 * @example
 * ```ts
 * sniffVendor(new TextEncoder().encode('MIME-Version: 1.0\nContent-Type: text/plain\n\nHi')); // 'email'
 * ```
 */
export function sniffVendor(bytes: Uint8Array): VendorLayout | null {
  if (bytes.length === 0) return null;
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.length, VENDOR_SNIFF_BYTES),
  ).toString('latin1');
  const layout = layoutOf(head);
  // Binary bytes can look like anything: the byte check runs only for the few uploads that match.
  return layout !== null && sniffBytes(bytes).kind === 'text' ? layout : null;
}

/** The vendor layout whose markers the head of a text carries (Latin-1), or null. */
function layoutOf(head: string): VendorLayout | null {
  const start = head.charCodeAt(0) === 0xef ? head.slice(3) : head;
  const match = EMAIL_HEAD.exec(start);
  if (match !== null && MIME_HEADER.test(match[0])) return 'email';
  // The rule of underscores is a plain substring before it is a pattern: most texts stop here.
  if (head.includes(UNDERSCORES) && isProQuestText(head)) return 'proquest-text';
  if (NUMBERED_TITLE.test(head) && MEDIARGUS_SOURCE.test(head)) return 'mediargus-text';
  return null;
}

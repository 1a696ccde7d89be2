import { sniffBytes } from '../sniffBytes';
import { UploadHead } from '../UploadHead';
import type { VendorLayout } from './types';

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
/**
 * Pieces every source line holds, in either case (the patterns ignore case): a substring search finds them
 * several times faster than the patterns, which try every line start of every upload.
 */
const MEDIARGUS_PIECES = [
  ['w.', 'W.'],
  [', p', ', P'],
] as const;
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
 * Tells a text upload of another news database from its first 64 KiB ({@link UploadHead}), read as
 * Latin-1 (every marker is ASCII), so that only such an upload loads a reader: an e-mail (MIME headers
 * first), the ProQuest plain-text export (a rule of underscores, and ProQuest named or two of its
 * labels), the Mediargus text export (a numbered title and a source line). Null for anything else,
 * which the text parser reads as before. HTML never comes here: the HTML layer's registry tells its vendors.
 * Given an {@link UploadHead}, it reads the Latin-1 head the other sniffers read.
 *
 * @example
 * ```ts
 * sniffVendor(new TextEncoder().encode('MIME-Version: 1.0\nContent-Type: text/plain\n\nHi')); // 'email'
 * ```
 */
export function sniffVendor(upload: Uint8Array | UploadHead): VendorLayout | null {
  const view = upload instanceof UploadHead ? upload : new UploadHead(upload);
  const { bytes } = view;
  if (bytes.length === 0) return null;
  const layout = layoutOf(view);
  // Binary bytes can look like anything: the byte check runs only for the few uploads that match.
  return layout !== null && sniffBytes(bytes).kind === 'text' ? layout : null;
}

/**
 * Whether the bytes open as a header line does (`Name:`, after what looks like a byte-order mark), as
 * {@link EMAIL_HEAD}'s first line needs: an upload that does not is no e-mail, told without decoding it.
 */
function opensWithHeader(head: Uint8Array): boolean {
  const first = head[0] === 0xef ? 3 : 0;
  let at = first;
  // `[!-9;-~]`: printable ASCII but the colon, which ends the name.
  while (at < head.length && head[at]! >= 0x21 && head[at]! <= 0x7e && head[at] !== 0x3a) at++;
  return at > first && head[at] === 0x3a;
}

/** The vendor layout whose markers the head of a text carries (Latin-1), or null; decoded only when a marker is there. */
function layoutOf(view: UploadHead): VendorLayout | null {
  if (opensWithHeader(view.head)) {
    const head = view.latin1;
    const match = EMAIL_HEAD.exec(head.charCodeAt(0) === 0xef ? head.slice(3) : head);
    if (match !== null && MIME_HEADER.test(match[0])) return 'email';
  }
  // The rule of underscores is a plain substring before it is a pattern: most texts stop here.
  if (view.holds(UNDERSCORES) && isProQuestText(view.latin1)) return 'proquest-text';
  const mediargus = MEDIARGUS_PIECES.every(([lower, upper]) => view.holds(lower) || view.holds(upper));
  if (mediargus && NUMBERED_TITLE.test(view.latin1) && MEDIARGUS_SOURCE.test(view.latin1))
    return 'mediargus-text';
  return null;
}

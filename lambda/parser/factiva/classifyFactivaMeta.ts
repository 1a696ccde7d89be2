import { toLanguageCode } from '../toLanguageCode';
import { parseFactivaDate } from './parseFactivaDate';
import { parseFactivaWordCount } from './parseFactivaWordCount';

const COPYRIGHT =
  /^(?:\(c\)|©|copyright\b)|all rights reserved|tous droits réservés|alle rechte vorbehalten/i;
const TIME = /^\d{1,2}[:.]\d{2}(?:\s?[AP]M)?(?:\s?[A-Z]{2,4})?$/i;
const PAGE = /^(?:page|pg\.?|p\.|seite|s\.)\s*\S{1,8}$|^[A-Z]?\d{1,4}[A-Z]?$/i;
const EDITION = /\b(?:edition|ausgabe)\b|édition/i;
const DOCUMENT = /^(?:document|dokument|documento)\s+[A-Za-z0-9]{10,40}$/i;
const SOURCE_CODE = /^[A-Z][A-Z0-9]{2,11}$/;

/**
 * What an unlabelled metadata line of Factiva's div layout is, told by its text since the number and
 * order of these lines vary: `WC`, `PD`, `ET`, `LA`, `CY`, `AN`, `PG`, `ED`, `SC`, or `SN` for the first
 * line nothing else claims (`sourceSeen` once a source name was found, after which such lines are `XX`).
 *
 * @example
 * ```ts
 * classifyFactivaMeta('877 Wörter', false); // 'WC'
 * ```
 */
export function classifyFactivaMeta(text: string, sourceSeen: boolean): string {
  const value = text.trim();
  if (parseFactivaWordCount(value) !== null && /\D/.test(value)) return 'WC';
  if (DOCUMENT.test(value)) return 'AN';
  if (parseFactivaDate(value) !== null) return 'PD';
  if (TIME.test(value)) return 'ET';
  if (COPYRIGHT.test(value)) return 'CY';
  if (value.length <= 30 && toLanguageCode(value) !== null) return 'LA';
  if (PAGE.test(value)) return 'PG';
  if (EDITION.test(value) && value.length <= 40) return 'ED';
  if (sourceSeen && SOURCE_CODE.test(value)) return 'SC';
  return sourceSeen ? 'XX' : 'SN';
}

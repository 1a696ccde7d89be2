/**
 * The field codes of Factiva's "Full Article/Report plus Indexing" layouts (text, RTF, HTML): those the
 * issue lists and the other indexing codes Factiva prints (`RF`, `IPD`, `NGC`, `GC`, `ART`, `CR`, `CLM`).
 *
 * @example
 * ```ts
 * FACTIVA_FIELD_CODES.has('HD'); // true
 * ```
 */
export const FACTIVA_FIELD_CODES: ReadonlySet<string> = new Set([
  'SE',
  'HD',
  'BY',
  'CR',
  'WC',
  'PD',
  'ET',
  'SN',
  'SC',
  'ED',
  'PG',
  'LA',
  'CY',
  'LP',
  'TD',
  'CO',
  'IN',
  'NS',
  'RE',
  'IPC',
  'IPD',
  'PUB',
  'AN',
  'RF',
  'NGC',
  'GC',
  'ART',
  'CLM',
]);

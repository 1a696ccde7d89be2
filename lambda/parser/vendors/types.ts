/** Types of the other-vendor readers (issue 18): what the bytes of an upload were sniffed as. */

/**
 * A vendor layout told from an upload's first bytes, before any reader is loaded:
 * `proquest-text` (the plain-text export), `email` (any MIME message: only a ProQuest results mail is
 * read), `mediargus-text` (a numbered list of titles with source lines, then full texts). Vendor HTML is
 * told by the HTML layer's registry (`html/htmlReaders.ts`).
 */
export type VendorLayout = 'proquest-text' | 'mediargus-text' | 'email';

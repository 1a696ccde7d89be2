/** Types of the other-vendor readers (issue 18): what the bytes of an upload were sniffed as. */

/**
 * A vendor layout told from an upload's first bytes, before any reader is loaded:
 * `proquest-text` (the plain-text export), `email` (any MIME message: only a ProQuest results mail is
 * read), `proquest-html`, `europresse-html`, `mediargus-text` (a numbered list of titles with source lines, then full texts).
 */
export type VendorLayout = 'proquest-text' | 'mediargus-text' | 'email' | 'proquest-html' | 'europresse-html';

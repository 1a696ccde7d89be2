/** Caps on e-mailed results (MIME), against MIME bombs: many parts, deep nesting, huge encoded bodies. */

/** Most parts one e-mail may hold, nested parts counted: a results mail has a handful. */
export const MAX_MIME_PARTS = 200;

/** Deepest nesting of multiparts and forwarded messages read. */
export const MAX_MIME_DEPTH = 8;

/** Largest encoded body of the HTML part decoded (its base64 or quoted-printable text). */
export const MAX_MIME_PART_BYTES = 20_971_520;

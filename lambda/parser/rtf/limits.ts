/** Bounds of the RTF reader: the work and memory it spends stay linear in its input. */

/**
 * Groups open at once. Word nests a few dozen at most (tables in tables, fields in fields); a file
 * nested deeper is refused (`RTF_TOO_DEEP`), so a file of thousands of `{` costs no more than its bytes.
 */
export const MAX_RTF_DEPTH = 512;

/** Letters of one control word: the RTF specification allows 32. */
export const MAX_CONTROL_WORD_CHARS = 32;

/** Digits of one control word's parameter: a signed 32-bit number has at most 10. */
export const MAX_PARAMETER_DIGITS = 10;

/** Code page of a file that names none (`\ansi`): Windows-1252, as Word assumes. */
export const DEFAULT_CODE_PAGE = 1252;

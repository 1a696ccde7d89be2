/** Bytes at the start of a file searched for a charset declaration (the WHATWG pre-scan reads 1,024; exports put long style sheets first). */
const DECLARATION_BYTES = 8_192;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w.:]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([-\w.:]+)/i;

/**
 * The charset an HTML file declares in its first bytes, as its WHATWG name (`ISO-8859-1` and `latin1`
 * become `windows-1252`, `utf8` becomes `utf-8`): `<meta charset>`, `<meta http-equiv="Content-Type"
 * content="…; charset=…">` or an `<?xml encoding?>` declaration. Null when there is none, or its label
 * is no encoding a browser knows.
 *
 * @example
 * ```ts
 * declaredCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'));
 * // 'windows-1252'
 * ```
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_BYTES));
  const label = (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1];
  if (label === undefined) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    // An unknown label (`charset=foo`) declares nothing usable.
    return null;
  }
}

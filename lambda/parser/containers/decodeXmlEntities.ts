const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const REFERENCE = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g;

function character(code: number): string | null {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/**
 * Decodes XML's five predefined entities and numeric character references. Nothing else is expanded:
 * there is no DTD, so an unknown `&name;` stays as printed.
 *
 * @example
 * ```ts
 * decodeXmlEntities('Farage&apos;s &#8364;5 &amp; more'); // "Farage's €5 & more"
 * ```
 */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, name: string) => {
    if (name.charCodeAt(0) !== 0x23) return PREDEFINED[name] ?? whole;
    const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return character(code) ?? whole;
  });
}

/** Windows-1252 bytes 0x80–0x9F that differ from Latin-1, by the character they stand for. */
const CP1252_EXTRAS: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/**
 * Text encoded as Windows-1252, as older export tools write it (Node's encoders do not offer it).
 * Throws on a character the code page cannot hold.
 *
 * @example
 * ```ts
 * windows1252('it’s'); // Uint8Array [0x69, 0x74, 0x92, 0x73]
 * ```
 */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text), (character) => {
    const extra = CP1252_EXTRAS[character];
    if (extra !== undefined) return extra;
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    throw new Error(`Not in Windows-1252: ${JSON.stringify(character)}`);
  });
}

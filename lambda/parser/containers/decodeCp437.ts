/** Code page 437's characters for bytes 0x80-0xFF, the encoding ZIP names use without the UTF-8 flag. */
const HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/**
 * Decodes bytes as code page 437 (the original IBM PC set), as ZIP tools write names without the
 * UTF-8 flag.
 *
 * @example
 * ```ts
 * decodeCp437(Uint8Array.of(0x8e, 0x72, 0x7a, 0x74)); // 'Ärzt'
 * ```
 */
export function decodeCp437(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : HIGH[byte - 0x80];
  return text;
}

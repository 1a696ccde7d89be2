/** `Berger, Anna`, `van der Berg, Jan`, `Dupont, Jean-Luc`: one surname, a comma, given names; nothing else. */
const SURNAME_FIRST =
  /^((?:(?:van|von|der|den|de|du|la|le|ter|zu)\s)*\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})$/u;

/**
 * Puts a name that a layout writes surname first (German print `AUTOR: Berger, Anna`) in reading order.
 * Only for fields known to be written that way; anything but one `Surname, Given` stays as it is.
 *
 * @example
 * ```ts
 * reorderSurnameFirst('Berger, Anna'); // 'Anna Berger'
 * reorderSurnameFirst('Anna Berger und Kai Lenz'); // 'Anna Berger und Kai Lenz'
 * ```
 */
export function reorderSurnameFirst(name: string): string {
  const match = SURNAME_FIRST.exec(name.trim());
  return match === null ? name.trim() : `${match[2]} ${match[1]}`;
}

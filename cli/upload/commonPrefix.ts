/**
 * The longest prefix all keys share: the narrowest listing that covers them.
 *
 * @example
 * commonPrefix(['2021/09/a.txt', '2021/10/b.txt']); // '2021/'
 */
export function commonPrefix(keys: readonly string[]): string {
  const [first, ...rest] = keys;
  if (first === undefined) return '';
  let length = first.length;
  for (const key of rest) {
    let same = 0;
    while (same < length && same < key.length && key[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length);
}

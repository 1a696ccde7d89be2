import type { Token } from './types';

interface TrieNode<V> {
  children: Map<string, TrieNode<V>>;
  values: V[];
}

/**
 * Token sequences (by `Token.norm`) mapped to values, matched longest first at a position in a token list.
 * Matching costs one map look-up per token of the longest phrase, whatever the lexicon's size.
 *
 * @example
 * const trie = new PhraseTrie<string>();
 * trie.add(['islamic', 'state'], 'Islamic State group');
 * trie.longestMatch(tokenize('Islamic State militants'), 0, () => true); // { end: 2, value: 'Islamic State group' }
 */
export class PhraseTrie<V> {
  readonly #root: TrieNode<V> = { children: new Map(), values: [] };

  /** Adds a phrase, given as normalised token texts. */
  add(norms: readonly string[], value: V): void {
    let node = this.#root;
    for (const norm of norms) {
      let child = node.children.get(norm);
      if (child === undefined) {
        child = { children: new Map(), values: [] };
        node.children.set(norm, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** The normalised first tokens of phrases whose values `isWanted` takes. */
  firstTokens(isWanted: (value: V) => boolean): string[] {
    const wanted: string[] = [];
    const holdsWanted = (node: TrieNode<V>): boolean =>
      node.values.some(isWanted) || [...node.children.values()].some(holdsWanted);
    for (const [norm, child] of this.#root.children) if (holdsWanted(child)) wanted.push(norm);
    return wanted;
  }

  /** Whether the trie holds no phrase. */
  get isEmpty(): boolean {
    return this.#root.children.size === 0;
  }

  /** Whether some phrase starts with this normalised token: a cheap test before `longestMatch`. */
  startsWith(norm: string): boolean {
    return this.#root.children.has(norm);
  }

  /**
   * The longest phrase starting at `start` with a value that `accept` takes, or null.
   * `end` is the index after the phrase's last token.
   */
  longestMatch(
    tokens: readonly Token[],
    start: number,
    accept: (value: V, start: number, end: number) => boolean,
  ): { end: number; value: V } | null {
    if (!this.startsWith(tokens[start]?.norm ?? '')) return null;
    let best: { end: number; value: V } | null = null;
    let node: TrieNode<V> | undefined = this.#root;
    for (let index = start; index < tokens.length; index += 1) {
      node = node.children.get(tokens[index]!.norm);
      if (node === undefined) break;
      for (const value of node.values) {
        if (accept(value, start, index + 1)) {
          best = { end: index + 1, value };
          break;
        }
      }
    }
    return best;
  }
}

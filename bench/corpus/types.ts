/** Types of the benchmark corpus: invented articles and the files made of them. */

/** A seeded source of pseudo-random numbers: the same seed gives the same corpus on every machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

/** An invented article, before it is written out in one of the formats. */
export interface InventedArticle {
  publication: string;
  headline: string;
  subheadline: string;
  /** Bylined people, first and last names. */
  authors: string[];
  dateline: string;
  paragraphs: string[];
  /** ISO date. */
  publishedDate: string;
  section: string;
  page: string;
}

export type CorpusFormat = 'pressreader' | 'nexis' | 'plain';

/** One generated file and how many articles a correct parse finds in it. */
export interface CorpusFile {
  name: string;
  format: CorpusFormat;
  bytes: Uint8Array;
  articleCount: number;
}

/** A pathological input, generated at any size, and what a correct parse of it is. */
export interface PathologicalInput {
  name: string;
  description: string;
  generate(bytes: number): Uint8Array;
}

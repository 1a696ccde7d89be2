import type { StoredArticle } from '../../lambda/store/types';
import type { NameCount, PublicationDay } from './types';

/** What the overview shows of a set of articles. */
export interface SampleSummary {
  articles: number;
  perDay: PublicationDay[];
  topPublications: NameCount[];
  topAuthors: NameCount[];
  topEntities: NameCount[];
}

const TOP = 10;

/**
 * Counts articles per publication and day, and the most frequent publications, authors and entities
 * (people, organizations and places, each counted once per article), of parsed articles.
 *
 * @example
 * summarizeSample(articles).topAuthors[0]; // { name: 'Anna Berger', count: 3 }
 */
export function summarizeSample(articles: readonly StoredArticle[]): SampleSummary {
  const perDay = new Map<string, PublicationDay>();
  const publications = new Map<string, number>();
  const authors = new Map<string, number>();
  const entities = new Map<string, number>();
  let counted = 0;
  for (const article of articles) {
    if (article.status !== 'PARSED') continue;
    counted++;
    const publication = article.publication ?? '(no publication)';
    const key = `${article.sortDate}\n${publication}`;
    const day = perDay.get(key) ?? { publication, day: article.sortDate, count: 0 };
    day.count++;
    perDay.set(key, day);
    add(publications, publication);
    for (const author of new Set(article.authors)) add(authors, author);
    const names = [
      ...(article.entities?.people ?? []),
      ...(article.entities?.organizations ?? []),
      ...(article.entities?.places ?? []),
    ].map((mention) => mention.name);
    for (const name of new Set(names)) add(entities, name);
  }
  return {
    articles: counted,
    perDay: [...perDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
    topPublications: top(publications),
    topAuthors: top(authors),
    topEntities: top(entities),
  };
}

function add(counts: Map<string, number>, name: string): void {
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

function top(counts: Map<string, number>): NameCount[] {
  return [...counts.entries()]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
    .slice(0, TOP);
}

import type { InventedArticle, Random } from './types';

// Invented vocabulary: articles are word salad in newspaper shape, never a real story.
const FIRST_NAMES = [
  'Ann',
  'Bob',
  'Carla',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jon',
  'Kemi',
  'Liam',
  'Mara',
  'Nils',
  'Oona',
  'Pavel',
];
const LAST_NAMES = [
  'Abbott',
  'Brandt',
  'Castillo',
  'Dunmore',
  'Eriksen',
  'Falk',
  'Gallo',
  'Hughes',
  'Iyer',
  'Jansen',
  "O'Rourke",
  'McAllister',
  'Novak',
  'Okafor',
  'Pryce',
  'Quintero',
];
const PUBLICATIONS = [
  'The Bayport Globe',
  'Prairie Tribune',
  'Granite Valley Herald',
  'Coastal Daily Record',
  'Riverside Sentinel',
  'Eastbrook Gazette',
];
const PLACES = [
  'BAYPORT',
  'SPRINGFIELD, Ill.',
  'NORTH SHORE',
  'LAKE PORT',
  'ST. ELLIS',
  'WINSTON-HALE, N.C.',
  'KABUL, Afghanistan',
];
const SECTIONS = ['METRO', 'NEWS', 'BUSINESS', 'SPORTS', 'WORLD', 'LOCAL', 'EDITORIAL'];
const NOUNS = [
  'council',
  'budget',
  'bridge',
  'harbor',
  'school',
  'library',
  'ferry',
  'mill',
  'court',
  'park',
  'road',
  'levy',
  'station',
  'market',
  'clinic',
  'board',
  'mayor',
  'union',
  'plant',
  'farm',
];
const VERBS = [
  'approved',
  'delayed',
  'rejected',
  'debated',
  'opened',
  'closed',
  'expanded',
  'funded',
  'reviewed',
  'announced',
  'questioned',
  'cleared',
];
const WORDS = [
  'the',
  'a',
  'on',
  'in',
  'after',
  'before',
  'with',
  'and',
  'its',
  'new',
  'old',
  'local',
  'state',
  'city',
  'plan',
  'vote',
  'week',
  'year',
  'officials',
  'residents',
  'said',
  'would',
  'could',
  'more',
  'than',
  'about',
  'million',
  'dollars',
  'members',
  'report',
  'hearing',
  'Tuesday',
  'Monday',
  'March',
  'spring',
  'north',
  'river',
  'county',
  'public',
  'meeting',
];

function sentence(random: Random): string {
  const words = [random.pick(NOUNS), random.pick(VERBS)];
  const length = random.int(6, 24);
  while (words.length < length) words.push(random.pick(random.next() < 0.3 ? NOUNS : WORDS));
  if (random.next() < 0.15)
    words.push(`“${random.pick(WORDS)} ${random.pick(NOUNS)},”`, 'said', random.pick(LAST_NAMES));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function title(random: Random, words: number): string {
  const parts = [random.pick(NOUNS), random.pick(VERBS)];
  while (parts.length < words) parts.push(random.pick(random.next() < 0.5 ? NOUNS : WORDS));
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Invents one article from a seeded PRNG: newspaper-shaped word salad with names, a dateline and
 * 4–30 paragraphs.
 *
 * @example
 * ```ts
 * const article = inventArticle(createRandom(7));
 * ```
 */
export function inventArticle(random: Random): InventedArticle {
  const authorCount = random.int(1, 3);
  const authors = Array.from(
    { length: authorCount },
    () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
  );
  const paragraphCount = random.int(4, 30);
  const paragraphs = Array.from({ length: paragraphCount }, () =>
    Array.from({ length: random.int(1, 4) }, () => sentence(random)).join(' '),
  );
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return {
    publication: random.pick(PUBLICATIONS),
    headline: title(random, random.int(4, 10)),
    subheadline: title(random, random.int(5, 12)),
    authors,
    dateline: random.pick(PLACES),
    paragraphs,
    publishedDate: `20${random.int(10, 23)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    section: random.pick(SECTIONS),
    page: `${random.pick(['A', 'B', 'C'])}${random.int(1, 20)}`,
  };
}

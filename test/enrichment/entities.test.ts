import { describe, expect, it } from 'vitest';
import { canonicalEntityName } from '../../lambda/enrichment/canonicalEntityName';
import { enrichArticle } from '../../lambda/enrichment/enrichArticle';
import type { EnrichmentInput } from '../../lambda/enrichment/types';
import type { IndexTerms } from '../../lambda/parser/types';

const NO_INDEX_TERMS: IndexTerms = { subject: [], organization: [], person: [], geographic: [] };

function entitiesOf(paragraphs: string[], fields: Partial<EnrichmentInput> = {}) {
  return enrichArticle({
    headline: null,
    byline: null,
    authors: [],
    dateline: null,
    paragraphs,
    indexTerms: NO_INDEX_TERMS,
    ...fields,
  }).entities;
}

describe('people', () => {
  it.each([
    ['Army Gen.', 'Army Gen. Carla Brandt'],
    ['Defense Secretary', 'Defense Secretary Carla Brandt'],
    ['President', 'President Carla Brandt'],
    ['Sen.', 'Sen. Carla Brandt'],
    ['Rep.', 'Rep. Carla Brandt'],
    ['Dr.', 'Dr. Carla Brandt'],
    ['Ms.', 'Ms. Carla Brandt'],
    ['Secretary of State', 'Secretary of State Carla Brandt'],
    ['former Vice President', 'former Vice President Carla Brandt'],
    ['a lower-case title', 'the harbor master, chief Carla Brandt'],
  ])('strips the title %s', (_title, phrase) => {
    expect(entitiesOf([`${phrase} arrived in Lisbon on Monday.`]).people).toEqual([
      { name: 'Carla Brandt', mentions: 1 },
    ]);
  });

  it('folds surnames and possessives into the full name used earlier or later', () => {
    const people = entitiesOf([
      'Brandt’s plan was debated.',
      'Gen. Carla Brandt defended it. Brandt said it would hold, and Mr. Okafor agreed with Brandt.',
      'Peter Okafor is her deputy.',
    ]).people;
    expect(people).toEqual([
      { name: 'Carla Brandt', mentions: 4 },
      { name: 'Peter Okafor', mentions: 2 },
    ]);
  });

  it('gives a shared surname to the nearest full name before it', () => {
    const people = entitiesOf([
      'Margaret Henderson sued her brother, Thomas Henderson. Henderson, who runs the winery, disagreed.',
      'Margaret Henderson spoke next. Henderson said she would appeal.',
    ]).people;
    expect(people).toEqual([
      { name: 'Margaret Henderson', mentions: 3 },
      { name: 'Thomas Henderson', mentions: 2 },
    ]);
  });

  it('keeps particles, hyphens, initials and suffixes in names', () => {
    const names = entitiesOf([
      'Dr. Funmilayo van der Merwe met Jean-Paul Okonkwo-Reyes and Martin Luther King Jr. at the dock; Lloyd J. Austin III joined later.',
    ]).people.map((person) => person.name);
    expect(names).toEqual([
      'Funmilayo van der Merwe',
      'Jean-Paul Okonkwo-Reyes',
      'Lloyd J. Austin III',
      'Martin Luther King Jr.',
    ]);
  });

  it('does not take sentence openers, months, days or plural subjects for names', () => {
    const entities = entitiesOf([
      'Targeting the harbor was a mistake, officials said. Both Brandt and Okafor disagreed. On Tuesday, Officials said nothing. In March, Organizers said the march would go on.',
    ]);
    expect(entities).toEqual({ people: [], organizations: [], places: [] });
  });

  it('reads a person’s name in a place’s word only when it is a name (Austin, Jordan)', () => {
    const entities = entitiesOf([
      'Defense Secretary Lloyd Austin flew to Jordan. Austin met Michael Jordan in Amman.',
    ]);
    expect(entities.people).toEqual([
      { name: 'Lloyd Austin', mentions: 2 },
      { name: 'Michael Jordan', mentions: 1 },
    ]);
    expect(entities.places).toEqual([
      { name: 'Amman', mentions: 1 },
      { name: 'Jordan', mentions: 1 },
    ]);
  });
});

describe('organizations and places', () => {
  it('folds aliases into one canonical name and keeps an affiliate apart', () => {
    const organizations = entitiesOf([
      'The Islamic State group, also called ISIS or ISIL, lost ground; IS fighters fled. ISIS-K claimed the attack, not Daesh.',
    ]).organizations;
    expect(organizations).toEqual([
      { name: 'Islamic State group', mentions: 5 },
      { name: 'ISIS-K', mentions: 1 },
    ]);
  });

  it('never reads the words is, us or who as the acronyms IS, US, WHO', () => {
    expect(entitiesOf(['It is up to us to decide who goes.'])).toEqual({
      people: [],
      organizations: [],
      places: [],
    });
  });

  it('names organizations by their words, with a leading place as part of the name', () => {
    const names = entitiesOf([
      'The Albuquerque Police Department and the Ministry of Foreign Affairs wrote to the Maine Department of Environmental Protection.',
    ]).organizations.map((organization) => organization.name);
    expect(names).toEqual([
      'Albuquerque Police Department',
      'Maine Department of Environmental Protection',
      'Ministry of Foreign Affairs',
    ]);
  });

  it('counts the dateline’s places, with a state abbreviation spelt out', () => {
    expect(entitiesOf(['Nothing happened.'], { dateline: 'SPRINGFIELD, Ill.' }).places).toEqual([
      { name: 'Illinois', mentions: 1 },
      { name: 'Springfield', mentions: 1 },
    ]);
  });

  it('finds places by a place word or a following state', () => {
    const places = entitiesOf([
      'Crews worked along the Maumee River near Perrysburg, Ohio, and on Mount Hood.',
    ]).places.map((place) => place.name);
    expect(places).toEqual(['Maumee River', 'Mount Hood', 'Ohio', 'Perrysburg']);
  });
});

describe('text in capitals', () => {
  it('finds people by title, given name and surname, and writes them in reading case', () => {
    const entities = entitiesOf([
      'PRIME MINISTER GIORGIA VALENTI SAID THE ARMY WOULD HELP. VALENTI VISITED ROME WITH JOSEPH O’BRIEN.',
      'O’BRIEN SAID THE EUROPEAN UNION WOULD PAY.',
    ]);
    expect(entities).toEqual({
      people: [
        { name: 'Giorgia Valenti', mentions: 2 },
        { name: 'Joseph O’Brien', mentions: 2 },
      ],
      organizations: [{ name: 'European Union', mentions: 1 }],
      places: [{ name: 'Rome', mentions: 1 }],
    });
  });

  it('does not take capitalised ordinary words for names', () => {
    expect(
      entitiesOf([
        'HEAVY RAIN CLOSED MORE THAN 40 BRIDGES ON SUNDAY, AND IT IS NOT OVER, US OFFICIALS SAID.',
      ]),
    ).toEqual({ people: [], organizations: [], places: [] });
  });
});

describe('Nexis index terms', () => {
  const indexTerms: IndexTerms = {
    subject: [{ term: 'FLOODS', score: 90 }],
    person: [
      { term: 'GIORGIA VALENTI', score: 93 },
      { term: 'LLOYD J AUSTIN III', score: 61 },
    ],
    organization: [
      { term: 'ISLAMIC STATE (ISIS)', score: 80 },
      { term: 'FOOD & DRUG ADMINISTRATION', score: 72 },
    ],
    geographic: [
      { term: 'ROME, ITALY', score: 88 },
      { term: 'ITALY', score: 91 },
    ],
  };

  it('keeps index terms with their scores, folded into the names the body uses', () => {
    const entities = entitiesOf(
      ['Valenti met Lloyd Austin in Rome. The Food and Drug Administration and ISIS were not discussed.'],
      { indexTerms },
    );
    expect(entities).toEqual({
      people: [
        { name: 'Giorgia Valenti', mentions: 1, score: 93 },
        { name: 'Lloyd Austin', mentions: 1, score: 61 },
      ],
      organizations: [
        { name: 'Food and Drug Administration', mentions: 1, score: 72 },
        { name: 'Islamic State group', mentions: 1, score: 80 },
      ],
      places: [
        // ROME, ITALY: Italy is never named in the text, so it stays in indexTerms only.
        { name: 'Rome', mentions: 1, score: 88 },
      ],
    });
  });
});

describe('canonicalEntityName', () => {
  it.each([
    ['ISIS', 'Islamic State group'],
    ['islamic state', 'Islamic State group'],
    ['U.S.', 'United States'],
    ['al qaeda', 'al-Qaida'],
    ['Mark Milley', 'Mark Milley'],
  ])('maps %s to %s', (name, canonical) => {
    expect(canonicalEntityName(name)).toBe(canonical);
  });
});

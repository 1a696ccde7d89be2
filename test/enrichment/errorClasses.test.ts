/**
 * Issue 20's error classes, each with several invented variants: what enrichment must not take for a name,
 * and what it must find. Names are invented; public places and bodies are named as news names them.
 */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from '../../lambda/enrichment/enrichArticle';
import type { EnrichmentInput } from '../../lambda/enrichment/types';

const NO_INDEX_TERMS = { subject: [], organization: [], person: [], geographic: [] };

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

const names = (list: { name: string }[]) => list.map((entity) => entity.name).sort();

describe('things taken for people', () => {
  it.each([
    ['a car model', 'Maria Raman drove a Ford Focus to the depot on Monday.'],
    ['a model with a number', 'Maria Raman said the Boeing 737 Max had been grounded.'],
    ['a model after a maker', 'Maria Raman traded her Tesla Model 3 for a Toyota Corolla.'],
    ['a demonym pair', 'Maria Raman said African American voters turned out early.'],
    ['a people', 'Maria Raman met Pashtun elders on Tuesday.'],
    ['a group word', 'Maria Raman courted Black voters and Latino families.'],
    ['a holiday', 'Maria Raman marched on Cinco de Mayo.'],
    ['a war', 'Maria Raman’s father served in World War II.'],
    ['a day', 'Maria Raman spoke at a Memorial Day service.'],
    ['an event', 'Maria Raman watched the World Series at home.'],
    ['a law', 'Maria Raman sued under the False Claims Act.'],
    ['a storm', 'Maria Raman fled as Typhoon Kalayaan came ashore.'],
    ['a hurricane', 'Maria Raman rebuilt after Hurricane Delia.'],
    ['a contraction', 'We’re not leaving, Maria Raman said.'],
    ['a contraction with will', 'They’ll be back, Maria Raman said.'],
  ])('does not take %s for a person', (_class, paragraph) => {
    const entities = entitiesOf([paragraph]);
    expect(names(entities.people)).toEqual(['Maria Raman']);
    expect(entities.places.filter((place) => place.name !== 'Corolla')).toEqual([]);
  });

  it.each([
    ['the Tribune', 'The Tribune reported on Monday that the pool would close.'],
    ['the Chronicle', 'Repairs will take until 2030, the Chronicle reported.'],
    ['a named paper', 'The Houston Chronicle reported that the pool would close.'],
  ])('reads the newspaper (%s) as an organization', (_form, paragraph) => {
    const entities = entitiesOf([paragraph]);
    expect(entities.people).toEqual([]);
    expect(entities.organizations).toHaveLength(1);
  });

  it.each([
    ['Lumen Field', 'The Sounders won at Lumen Field on Saturday.'],
    ['Melbourne Cricket Ground', 'A crowd filled the Melbourne Cricket Ground on Saturday.'],
    ['Harbor Arena', 'Maria Raman sang at the Harbor Arena last week.'],
  ])('reads a venue (%s) as a place', (venue, paragraph) => {
    const entities = entitiesOf([paragraph]);
    expect(names(entities.places)).toContain(venue);
    expect(names(entities.people)).not.toContain(venue);
  });

  it.each([
    ['Queensland', 'Floods cut roads across Queensland on Monday.'],
    ['Lower Saxony', 'Lower Saxony owns a fifth of the shares.'],
    ['Midwest', 'Smoke blanketed the Midwest on Monday.'],
    ['Sindh', 'Sindh’s energy minister spoke on Monday.'],
  ])('reads a state or region (%s) as a place', (region, paragraph) => {
    const entities = entitiesOf([paragraph]);
    expect(names(entities.places)).toEqual([region]);
    expect(entities.people).toEqual([]);
  });
});

describe('organizations missed', () => {
  it.each([
    ['Border Force', 'Officers from Border Force searched the lorry.'],
    ['Transport for London', 'Transport for London said the line would reopen.'],
    ['Parliamentary Ombudsman', 'The Parliamentary Ombudsman upheld the complaint.'],
    ['HM Inspectorate of Prisons', 'A report by HM Inspectorate of Prisons found overcrowding.'],
    ['Information Commissioner', 'The Information Commissioner opened an inquiry.'],
    ['Valley Metro', 'The site is near a Valley Metro station.'],
    ['Volkswagen', 'Volkswagen said on Friday it would cut jobs.'],
    ['IG Metall', 'The deal was struck with the union IG Metall on Friday.'],
    ['JetBlue', 'Rival JetBlue said it was reviewing the rules.'],
    ['a team of two words after its city', 'The Chennai Super Kings lost by six wickets.'],
    ['a name that says it', 'Marlow Freight said it would cut 300 jobs.'],
    ['a party before its members', 'Tarn Alliance councillors voted against the plan on Monday.'],
    ['a group before its leaders', 'Kestrel Unity leaders called a strike on Friday.'],
    ['a company before its shares', 'Brightwater Outfitters shares rose 18 percent on Friday.'],
    ['a company after shares in', 'Dealers said shares in Brightwater Outfitters rose on Friday.'],
    ['a name described after it', 'Brightwater Outfitters, the Midwest camping chain, agreed to the deal.'],
    [
      'a name after its description',
      'The company behind the project, Coastline Midstream, says the line is safe.',
    ],
    ['an acronym alone', 'Talks with BASF ended on Friday without a deal.'],
    ['an acronym and a country', 'The move was paid for by WWF Kenya.'],
    ['acronyms that speak', 'The mining union IG BCE said it had not been consulted.'],
    ['a company in the gazetteer', 'Prices at Walmart rose 2 percent in March.'],
    ['a party in the gazetteer', 'The motion was backed by Fianna Fáil on Monday.'],
    ['a party that is also a word', 'Turnout was low, and Labour came second.'],
    ['a name opening with an everyday word', 'The vote was called by the State Election Commission.'],
    ['City of … Council', 'The levy was adopted by the City of Edinburgh Council on Monday.'],
    ['a city council named after a city', 'Dublin City Council voted 41 to 15 to rezone the site.'],
  ])('finds %s', (_form, paragraph) => {
    const entities = entitiesOf([paragraph]);
    expect(entities.organizations).toHaveLength(1);
    expect(entities.people).toEqual([]);
  });

  it.each([
    ['Transport for London', 'TfL', 'Transport for London (TfL) raised fares. TfL said the rise was needed.'],
    [
      'Nigeria Labour Congress',
      'NLC',
      'The Nigeria Labour Congress (NLC) called a strike. The NLC’s leaders met.',
    ],
    [
      'National Electric Power Regulatory Authority',
      'NEPRA',
      'The National Electric Power Regulatory Authority (NEPRA) will investigate, NEPRA said.',
    ],
    ['Bay Area Rapid Transit', 'BART', 'Bay Area Rapid Transit runs late. BART’s own figures show it.'],
  ])('links the acronym of %s to its name', (organization, _acronym, paragraph) => {
    const entities = entitiesOf([paragraph]);
    expect(entities.organizations).toEqual([{ name: organization, mentions: expect.any(Number) }]);
    expect(entities.organizations[0]!.mentions).toBeGreaterThanOrEqual(2);
  });

  it.each([
    [
      'a regional branch of a militant group',
      'Islamic State West Africa Province claimed the attack; the Islamic State group praised it.',
      ['Islamic State West Africa Province', 'Islamic State group'],
    ],
    [
      'a branch named by its region',
      'Al-Qaida in the Arabian Peninsula claimed the attack, which al-Qaida’s leaders praised.',
      ['Al-Qaida in the Arabian Peninsula', 'al-Qaida'],
    ],
  ])('keeps %s apart from its parent', (_form, paragraph, organizations) => {
    expect(names(entitiesOf([paragraph]).organizations)).toEqual([...organizations].sort());
  });

  it.each([
    [
      'a possessive inside',
      'The Lucas County Prosecutor’s Office said the money was recovered.',
      'Lucas County Prosecutor’s Office',
    ],
    [
      'a plural possessive inside',
      'The European Automobile Manufacturers’ Association said sales fell.',
      'European Automobile Manufacturers’ Association',
    ],
    ['a title word inside', 'Major League Soccer said a crowd of 37,000 attended.', 'Major League Soccer'],
    [
      'for the … of …',
      'The Harbor Attorney’s Office for the District of New Jersey said he pleaded guilty.',
      'Harbor Attorney’s Office for the District of New Jersey',
    ],
    [
      'a saint’s name',
      'The hospital, St. Brendan’s Medical Center, was not charged.',
      'St. Brendan’s Medical Center',
    ],
  ])('does not cut a name at %s', (_form, paragraph, organization) => {
    const entities = entitiesOf([paragraph]);
    expect(names(entities.organizations)).toEqual([organization]);
    expect(entities.people).toEqual([]);
  });
});

describe('people described by their organization', () => {
  it('names the person after an organization and a role as the speaker', () => {
    const quotes = enrichArticle({
      headline: null,
      byline: null,
      authors: [],
      dateline: null,
      paragraphs: [
        'The Kestrels won 3-1 on Saturday.',
        '“We were patient,” Kestrels coach Dana Ortiz said. “We found a way,” said Kestrels coach Dana Ortiz.',
      ],
      indexTerms: NO_INDEX_TERMS,
    }).quotes;
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Dana Ortiz', 'Dana Ortiz']);
  });

  it('reads no title into a possessive (King’s Lynn)', () => {
    expect(entitiesOf(['Births at the hospital in King’s Lynn were reviewed.']).people).toEqual([]);
  });

  it('keeps a person with an appositive a person', () => {
    const entities = entitiesOf(['Mabel Ortega, a nurse at the union hospital, retired on Friday.']);
    expect(names(entities.people)).toEqual(['Mabel Ortega']);
  });
});

describe('a surname and a one-word name next to a speech verb', () => {
  it('keeps a surname after the verb a person and one word before it an organization', () => {
    const entities = entitiesOf(['“We will rebuild,” said Okonjo.', '“We will not,” Volkswagen said.']);
    expect(entities.people).toEqual([{ name: 'Okonjo', mentions: 1 }]);
    expect(entities.organizations).toEqual([{ name: 'Volkswagen', mentions: 1 }]);
  });
});

describe('places outside the US and below country level', () => {
  it.each([
    ['a foreign city', 'Researchers in Townsville found bleaching.', 'Townsville'],
    ['a city with no preposition', 'Queues formed as Kano ran short of fuel.', 'Kano'],
    ['a neighbourhood after a preposition', 'Homes in Koramangala got water on Friday.', 'Koramangala'],
    ['a town after an age', 'Denise Fairweather, 52, of Maumee, was found guilty.', 'Maumee'],
    ['a multiword town', 'In Sutton Coldfield, residents reported rats.', 'Sutton Coldfield'],
    ['a direction before a city', 'Residents of East Toledo pay more.', 'East Toledo'],
    ['a metropolitan region', 'Drivers in Metro Manila could lose their routes.', 'Metro Manila'],
    ['a city called City', 'Relief packs were ready in Santiago City on Monday.', 'Santiago City'],
    ['a town after its province', 'Homes in the provinces of Cagayan were flooded.', 'Cagayan'],
    ['a street with an organization word', 'A fire gutted a warehouse on Union Street.', 'Union Street'],
    ['a hyphenated road', 'The workshop is off Alabang-Zapote Road in the south.', 'Alabang-Zapote Road'],
    ['a way', 'Cars were stranded along Admiralty Way overnight.', 'Admiralty Way'],
    ['an end', 'Lead pipes in the West End will go.', 'West End'],
    [
      'barracks',
      'The council rezoned the former Cathal Brugha Barracks for housing.',
      'Cathal Brugha Barracks',
    ],
  ])('finds %s', (_form, paragraph, place) => {
    const entities = entitiesOf([paragraph]);
    expect(names(entities.places)).toContain(place);
    expect(names([...entities.people, ...entities.organizations]).join(' ')).not.toContain(place);
  });

  it.each([
    ['Oklahoma City', 'The Thunder beat Denver in Oklahoma City on Friday.'],
    ['Kansas City', 'Air quality in Kansas City was unhealthy.'],
    ['Salt Lake City', 'Delegates met in Salt Lake City on Monday.'],
  ])('finds the multiword city %s, never its state alone', (city, paragraph) => {
    const places = names(entitiesOf([paragraph]).places);
    expect(places).toContain(city);
    expect(places).not.toContain(city.replace(' City', ''));
  });

  it.each([
    ['Lebanon, Pa.', 'LEBANON, Pa.', ['Lebanon', 'Pennsylvania']],
    ['Paris, Texas', 'PARIS, Texas', ['Paris', 'Texas']],
    ['Athens, Ga.', 'ATHENS, Ga.', ['Athens', 'Georgia']],
  ])('names the town and the state of a dateline %s', (_form, dateline, places) => {
    expect(names(entitiesOf(['The mill reopened on Monday.'], { dateline }).places)).toEqual(
      [...places].sort(),
    );
  });
});

describe('duplicates and titles', () => {
  it.each([
    [
      'Justice Department',
      'The Justice Department sued. The U.S. Department of Justice said the case was strong.',
    ],
    [
      'Department of Transportation',
      'The Department of Transportation fined it. The Transportation Department said so.',
    ],
    ['Sounders', 'The Seattle Sounders won. The Sounders are top of the table, the Seattle Sounders said.'],
  ])('folds one organization under two names (%s)', (_form, paragraph) => {
    expect(entitiesOf([paragraph]).organizations).toHaveLength(1);
  });

  it.each([
    ['City Manager', 'City Manager Dana Ortiz said the budget was tight.'],
    ['Dame', 'Dame Dana Ortiz opened the hospital.'],
    ['Mr without a period', 'Mr Dana Ortiz declined to comment.'],
    ['a post-nominal', 'The appeal was argued by Dana Ortiz KC on Monday.'],
    ['a lower-case role', 'Board chair Dana Ortiz called the vote.'],
    ['a title after an organization word', 'Public Utilities Director Dana Ortiz called the vote.'],
    ['a title after a department', 'Finance Cabinet Secretary Dana Ortiz called the vote.'],
    ['a qualified minister', 'Transport Minister Dana Ortiz urged both sides to talk.'],
    ['Cllr', 'The motion was moved by Cllr Dana Ortiz on Monday.'],
  ])('strips the title %s and lists the person once', (_form, paragraph) => {
    const entities = entitiesOf([paragraph, 'Ortiz later left.']);
    expect(entities.people).toEqual([{ name: 'Dana Ortiz', mentions: 2 }]);
    expect(entities.organizations).toEqual([]);
  });

  it.each([
    ['Assistant U.S. Attorney', 'Assistant U.S. Attorney Dana Ortiz said the fraud was deliberate.'],
    ['U.S. District Judge', 'U.S. District Judge Dana Ortiz ordered him to repay the money.'],
  ])('keeps the country in the title %s a mention of it', (_form, paragraph) => {
    const entities = entitiesOf([paragraph]);
    expect(names(entities.people)).toEqual(['Dana Ortiz']);
    expect(names(entities.places)).toEqual(['United States']);
  });
});

describe('entities with no mention', () => {
  it('keeps names only the index terms give out of the entities', () => {
    const entities = entitiesOf(['The mill reopened in Toledo on Monday.'], {
      indexTerms: {
        subject: [],
        person: [{ term: 'DANA ORTIZ', score: 90 }],
        organization: [{ term: 'UNITED STEELWORKERS', score: 70 }],
        geographic: [{ term: 'TOLEDO, OHIO, USA', score: 88 }],
      },
    });
    expect(entities).toEqual({
      people: [],
      organizations: [],
      places: [{ name: 'Toledo', mentions: 1, score: 88 }],
    });
  });
});

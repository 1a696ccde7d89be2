import { describe, expect, it } from 'vitest';
import { enrichArticle } from '../../lambda/enrichment/enrichArticle';
import type { EnrichmentInput } from '../../lambda/enrichment/types';

const NO_INDEX_TERMS = { subject: [], organization: [], person: [], geographic: [] };

/** The quotes of an invented article whose first paragraph introduces Mayor Rosa Delgado and Chief Omar Haddad. */
function quotesOf(...paragraphs: string[]) {
  const input: EnrichmentInput = {
    headline: null,
    byline: null,
    authors: [],
    dateline: null,
    paragraphs: ['Mayor Rosa Delgado and Fire Chief Omar Haddad met on Monday.', ...paragraphs],
    indexTerms: NO_INDEX_TERMS,
  };
  return enrichArticle(input).quotes;
}

describe('quote marks', () => {
  it.each([
    ['curly', '“The budget is tight,” Delgado said.'],
    ['straight', '"The budget is tight," Delgado said.'],
    ['doubled apostrophes (Nexis)', "''The budget is tight,'' Delgado said."],
    ['curly doubled single marks', '‘‘The budget is tight,’’ Delgado said.'],
  ])('reads %s quotes', (_form, paragraph) => {
    expect(quotesOf(paragraph)).toEqual([{ text: 'The budget is tight', speaker: 'Rosa Delgado' }]);
  });

  it('keeps apostrophes and single quotes inside a quotation', () => {
    expect(quotesOf(`"We can't say 'no' to them," Haddad said.`)).toEqual([
      { text: "We can't say 'no' to them", speaker: 'Omar Haddad' },
    ]);
  });

  it('runs a quotation over paragraphs when the next one reopens it, joined by a blank line', () => {
    expect(quotesOf('“We need two more engines.', '“And we need them this year,” Haddad said.')).toEqual([
      { text: 'We need two more engines.\n\nAnd we need them this year', speaker: 'Omar Haddad' },
    ]);
  });

  it('ends a quotation left open at a paragraph the next one does not reopen', () => {
    expect(quotesOf('Delgado said the plan was “not finished', 'The council meets Tuesday.')).toEqual([
      { text: 'not finished', speaker: 'Rosa Delgado' },
    ]);
  });

  it('ignores a stray closing mark and inch marks after a number', () => {
    expect(quotesOf('The hose is 2" wide.” Nothing else was said.')).toEqual([]);
  });
});

describe('speakers', () => {
  it.each([
    ['"…," X said', '“It works,” Haddad said.'],
    ['"…," X later said', '“It works,” Haddad later said.'],
    ['"…," said X', '“It works,” said Haddad.'],
    ['"…," said Title X', '“It works,” said Fire Chief Omar Haddad.'],
    ['X said: "…"', 'Haddad said: “It works.”'],
    ['X said, "…"', 'On Tuesday, Haddad said, “It works.”'],
    ['"…," according to X', '“It works,” according to Haddad.'],
    ['"…," X, the chief, said', '“It works,” Haddad, the chief, said.'],
    ['"…," he said', 'Haddad tested the pump. “It works,” he said.'],
    ['"…," the chief said', '“It works,” the chief said.'],
    ['X told Y "…"', 'Haddad told reporters that it “works.”'],
    ['X called Y "…"', 'Haddad called the pump “a workhorse.”'],
  ])('resolves %s to the full name', (_form, paragraph) => {
    const [quote] = quotesOf(paragraph);
    expect(quote?.speaker).toBe('Omar Haddad');
  });

  it('gives two spans of one utterance the same speaker', () => {
    expect(quotesOf('Delgado called the vote “historic,” adding, “It took ten years.”')).toEqual([
      { text: 'historic', speaker: 'Rosa Delgado' },
      { text: 'It took ten years.', speaker: 'Rosa Delgado' },
    ]);
  });

  it('continues the speaker of the previous quotation in the same or the next paragraph', () => {
    expect(quotesOf('“We are ready,” Delgado said. “We have been for years.”', '“Ask anyone.”')).toEqual([
      { text: 'We are ready', speaker: 'Rosa Delgado' },
      { text: 'We have been for years.', speaker: 'Rosa Delgado' },
      { text: 'Ask anyone.', speaker: 'Rosa Delgado' },
    ]);
  });

  it('does not continue a speaker once someone else has been named', () => {
    const quotes = quotesOf('“We are ready,” Delgado said.', 'Haddad was less sure. “Maybe in June.”');
    expect(quotes[1]).toEqual({ text: 'Maybe in June.', speaker: null });
  });

  it('says null when the text names no one', () => {
    expect(
      quotesOf(
        'The sign on the station door read “Closed for repairs.”',
        '“It is a good day,” a city spokesperson said.',
      ).map((quote) => quote.speaker),
    ).toEqual([null, null]);
  });

  it('never takes the person spoken to for the speaker', () => {
    const [quote] = quotesOf('Delgado told Haddad: “Fix it.”');
    expect(quote?.speaker).toBe('Rosa Delgado');
  });

  it('does not read the next sentence as an attribution', () => {
    const [quote] = quotesOf('“We are done.” Haddad said nothing more.');
    expect(quote).toEqual({ text: 'We are done.', speaker: null });
  });

  it('lets an organization be the speaker', () => {
    const [quote] = quotesOf('“No comment,” the Pentagon said.');
    expect(quote?.speaker).toBe('Pentagon');
  });
});

describe('speakers after a description or a comma phrase (issue 20)', () => {
  it.each([
    ['a capitalised title', '“It works,” Deputy Fire Marshal Lena Okafor said.'],
    ['a lower-case role', '“It works,” station captain Lena Okafor said.'],
    ['an organization’s role', '“It works,” the department’s chief mechanic, Lena Okafor, said.'],
    ['a team and a role', '“It works,” Harbor City engine driver Lena Okafor said.'],
    ['a comma phrase after the name', '“It works,” Lena Okafor, of the Eastside station, said.'],
    ['said, then a relation', '“It works,” said her colleague, Lena Okafor.'],
    ['told, then the audience', '“It works,” Lena Okafor told reporters.'],
  ])('resolves %s', (_form, paragraph) => {
    const [quote] = quotesOf(paragraph);
    expect(quote?.speaker).toBe('Lena Okafor');
  });

  it('does not cross a preposition to a person the description names', () => {
    const [quote] = quotesOf('“It works,” a spokesman for Mayor Rosa Delgado said.');
    expect(quote?.speaker).toBeNull();
  });

  it('gives a quotation a role attributes null, not the previous speaker', () => {
    const quotes = quotesOf(
      '“It failed,” Delgado said.',
      '“We are deeply sorry,” a spokesman for the trust said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Rosa Delgado', null]);
  });

  it('resolves a role given in an appositive earlier (her son)', () => {
    const quotes = quotesOf(
      'Her death was confirmed by her son, Tomas Arce, who said the cause was heart failure.',
      '“She never raised her voice,” said Lena Okafor, a former pupil.',
      'She founded a reading room in 1998. “She believed a child who can read can do anything,” her son said.',
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Lena Okafor', 'Tomas Arce']);
  });

  it('takes the subject before said, not its object, for a partial quotation', () => {
    const [quote] = quotesOf(
      'Dr. Lena Okafor said the Harbor Ambulance Service had been under “extreme pressure” that night.',
    );
    expect(quote?.speaker).toBe('Lena Okafor');
  });
});

describe('quoted names, slogans and scare quotes are not quotations (issue 20)', () => {
  it.each([
    ['a scare quote after an article', 'Delgado said the plan would be a “game changer.”'],
    ['so-called', 'The so-called “rainy day fund” is empty.'],
    ['a possessive before a short phrase', 'Haddad defended his “common sense” rules.'],
    ['a slogan in title case', 'The city’s slogan, “Building Together For Tomorrow,” is on every bus.'],
    ['a nickname', 'Omar “The Hammer” Haddad took questions.'],
    ['a title of a work', 'Delgado read from “The Long Road Home” at the library.'],
  ])('drops %s', (_form, paragraph) => {
    expect(quotesOf(paragraph)).toEqual([]);
  });

  it('keeps a short quotation a speaker is given with called, and a full sentence in title case', () => {
    const quotes = quotesOf('Haddad called the ruling “unfair.”', 'The crowd chanted “We Will Win.”');
    expect(quotes.map((quote) => quote.text)).toEqual(['unfair.', 'We Will Win.']);
    expect(quotes[0]?.speaker).toBe('Omar Haddad');
  });
});

describe('quotations split around their attribution (issue 20)', () => {
  it.each([
    ['X said,', '“We are ready,” Delgado said, “and we have been for years.”'],
    ['said X,', '“We are ready,” said Delgado, “and we have been for years.”'],
    ['X added,', '“We are ready,” Delgado added, “and we have been for years.”'],
    [
      'a title and a name',
      '“We are ready,” Mayor Rosa Delgado told reporters, “and we have been for years.”',
    ],
  ])('gives both parts the speaker (%s)', (_form, paragraph) => {
    expect(quotesOf(paragraph).map((quote) => quote.speaker)).toEqual(['Rosa Delgado', 'Rosa Delgado']);
  });
});

describe('speech verbs beyond said (issue 20)', () => {
  it.each([
    ['offered', '“It works,” Haddad offered.'],
    ['recounted', '“It works,” Haddad recounted.'],
    ['wrote', '“It works,” Haddad wrote in a memo.'],
    ['told', '“It works,” Haddad told the council.'],
    ['according to', '“It works,” according to Haddad.'],
    ['added, inverted', '“It works,” added Haddad.'],
    ['insisted, inverted', '“It works,” insisted Haddad.'],
  ])('reads %s', (_verb, paragraph) => {
    expect(quotesOf(paragraph)[0]?.speaker).toBe('Omar Haddad');
  });
});

import { describe, expect, it } from 'vitest';
import { parseByline } from '../../lambda/parser';

describe('parseByline', () => {
  it.each([
    ['- BY ROBERT BURNS AND LOLITA C. BALDOR', ['Robert Burns', 'Lolita C. Baldor']],
    ['By JANE DOE', ['Jane Doe']],
    ['By Ann Smith  and Bob Jones   Tribune Staff Writers', ['Ann Smith', 'Bob Jones']],
    ['By Ann Smith and Bob Jones Tribune Staff Writers', ['Ann Smith', 'Bob Jones']],
    ["By MARY McDONALD and PATRICK O'NEIL", ['Mary McDonald', "Patrick O'Neil"]],
    ['BY MCDONALD', ['McDonald']],
    ['By Sam Lee & Ana Ruiz; Kim Park, Lou Tan', ['Sam Lee', 'Ana Ruiz', 'Kim Park', 'Lou Tan']],
    ['By JOHN SMITH, Staff Writer', ['John Smith']],
    ['By Kareem Haddad, Associated Press Writer', ['Kareem Haddad']],
    ['By Jane Doe Globe Staff', ['Jane Doe']],
    ['By Jane Doe For The Bayport Globe', ['Jane Doe']],
    ['By Dana Whitfield dwhitfield@valleytimes.example', ['Dana Whitfield']],
    ['By Dana Whitfield Email: dw@paper.example Twitter: @dwhit', ['Dana Whitfield']],
    ['By JAMES EARL CARTER JR.', ['James Earl Carter Jr.']],
    ['By James Earl Carter, Jr.', ['James Earl Carter Jr.']],
    ['By Lucia de la Cruz', ['Lucia de la Cruz']],
    ['BY SIOBHAN D\u2019ANGELO-MURPHY', ['Siobhan D\u2019Angelo-Murphy']],
    ['By Emily Post', ['Emily Post']],
    // `and` in the vendors' other languages (Europresse, Mediargus, Integrum bylines are not English).
    ['Paul Girard et Léa Roux', ['Paul Girard', 'Léa Roux']],
    ['Els Peeters en Tom Maes', ['Els Peeters', 'Tom Maes']],
    ['Jonas Keller und Petra Wolf', ['Jonas Keller', 'Petra Wolf']],
    ['José Ortega y Gasset', ['José Ortega y Gasset']],
  ])('%s', (byline, authors) => {
    expect(parseByline(byline)).toEqual(authors);
  });

  it.each([
    ['The Associated Press', ['The Associated Press']],
    ['- The Associated Press', ['The Associated Press']],
    ['TRIBUNE STAFF', ['Tribune Staff']],
    ['ASSOCIATED PRESS', ['Associated Press']],
    ['Reuters', ['Reuters']],
    ['By AP', ['AP']],
  ])('an organization alone: %s', (byline, authors) => {
    expect(parseByline(byline)).toEqual(authors);
  });

  it("takes the publication's own name for a newspaper name", () => {
    expect(parseByline('By Hannah Price Courier Staff Writer', 'The Lakeshore Courier')).toEqual([
      'Hannah Price',
    ]);
    expect(parseByline('By Hannah Price Lakeshore Staff', 'The Lakeshore Courier')).toEqual(['Hannah Price']);
  });

  it('names nobody for a role alone or text that is no byline', () => {
    expect(parseByline('Staff Writer')).toEqual([]);
    expect(parseByline('Updated 5:30 p.m.')).toEqual([]);
  });

  it('lists each person once', () => {
    expect(parseByline('By Ann Smith and ANN SMITH')).toEqual(['Ann Smith']);
  });
});

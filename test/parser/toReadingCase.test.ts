import { describe, expect, it } from 'vitest';
import { toReadingCase } from '../../lambda/parser';

describe('toReadingCase', () => {
  it.each([
    ['ROBERT BURNS', 'Robert Burns'],
    ['LOLITA C. BALDOR', 'Lolita C. Baldor'],
    ['MCDONALD', 'McDonald'],
    ['McDONALD', 'McDonald'],
    ['MacARTHUR', 'MacArthur'],
    ["O'NEIL", "O'Neil"],
    ['SMITH-JONES', 'Smith-Jones'],
    ['J.R. EWING III', 'J.R. Ewing III'],
    ['JOHN SMITH JR.', 'John Smith Jr.'],
    ['ED AL', 'Ed Al'],
    ['Ann McDonald', 'Ann McDonald'],
    ['DeShawn Jones', 'DeShawn Jones'],
  ])('a person: %s', (name, expected) => {
    expect(toReadingCase(name, 'person')).toBe(expected);
  });

  it.each([
    ['THE ASSOCIATED PRESS', 'The Associated Press'],
    ['TRIBUNE STAFF', 'Tribune Staff'],
    ['AP', 'AP'],
    ['NEW YORK TIMES NEWS SERVICE', 'New York Times News Service'],
    ['BOARD OF THE GAZETTE', 'Board of the Gazette'],
    ['The Associated Press', 'The Associated Press'],
  ])('an organization: %s', (name, expected) => {
    expect(toReadingCase(name, 'organization')).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../lambda/enrichment/isGivenName';
import { MORE_GIVEN_NAMES } from '../../lambda/enrichment/lexicon/moreGivenNames';
import { enrichmentInputOf } from './enrichmentInputOf';
import { entityNames } from './entityNames';
import { givenNameLexiconSource } from './givenNameLexiconSource';

const article = enrichmentInputOf;
const names = entityNames;

describe('the derived given-name lexicon', () => {
  it('is the one derived from the pinned @stdlib name packages (regenerate: npx tsx test/enrichment/givenNameLexiconSource.ts)', () => {
    expect(MORE_GIVEN_NAMES).toBe(givenNameLexiconSource());
  });

  it('holds the hand list and the derived names, and no everyday words', () => {
    expect(isGivenName('joe')).toBe(true);
    expect(isGivenName('edna')).toBe(true);
    expect(isGivenName('kerry')).toBe(true);
    // An everyday word in capitals (`May`, `Will`) is left out of the derived list.
    expect(MORE_GIVEN_NAMES.split('|')).not.toContain('may');
    expect(MORE_GIVEN_NAMES.split('|')).not.toContain('will');
    expect(isGivenName('harbour')).toBe(false);
  });

  it('starts a person’s name before a surname, even at a sentence start or where the name is also a place', () => {
    const input = article(
      'Edna Tremaine died at the county hospital on Tuesday.',
      'The visitors were bowled out by the left-arm spinner Devon Achterberg before tea.',
    );
    expect(names(input, 'people')).toEqual(expect.arrayContaining(['Edna Tremaine', 'Devon Achterberg']));
    expect(names(input, 'places')).not.toContain('Devon');
  });

  it('does not make a person of a place or organization named after a given name', () => {
    const input = article(
      'Volunteers from the Philippine Red Cross handed out water at Rogers Place on Sunday.',
      'Crews from Georgia Power restored service to the last homes overnight.',
    );
    const people = names(input, 'people');
    expect(people).not.toContain('Philippine Red Cross');
    expect(people).not.toContain('Rogers Place');
    expect(people).not.toContain('Georgia Power');
  });
});

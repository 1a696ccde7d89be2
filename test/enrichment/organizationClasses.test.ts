import { describe, expect, it } from 'vitest';
import { enrichmentInputOf } from './enrichmentInputOf';
import { entityNames } from './entityNames';

const article = enrichmentInputOf;
const names = entityNames;

describe('organizations with no organization word', () => {
  it('takes a body named for a known place (`… South Africa`, `… Australia`) for an organization, not a person', () => {
    const input = article(
      'The ferry operators met on Monday.',
      'Freight Link Kenya said the new fees would cost exporters millions.',
      'Officials from Netball Australia attended the draw.',
    );
    expect(names(input, 'organizations')).toEqual(
      expect.arrayContaining(['Freight Link Kenya', 'Netball Australia']),
    );
    expect(names(input, 'people')).toEqual([]);
  });

  it('keeps a person whose first word is a given name, and a region of a country a place', () => {
    const input = article('Karl Kenya said the ferry was late.', 'Floods spread across Northern Kenya.');
    expect(names(input, 'people')).toContain('Karl Kenya');
    expect(names(input, 'places')).toContain('Northern Kenya');
    expect(names(input, 'organizations')).toEqual([]);
  });
});

describe('organizations named after a titled person', () => {
  it('keeps `Queen … Hospital` whole where the article also prints `hospital` in lower case', () => {
    const input = article(
      'Patients at a hospital in Dorset waited for hours.',
      'The inquiry examined 200 admissions to the Princess Adelaide Hospital between 2019 and 2022.',
    );
    expect(names(input, 'organizations')).toContain('Princess Adelaide Hospital');
    expect(names(input, 'people')).toEqual([]);
  });
});

describe('organized events that speak', () => {
  it('takes a festival that says something for the body that runs it, and leaves laws and events that do not speak alone', () => {
    const input = article(
      'The Aberdeen Jazz Festival said it would move to the harbour next year.',
      'Then the Cork Film Festival said it welcomed the grant.',
      'The Clean Water Act says little about wells, and the Leeds Marathon starts on Sunday.',
    );
    expect(names(input, 'organizations').sort()).toEqual(['Aberdeen Jazz Festival', 'Cork Film Festival']);
  });
});

describe('regions named by a direction', () => {
  it('takes a direction and a region noun after `the` for a place, not an organization', () => {
    const input = article('Rain is forecast for the Eastern Cape and the West Midlands, the agency said.');
    expect(names(input, 'places').sort()).toEqual(['Eastern Cape', 'West Midlands']);
    expect(names(input, 'organizations')).toEqual([]);
  });
});

describe('organizations that start with an everyday word and `of`', () => {
  it('keeps `City of … Council` whole', () => {
    const input = article('The levy was approved by the City of Aberdeen Council on Thursday.');
    expect(names(input, 'organizations')).toEqual(['City of Aberdeen Council']);
  });
});

describe('names that list their fields with commas', () => {
  it('keeps `the A, B and C Administration` whole instead of splitting it at the comma', () => {
    const input = article(
      'The Caribbean Marine, Coastal and Fisheries Research Council said the reef was recovering.',
    );
    expect(names(input, 'organizations')).toEqual([
      'Caribbean Marine, Coastal and Fisheries Research Council',
    ]);
  });

  it('does not join a list of names that no `the` opens', () => {
    const input = article('Talks with Ostrava, Brno and the Moravian Regional Council ended on Friday.');
    expect(names(input, 'organizations')).toEqual(['Moravian Regional Council']);
  });
});

describe('codes that are no acronym', () => {
  it('takes no road number or model code (`the A614`, `the B747`) for an organization', () => {
    const input = article(
      'Lorries on the A614 were diverted after the B747 landed at the airfield, the Port Authority said.',
    );
    expect(names(input, 'organizations')).toEqual(['Port Authority']);
  });
});

describe('a legislature named by its word alone', () => {
  it('takes `Parliament` alone for an organization, and `Parliament Square` for a place', () => {
    const input = article(
      'The minister was summoned to appear before Parliament on Tuesday.',
      'Protesters gathered in Parliament Square and marched up Congress Avenue.',
    );
    expect(names(input, 'organizations')).toEqual(['Parliament']);
    expect(names(input, 'places').sort()).toEqual(['Congress Avenue', 'Parliament Square']);
  });
});

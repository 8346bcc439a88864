// The English names, demonyms and capitals by which brief prose names a country (used to check a
// model's prose against the reports' countries), and the names briefs print.
import { describe, expect, it } from 'vitest';
import { countryMentions, countryName, countryNameBare, mentionsOf, peopleOfCountry } from '../../src/brief/countries.js';

const codes = (text: string) => countryMentions(text).map((m) => m.code).sort();

describe('country mentions in prose', () => {
  it('gives a demonym shared with a territory to the sovereign state', () => {
    expect(codes('American, French, Indian and Dutch officials met.')).toEqual(['FR', 'IN', 'NL', 'US']);
    expect(mentionsOf('MP')).not.toContain('American');
  });

  it('finds names, capitals and seats of government, longest first, without double counting', () => {
    expect(codes('The United States and Britain sanctioned Belarusian officials; Minsk and the Kremlin reacted.')).toEqual(['BY', 'BY', 'GB', 'RU', 'US']);
    expect(codes('Washington said so.')).toEqual(['US']);
    expect(codes('No country here, only Geneva talks.')).toEqual([]);
  });

  it('prints names as a sentence needs them', () => {
    expect(countryName('us')).toBe('the United States');
    expect(countryNameBare('US')).toBe('United States');
    expect(countryName('BY')).toBe('Belarus');
    expect(countryName('ZZ')).toBe('ZZ');
  });
});

describe('people of a country', () => {
  it('reads as a desk writes it', () => {
    expect(peopleOfCountry('UA', 31, 'prisoners')).toBe('31 Ukrainians');
    expect(peopleOfCountry('FR', 2, 'prisoners')).toBe('2 French nationals');
    expect(peopleOfCountry('CN', 1200, 'prisoners')).toBe('1,200 Chinese nationals');
    expect(peopleOfCountry('US', 1, 'prisoners')).toBe('one American prisoner');
    // The desk's demonym where the data package's is archaic or a list.
    expect(peopleOfCountry('KG', 3, 'prisoners')).toBe('3 Kyrgyz nationals');
    expect(peopleOfCountry('TJ', 2, 'prisoners')).toBe('2 Tajiks');
    expect(peopleOfCountry('IR', undefined, 'detainees')).toBe('Iranian detainees');
    expect(peopleOfCountry('ZZ', 3, 'prisoners')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { completeCountry, resolveCountry } from '../../src/bot/countries.js';

describe('resolveCountry', () => {
  it.each([
    ['BY', 'BY'], ['by', 'BY'], ['BLR', 'BY'], ['belarus', 'BY'], ['Беларусь', 'BY'], ['Білорусь', 'BY'], ['Белоруссия', 'BY'],
    ['united states', 'US'], ['USA', 'US'], ['the United States', 'US'], ['UK', 'GB'], ['Britain', 'GB'], ['россия', 'RU'],
    ['Україна', 'UA'], ["Côte d'Ivoire", 'CI'], ['  north korea ', 'KP'],
  ])('%s → %s', (input, code) => {
    expect(resolveCountry(input)).toEqual({ code });
  });

  it('an unknown name is an error with close suggestions', () => {
    const r = resolveCountry('belarsu');
    expect(r).toMatchObject({ suggestions: ['Belarus (BY)'] });
    expect('error' in r && r.error).toMatch(/Unknown country "belarsu"\. Did you mean Belarus \(BY\)\?/);
    const none = resolveCountry('qqqqqqq');
    expect('error' in none && none.error).toMatch(/two-letter code/);
  });
});

describe('completeCountry', () => {
  it('matches names in en/ru/uk and codes, value is alpha-2, at most 25', () => {
    expect(completeCountry('bel').slice(0, 3).map((c) => c.value)).toEqual(['BY', 'BE', 'BZ']);
    expect(completeCountry('бел')[0]).toEqual({ name: 'Беларусь (BY)', value: 'BY' });
    expect(completeCountry('біл')[0]).toEqual({ name: 'Білорусь (BY)', value: 'BY' });
    expect(completeCountry('us')[0]).toEqual({ name: 'United States (US)', value: 'US' });
    expect(completeCountry('').length).toBe(25);
    expect(completeCountry('a').length).toBeLessThanOrEqual(25);
    expect(completeCountry('zzzz')).toEqual([]);
    for (const c of completeCountry('s')) expect(c.value).toMatch(/^[A-Z]{2}$/);
  });
});

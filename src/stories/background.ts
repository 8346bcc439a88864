// Words that every report of a candidate story shares by construction, so they cannot tell two
// events apart: the topic's vocabulary (the classifier's lexicon) and the names of the report's own
// countries (already compared as ISO codes by the hard rules). Country names are compared by
// phonetic key, so "Belarusian", «белорусской» and "Belarus" all count as BY.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { isTopicWord } from '../classify/vocabulary.js';

const require = createRequire(import.meta.url);
const LOCALES = ['en', 'ru', 'uk'] as const;

interface WorldCountry {
  cca2: string;
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

let namesByCode: Map<string, string[]> | undefined;

function countryNames(): Map<string, string[]> {
  if (namesByCode) return namesByCode;
  const out = new Map<string, string[]>();
  const push = (code: string, name: string) => (out.get(code) ?? out.set(code, []).get(code))?.push(name);
  for (const lang of LOCALES) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as countries.LocaleData);
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
    for (const [code, list] of Object.entries(names)) for (const n of list) push(code, n);
  }
  for (const c of require('world-countries/countries.json') as WorldCountry[]) {
    for (const cap of c.capital ?? []) push(c.cca2, cap);
    const d = c.demonyms?.eng;
    if (d) push(c.cca2, `${d.m} ${d.f}`);
  }
  namesByCode = out;
  return out;
}

/** A test for the words of one report that carry no event-specific information. */
export function backgroundWords(countryCodes: readonly string[], keyOf: (word: string) => string | undefined): (word: string) => boolean {
  const keys = new Set<string>();
  const names = countryNames();
  for (const code of countryCodes) {
    for (const name of names.get(code) ?? []) {
      for (const w of name.split(/[^\p{L}]+/u)) {
        const k = keyOf(w);
        if (k) keys.add(k);
      }
    }
  }
  return (word) => isTopicWord(word) || keys.has(keyOf(word) ?? '');
}

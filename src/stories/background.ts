// Words that every report of a candidate story shares by construction, so they cannot tell two
// events apart: the topic's vocabulary (the classifier's lexicon) and the names of the report's own
// countries (already compared as ISO codes by the hard rules). Country names are compared by
// phonetic key, so "Belarusian", «белорусской» and "Belarus" all count as BY.
import { isTopicWord } from '../classify/vocabulary.js';
import { countryRecords, NAME_LANGUAGES } from '../countries/data.js';

function namesOf(code: string): string[] {
  const c = countryRecords().get(code);
  if (!c) return [];
  return [...NAME_LANGUAGES.flatMap((l) => c.names[l]), c.common, ...c.russian, ...c.capitals, ...c.demonyms];
}

/** Phonetic keys of each country's names, built once per country: reports of a poll repeat them. */
const keysByCountry = new Map<string, Set<string>>();

function countryKeys(code: string, keyOf: (word: string) => string | undefined): Set<string> {
  let keys = keysByCountry.get(code);
  if (keys === undefined) {
    keys = new Set<string>();
    for (const name of namesOf(code)) {
      for (const w of name.split(/[^\p{L}]+/u)) {
        const k = keyOf(w);
        if (k) keys.add(k);
      }
    }
    keysByCountry.set(code, keys);
  }
  return keys;
}

/**
 * A test for the words of one report that carry no event-specific information, given each word and
 * its phonetic key. `keyOf` must be the same function on every call (fingerprint.ts's phoneticKey).
 */
export function backgroundWords(countryCodes: readonly string[], keyOf: (word: string) => string | undefined): (word: string, key: string | undefined) => boolean {
  const sets = countryCodes.map((code) => countryKeys(code, keyOf));
  return (word, key) => (key !== undefined && sets.some((keys) => keys.has(key))) || isTopicWord(word);
}

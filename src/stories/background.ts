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

/** A test for the words of one report that carry no event-specific information. */
export function backgroundWords(countryCodes: readonly string[], keyOf: (word: string) => string | undefined): (word: string) => boolean {
  const keys = new Set<string>();
  for (const code of countryCodes) {
    for (const name of namesOf(code)) {
      for (const w of name.split(/[^\p{L}]+/u)) {
        const k = keyOf(w);
        if (k) keys.add(k);
      }
    }
  }
  return (word) => isTopicWord(word) || keys.has(keyOf(word) ?? '');
}

// Checks a model's prose against the facts it was given: every number, country and name it uses
// must be among them. A model that invents "45 prisoners" or "Poland" gets the offline text instead.
import { countryMentions, mentionsOf } from './countries.js';

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, dozen: 12,
};

/** Capitalised words that are no claim of fact. */
const ALWAYS_ALLOWED = new Set([
  'i', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'attache',
]);

export interface FactBasis {
  /** Every number the facts contain. */
  numbers: Set<number>;
  /** Every word of the facts, lower case. */
  words: Set<string>;
  /** ISO codes of the story's countries. */
  countries: Set<string>;
  /** The facts as one text, to accept a place name the reports themselves use. */
  text: string;
}

function numbersIn(text: string): number[] {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => Number(/^\d{1,3}(,\d{3})+$/.test(n) ? n.replace(/,/g, '') : n.replace(',', '.')));
}

function wordsIn(text: string): string[] {
  return (text.match(/[\p{L}][\p{L}\p{N}]*/gu) ?? []).map((w) => w.toLowerCase());
}

export function factBasis(factsText: string, countryCodes: string[]): FactBasis {
  const words = new Set(wordsIn(factsText));
  // The names, demonyms and capitals of the story's own countries may be used freely.
  for (const code of countryCodes) for (const name of mentionsOf(code)) for (const w of wordsIn(name)) words.add(w);
  return { numbers: new Set(numbersIn(factsText)), words, countries: new Set(countryCodes), text: factsText };
}

/** Why the prose cannot be used, or undefined when every number, country and name is in the facts. */
export function problemWith(prose: string, basis: FactBasis): string | undefined {
  for (const n of numbersIn(prose)) if (!basis.numbers.has(n)) return `number ${n} is not in the facts`;
  for (const w of wordsIn(prose)) {
    const n = NUMBER_WORDS[w];
    if (n !== undefined && !basis.numbers.has(n)) return `"${w}" (${n}) is not in the facts`;
  }
  for (const m of countryMentions(prose)) {
    if (!basis.countries.has(m.code) && !basis.text.includes(m.text)) return `country "${m.text}" is not in the facts`;
  }
  // A capitalised word inside a sentence is a name: it must come from the facts. The first word of
  // a sentence is capitalised anyway; a country there is still caught above.
  for (const m of prose.matchAll(/[\p{L}][\p{L}\p{N}'’-]*/gu)) {
    const word = m[0].replace(/['’]s$/, '');
    if (!/^\p{Lu}/u.test(word) || startsSentence(prose, m.index)) continue;
    const parts = wordsIn(word);
    if (parts.every((p) => basis.words.has(p) || ALWAYS_ALLOWED.has(p))) continue;
    return `name "${word}" is not in the facts`;
  }
  return undefined;
}

function startsSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/[\s"'“‘«(]+$/u, '');
  return before === '' || /[.!?:;]$/.test(before);
}

// Country names for brief text, from the data packages (countries/data.ts): "BY" → "Belarus", and the English names,
// demonyms and capitals by which a written text can refer to a country (to check model prose).
import { countryRecords } from '../countries/data.js';

interface Index {
  display: Map<string, string>;
  /** English ways of naming a country in running text, longest first. */
  mentions: Array<{ text: string; code: string }>;
}

/** Names a desk reader expects, where the packages' common name reads oddly in a sentence. */
const DISPLAY: Record<string, string> = {
  US: 'the United States', GB: 'the United Kingdom', NL: 'the Netherlands', AE: 'the United Arab Emirates', PH: 'the Philippines',
  BS: 'the Bahamas', GM: 'the Gambia', MV: 'the Maldives', CD: 'the Democratic Republic of the Congo', CF: 'the Central African Republic',
  DO: 'the Dominican Republic', VA: 'the Vatican',
};
const EXTRA_MENTIONS: Record<string, string[]> = { US: ['U.S.', 'Washington', 'White House'], GB: ['U.K.', 'Britain', 'British'], RU: ['Kremlin'] };

/**
 * Where the package's first demonym is archaic or a list ("Kirghiz", "Tadzhik", "Bosnian, Herzegovinian"),
 * the one news desks write.
 */
const DESK_DEMONYM: Record<string, string> = {
  KG: 'Kyrgyz', TJ: 'Tajik', UZ: 'Uzbek', KZ: 'Kazakh', DJ: 'Djiboutian', SA: 'Saudi', BA: 'Bosnian', AG: 'Antiguan',
};

let cached: Index | undefined;

function index(): Index {
  if (cached) return cached;
  const display = new Map<string, string>();
  const mentions = new Map<string, string>();
  const add = (text: string | undefined, code: string) => {
    // Two-letter codes and one-word lower-case spellings would match ordinary words.
    if (text && text.length >= 3 && /\p{Lu}/u.test(text) && !mentions.has(text)) mentions.set(text, code);
  };
  // Sovereign states first: a demonym shared with a territory ("Indian", "French") names the state.
  const records = [...countryRecords().values()].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of records) {
    display.set(c.code, c.common);
    add(c.common, c.code);
    add(c.official, c.code);
    for (const alt of c.altSpellings) if (/^[\p{Script=Latin}\s.'’-]+$/u.test(alt)) add(alt, c.code);
    for (const capital of c.capitals) add(capital, c.code);
    for (const d of c.demonyms) add(d, c.code);
  }
  for (const c of records) for (const name of c.names.en) add(name, c.code);
  for (const [code, names] of Object.entries(EXTRA_MENTIONS)) for (const name of names) add(name, code);
  for (const [code, demonym] of Object.entries(DESK_DEMONYM)) add(demonym, code);
  for (const [code, name] of Object.entries(DISPLAY)) display.set(code, name);
  cached = {
    display,
    mentions: [...mentions.entries()].map(([text, code]) => ({ text, code })).sort((a, b) => b.text.length - a.text.length),
  };
  return cached;
}

/** "Belarus" for BY, "the United States" for US; the code itself when unknown. */
export function countryName(code: string): string {
  return index().display.get(code.toUpperCase()) ?? code.toUpperCase();
}

/** Country names without a leading article, for the start of a sentence or a list label. */
export function countryNameBare(code: string): string {
  return countryName(code).replace(/^the /, '');
}


/** "Ukrainian" for UA, "American" for US; undefined when the data has none. */
export function demonymOf(code: string): string | undefined {
  const upper = code.toUpperCase();
  return DESK_DEMONYM[upper] ?? countryRecords().get(upper)?.demonyms[0];
}

/** People of a country: "31 Ukrainians", "2 French nationals", "Iranian prisoners" (no number). */
export function peopleOfCountry(code: string, count: number | undefined, noun: string): string | undefined {
  const demonym = demonymOf(code);
  if (demonym === undefined || !/^\p{Lu}[\p{L}-]+$/u.test(demonym)) return undefined;
  if (count === undefined) return `${demonym} ${noun}`;
  const n = count.toLocaleString('en-US');
  if (count === 1) return `one ${demonym} ${noun.replace(/s$/, '')}`;
  // "Chinese", "British", "Swiss", "Kyrgyz" take a noun; "Ukrainian" takes a plural s.
  return /(ese|sh|ch|ss|s|z)$/.test(demonym) ? `${n} ${demonym} nationals` : `${n} ${demonym}s`;
}

export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && index().display.has(value);
}

/** Every English name, demonym and capital by which a text may refer to the country. */
export function mentionsOf(code: string): string[] {
  return index()
    .mentions.filter((m) => m.code === code)
    .map((m) => m.text);
}

export interface CountryMention {
  text: string;
  code: string;
}

/** Countries an English text names (by name, demonym, capital), longest match first, case-sensitive. */
export function countryMentions(text: string): CountryMention[] {
  const found: CountryMention[] = [];
  let rest = text;
  for (const m of index().mentions) {
    if (!rest.includes(m.text)) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(m.text)}(?:s|ns)?(?![\\p{L}\\p{N}])`, 'gu');
    if (!pattern.test(rest)) continue;
    found.push(m);
    // Blank out what matched so "United States" does not also count as "States" of something else.
    rest = rest.replace(pattern, (s) => ' '.repeat(s.length));
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

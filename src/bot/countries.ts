// Country names typed by people → ISO 3166-1 alpha-2. Built once from the data packages
// (countries/data.ts: names in en/ru/uk with their aliases, alpha-3 codes, alternative
// spellings, Russian translations). The classifier's gazetteer matches countries inside running text with
// capitalisation and stemming rules; a command option is a whole name, so a plain lookup fits better.
import { countryRecords, NAME_LANGUAGES, type NameLanguage } from '../countries/data.js';
import { closestMatches } from './closest.js';

/** Everyday names the packages lack. */
const ALIASES: Record<string, string> = {
  britain: 'GB', 'great britain': 'GB', england: 'GB', america: 'US', 'u s': 'US', holland: 'NL', burma: 'MM',
  'ivory coast': 'CI', 'north korea': 'KP', 'south korea': 'KR', türkiye: 'TR', turkiye: 'TR', 'czech republic': 'CZ',
  'dr congo': 'CD', drc: 'CD', uae: 'AE', 'белоруссия': 'BY', 'білорусія': 'BY', 'америка': 'US', 'британия': 'GB',
};

interface Name {
  code: string;
  text: string;
  key: string;
  lang: NameLanguage | 'alias';
}

interface CountryIndex {
  byKey: Map<string, string>;
  names: Name[];
  display: Map<string, string>;
}

let cached: CountryIndex | undefined;

/** Lower case, no accents or punctuation, single spaces: "Côte d'Ivoire" → "cote divoire". */
export function countryKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

function index(): CountryIndex {
  if (cached) return cached;
  const byKey = new Map<string, string>();
  const names: Name[] = [];
  const display = new Map<string, string>();
  const add = (code: string, text: string, lang: Name['lang']) => {
    const key = countryKey(text);
    if (key === '') return;
    if (!byKey.has(key)) byKey.set(key, code);
    names.push({ code, text, key, lang });
  };

  const records = [...countryRecords().values()];
  for (const c of records) {
    display.set(c.code, c.common);
    byKey.set(c.code.toLowerCase(), c.code);
    if (c.alpha3) byKey.set(c.alpha3.toLowerCase(), c.code);
  }
  for (const lang of NAME_LANGUAGES) for (const c of records) for (const text of c.names[lang]) add(c.code, text, lang);
  for (const c of records) {
    if (c.official === undefined) continue; // only world-countries' entries carry spellings
    add(c.code, c.common, 'en');
    add(c.code, c.official, 'en');
    for (const alt of c.altSpellings) if (!(alt.length <= 3 && alt === alt.toUpperCase())) add(c.code, alt, 'alias');
    for (const text of c.russian) add(c.code, text, 'ru');
  }
  for (const [alias, code] of Object.entries(ALIASES)) {
    byKey.set(countryKey(alias), code);
    names.push({ code, text: alias, key: countryKey(alias), lang: 'alias' });
  }
  cached = { byKey, names, display };
  return cached;
}

/** "Belarus" for BY; the code itself when unknown. */
export function countryName(code: string): string {
  return index().display.get(code.toUpperCase()) ?? code.toUpperCase();
}

/** "Belarus (BY)". */
export function countryLabel(code: string): string {
  return `${countryName(code)} (${code.toUpperCase()})`;
}

export type CountryResolution = { code: string } | { error: string; suggestions: string[] };

/** "BY", "by", "BLR", "belarus", "Беларусь", "Білорусь", "united states", "USA" → alpha-2. */
export function resolveCountry(input: string): CountryResolution {
  const { byKey, names } = index();
  const key = countryKey(input);
  const code = byKey.get(key);
  if (code) return { code };
  const close = closestMatches(key, names.map((n) => n.key), 12);
  const codes = [...new Set(close.map((k) => byKey.get(k)).filter((c): c is string => c !== undefined))].slice(0, 3);
  const suggestions = codes.map(countryLabel);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : ' Try an English name or a two-letter code, e.g. belarus or BY.';
  return { error: `Unknown country "${input.trim()}".${hint}`, suggestions };
}

/** Discord autocomplete: names (en/ru/uk) and codes starting with the prefix; value is alpha-2. */
export function completeCountry(prefix: string, max = 25): Array<{ name: string; value: string }> {
  const { names, display } = index();
  const p = countryKey(prefix);
  if (p === '') {
    return [...display.entries()]
      .sort((a, b) => a[1].localeCompare(b[1]))
      .slice(0, max)
      .map(([code, name]) => ({ name: `${name} (${code})`, value: code }));
  }
  const best = new Map<string, { score: number; text: string }>();
  const offer = (code: string, score: number, text: string) => {
    const seen = best.get(code);
    if (!seen || score < seen.score) best.set(code, { score, text });
  };
  for (const code of display.keys()) if (code.toLowerCase() === p) offer(code, 0, countryName(code));
  for (const n of names) {
    const label = n.lang === 'alias' ? countryName(n.code) : n.text;
    if (n.key.startsWith(p)) offer(n.code, n.key === p ? 1 : 2, label);
    else if (n.key.includes(` ${p}`)) offer(n.code, 3, label);
  }
  return [...best.entries()]
    .sort((a, b) => a[1].score - b[1].score || a[1].text.localeCompare(b[1].text))
    .slice(0, max)
    .map(([code, { text }]) => ({ name: `${text} (${code})`.slice(0, 100), value: code }));
}

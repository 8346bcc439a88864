// The country data packages, loaded once for every index built from them (bot lookup, brief prose,
// story matching): i18n-iso-countries (names with aliases in en/ru/uk, alpha-3 codes) and
// world-countries (common/official names, alternative spellings, capitals, demonyms, Russian
// translations). The classifier's gazetteer reads the packages itself, with its own rules.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);

export const NAME_LANGUAGES = ['en', 'ru', 'uk'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

export interface CountryRecord {
  /** ISO 3166-1 alpha-2. */
  code: string;
  alpha3?: string;
  /** world-countries' common name ("Belarus"), else the first English name. */
  common: string;
  official?: string;
  /** i18n-iso-countries' names, aliases included, per language. */
  names: Record<NameLanguage, string[]>;
  altSpellings: string[];
  /** Russian common and official names from world-countries. */
  russian: string[];
  capitals: string[];
  /** English demonyms (masculine and feminine forms, deduplicated). */
  demonyms: string[];
  /** A sovereign state (world-countries): "Indian" and "French" belong to IN and FR before IO and TF. */
  independent: boolean;
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  independent?: boolean | null;
  demonyms?: { eng?: { f: string; m: string } };
  translations?: Record<string, { common: string; official: string } | undefined>;
}

let cached: Map<string, CountryRecord> | undefined;

/** Every country by alpha-2 code. */
export function countryRecords(): ReadonlyMap<string, CountryRecord> {
  if (cached) return cached;
  for (const lang of NAME_LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as countries.LocaleData);
  const names = Object.fromEntries(NAME_LANGUAGES.map((l) => [l, countries.getNames(l, { select: 'all' }) as Record<string, string[]>])) as Record<
    NameLanguage,
    Record<string, string[]>
  >;
  const world = new Map((require('world-countries/countries.json') as WorldCountry[]).map((c) => [c.cca2, c]));
  const codes = new Set([...Object.keys(countries.getAlpha2Codes()), ...world.keys()]);
  const out = new Map<string, CountryRecord>();
  for (const code of codes) {
    const w = world.get(code);
    const rus = w?.translations?.rus;
    const dem = w?.demonyms?.eng;
    const alpha3 = countries.alpha2ToAlpha3(code);
    out.set(code, {
      code,
      ...(alpha3 ? { alpha3 } : {}),
      common: w?.name.common ?? names.en[code]?.[0] ?? code,
      ...(w ? { official: w.name.official } : {}),
      names: { en: names.en[code] ?? [], ru: names.ru[code] ?? [], uk: names.uk[code] ?? [] },
      altSpellings: w?.altSpellings ?? [],
      russian: rus ? [rus.common, rus.official] : [],
      capitals: w?.capital ?? [],
      demonyms: dem ? [...new Set([dem.m, dem.f])].filter((d) => d !== '') : [],
      independent: w?.independent === true,
    });
  }
  cached = out;
  return out;
}

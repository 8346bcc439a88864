// A report's term vector for story matching, built to be comparable across languages.
//
// Only what can tell one event from another of the same topic and countries: the hard rules of
// match.ts have already compared topic, countries and action, so the topic's own vocabulary and
// the names of the report's countries are left out (background.ts). Terms (the prefix says which kind):
//   n:31          a number in the text, in digits, words or as an ordinal (years left out): "31 Ukrainians"
//                 and «31 украинца» share n:31, "20th package" and «двадцятий пакет» n:20
//   k:lksh        a phonetic key of a word: transliterated to Latin, vowels dropped after the first
//                 letter, a few spelling pairs folded (x→ks, kh→h, ts→c, w→v, …), cut to 4 letters.
//                 "Lukashenko"/«Лукашенко»/"Lukashenka" → lksh, "Ukrainians"/«украинца» → ukrn.
//                 Language-neutral for names; a crude stem within one language.
//   s:en:pardon   a Snowball stem, only comparable with reports in the same language
//   u:nis         an acronym of two to four capitals or digits (NIS, RSF, M23), too short or too odd for a phonetic key
//                 and often the only name two outlets share; blocs and countries (EU, US, РФ) left out
//   m:entry       a kind of measure the report names (entry bans, listings); not compared as text, see
//                 match.ts requiredSimilarity
//   b:3000        a count given as a lower bound ("more than 3,000", «понад 200»); not compared as text,
//                 see match.ts conflict (a later report's exact 4,335 is the same release)
//   r:drn         the phonetic key of a word of the reason a title gives ("… over drone deliveries to Russia",
//                 «… за депортацию детей»); not compared as text, see match.ts requiredSimilarity
// Title words count twice: a title says what the event is, a summary adds context.
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { eng, rus, ukr } from 'stopword';
import { transliterate } from 'transliteration';
import { wordNumbersIn } from '../classify/numbers.js';
import { tokenize } from '../classify/text.js';
import type { Classification, FeedItem } from '../core/types.js';
import { backgroundWords } from './background.js';

export interface Fingerprint {
  /** term → weighted count (title words 2, summary words 1); summed over a story's reports. */
  terms: Record<string, number>;
  /** Numbers in titles, and in the whole text; years left out. Sorted, unique. */
  titleNumbers: number[];
  numbers: number[];
}

const TITLE_WEIGHT = 2;
const SUMMARY_WEIGHT = 1;
/** A long summary (a whole article) would drown the title; its first words are enough. */
const MAX_SUMMARY_WORDS = 80;
const KEY_LENGTH = 4;
const MIN_WORD_LETTERS = 4;

const STOPWORDS = new Set([...eng, ...rus, ...ukr].map((w) => w.toLowerCase()));
const STEMMERS: Record<string, string> = { en: 'english', ru: 'russian' };
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Acronyms of blocs and countries: every report on them shares these. */
const ACRONYM_STOP = new Set(['us', 'uk', 'usa', 'uae', 'eu', 'un', 'ec', 'es', 'ies', 'ssha', 'yes', 'rf', 'oon', 'oae', 'kndr', 'knr', 'dprk', 'prc', 'g7', 'ofac', 'tv']);
const ACRONYM = /(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}\p{N}]{1,3}(?![\p{L}\p{N}])/gu;
const NUMBER = /(?<![\p{L}\p{N}.,:])\d{1,3}(?:[,\u00a0 ]\d{3})*(?![\p{L}\p{N}]|[.,:]\d)/gu;

export function emptyFingerprint(): Fingerprint {
  return { terms: {}, titleNumbers: [], numbers: [] };
}

export function fingerprintOf(item: Pick<FeedItem, 'title' | 'summary'>, classification: Classification): Fingerprint {
  const terms: Record<string, number> = {};
  const add = (term: string, weight: number) => {
    terms[term] = (terms[term] ?? 0) + weight;
  };
  const background = backgroundWords(classification.countries, phoneticKey);
  const summary = item.summary.split(/\s+/).slice(0, MAX_SUMMARY_WORDS).join(' ');
  const stemmer = stemmerFor(classification.language);
  const written = new Set<number>();
  for (const [text, weight] of [
    [item.title, TITLE_WEIGHT],
    [summary, SUMMARY_WEIGHT],
  ] as const) {
    for (const word of words(text)) {
      const key = phoneticKey(word);
      if (background(word, key)) continue;
      if (key) add(`k:${key}`, weight);
      if (stemmer && sameScript(word, classification.language)) add(`s:${classification.language}:${stemmer.stem(word)}`, weight);
    }
    const numbers = new Set([...numbersIn(text), ...spelledNumbersIn(text)]);
    for (const n of numbers) {
      add(`n:${n}`, weight);
      written.add(n);
    }
    for (const a of acronymsIn(text)) add(`u:${a}`, weight);
  }
  for (const key of reasonKeys(item.title)) add(`r:${key}`, 1);
  for (const kind of measureKinds(`${item.title}\n${summary}`)) add(`m:${kind}`, 1);
  for (const n of lowerBoundsIn(`${item.title}\n${summary}`)) add(`b:${n}`, 1);
  // The classifier's count reads number words too: «сто пятьдесят», "ninety" match "150", "90".
  const people = classification.people;
  if (people !== undefined && !written.has(people)) add(`n:${people}`, SUMMARY_WEIGHT);
  if (people !== undefined) written.add(people);
  return { terms, titleNumbers: numbersIn(item.title), numbers: [...written].sort((a, b) => a - b) };
}

const LOWER_BOUND = /(?<![\p{L}\p{M}])(?:more than|over|at least|upwards of|более|свыше|больше|не менее|понад|більше|щонайменше|не менше)\s+(\d{1,3}(?:[,\u00a0 ]\d{3})*)(?![\p{L}\p{N}]|[.,]\d)/giu;

/** Counts the text gives as lower bounds: "more than 3,000" → 3000. */
export function lowerBoundsIn(text: string): number[] {
  return [...text.matchAll(LOWER_BOUND)].map((m) => Number((m[1] ?? '').replace(/[^\d]/g, ''))).filter((n) => n > 0);
}

/** A story's fingerprint: the sum of its reports'. */
export function mergeFingerprints(a: Fingerprint, b: Fingerprint): Fingerprint {
  const terms = { ...a.terms };
  for (const [t, w] of Object.entries(b.terms)) terms[t] = (terms[t] ?? 0) + w;
  const union = (x: number[], y: number[]) => [...new Set([...x, ...y])].sort((p, q) => p - q);
  return { terms, titleNumbers: union(a.titleNumbers, b.titleNumbers), numbers: union(a.numbers, b.numbers) };
}

/** The word that opens the reason a title gives: "EU sanctions Iranians over drone deliveries". */
const REASON_LEAD = /(?<![\p{L}\p{M}])(?:over|amid|за|через)(?![\p{L}\p{M}])/iu;

/** Phonetic keys of the words after the first reason word of a title. */
export function reasonKeys(title: string): string[] {
  const lead = REASON_LEAD.exec(title);
  if (lead === null) return [];
  const keys = new Set<string>();
  for (const w of words(title.slice(lead.index + lead[0].length))) {
    const key = phoneticKey(w);
    if (key) keys.add(key);
  }
  return [...keys];
}

/**
 * The kinds of measure a sanctions report names: entry bans (visas, travel, entry) and listings
 * (designations, asset freezes, blacklists). A State Department visa ban and a Treasury designation
 * the same afternoon are two decisions; a package names both kinds. Word edges are written as
 * lookarounds on letters: \b knows only ASCII letters, so «въезд» after a space never matched it.
 */
const MEASURE_KINDS: ReadonlyArray<[string, RegExp]> = [
  ['entry', /(?<![\p{L}\p{N}])(?:visas?|travel bans?|entry bans?|from entering|barred from entry|barred from (?:the )?(?:us|uk|eu|country)|въезд\p{L}*|в['’ʼ]?їзд\p{L}*|виз[ауы]?|віз[иу]?|стоп-лист\p{L}*)(?![\p{L}\p{N}])/iu],
  ['listing', /(?<![\p{L}\p{N}])(?:designat\p{L}*|blacklist\p{L}*|asset freezes?|freez\p{L}*(?: \p{L}+){0,2} assets|assets\b.{0,30}\bfrozen|frozen assets|sdn|blocked|санкционн\p{L}* спис\p{L}*|санкційн\p{L}* спис\p{L}*|черн\p{L}* спис\p{L}*|чорн\p{L}* спис\p{L}*|заморо\p{L}* актив\p{L}*|блок\p{L}* актив\p{L}*|актив\p{L}* заморо\p{L}*)/iu],
];

export function measureKinds(text: string): string[] {
  return MEASURE_KINDS.filter(([, re]) => re.test(text)).map(([kind]) => kind);
}

/** Lower-case words of at least four letters that are not stop words (English, Russian, Ukrainian). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/ё/g, 'е').replace(/['’]s$/, '').replace(/['’]/g, '');
    if (w.length >= MIN_WORD_LETTERS && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/** Acronyms (two to four capitals or digits, starting with a letter), transliterated, without blocs and countries. */
export function acronymsIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(ACRONYM)) {
    if (!/\p{Lu}.*\p{Lu}|\p{Lu}\p{N}/u.test(m[0])) continue;
    const a = transliterate(m[0]).toLowerCase();
    if (!ACRONYM_STOP.has(a)) found.add(a);
  }
  return [...found];
}

/** Integers written in digits (thousands separators allowed), without years 1900-2099. */
export function numbersIn(text: string): number[] {
  const found = new Set<number>();
  for (const m of text.matchAll(NUMBER)) {
    const n = Number(m[0].replace(/[,\u00a0 ]/g, ''));
    if (n > 0 && !(n >= 1900 && n <= 2099)) found.add(n);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Numbers written in words ("fifteen", «пятнадцать») or as ordinals ("20th", «двадцятий»). Kept
 * out of the title numbers that veto a merge: spelled numbers are often rounded ("more than four
 * thousand" for 4,300).
 */
export function spelledNumbersIn(text: string): number[] {
  const { tokens, source } = tokenize(text, 'title', 0);
  return wordNumbersIn(tokens, () => source).filter((n) => !(n >= 1900 && n <= 2099));
}

/** See the header: the same name written in Latin or Cyrillic letters gets the same key. */
export function phoneticKey(word: string): string | undefined {
  const latin = transliterate(word)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (latin.length < MIN_WORD_LETTERS) return undefined;
  const folded = latin
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/t[sz]/g, 'c')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/j/g, 'y');
  const skeleton = folded[0] + folded.slice(1).replace(/[aeiouy]/g, '');
  return skeleton.replace(/(.)\1+/g, '$1').slice(0, KEY_LENGTH);
}

const stemmers = new Map<string, Stemmer>();
function stemmerFor(language: string): Stemmer | undefined {
  const algorithm = STEMMERS[language];
  if (!algorithm) return undefined;
  let stemmer = stemmers.get(algorithm);
  if (!stemmer) {
    stemmer = newStemmer(algorithm);
    stemmers.set(algorithm, stemmer);
  }
  return stemmer;
}

function sameScript(word: string, language: string): boolean {
  return language === 'en' ? /^[\p{Script=Latin}]+$/u.test(word) : /^[\p{Script=Cyrillic}]+$/u.test(word);
}

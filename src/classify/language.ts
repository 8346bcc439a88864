// Language of an item: the feed's declared language first, the text second.
// Cyrillic text is told apart as Ukrainian or Russian by letters only one of them uses (і ї є ґ /
// ы э ъ) and by their frequent words; Latin text by the frequent-word lists of the `stopword`
// package (English unless another language's words clearly dominate); other scripts by script.
// A trigram detector (franc, eld) would cover more languages but costs far more per item than
// these counts, and the classifier only needs en/ru/uk to be right and the rest to be plausible.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const stopwords = require('stopword') as Record<string, unknown>;

/** ISO 639-3 keys of the stopword package → the BCP-47 primary tags we report. */
const LATIN_LISTS: Readonly<Record<string, string>> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', tur: 'tr', ces: 'cs',
  swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', ron: 'ro', hun: 'hu', lit: 'lt', lav: 'lv', est: 'et', hrv: 'hr',
  slk: 'sk', slv: 'sl', ind: 'id', vie: 'vi', cat: 'ca', afr: 'af', swa: 'sw', tgl: 'tl',
};

function list(key: string): string[] {
  const v = stopwords[key];
  return Array.isArray(v) ? v.filter((w): w is string => typeof w === 'string') : [];
}

/** Word → languages whose frequent-word list holds it (Latin script). */
const latinWords = new Map<string, string[]>();
for (const [key, tag] of Object.entries(LATIN_LISTS)) {
  for (const w of list(key)) {
    const word = w.toLowerCase();
    if (word.length < 2) continue; // "a", "i", "o", "e" belong to half the languages
    const langs = latinWords.get(word);
    if (langs === undefined) latinWords.set(word, [tag]);
    else if (!langs.includes(tag)) langs.push(tag);
  }
}

/** Frequent words found in only one of the two languages' lists (shared ones tell nothing). */
const ru = new Set(list('rus').map((w) => w.toLowerCase().replace(/ё/g, 'е')));
const uk = new Set(list('ukr').map((w) => w.toLowerCase().replace(/['’ʼ]/g, '')));
// A few very frequent news words the lists lack: conjunctions and prepositions of one language only.
for (const w of ['та', 'що', 'від', 'які', 'який', 'яка', 'це', 'його', 'її', 'між', 'після', 'щодо', 'також', 'проти', 'року', 'було']) uk.add(w);
for (const w of ['что', 'это', 'от', 'как', 'для', 'после', 'между', 'также', 'против', 'года', 'было', 'который', 'которые', 'его', 'ее']) ru.add(w);
const ruOnly = new Set([...ru].filter((w) => !uk.has(w)));
const ukOnly = new Set([...uk].filter((w) => !ru.has(w)));

const OTHER_SCRIPTS: readonly [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'ar'], [/\p{Script=Hebrew}/u, 'he'], [/\p{Script=Greek}/u, 'el'], [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Armenian}/u, 'hy'], [/\p{Script=Hangul}/u, 'ko'], [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'], [/\p{Script=Thai}/u, 'th'], [/\p{Script=Devanagari}/u, 'hi'],
];

const WORD = /[\p{L}'’ʼ]+/gu;
const LETTER_HINTS = new Map<string, string>([
  ...[...'łąęśżźćń'].map((c): [string, string] => [c, 'pl']), ...[...'ßäöü'].map((c): [string, string] => [c, 'de']), ['ñ', 'es'],
  ['ã', 'pt'], ['õ', 'pt'], ['ğ', 'tr'], ['ş', 'tr'], ['ı', 'tr'], ['ř', 'cs'], ['ů', 'cs'], ['ő', 'hu'], ['ű', 'hu'], ['ț', 'ro'], ['ș', 'ro'],
]);
const ENGLISH_EXTRA = new Set(['says', 'said', 'will', 'has', 'have', 'after', 'over', 'from', 'with', 'for', 'the', 'and', 'of', 'its', 'new', 'us', 'it', 'no', 'plans', 'was', 'were', 'been']);

/** A word as the votes see it: lower case as written (Latin lists keep diacritics) and normalised (Cyrillic lists). */
export interface VoteWord {
  lower: string;
  norm: string;
}

export const SAMPLE_CHARS = 4000;
const LETTER_HINT = new RegExp(`[${[...LETTER_HINTS.keys()].join('')}]`);

function wordsOf(sample: string): VoteWord[] {
  return [...sample.toLowerCase().matchAll(WORD)].map((m) => ({ lower: m[0].replace(/’/g, "'"), norm: m[0].replace(/['’ʼ]/g, '').replace(/ё/g, 'е') }));
}

/**
 * en / ru / uk (or another primary tag) from the text; 'und' when it has no letters. `words`: the
 * text's words when the caller has tokenised it already (the classifier), so that they are not
 * split and lower-cased a second time; by default they are read from the text.
 */
export function detectLanguage(text: string, words?: readonly VoteWord[]): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let cyr = 0;
  let lat = 0;
  let other = 0;
  let ukLetters = 0;
  let ruLetters = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if (code >= 0x0400 && code <= 0x04ff) {
      cyr += 1;
      if ('іїєґІЇЄҐ'.includes(ch)) ukLetters += 1;
      else if ('ыэъЫЭЪ'.includes(ch)) ruLetters += 1;
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) lat += 1;
    else if (code > 0x2ff && /\p{L}/u.test(ch)) other += 1;
  }
  if (cyr === 0 && lat === 0 && other === 0) return 'und';
  if (cyr >= lat && cyr >= other) {
    let ukScore = ukLetters;
    let ruScore = ruLetters;
    for (const { norm: w } of words ?? wordsOf(sample)) {
      if (w.length < 2) continue; // "й" in "19-й" is not the Ukrainian conjunction
      if (ukOnly.has(w)) ukScore += 2;
      else if (ruOnly.has(w)) ruScore += 2;
    }
    return ukScore > ruScore ? 'uk' : 'ru';
  }
  if (other > lat) {
    for (const [re, tag] of OTHER_SCRIPTS) if (re.test(sample)) return tag;
    return 'und';
  }
  // Each frequent word votes for every language that lists it; letters only one language uses vote too.
  const score = new Map<string, number>();
  const vote = (l: string, n = 1): void => void score.set(l, (score.get(l) ?? 0) + n);
  for (const { lower: w } of words ?? wordsOf(sample)) {
    const langs = latinWords.get(w);
    if (langs !== undefined) for (const l of langs) vote(l);
    if (ENGLISH_EXTRA.has(w)) vote('en');
  }
  const lower = sample.toLowerCase();
  if (LETTER_HINT.test(lower)) {
    for (const ch of lower) {
      const l = LETTER_HINTS.get(ch);
      if (l !== undefined) vote(l);
    }
  }
  // English wins unless another language clearly leads: titles are short and share many words.
  let best = 'en';
  let bestScore = (score.get('en') ?? 0) + 1.5;
  for (const [l, s] of score) if (s > bestScore) [best, bestScore] = [l, s];
  return best;
}

/** Primary subtag of a declared language ("en-GB" → "en"); undefined when unusable. */
export function primaryTag(language: string | undefined): string | undefined {
  if (typeof language !== 'string') return undefined;
  const tag = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(tag) ? tag : undefined;
}

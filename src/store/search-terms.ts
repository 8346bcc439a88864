// A typed search query → the words to look for, each with its spellings, rendered for SQLite FTS5
// (MATCH) or PostgreSQL (to_tsquery). Only letters and digits ever reach either syntax, each word
// quoted, so FTS operators typed by people ("OR", "NEAR(", "*", quotes) are plain words or nothing.
//
// Morphology: each word is stemmed (Snowball: English for Latin script, Russian for Cyrillic) and
// matched as a prefix, so "pardoned" finds "pardons" and «помиловал» finds «помилованы». Snowball
// has no Ukrainian stemmer (neither snowball-stemmers nor libstemmer ship one, and no maintained
// npm package does), so Cyrillic words also get a light Ukrainian ending strip written here; the
// word then matches by either prefix.
import { newStemmer } from 'snowball-stemmers';
import { eng, rus, ukr } from 'stopword';

/** One query word: a document must contain one of its spellings (`prefix`: as a word start). */
export interface TermGroup {
  word: string;
  spellings: Array<{ text: string; prefix: boolean }>;
}

/** Words beyond this only slow the search down without narrowing it much. */
const MAX_WORDS = 8;
/** A shorter stem as a prefix matches too much ("ban" → "bank"): short stems match whole words. */
const MIN_LATIN_PREFIX = 4;
const MIN_CYRILLIC_PREFIX = 3;

const english = newStemmer('english');
const russian = newStemmer('russian');
const STOPWORDS = new Set([...eng, ...rus, ...ukr].map((w) => foldText(w)));

/**
 * Case, Latin accents and ё: the same folding the index applies (FTS5 unicode61 with
 * remove_diacritics, or the PostgreSQL expression of migration 0005). Cyrillic й and ї keep their marks.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/ё/g, 'е');
}

/** Runs of letters and digits, as both indexes split text into words. */
function words(query: string): string[] {
  return foldText(query).match(/[\p{L}\p{N}\p{Co}]+/gu) ?? [];
}

/** The query's words (stop words dropped unless the query is nothing else), with their spellings. */
export function searchTerms(query: string): TermGroup[] {
  const all = [...new Set(words(query))];
  const meaningful = all.filter((w) => !STOPWORDS.has(w));
  return (meaningful.length > 0 ? meaningful : all).slice(0, MAX_WORDS).map((word) => ({ word, spellings: spellings(word) }));
}

function spellings(word: string): TermGroup['spellings'] {
  if (/^\p{N}+$/u.test(word) || [...word].length <= 2) return [{ text: word, prefix: false }];
  if (/\p{Script=Cyrillic}/u.test(word)) {
    const stems = [commonPrefix(russian.stem(word), word), ukrainianStem(word)].filter((s) => [...s].length >= MIN_CYRILLIC_PREFIX);
    // A stem that starts with another stem adds nothing: the shorter prefix finds it.
    const kept = [...new Set(stems)].filter((s, _, list) => !list.some((o) => o !== s && s.startsWith(o)));
    return kept.length > 0 ? kept.map((text) => ({ text, prefix: true })) : [{ text: word, prefix: false }];
  }
  if (/\p{Script=Latin}/u.test(word)) {
    const stem = commonPrefix(english.stem(word), word);
    if ([...stem].length >= MIN_LATIN_PREFIX) return [{ text: stem, prefix: true }];
    if (stem === word) return [{ text: word, prefix: false }];
    // "eased" → "eas", "POWs" → "pow": the usual inflections of the short stem, as whole words.
    const last = stem.slice(-1);
    const forms = [word, stem, `${stem}s`, `${stem}e`, `${stem}es`, `${stem}ed`, `${stem}ing`, `${stem}${last}ed`, `${stem}${last}ing`];
    return [...new Set(forms)].map((text) => ({ text, prefix: false }));
  }
  return [{ text: word, prefix: true }];
}

/** A stem may rewrite letters (Porter2: "sunny" → "sunni", "country" → "countri"); a prefix must be one of the word itself. */
function commonPrefix(stem: string, word: string): string {
  let i = 0;
  while (i < stem.length && i < word.length && stem[i] === word[i]) i++;
  return stem.slice(0, i);
}

// Inflectional endings of Ukrainian nouns, adjectives, participles and verbs, tried longest first.
const UK_ENDINGS = [
  ...['аними', 'еними', 'аного', 'еного', 'аному', 'еному'],
  ...['ання', 'ення', 'іння', 'яння', 'аних', 'ених', 'аний', 'ений', 'аній', 'еній'],
  ...['ані', 'ені', 'ана', 'ена', 'ане', 'ене', 'ано', 'ено', 'али', 'ала', 'ало', 'или', 'ила', 'ило'],
  ...['ати', 'ити', 'яти', 'ять', 'ить', 'ами', 'ями', 'ові', 'еві', 'єві', 'ими', 'іми', 'ого', 'ому'],
  ...['ав', 'ив', 'ів', 'їв', 'ах', 'ях', 'ої', 'ій', 'ий', 'их', 'іх', 'им', 'ім', 'ом', 'ем', 'єм'],
  ...['ою', 'ею', 'єю', 'ла', 'ли', 'ло', 'ть', 'ся', 'сь'],
  ...['а', 'я', 'о', 'е', 'є', 'у', 'ю', 'и', 'і', 'ї', 'й', 'ь'],
];
const UK_MIN_STEM = 4;

/** The word without its longest Ukrainian ending, keeping at least four letters. */
export function ukrainianStem(word: string): string {
  for (const ending of UK_ENDINGS) {
    if (word.endsWith(ending) && [...word].length - [...ending].length >= UK_MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/** FTS5 MATCH expression: every group, each as ("a"* OR "b"). Empty when there is nothing to find. */
export function fts5Query(groups: readonly TermGroup[]): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return groups
    .map((g) => {
      const alternatives = g.spellings.map((s) => `${quote(s.text)}${s.prefix ? '*' : ''}`);
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

/** to_tsquery text: every group, each as ('a':* | 'b'). Empty when there is nothing to find. */
export function tsQuery(groups: readonly TermGroup[]): string {
  const quote = (s: string) => `'${s.replace(/['\\]/g, (c) => `\\${c}`)}'`;
  return groups
    .map((g) => {
      const alternatives = g.spellings.map((s) => `${quote(s.text)}${s.prefix ? ':*' : ''}`);
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`;
    })
    .join(' & ');
}

// Word classes: a word list per class, compiled once into lookup tables.
// Entry syntax: "word" matches the normalised token exactly; "pref*" matches tokens that start
// with pref; "word~" matches any English token with the same Snowball stem (pardon~ → pardons,
// pardoned…); a leading "!" removes the class again (for look-alikes such as санкционировать,
// which means "to authorise"). Russian and Ukrainian words are written as prefixes rather than
// stems: the Snowball Russian stemmer does not know Ukrainian endings (і, ї, є: "Україні" stays
// "україні"), and a prefix over the unchanging part of the word serves both languages.
import { newStemmer } from 'snowball-stemmers';
import type { Token } from './text.js';

export type WordTable = Readonly<Record<string, readonly string[]>>;

const englishStemmer = newStemmer('english');
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

export function englishStem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = englishStemmer.stem(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

interface Tables {
  exact: Map<string, string[]>;
  stem: Map<string, string[]>;
  prefix: Map<string, string[]>;
  prefixLengths: number[];
}

function emptyTables(): Tables {
  return { exact: new Map(), stem: new Map(), prefix: new Map(), prefixLengths: [] };
}

function add(map: Map<string, string[]>, key: string, cls: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [cls]);
  else if (!list.includes(cls)) list.push(cls);
}

/** Distinct words remembered; news vocabulary repeats, so most tokens are looked up once. */
const CLASS_CACHE_LIMIT = 100_000;

export class Lexicon {
  private readonly positive = emptyTables();
  private readonly negative = emptyTables();
  /** By script, so that the key is the word itself: a composed key would be hashed afresh on every lookup. */
  private readonly latinCache = new Map<string, Set<string> | null>();
  private readonly otherCache = new Map<string, Set<string> | null>();

  constructor(table: WordTable) {
    for (const [cls, words] of Object.entries(table)) for (const w of words) this.addWord(cls, w);
  }

  addWord(cls: string, entry: string): void {
    const negated = entry.startsWith('!');
    const body = (negated ? entry.slice(1) : entry).toLowerCase().replace(/ё/g, 'е').replace(/['’ʼ]/g, '');
    const t = negated ? this.negative : this.positive;
    this.latinCache.clear();
    this.otherCache.clear();
    if (body.endsWith('*')) {
      const p = body.slice(0, -1);
      add(t.prefix, p, cls);
      if (!t.prefixLengths.includes(p.length)) t.prefixLengths.push(p.length);
    } else if (body.endsWith('~')) add(t.stem, englishStem(body.slice(0, -1)), cls);
    else add(t.exact, body, cls);
  }

  /** Classes of one token, or undefined when it has none. The set is shared between tokens of the
   *  same word: never change it in place (class-sets.ts derives a new set to add a class). */
  classify(token: Pick<Token, 'norm' | 'script'>): Set<string> | undefined {
    // Only Latin words are stemmed, so the script matters only for them.
    const cache = token.script === 'latin' ? this.latinCache : this.otherCache;
    const known = cache.get(token.norm);
    if (known !== undefined) return known ?? undefined;
    const classes = this.lookUp(token);
    if (cache.size >= CLASS_CACHE_LIMIT) cache.clear();
    cache.set(token.norm, classes ?? null);
    return classes;
  }

  private lookUp(token: Pick<Token, 'norm' | 'script'>): Set<string> | undefined {
    let out: Set<string> | undefined;
    const collect = (t: Tables, into: (c: string) => void): void => {
      const e = t.exact.get(token.norm);
      if (e) for (const c of e) into(c);
      if (token.script === 'latin' && t.stem.size > 0) {
        const s = t.stem.get(englishStem(token.norm));
        if (s) for (const c of s) into(c);
      }
      for (const len of t.prefixLengths) {
        if (len > token.norm.length) continue;
        const p = t.prefix.get(token.norm.slice(0, len));
        if (p) for (const c of p) into(c);
      }
    };
    collect(this.positive, (c) => (out ??= new Set()).add(c));
    if (out === undefined) return undefined;
    const found = out;
    collect(this.negative, (c) => found.delete(c));
    return found.size > 0 ? found : undefined;
  }
}

// Normalisation and tokenisation shared by the gazetteer and the rules.

export type Script = 'latin' | 'cyrillic' | 'other';
export type Part = 'title' | 'summary';

export interface Token {
  /** Text as written (possessive 's kept). */
  raw: string;
  /** Lower case, ё→е, apostrophes dropped, Latin diacritics stripped, possessive dropped. */
  norm: string;
  /** Lower case as written, diacritics kept, ’ as ' (the language vote's word lists are written so). */
  lower: string;
  script: Script;
  /** First letter is upper case. */
  cap: boolean;
  /** Every letter is upper case and there are at least two. */
  upper: boolean;
  part: Part;
  /** Sentence number, unique across title and summary. */
  sentence: number;
  /** True for the first word of its sentence (capitalisation tells nothing there). */
  sentenceStart: boolean;
  /** Word classes from the lexicon plus 'country' / 'demonym' from the gazetteer. */
  classes: Set<string>;
  /** Offsets into the part's text, for evidence. */
  start: number;
  end: number;
}

/** Upper bound on text looked at per part: a feed summary longer than this is not a news item. */
export const MAX_PART_CHARS = 20_000;

const WORD_OR_STOP = /([\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*)|([.!?;]+(?=\s|$)|[\n\r]+)/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’ʼ]/g;
const POSSESSIVE = /['’]s$/i;

/** "U.S." / "U.K." / "U.S.A." would otherwise split into letters and sentence stops, as would «4 тыс. человек». */
function collapseDottedAbbreviations(text: string): string {
  return text
    .replace(/\bU\.\s?S\.(?:\s?A\.)?/g, 'US')
    .replace(/\bU\.\s?K\./g, 'UK')
    .replace(/\bU\.\s?N\./g, 'UN')
    .replace(/(?<=\d\s?)(тыс|тис|млн|млрд)\./gu, '$1');
}

export function normaliseWord(word: string, script: Script): string {
  let w = word.toLowerCase();
  if (script === 'latin') w = w.replace(POSSESSIVE, '').normalize('NFD').replace(MARKS, '');
  else if (script === 'cyrillic') w = w.replace(/ё/g, 'е');
  return w.replace(APOSTROPHES, '');
}

export function scriptOf(word: string): Script {
  if (CYRILLIC.test(word)) return 'cyrillic';
  if (LATIN.test(word)) return 'latin';
  return 'other';
}

const EMPTY: ReadonlySet<string> = new Set();

type WordShape = Pick<Token, 'norm' | 'lower' | 'script' | 'cap' | 'upper'>;

function shapeOf(word: string): WordShape {
  const script = scriptOf(word);
  const letters = word.replace(/[^\p{L}]/gu, '');
  const first = letters.charAt(0);
  return {
    norm: normaliseWord(word, script),
    lower: word.toLowerCase().replace(/’/g, "'"),
    script,
    cap: first !== '' && first !== first.toLowerCase(),
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}

/** News vocabulary repeats: a word's shape is worked out once (five regex passes) and then looked up. */
const shapes = new Map<string, WordShape>();
const SHAPE_CACHE_LIMIT = 100_000;

function cachedShape(word: string): WordShape {
  let shape = shapes.get(word);
  if (shape === undefined) {
    shape = shapeOf(word);
    if (shapes.size >= SHAPE_CACHE_LIMIT) shapes.clear();
    shapes.set(word, shape);
  }
  return shape;
}

export function tokenize(
  text: string,
  part: Part,
  firstSentence: number,
): { tokens: Token[]; nextSentence: number; source: string } {
  const source = collapseDottedAbbreviations(text.length > MAX_PART_CHARS ? text.slice(0, MAX_PART_CHARS) : text);
  const tokens: Token[] = [];
  let sentence = firstSentence;
  let atStart = true;
  for (const m of source.matchAll(WORD_OR_STOP)) {
    const word = m[1];
    if (word === undefined) {
      if (!atStart) sentence += 1;
      atStart = true;
      continue;
    }
    const shape = cachedShape(word);
    tokens.push({
      raw: word,
      norm: shape.norm,
      lower: shape.lower,
      script: shape.script,
      cap: shape.cap,
      upper: shape.upper,
      part,
      sentence,
      sentenceStart: atStart,
      classes: EMPTY as Set<string>,
      start: m.index,
      end: m.index + word.length,
    });
    atStart = false;
  }
  return { tokens, nextSentence: atStart ? sentence : sentence + 1, source };
}

/** Tokenise a name from a data package the same way as item text, so that both sides compare equal. */
export function nameTokens(name: string): Token[] {
  return tokenize(name, 'title', 0).tokens;
}

/**
 * "Iran To Free Two French Citizens": most longer words capitalised, so capitals say nothing
 * about names there. Words of three letters or fewer are left out ("to", "in", "US").
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let long = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (t.script === 'other' || t.raw.length < 4) continue;
    long += 1;
    if (t.cap) capitalised += 1;
  }
  return long >= 3 && capitalised / long >= 0.75;
}

// Country gazetteer: built once from i18n-iso-countries (names in en/ru/uk) and world-countries
// (English names, alternative spellings, demonyms, capitals, Russian names) plus the small
// supplement in gazetteer-supplement.ts. Matching is longest-phrase-first over normalised tokens;
// Russian/Ukrainian words match by stem + case ending, so "Беларуси", "Україні", "українців" hit.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { capitalAsPlace, neighbours, routeEnd, type CapitalMention, type NamesCountry } from './capital-place.js';
import { withClass } from './class-sets.js';
import { nameTokens, type Part, type Token } from './text.js';
import {
  AMBIGUOUS_CAPITALS, CYRILLIC_EXTRA, ENGLISH_EXTRA, GEORGIA_US_STATE, NOT_AT_SENTENCE_START, NOT_COUNTRIES,
  PERSON_LIKE, PERSON_LIKE_CYRILLIC, PREFERRED, SKIP_ALT_SPELLINGS,
} from './gazetteer-supplement.js';

type Kind = 'name' | 'capital' | 'block';

interface WordPattern {
  text: string;
  /** Cyrillic stem: takes case endings (and derivations when the stem is long enough). */
  inflect: boolean;
  /** The stem dropped the name's last letter (Китай → Кита): the bare stem is no form of it ("Кита Келлога"). */
  cut?: boolean;
}

interface Entry {
  code: string | null;
  kind: Kind;
  words: WordPattern[];
  /** First word must be capitalised in the text (names; not Russian adjectives like "белорусской"). */
  needCap: boolean;
  /** Must be written in capitals ("US"). */
  upperOnly: boolean;
  /** Demonym or adjective rather than the name: the rules treat it as a person word too. */
  demonym: boolean;
  /** A name from another locale ("Russland"): only looked for in items that are not en/ru/uk. */
  foreign?: boolean;
}

interface WorldCountry {
  cca2: string;
  independent?: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  translations?: Record<string, { common: string; official: string } | undefined>;
  demonyms?: { eng?: { m: string; f: string } };
}

const require = createRequire(import.meta.url);

/** Supplement demonyms written in English (the rest come from world-countries). */
const EXTRA_ENGLISH_DEMONYMS = ['british', 'briton', 'britons', 'brits', 'emirati', 'emiratis', 'palestinian', 'palestinians',
  'taiwanese', 'hongkonger', 'hongkongers', 'north korean', 'north koreans', 'south korean', 'south koreans', 'saudi', 'saudis',
  'dutch', 'czech', 'czechs', 'congolese', 'americans', 'kyrgyz', 'azeri', 'azeris', 'poles', 'spaniard', 'spaniards', 'swede', 'swedes', 'danes',
  'frenchman', 'frenchmen', 'dutchman', 'dutchmen', 'irishman', 'irishmen', 'finns', 'serbs', 'croats', 'turks', 'burmese'];

const CASE_ENDINGS =
  '(?:а|я|у|ю|е|и|ы|і|ї|є|о|ь|й|ой|ей|ою|ею|єю|ом|ем|єм|ям|ам|ах|ях|ами|ями|ов|ев|ів|їв|ий|ый|ая|ое|ые|ие|ее|яя|ого|ому|ым|ых|ыми|им|их|ими|ую|ій|ої|ім|ью|ия|ии|ию|ией|ія|ії|ію|ією|сю|ин|ина|ину|ином|ине|ці|ки|ка|ку|кой|ок)?';
const DERIVATIONS = '(?:ийск|ійськ|й?ск|й?ськ|ьск|ьськ|цк|цьк|ьк|[йь]?ц|ец|ець|ян|ан)?';
// Short stems take plain case endings only: "Кубок" is a cup, not Куба + -ок.
const SHORT_STEM_REST = new RegExp(`^${CASE_ENDINGS.replace('|ці|ки|ка|ку|кой|ок', '')}$`);
const LONG_STEM_REST = new RegExp(`^${DERIVATIONS}${CASE_ENDINGS}$`);
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Capitalised words that may precede a country at the start of a sentence without being a first name. */
const FUNCTION_WORDS = new Set(['in', 'on', 'at', 'to', 'from', 'and', 'with', 'for', 'of', 'the', 'by', 'near', 'as', 'why', 'how', 'when', 'after', 'before', 'while', 'king', 'queen', 'president', 'but', 'if', 'so', 'both', 'neighbouring', 'neighboring', 'war', 'torn']);

const ADJECTIVE_SUFFIX = /^(?:ийск|ійськ|йск|йськ|ьск|ьськ|ск|ськ|йц|ьц|ц)/;
/** More words wins; then the longer stem ("нигерийцев" is Nigeria's, not Niger's). */
function longer(e: Entry, than: Entry): boolean {
  if (e.words.length !== than.words.length) return e.words.length > than.words.length;
  return (e.words[0]?.text.length ?? 0) > (than.words[0]?.text.length ?? 0);
}

/** Particles inside personal names: "Leila de Lima", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'bin', 'ibn']);
const FOREIGN_LOCALES = ['de', 'fr', 'es', 'it', 'pt', 'pl', 'nl', 'tr', 'cs', 'sv'] as const;
const STATE_BODY_WORDS = new Set(['football', 'olympic', 'national', 'armed', 'defense', 'defence', 'police', 'airports', 'electric', 'railways', 'central', 'state', 'foreign', 'prison', 'prisons']);

const NO_ENTRIES: readonly Entry[] = [];
const CANDIDATE_CACHE_LIMIT = 100_000;

function wordMatches(p: WordPattern, norm: string): boolean {
  if (!p.inflect) return norm === p.text;
  if (!norm.startsWith(p.text)) return false;
  const rest = norm.slice(p.text.length);
  if (p.cut && rest === '') return false;
  return (p.text.length >= 4 ? LONG_STEM_REST : SHORT_STEM_REST).test(rest);
}

/** Stem of a Russian or Ukrainian name word; undefined when the word does not decline (Мали, Того, Чилі). */
function cyrillicStem(word: string, lang: 'ru' | 'uk', inPhrase: boolean): string | undefined {
  // Adjectives inside a longer name ("Объединённые Арабские Эмираты", "Об'єднані Арабські Емірати").
  const adjective = inPhrase ? /(ые|ие|ая|яя|ое|ее|ый|ий|ой|і)$/.exec(word) : null;
  if (adjective && word.length - adjective[0].length >= 3) return word.slice(0, -adjective[0].length);
  const last = word.slice(-1);
  const declinable = lang === 'ru' ? 'аяьйы' : 'аяьйи';
  if (/[бвгґджзклмнпрстфхцчшщ]/.test(last)) return word;
  if (declinable.includes(last)) return word.length > 3 ? word.slice(0, -1) : undefined;
  return undefined;
}

export interface CountryMatch {
  code: string;
  start: number;
  end: number;
  demonym: boolean;
}

export interface Gazetteer {
  /** Finds countries in the tokens and marks matched tokens with the 'country' / 'demonym' classes. */
  match(tokens: Token[], parts: Readonly<Record<Part, string>>, options?: { foreign?: boolean }): CountryMatch[];
  size: number;
}

export function createGazetteer(): Gazetteer {
  const exactIndex = new Map<string, Entry[]>();
  const stemIndex = new Map<string, Entry[]>();
  const stemLengths = new Set<number>();
  const seen = new Set<string>();
  let size = 0;
  const world = require('world-countries/countries.json') as WorldCountry[];
  const englishDemonyms = new Set(EXTRA_ENGLISH_DEMONYMS);
  for (const c of world) {
    const d = c.demonyms?.eng;
    if (d) for (const x of [d.m, d.f]) englishDemonyms.add(x.toLowerCase()).add(`${x.toLowerCase()}s`);
  }

  const index = (entry: Entry): void => {
    // needCap is part of the key: "Канада" (the name) must not hide "канад*" (канадців, канадский).
    const key = `${entry.words.map((w) => w.text + (w.inflect ? '*' : '')).join(' ')}|${entry.upperOnly}|${entry.needCap}`;
    if (seen.has(key)) return; // first source wins: PREFERRED, then packages
    seen.add(key);
    size += 1;
    const first = entry.words[0];
    if (first === undefined) return;
    const map = first.inflect ? stemIndex : exactIndex;
    if (first.inflect) stemLengths.add(first.text.length);
    const list = map.get(first.text);
    if (list) list.push(entry);
    else map.set(first.text, [entry]);
  };

  /** Adds a phrase in the supplement syntax or a plain name from a package. */
  const addPhrase = (code: string | null, phrase: string, opts: { kind?: Kind; lang?: 'ru' | 'uk'; demonym?: boolean; foreign?: boolean } = {}): void => {
    let text = phrase.replace(/\s*\(.*?\)\s*/g, ' ').trim();
    if (text === '' || text.includes(',')) return;
    const upperOnly = text.startsWith('^');
    const capital = text.startsWith('@');
    if (upperOnly || capital) text = text.slice(1);
    const supplementSyntax = opts.lang === undefined;
    const words: WordPattern[] = [];
    const inPhrase = nameTokens(text).length > 1;
    for (const raw of text.split(/\s+/)) {
      const star = raw.endsWith('*');
      const toks = nameTokens(star ? raw.slice(0, -1) : raw);
      toks.forEach((t, i) => {
        const lastPiece = i === toks.length - 1;
        if (supplementSyntax) words.push({ text: t.norm, inflect: star && lastPiece });
        else if (t.script === 'cyrillic' && !t.upper && opts.lang) {
          const stem = cyrillicStem(t.norm, opts.lang, inPhrase);
          words.push(stem === undefined ? { text: t.norm, inflect: false } : { text: stem, inflect: true, cut: stem.length < t.norm.length });
        } else words.push({ text: t.norm, inflect: false });
      });
    }
    if (words.length === 0) return;
    const firstRaw = text.split(/\s+/)[0] ?? '';
    const startsUpper = firstRaw.charAt(0) !== firstRaw.charAt(0).toLowerCase();
    const isCyrillic = CYRILLIC.test(text);
    const demonym = opts.demonym ?? (isCyrillic ? !startsUpper : englishDemonyms.has(text.toLowerCase()));
    index({
      code,
      kind: opts.kind ?? (capital ? 'capital' : 'name'),
      words,
      needCap: startsUpper,
      upperOnly,
      demonym,
      ...(opts.foreign ? { foreign: true } : {}),
    });
  };

  for (const phrase of NOT_COUNTRIES) addPhrase(null, phrase, { kind: 'block' });
  for (const [code, phrases] of Object.entries(PREFERRED)) for (const p of phrases) addPhrase(code, p);

  // i18n-iso-countries: register the three locales from its own langs/*.json, then read every alias.
  for (const lang of ['en', 'ru', 'uk'] as const) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as countries.LocaleData);
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
    for (const [code, list] of Object.entries(names)) {
      for (const name of list) {
        if (lang === 'en' && /^[A-Z.]{1,6}$/.test(name)) continue; // "US", "U.S." come from PREFERRED
        addPhrase(code, name, lang === 'en' ? { kind: 'name' } : { kind: 'name', lang });
      }
    }
  }

  // Independent states first, so that "American" or "French" go to US / FR rather than a territory.
  const ordered = [...world].sort((a, b) => Number(Boolean(b.independent)) - Number(Boolean(a.independent)));
  for (const c of ordered) {
    const code = c.cca2;
    const english = new Set([c.name.common, c.name.official]);
    for (const alt of c.altSpellings) {
      if (alt.length <= 3 && alt === alt.toUpperCase()) continue; // two-letter codes collide with words ("IN", "NO")
      if (SKIP_ALT_SPELLINGS.has(alt.toLowerCase())) continue;
      english.add(alt);
    }
    for (const n of english) {
      if (CYRILLIC.test(n)) addPhrase(code, n, { kind: 'name', lang: 'ru' });
      else if (/^[\p{Script=Latin}\s\-'’.]+$/u.test(n)) addPhrase(code, n, { kind: 'name' });
    }
    const rus = c.translations?.rus;
    if (rus) for (const n of [rus.common, rus.official]) addPhrase(code, n, { kind: 'name', lang: 'ru' });
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of new Set([dem.m, dem.f])) {
        if (d === '' || /,| or /.test(d)) continue;
        addPhrase(code, d, { demonym: true });
        if (!/(ese|ish|ch|ss)$/.test(d)) addPhrase(code, `${d}s`, { demonym: true });
      }
    }
    const hasOwnCapital = c.independent === true || code === 'TW' || code === 'PS' || code === 'HK' || code === 'MO';
    if (hasOwnCapital) {
      for (const cap of c.capital ?? []) if (!AMBIGUOUS_CAPITALS.has(cap.toLowerCase())) addPhrase(code, `@${cap}`);
    }
  }
  for (const [code, phrases] of Object.entries(CYRILLIC_EXTRA)) for (const p of phrases) addPhrase(code, p);
  for (const [code, phrases] of Object.entries(ENGLISH_EXTRA)) for (const p of phrases) addPhrase(code, p);
  // Other languages degrade gracefully: their country names (as written, no inflection) are looked
  // for only in items detected or declared as neither en, ru nor uk, so "Chad"/"Chine" look-alikes
  // cannot disturb the three first-class languages.
  for (const lang of FOREIGN_LOCALES) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as countries.LocaleData);
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
    for (const [code, list] of Object.entries(names)) {
      for (const name of list) if (name.length > 3 && !/^[A-Z.]+$/.test(name)) addPhrase(code, name, { kind: 'name', foreign: true });
    }
  }

  /** "угандийских", "нигерийцев" from "Уганда", "Нигерия": the packages give names only; their lower-case adjectives and demonyms follow from the stem. */
  const derivedAdjective = (e: Entry, t: Token): boolean => {
    const w = e.words[0];
    return e.words.length === 1 && w !== undefined && w.inflect && w.text.length >= 4 && t.script === 'cyrillic' && ADJECTIVE_SUFFIX.test(t.norm.slice(w.text.length));
  };

  const entryMatches = (e: Entry, tokens: Token[], i: number, foreign: boolean): boolean => {
    const first = tokens[i];
    if (first === undefined) return false;
    if (e.foreign && !foreign) return false;
    if (e.upperOnly && !first.upper) return false;
    if (e.needCap && !first.cap && !derivedAdjective(e, first)) return false;
    for (let k = 0; k < e.words.length; k += 1) {
      const t = tokens[i + k];
      const w = e.words[k];
      if (t === undefined || w === undefined || t.sentence !== first.sentence) return false;
      if (!wordMatches(w, t.norm)) return false;
    }
    return true;
  };

  // Every token of every item asks for its candidates, and news vocabulary repeats: each word's list
  // is built once (an exact lookup plus one per stem length) and then looked up. The word decides the
  // script, so the word alone is the key.
  const candidateCache = new Map<string, readonly Entry[]>();
  const candidates = (t: Token): readonly Entry[] => {
    let list = candidateCache.get(t.norm);
    if (list === undefined) {
      list = candidatesOf(t);
      if (candidateCache.size >= CANDIDATE_CACHE_LIMIT) candidateCache.clear();
      candidateCache.set(t.norm, list);
    }
    return list;
  };
  const candidatesOf = (t: Token): readonly Entry[] => {
    const out: Entry[] = [];
    const exact = exactIndex.get(t.norm);
    if (exact) out.push(...exact);
    if (t.script === 'cyrillic') {
      for (const len of stemLengths) {
        if (len > t.norm.length) continue;
        const list = stemIndex.get(t.norm.slice(0, len));
        if (list) out.push(...list);
      }
    }
    return out.length === 0 ? NO_ENTRIES : out;
  };

  const namesCountry: NamesCountry = (tokens, k) => {
    const t = tokens[k];
    return t !== undefined && candidates(t).some((c) => c.code !== null && entryMatches(c, tokens, k, false));
  };
  const asCapital = (e: Entry): CapitalMention => ({ code: e.code ?? '', span: e.words.length, stemLength: e.words[0]?.text.length ?? 0 });

  const rejectedInContext = (e: Entry, tokens: Token[], i: number, ctx: { bird: boolean; usState: boolean; gallium: boolean }): boolean => {
    const { t, samePrev, sameNext, beforePrev } = neighbours(tokens, i, e.words.length);
    if (t === undefined) return true;
    if (e.kind === 'capital' && capitalAsPlace(asCapital(e), tokens, i, namesCountry)) return true;
    if (samePrev && NAME_PARTICLES.has(samePrev.norm) && beforePrev?.cap === true && beforePrev.script === 'latin') return true;
    // "галію та германію": the metal germanium, not Germany (Германия); «Герман Греф»: a first name.
    if (t.norm.startsWith('герман') && ctx.gallium) return true;
    if (PERSON_LIKE_CYRILLIC.has(t.norm) && t.cap && sameNext?.cap === true && sameNext.script === 'cyrillic' && !sameNext.classes.has('country')) return true;
    // "Greek Catholic", "греко-католицька": a church rite, not Greece.
    if ((t.norm === 'greek' || t.norm === 'греко') && /^(?:catholic|католи)/.test(sameNext?.norm ?? '')) return true;
    if (e.words.length === 1 && t.sentenceStart && NOT_AT_SENTENCE_START.has(t.norm)) return true;
    if (t.norm === 'turkey' && ctx.bird) return true;
    if (t.norm === 'georgia' && ctx.usState) return true;
    if (e.words.length === 1 && PERSON_LIKE.has(t.norm)) {
      // Only a word right next to it, one space apart, makes a name: "China, India, Japan" is a list;
      // nor does a word after a possessive: "India's Home Ministry".
      const adjacent = (a: Token, b: Token) => a.part === b.part && b.start - a.end === 1;
      const possessive = /['’]s$/i.test(t.raw);
      // Not "Israel Football Association", "Jordan Armed Forces": the state's own bodies.
      const stateBody = STATE_BODY_WORDS.has(sameNext?.norm ?? '');
      if (sameNext && !possessive && !stateBody && adjacent(t, sameNext) && sameNext.cap && sameNext.script === 'latin' && !sameNext.upper) return true;
      const prevIsName = samePrev && adjacent(samePrev, t) && samePrev.cap && samePrev.script === 'latin' && !samePrev.upper;
      if (prevIsName && !samePrev.classes.has('country') && !samePrev.classes.has('demonym') && !FUNCTION_WORDS.has(samePrev.norm)) return true;
    }
    return false;
  };

  return {
    size,
    match(tokens, parts, options) {
      const foreign = options?.foreign === true;
      const itemText = `${parts.title}\n${parts.summary}`;
      const ctx = {
        bird: /thanksgiving|\bturkeys\b|\bpoultry\b|gobbler|индейк|індик/i.test(itemText) || /(^|[^A-Z])turkey\b/.test(itemText),
        usState: GEORGIA_US_STATE.test(itemText),
        gallium: /галл?[иі][йяюїе]/i.test(itemText),
      };
      const found: CountryMatch[] = [];
      let i = 0;
      while (i < tokens.length) {
        const t = tokens[i];
        if (t === undefined) break;
        let best: Entry | undefined;
        for (const e of candidates(t)) {
          if ((best === undefined || longer(e, best)) && entryMatches(e, tokens, i, foreign)) best = e;
        }
        if (best === undefined) {
          i += 1;
          continue;
        }
        const span = best.words.length;
        const code = best.code;
        const rejected = code === null || rejectedInContext(best, tokens, i, ctx) || (best.kind === 'capital' && routeEnd(tokens, i, span, parts, namesCountry));
        // A capital as a place still tells the rules where someone went ("35 Ukrainians flown to Kyiv").
        if (rejected && best.kind === 'capital') for (const tok of tokens.slice(i, i + span)) tok.classes = withClass(tok.classes, 'capitalPlace');
        if (code !== null && !rejected) {
          // Russian/Ukrainian write names capitalised and demonyms/adjectives in lower case.
          const demonym = t.script === 'cyrillic' ? !t.cap || (t.sentenceStart && best.demonym) : best.demonym;
          found.push({ code, start: i, end: i + span, demonym });
          for (let k = i; k < i + span; k += 1) {
            const tok = tokens[k];
            if (tok === undefined) continue;
            tok.classes = withClass(tok.classes, demonym ? 'demonym' : 'country');
          }
        }
        i += span;
      }
      return found;
    },
  };
}

// A capital counts as a country only where it stands for the state (GUIDE): "Kyiv says", "sanctions
// by Washington". Where it is a place ("in Minsk", "flown to Doha", "the Ankara swap", "Kyiv police",
// a dateline) it does not. The gazetteer finds the capital; this decides which of the two it is.
import type { Part, Token } from './text.js';

/** A capital the gazetteer found: its country, its words, the length of its first word's stem. */
export interface CapitalMention {
  code: string;
  span: number;
  stemLength: number;
}

/** Whether token k is (the start of) a country name the gazetteer knows. */
export type NamesCountry = (tokens: Token[], k: number) => boolean;

const CITY_NOUNS = new Set(['police', 'mayor', 'metro', 'city', 'based', 'consultancy', 'consultancies', 'brokerage', 'firm', 'company', 'startup', 'club', 'restaurant', 'hotel',
  'university', 'school', 'marathon', 'zoo', 'museum', 'theatre', 'theater', 'festival', 'residents', 'hospital', 'council', 'airport',
  'institute', 'newspaper', 'daily', 'stock', 'think', 'gallery', 'team', 'olympics', 'olympic', 'games', 'paralympics', 'expo', 'tarmac', 'tribunal']);
const CITY_NOUNS_BEFORE = new Set(['поліція', 'полиция', 'мэр', 'мер', 'мэрия', 'метро', 'жители', 'мешканці', 'university', 'mayor',
  'аэропорт', 'аэропорту', 'аэропорта', 'аеропорт', 'аеропорту', 'аеропорта', 'airport']);
const CITY_PARTS = new Set(['streets', 'outskirts', 'suburbs', 'suburb', 'centre', 'center', 'heart', 'people', 'citizens', 'residents', 'skies', 'sights']);
/** "officials in Washington said": the capital stands for the government even after "in". */
const GOVERNMENT_IN = /^(?:officials|authorities|government|policymakers|decisions?|решени|рішенн|власти|чиновник|влада|посадовц|court|суд|prison|jail|detention|centre|center|изолятор|сизо|сізо|тюрьм|тюрм|колони|в’язниц|вязниц)/;
/** "arrested in Minsk", «задержан в Москве»: the state acts there on the people in the story (dev d067). */
const HELD_IN = /^(?:arrested|detained|held|jailed|imprisoned|sentenced|convicted|задержан|арестован|осужден|осуждён|затриман|заарештован|засуджен|утримуван|удерживаем)/;
/** «в Москве заявили», «у Києві рішення назвали»: "they said in Kyiv", the government speaking. */
const SAID_THERE = /^(?:заяв|сообщ|ответ|назва|приветств|осуд|отреагир|прокомментир|оцен|пообещ|подтверд|опроверг|отверг|повідом|відпов|привіта|засуд|відреагув|прокоментув|оцін|пообіця|підтверд|спростув|відкин)\p{L}*ли$/u;
/** Capitals known for the international courts that sit there: "The Hague court", «суд в Гааге». */
const COURT_SEATS = new Set(['NL']);
const COURT_NOUNS = /^(?:court|courts|convention|academy)$/;
/** An adjective from a capital is the state only on a state organ ("Московський суд"), not on "Київський клуб". */
const CAPITAL_ADJECTIVE = /^(?:ов|ев|ів)?(?:ск|ськ|цк|цьк)/;
const STATE_ORGAN = /^(?:суд|власт|влад|уряд|правительств|режим|прокурат|мид|мзс|чиновник|посадовц|спецслужб|силовик)/;
const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'в', 'во', 'у', 'под', 'під']);
const JOURNEY_PREPOSITIONS = new Set(['to', 'from', 'into', 'via', 'из', 'с', 'со', 'з', 'із', 'до', 'в', 'во', 'у']);
const VENUE_NOUNS = new Set(['talks', 'summit', 'meeting', 'conference', 'negotiations', 'process', 'format', 'forum']);
const SWAP_NOUNS = new Set(['swap', 'exchange', 'trade', 'обмен', 'обмін']);
const ROAD_JOURNEY = /^(?:driven|drove|bused|bussed|escorted|crossed|across)$/;
const ROUTE_DASH = /^\s*[-–—]\s*$/;

/** The tokens around a mention that starts at i and spans `span` tokens. */
export function neighbours(tokens: readonly Token[], i: number, span: number) {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + span];
  return {
    t,
    prev,
    next,
    samePrev: t !== undefined && prev !== undefined && prev.sentence === t.sentence ? prev : undefined,
    sameNext: t !== undefined && next !== undefined && next.sentence === t.sentence ? next : undefined,
    beforePrev: tokens[i - 2],
  };
}

/** Someone arrested or held in the capital (not "tournament held in Minsk": a person must come before "held"). */
function heldThere(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 2];
  if (verb === undefined || !HELD_IN.test(verb.norm)) return false;
  if (verb.norm !== 'held') return true;
  return [3, 4, 5, 6].some((k) => {
    const u = tokens[i - k];
    return u !== undefined && u.sentence === verb.sentence && (u.classes.has('person') || u.classes.has('captive') || (u.cap && !u.sentenceStart));
  });
}

/** An impersonal "they said" within three words after the capital, in its sentence, naming no other speaker. */
function saidThere(tokens: readonly Token[], after: number, sentence: number): boolean {
  return [0, 1, 2].some((k) => {
    const u = tokens[after + k];
    // Not «в Москве, сообщили в компании»: there the speaker is named after the verb.
    return u !== undefined && u.sentence === sentence && SAID_THERE.test(u.norm) && !LOCATIVE_PREPOSITIONS.has(tokens[after + k + 1]?.norm ?? '');
  });
}

/** A swap noun right after the capital, "prisoner" allowed between. */
function venueOfSwap(tokens: readonly Token[], next: number): boolean {
  const t = tokens[next];
  const noun = t !== undefined && /^(?:prisoner|pow|hostage)s?$/.test(t.norm) ? tokens[next + 1] : t;
  return noun !== undefined && SWAP_NOUNS.has(noun.norm) && tokens[next - 1]?.sentence === noun.sentence;
}

/** The capital at i is a place, not the state. */
export function capitalAsPlace(c: CapitalMention, tokens: Token[], i: number, namesCountry: NamesCountry): boolean {
  const { t, prev, next, samePrev, sameNext, beforePrev } = neighbours(tokens, i, c.span);
  if (t === undefined) return true;
  const after = i + c.span;
  // A dateline ("KYIV, March 3 (Reuters) -", «МОСКВА, 5 января. /ТАСС/.») names where the report was filed.
  const lastWord = tokens[after - 1];
  const setOff = next === undefined || lastWord === undefined || next.part !== t.part || next.start - lastWord.end > 1; // "KYIV, March…", not "MINSK FREES…"
  if (t.upper && (prev === undefined || prev.part !== t.part) && setOff) return true;
  // "at Washington's request": a possessive capital is the state, whatever stands before it.
  const possessive = /['’]s$/i.test(tokens[after - 1]?.raw ?? '');
  if (samePrev && !possessive && LOCATIVE_PREPOSITIONS.has(samePrev.norm) && (COURT_SEATS.has(c.code) || !GOVERNMENT_IN.test(beforePrev?.norm ?? '')) && !heldThere(tokens, i) && !saidThere(tokens, after, t.sentence)) return true;
  // "the 2024 Ankara swap", "Abu Dhabi prisoner exchange": the venue of a swap, not a party to it
  // ("Moscow–Kyiv swap", "Moscow and Kyiv swap" name the parties).
  const namesState = (k: number) => tokens[k]?.sentence === t.sentence && namesCountry(tokens, k);
  // English only: Russian and Ukrainian make the venue an adjective (checked below), and an inflected
  // capital before «обмін» is its party («пропонували Києву обмін»: offered Kyiv a swap).
  if (t.script === 'latin' && venueOfSwap(tokens, after) && !namesState(i - 1) && !namesState(i - 2)) return true;
  // "the Rome talks", "visiting Kabul": where talks meet, where someone travelled.
  if (samePrev?.norm === 'the' && VENUE_NOUNS.has(sameNext?.norm ?? '')) return true;
  if (/^(?:visit|visits|visited|visiting)$/.test(samePrev?.norm ?? '')) return true;
  // "Vienna round on Syrian detainees": where a round of talks meets (not "Washington's round of sanctions").
  if (sameNext?.norm === 'round' && !/['’]s$/i.test(lastWord?.raw ?? '') && !(tokens[after + 1]?.norm === 'of' && tokens[after + 2]?.classes.has('talksWord') !== true)) return true;
  // "flown to Doha", "flown home from Kabul", «вылетели из Анкары»: where a journey starts or ends.
  // Not "flies home to Moscow and is detained": the state acts there.
  // "driven across the border to Vilnius": a road journey, a few words further back.
  const journey =
    [2, 3].some((k) => tokens[i - k]?.sentence === t.sentence && tokens[i - k]?.classes.has('journeyWord')) ||
    [2, 3, 4, 5].some((k) => tokens[i - k]?.sentence === t.sentence && ROAD_JOURNEY.test(tokens[i - k]?.norm ?? ''));
  if (samePrev && JOURNEY_PREPOSITIONS.has(samePrev.norm) && journey && !tokens.slice(i + 1).some((u) => u.sentence === t.sentence && HELD_IN.test(u.norm))) return true;
  // «Московський суд» is the state, «Київський клуб» the city.
  if (t.script === 'cyrillic' && CAPITAL_ADJECTIVE.test(t.norm.slice(c.stemLength)) && !STATE_ORGAN.test(sameNext?.norm ?? '')) return true;
  if (COURT_SEATS.has(c.code) && COURT_NOUNS.test(sameNext?.norm ?? '')) return true;
  // "Kyiv police", "поліція Києва", "London brokerage", "mayor of London", "streets of Kabul"; not "the support of Beijing".
  const cityOf = samePrev?.norm === 'of' && (CITY_NOUNS.has(beforePrev?.norm ?? '') || CITY_NOUNS_BEFORE.has(beforePrev?.norm ?? '') || CITY_PARTS.has(beforePrev?.norm ?? ''));
  return CITY_NOUNS.has(sameNext?.norm ?? '') || CITY_NOUNS_BEFORE.has(samePrev?.norm ?? '') || cityOf;
}

/** "Helsinki–Osaka service", «рейсы Москва — Анталья»: a capital joined by a dash to a city that is no country is a route's end. */
export function routeEnd(tokens: Token[], i: number, span: number, parts: Readonly<Record<Part, string>>, namesCountry: NamesCountry): boolean {
  const dashed = (a: number, b: number, city: number): boolean => {
    const [left, right, other] = [tokens[a], tokens[b], tokens[city]];
    if (left === undefined || right === undefined || other === undefined || left.part !== right.part || !other.cap) return false;
    return ROUTE_DASH.test(parts[left.part].slice(left.end, right.start)) && !namesCountry(tokens, city);
  };
  return dashed(i + span - 1, i + span, i + span) || dashed(i - 1, i, i - 1);
}

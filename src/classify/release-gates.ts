// Modality for release triggers: what turns a matched "frees", "swap" or «обмен» into no event (a demand,
// a denial, talks about it, a past release told as background) or into one on a condition.
import { has, type Match } from './analysis.js';
import { isYear, lastPeriodAt, reportedFuture, WINDOW, type ItemView } from './item-view.js';
import type { Token } from './text.js';

/** Relative pronouns; not the relativeWord class, which leaves out "who"/"which" for the sanctions gate. */
const RELATIVE = /^(?:who|which|whose|который|которая|которые|которого|которых|який|яка|які|якого|яких)$/;
const WITHOUT = new Set(['without', 'no', 'без', 'нет', 'немає']);
const AGO = new Set(['ago', 'since', 'назад', 'тому', 'later', 'спустя', 'потому']);
const TALKS_ABOUT = new Set(['on', 'about', 'over', 'про', 'об', 'о', 'щодо', 'по']);
const OTHER_PARTICIPLE = /^[a-z]+ed$|(?:нн|вш|т)(?:ых|ые|ый|ий|ая|ой|ого|ому|ими|і|их|а)$/;
const TERM = /^(?:term|sentence|срок\p{L}*|строк\p{L}*|термін\p{L}*|терміну|покаранн\p{L}*|наказани\p{L}*)$/u;
const UPON = new Set(['upon', 'on', 'по', 'после', 'після', 'after']);
const ABOUT_PLEA = new Set(['for', 'про', 'о', 'об', 'на']);
const MUST = new Set(['must', 'має', 'мають', 'повинна', 'повинен', 'повинні', 'должна', 'должен', 'должны', 'обязана', 'обязан', 'обязаны']);
const FROM = new Set(['from', 'из', 'з', 'із']);
const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
const HANDED_THING = new Set(['vessel', 'vessels', 'yacht', 'superyacht', 'ship', 'ships', 'tanker', 'tankers', 'aircraft', 'jet', 'jets', 'plane', 'planes', 'keys', 'documents', 'shipment', 'cargo', 'equipment', 'weapons', 'remains']);
const IMPERATIVE_FREE = new Set(['free', 'release', 'освободите', 'освободить', 'звільніть', 'звільнити']);
const IMPERATIVE_OBJECT = new Set(['our', 'my', 'all', 'them', 'him', 'her', 'наших', 'всех', 'всіх', 'їх', 'их']);

/** A headline that looks back: "Ten years after prisoner swap, …", "… publishes account of captivity",
 *  "Bergdahl, freed in Taliban swap, avoids prison", «Звільнені з полону отримають право…». The
 *  summary's release is that past. */
export function looksBack(v: ItemView): boolean {
  return v.tokens.some((t, k) => {
    if (t.part !== 'title') return false;
    if (has(t, ['accountWord'])) return true;
    if (has(t, ['afterWord']) && has(v.tokens[k - 1], ['durationUnit'])) return true;
    if (countedBack(v, k)) return true;
    // "Ex-hostage, freed in 2019, writes a book": an aside closed by a second comma. Not a headline's
    // own predicate: "HOSTAGE HELL OVER: Gran, 74, freed by Gaza terror gang".
    if (has(t, ['freedParticiple']) && v.afterComma(k) && v.tokens.some((u, j) => j > k && u.part === 'title' && v.afterComma(j))) return true;
    // "Freed POWs will get the right to leave the army": the title is about those once freed.
    return k === 0 && releaseParticiple(t) && afterParticiple(v, 1, t.sentence) === 'will';
  });
}

/** "Former hostage Terry Waite recalls his captivity": a person's past, not a release today. */
export function formerCaptiveInTitle(v: ItemView): boolean {
  return v.tokens.some((t, k) => t.part === 'title' && has(t, ['formerWord']) && has(v.tokens[k + 1], ['captive']));
}

/** "Повернутий з полону боєць видав книжку спогадів", "Freed reporter wins press award": a participle
 *  opening the sentence describes the one the sentence is about. Not when the rest of the sentence is
 *  the release itself: who, how many, from where, the way home ("Freed Americans land in Doha"). */
function describesSubject(v: ItemView, i: number, end: number): boolean {
  const t = v.tokens[i];
  if (t === undefined || !t.sentenceStart || !releaseParticiple(t)) return false;
  return afterParticiple(v, end, t.sentence) !== 'detail';
}

/** What comes first after a participle in its sentence: a future or modal verb («Звільнені з полону
 *  отримають право на…»: what will happen to them), a detail of a release, or neither. */
function afterParticiple(v: ItemView, from: number, sentence: number): 'will' | 'detail' | 'none' {
  for (let k = from; k < v.tokens.length && v.tokens[k]?.sentence === sentence; k += 1) {
    if (WILL_GET.test(v.tokens[k]?.norm ?? '')) return 'will';
    if (has(v.tokens[k], RELEASE_DETAIL)) return 'detail';
  }
  return 'none';
}

/** "Бывший политзаключённый, вышедший на свободу в ходе крупнейшего обмена, начал…", "The blogger,
 *  released in a swap with Minsk, said…": a participle clause between commas describes the subject. */
function inParticipleAside(v: ItemView, i: number, last: number): boolean {
  const { tokens } = v;
  const sentence = tokens[i]?.sentence;
  let opens = i;
  while (opens >= 0 && tokens[opens]?.sentence === sentence && !v.afterComma(opens)) opens -= 1;
  const lead = tokens[opens];
  if (lead === undefined || lead.sentence !== sentence || !releaseParticiple(lead)) return false;
  for (let k = last + 1; tokens[k]?.sentence === sentence; k += 1) if (v.afterComma(k)) return true;
  return false;
}

/** A participle of being freed or coming back: "freed", «освобождённый», «вийшовши», «повернутий». */
function releaseParticiple(t: Token): boolean {
  return has(t, ['freedParticiple']) || RELEASE_PARTICIPLE.test(t.norm);
}

const RELEASE_PARTICIPLE = /^(?:вышедш|вийшовш|освобожд[её]нн|звільнен|обменянн|обмінян|помилованн|помилуван|вернувш|возвращенн|повернут|повернен)/;
/** Future and modal verbs: "will get", «получат», «зможуть». */
const WILL_GET = /^(?:will|отримають|отримуватимуть|получат|получают|будут|будуть|смогут|зможуть|можуть|могут)$/;
const RELEASE_DETAIL = ['journeyWord', 'returnWord', 'country', 'demonym', 'number', 'swapWord', 'handOver', 'handoverCyr', 'freeVerb', 'freedParticiple', 'pardonVerb', 'amnestyWord'];

/** Token k ends "two years ago", «год назад», "five years later" or "ten years on," (an opening phrase,
 *  not "two years on spying charges"). */
function countedBack(v: ItemView, k: number): boolean {
  const t = v.tokens[k];
  if (t === undefined || !has(v.tokens[k - 1], ['durationUnit'])) return false;
  return AGO.has(t.norm) || (t.norm === 'on' && v.afterComma(k + 1));
}

/** "The opposition blogger, freed in June after five years, told…": a set-off participle dated to a month. */
function setOffInMonth(v: ItemView, i: number, last: number): boolean {
  const { tokens } = v;
  for (let k = i; k <= last; k += 1) {
    if (has(tokens[k], ['freedParticiple']) && v.afterComma(k) && has(tokens[k + 1], ['inWord']) && has(tokens[k + 2], ['monthWord'])) return true;
  }
  return false;
}

const COMES = new Set(['comes', 'came', 'come', 'coming']);

/** "He was freed in 1991", "exchanged for Viktor Bout in December 2022", "a year after the swap": a
 *  release with a year of its own, or counted back from today, is background to another story. Not
 *  "frees activist jailed in 2021" or "soldiers captured in 2020": the year belongs to them. */
function datedRelease(v: ItemView, i: number, last: number): boolean {
  const { tokens } = v;
  // «Год назад в Анкаре состоялся обмен», "Five years ago, Moscow and Kyiv swapped…": counted back from today.
  for (let j = Math.max(1, i - 8); j < i; j += 1) {
    if (tokens[j]?.sentence === tokens[i]?.sentence && countedBack(v, j)) return true;
  }
  // "Ten years after his release, …": counted from a release the person had.
  if (has(tokens[i - 1], ['possessivePronoun']) && has(tokens[i - 2], ['afterWord', 'sinceWord']) && has(tokens[i - 3], ['durationUnit'])) return true;
  // "a year after prisoner swap", not "for six months after Caracas frees…" (a clause of its own).
  const afterAt = v.before(last, 3 + last - i, ['afterWord']);
  if (afterAt >= 0 && has(tokens[afterAt - 1], ['durationUnit']) && !tokens.slice(afterAt + 1, last + 1).some((u) => has(u, ['country', 'demonym', 'name']))) return true;
  // "The verdict comes a year after Berlin released … in a prisoner exchange": the story is dated from it.
  for (let j = i - 1; j > 0 && tokens[j]?.sentence === tokens[i]?.sentence; j -= 1) {
    if (has(tokens[j], ['afterWord']) && has(tokens[j - 1], ['durationUnit']) && [2, 3, 4].some((k) => COMES.has(tokens[j - k]?.norm ?? ''))) return true;
  }
  // "in 1991", "in December 2022", "in a 2023 prisoner swap" (the year may stand inside or just before the match).
  const dated = (j: number): boolean => {
    const article = /^(a|an|the)$/.test(tokens[j - 1]?.norm ?? '') && has(tokens[j - 2], ['inWord']);
    // Not "including July 2021 protesters": the date names the people (but "a 2023 prisoner swap" dates the swap).
    const namesPeople = has(tokens[j + 1], ['person']) && !has(tokens[j + 2], ['swapWord']);
    return isYear(tokens[j]) && (has(tokens[j - 1], ['inWord', 'monthWord']) || article) && !namesPeople;
  };
  for (let j = Math.max(0, i - 3); j <= last; j += 1) if (tokens[j]?.sentence === tokens[i]?.sentence && dated(j)) return true;
  // "…; in 2022 Brittney Griner was exchanged for…", "In 2019, Kyiv and Moscow swapped…": a year opening the clause dates it.
  for (let j = Math.max(1, i - 8); j < i - 3; j += 1) {
    const opensClause = tokens[j - 1]?.sentenceStart === true || v.afterComma(j - 1);
    if (tokens[j]?.sentence === tokens[i]?.sentence && dated(j) && has(tokens[j - 1], ['inWord']) && opensClause) return true;
  }
  for (let j = last + 1; j <= last + 8; j += 1) {
    const u = tokens[j];
    if (u === undefined || u.sentence !== tokens[i]?.sentence) return false;
    // Another participle takes the year: "soldiers captured in 2020", «моряков, захваченных в 2018 году».
    if (has(u, ['detainedAdj', 'convictWord', 'arrestWord', 'courtVerdict']) || OTHER_PARTICIPLE.test(u.norm)) return false;
    if (dated(j)) return true;
  }
  return false;
}

/** "pastor Andrew Brunson, who returned home last month", "Colonel Smith, who came home last month
 *  after a swap": the match inside a relative clause dated "last month", «в прошлом году». */
function pastRelativeClause(v: ItemView, i: number, last: number): boolean {
  const { tokens } = v;
  const sentence = tokens[i]?.sentence;
  let r = last;
  while (r >= Math.max(0, i - 8) && tokens[r]?.sentence === sentence && !RELATIVE.test(tokens[r]?.norm ?? '')) r -= 1;
  if (r < Math.max(0, i - 8) || tokens[r]?.sentence !== sentence) return false;
  for (let k = r + 1; k <= last + 4; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== sentence || (k > last && v.afterComma(k))) return false;
    if (lastPeriodAt(tokens, k)) return true;
  }
  return false;
}

/** A demand, talks, a denial, no deal or a guess: the match tells of no release ("urges Moscow to free",
 *  "no talks under way on a new swap", "ends without deal", "media speculation about an exchange"). */
function noReleaseHappened(v: ItemView, i: number, end: number): boolean {
  const { tokens, sources } = v;
  const t = tokens[i];
  if (t === undefined) return true;
  // Cues count before the match and inside it ("detainees could be freed").
  const last = end - 1;
  const span = end - i;
  if (v.before(last, WINDOW + span, ['demandCue', 'pendingCue', 'denyVerb']) >= 0 || v.before(last, 3 + span, ['negation']) >= 0) return true;
  // "He rejected a proposal from Yerevan to exchange the 23 Armenians": a refused offer frees no one.
  const offer = v.before(i, WINDOW, ['proposalCue']);
  if (offer >= 0 && OFFER_NOUN.test(tokens[offer]?.norm ?? '') && v.before(offer, 3, ['negation', 'denyVerb']) >= 0) return true;
  // "urges Moscow and Kyiv to agree all-for-all prisoner exchange", "urges West to tie any sanctions relief
  // to release of all prisoners": a demand governs the infinitive whose object is the release. Not
  // "After calls to free him, Iran releases…" (a clause of its own).
  const farDemand = has(t, ['swapWord', 'amnestyWord', 'pardonVerb', 'freeVerb']) ? v.before(i, 12, ['demandCue']) : -1;
  const sameClause = farDemand >= 0 && !sources[t.part].slice(tokens[farDemand]?.end ?? 0, t.start).includes(',');
  if (sameClause && tokens.slice(farDemand + 1, i).some((u) => u.norm === 'to')) return true;
  // "talks on swapping…", "перемовини про обмін": talks about a release are not one ("after talks in Istanbul" is fine).
  // "no talks under way on new prisoner swap": the subject may stand a few words after the talks.
  const talks = v.before(i, WINDOW + 3, ['talksWord']);
  const about = talks >= 0 ? tokens.slice(talks + 1, Math.min(i, talks + 5)).findIndex((u) => TALKS_ABOUT.has(u.norm)) : -1;
  if (about >= 0 && !sources[t.part].slice(tokens[talks]?.end ?? 0, t.start).includes(',')) return true;
  const demandedBy = v.after(last, 3, ['demandCue']);
  if (demandedBy >= 0 && tokens[demandedBy + 1]?.norm === 'by') return true; // "release … demanded by the OSCE"
  const notAfter = v.after(last, 5, ['negation']);
  if (notAfter >= 0 && v.after(notAfter, 3, ['offAgenda']) >= 0) return true; // "exchange … not on the agenda"
  if (v.after(last, 6, ['ruledOut']) >= 0) return true; // "an all-for-all exchange is not yet possible"
  // "ends without agreement on the number of detainees to be freed", "no deal on…": no deal, no release.
  const without = v.before(i, 12, ['negation']);
  if (without >= 0 && WITHOUT.has(tokens[without]?.norm ?? '') && v.after(without, 2, ['agreementNoun']) >= 0) return true;
  // "Geneva round on Yemen detainees ends without deal": the headline says no release came of it
  // (not «переговоры завершились без договорённости о перемирии»: a truce, while captives were swapped).
  const noDealTitle = tokens.some((u, k) => u.part === 'title' && WITHOUT.has(u.norm) && has(tokens[k + 1], ['agreementNoun']));
  if (noDealTitle && tokens.some((u) => u.part === 'title' && has(u, ['captive', 'swapWord', 'detainedAdj']))) return true;
  if (v.before(i, 6, ['speculationCue']) >= 0) return true; // "media speculation about a possible prisoner exchange"
  if (v.before(i, 3, ['ruledOut']) >= 0) return true; // «Росія зірвала запланований обмін», "Moscow derailed the swap"
  if (FROM.has(tokens[last + 1]?.norm ?? '') && has(tokens[last + 2], ['hospital'])) return true;
  // «Алієв відхилив прохання про помилування», "a request for clemency": the plea, not the pardon.
  if (has(tokens[i - 1], ['petitionNoun']) || (ABOUT_PLEA.has(tokens[i - 1]?.norm ?? '') && has(tokens[i - 2], ['petitionNoun']))) return true;
  // «Росія має звільнити всіх заручників», "Russia must free…": an obligation someone states.
  if (MUST.has(tokens[i - 1]?.norm ?? '') && has(t, ['freeVerb'])) return true; // "released from hospital, taken back to Evin"
  return has(tokens[last + 1], ['petitionNoun']) && tokens[last + 1]?.sentence === t.sentence; // "Clemency plea rejected", "pardons commission"
}

/** A release told as the past or as a description of someone: a film about it, a year or "last
 *  month" of its own, a sentence served out, a participle describing the subject. */
function pastOrDescriptive(v: ItemView, i: number, end: number): boolean {
  const { tokens } = v;
  const t = tokens[i];
  if (t === undefined) return true;
  const last = end - 1;
  // A film, series or podcast about a release tells a past one.
  if (v.titleClasses.has('mediaWork')) return true;
  if (datedRelease(v, i, last) || pastRelativeClause(v, i, last)) return true;
  // "journalist freed after serving full three-year term", «вышел на свободу по окончании срока»: the sentence ran out.
  const after = v.after(last, 3, ['afterWord']);
  if (after >= 0 && has(tokens[after + 1], ['sentenceServed'])) return true;
  const served = v.after(last, 4, ['sentenceServed']);
  const upon = served >= 0 && UPON.has(tokens[served - 1]?.norm ?? '');
  if (upon && tokens.slice(served + 1, served + 4).some((u) => u.sentence === t.sentence && TERM.test(u.norm))) return true;
  // "Bergdahl, freed in Taliban swap, avoids prison": set off by commas, the participle describes him.
  if (has(t, ['freedParticiple']) && v.afterComma(i)) return true;
  return setOffInMonth(v, i, last) || describesSubject(v, i, end) || inParticipleAside(v, i, last);
}

/** What is freed or handed over is not a person held: a slogan, a possessive, a vessel, lists exchanged. */
function notAPersonFreed(v: ItemView, m: Match): boolean {
  const { tokens } = v;
  const { rule, start: i, end } = m;
  const t = tokens[i];
  if (t === undefined) return true;
  // "India and Pakistan exchange lists of prisoners … The twice-yearly exchange under a 2008
  // agreement": once the item says the exchange is of things, its bare "exchange" and "agreement" are that.
  if (has(t, ['swapWord', 'deal']) && tokens.some((u, k) => has(u, ['swapWord']) && has(tokens[k + 1], ['swapNonPerson']))) return true;
  // «Россия и Украина провели обмен по формуле „84 на 84“. Тела погибших доставлены…»: an exchange told
  // only by its formula, of bodies, with no one living named anywhere.
  if (v.itemClasses.has('bodies') && !LIVING.some((c) => v.itemClasses.has(c)) && !has(t, ['freeVerb', 'freedParticiple', 'pardonVerb', 'amnestyWord'])) return true;
  // "'Free our citizens': Washington urges…", "Free all political prisoners, UN tells Minsk": a slogan.
  if (t.sentenceStart && IMPERATIVE_FREE.has(t.norm) && IMPERATIVE_OBJECT.has(tokens[i + 1]?.norm ?? '')) return true;
  // "releases the president's schedule": a possessive person is not the one released
  // (unless a relative follows: "frees the president's son").
  const possessive = /['’]s$/i.test(tokens[end - 1]?.raw ?? '') && !has(tokens[end], ['relative']);
  if (possessive && rule.pattern[rule.pattern.length - 1]?.includes('@person')) return true;
  // "The vessel was handed over at a Turkish shipyard": the thing handed over is the subject.
  if (rule.action !== 'handover' || t.script !== 'latin') return false;
  const subject = PASSIVE_BE.has(tokens[i - 1]?.norm ?? '') ? tokens[i - 2] : undefined;
  return subject !== undefined && subject.sentence === t.sentence && HANDED_THING.has(subject.norm);
}

const LIVING = ['captive', 'powWord', 'captivity', 'civilianWord', 'freedParticiple', 'freeVerb', 'detainedAdj', 'convictWord'];
const IF_CYR = new Set(['если', 'якщо']);
const OFFER_NOUN = /^(?:proposals?|offers?|предложени\p{L}*|пропозиц\p{L}*)$/u;

/** The release match after modality (`conditional` set on a condition), or undefined if it reports no release. */
export function releaseGate(v: ItemView, m: Match): Match | undefined {
  const { tokens } = v;
  const { start: i, end } = m;
  if (noReleaseHappened(v, i, end) || pastOrDescriptive(v, i, end) || notAPersonFreed(v, m)) return undefined;
  const last = end - 1;
  const modal = v.before(last, WINDOW + (end - i), ['conditional', 'hypothetical']);
  // "asset freezes … to take effect unless the detainees are freed": the release is what is demanded.
  const unless = tokens[modal]?.norm === 'unless' || (IF_CYR.has(tokens[modal]?.norm ?? '') && tokens[modal + 1]?.norm === 'не');
  if (unless) return undefined;
  // "A new prisoner exchange is possible before the year is out": it may happen.
  const likely = v.after(last, 6, ['likelyAfter']);
  return (modal >= 0 && !reportedFuture(v, modal)) || likely >= 0 ? { ...m, conditional: true } : m;
}

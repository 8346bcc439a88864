// From the kept matches to what an editor reads: topics, the deciding action and its stage, the
// number of people, who acts and who is targeted, confidence and the evidence phrases.
import type { Action, Classification, Stage, TopicId } from '../core/types.js';
import { after, before, has, type Analysis, type Match } from './analysis.js';
import { findActors } from './actors.js';
import { peopleOf } from './people.js';

const WINDOW = 6;
const RELEASE_RANKS: Partial<Record<Action, number>> = { exchange: 3, swap: 3, pardon: 2, amnesty: 2, handover: 1, release: 0 };
const RELEASE_RANK = (a: Action): number => RELEASE_RANKS[a] ?? 0;
const TARGET_AFTER_VERB = ['demonym', 'targetEntity', 'person'];

type Facts = Omit<Classification, 'language'>;

const EMPTY: Facts = { topics: [], countries: [], actors: { acting: [], targeted: [] }, confidence: 0, evidence: [] };

/** A match after "after", "as", "if"… is background to the headline's main clause. */
function subordinate(a: Analysis, m: Match): boolean {
  const sentence = a.tokens[m.start]?.sentence;
  for (let j = m.start; j >= 0 && a.tokens[j]?.sentence === sentence; j -= 1) if (has(a.tokens[j], ['subordinator'])) return true;
  return false;
}

const ANSWER_VERB = /^(?:ответил\p{L}*|отвечает|відповіл\p{L}*|відповідає|responds|responded|retaliates|retaliated)$/u;
const ANSWER_TO = new Set(['на', 'to', 'against']);

/** The match is what a verb of answering takes as its object, a few words before. */
function answeredBy(a: Analysis, m: Match): boolean {
  for (let k = m.start - 1; k >= Math.max(0, m.start - 5) && a.tokens[k]?.sentence === a.tokens[m.start]?.sentence; k -= 1) {
    if (ANSWER_VERB.test(a.tokens[k]?.norm ?? '') && ANSWER_TO.has(a.tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * The match the headline is about: the first one in the title's main clause (a title whose only
 * matches are subordinate yields to a main-clause match of the other topic in the summary); a
 * specific release word over "frees"; an exchange anywhere in the item over a plain release.
 */
function pickPrimary(a: Analysis): { primary: Match; sameTopic: Match[]; action: Action } {
  const byPosition = [...a.matches].sort((x, y) => x.start - y.start);
  const firm = (ms: Match[]): Match[] => (ms.some((m) => !m.conditional) ? ms.filter((m) => !m.conditional) : ms);
  const inTitle = firm(byPosition.filter((m) => a.tokens[m.start]?.part === 'title'));
  const main = inTitle.filter((m) => !subordinate(a, m));
  let pool = main.length > 0 ? main : inTitle;
  if (main.length === 0) {
    const titleTopics = new Set(inTitle.map((m) => m.rule.topic));
    const other = firm(byPosition).filter((m) => a.tokens[m.start]?.part === 'summary' && !titleTopics.has(m.rule.topic) && !subordinate(a, m));
    if (other.length > 0 || pool.length === 0) pool = other.length > 0 ? other : firm(byPosition);
  }
  // "Beijing vows countermeasures after Washington blacklists 30 firms": a measure taken outweighs the
  // threat that answers it, even in the subordinate clause.
  const threat = (m: Match) => m.action === 'threaten' || m.modal === 'threat';
  const taken = inTitle.find((m) => m.rule.topic === 'sanctions' && !threat(m) && m.modal === undefined);
  if (pool[0] !== undefined && pool[0].rule.topic === 'sanctions' && threat(pool[0]) && taken) pool = [taken];
  // «Россия ответила на 20-й пакет санкций ЕС расширением „стоп-листа“», "Moscow responds to EU package
  // with entry bans": the measures answered are background, the answer is the news.
  const opening = pool[0];
  const answer = opening && answeredBy(a, opening) ? pool.find((m) => m.start > opening.start && m.rule.topic === 'sanctions') : undefined;
  if (answer) pool = [answer, ...pool.filter((m) => m !== answer)];
  const first = pool[0] as Match;
  const topic = first.rule.topic;
  const sentence = a.tokens[first.start]?.sentence;
  let primary = first;
  for (const m of pool) {
    if (m.rule.topic === topic && a.tokens[m.start]?.sentence === sentence && RELEASE_RANK(m.action) > RELEASE_RANK(primary.action)) primary = m;
  }
  let action = primary.action;
  if (topic === 'prisoner_release' && RELEASE_RANK(action) < 2) {
    // "…released from Russian captivity" + "The exchange was mediated by the UAE": an exchange.
    const exchange = byPosition.find((m) => !m.conditional && (m.action === 'exchange' || m.action === 'swap'));
    const opening = (i: number) => [0, 1, 2].some((k) => a.tokens[i - k]?.sentenceStart === true && a.tokens[i - k]?.sentence === a.tokens[i]?.sentence);
    if (exchange) action = exchange.action;
    // "Обмін відбувся за посередництва ОАЕ", "The swap took place in Abu Dhabi", «В результате обмена
    // вернулись…»: the noun opening a sentence.
    else if (a.tokens.some((t, i) => has(t, ['swapWord']) && opening(i) && !has(a.tokens[i + 1], ['swapNonPerson', 'bodies']))) {
      action = 'exchange';
    }
    // Prisoners of war (or «з полону» between Russia and Ukraine) coming home, not handed over one-sidedly,
    // have come home only in exchanges; civilians freed from captivity are a release.
    else if (action === 'release' && !a.tokens.some((t) => has(t, ['civilianWord'])) && (a.tokens.some((t) => has(t, ['powWord'])) || ukraineWarCaptivity(a))) action = 'exchange';
  }
  return { primary, sameTopic: byPosition.filter((m) => m.rule.topic === topic), action };
}

function ukraineWarCaptivity(a: Analysis): boolean {
  return a.tokens.some((t) => t.script === 'cyrillic' && has(t, ['captivity'])) && a.countries.some((c) => c.code === 'RU' || c.code === 'UA');
}

function negated(a: Analysis, m: Match): number {
  return before(a.tokens, Math.min(m.start, m.actionAt ?? m.start), 4, ['negation']);
}

/** "UK sanctions Russian officers": the word used as a verb on people or firms is a designation. */
function sanctionsAsVerb(a: Analysis, m: Match): boolean {
  const t = a.tokens[m.start];
  const next = a.tokens[m.start + 1];
  const prev = a.tokens[m.start - 1];
  if (t === undefined || t.script !== 'latin' || !/^sanction(s|ed|ing)?$/.test(t.norm) || t.sentenceStart) return false;
  if (prev === undefined || prev.sentence !== t.sentence || next === undefined || next.sentence !== t.sentence) return false;
  return has(next, TARGET_AFTER_VERB) && !has(next, ['country']);
}

function actionOf(a: Analysis, m: Match, picked: Action): Action | undefined {
  if (m.rule.topic === 'prisoner_release') {
    if (picked === 'exchange' && /^(swap|trad)/.test(a.tokens[m.start]?.norm ?? '')) return 'swap';
    return picked;
  }
  if (m.modal === 'threat') return 'threaten';
  if (negated(a, m) >= 0) return undefined; // "no plans to lift", "denied sanctions were eased": not a measure taken
  if (m.rule.id === 'sanctions-word' && m.actionAt === undefined && sanctionsAsVerb(a, m)) return 'designate';
  return m.action;
}

function stageOf(a: Analysis, m: Match, action: Action | undefined): Stage | undefined {
  if (action === undefined) return undefined;
  if (action === 'threaten') return 'threatened';
  if (m.conditional || m.modal === 'proposal') return 'proposed';
  if (m.rule.id === 'detainee-deal') return 'announced'; // a deal on detainees is agreed, not yet carried out
  if (m.rule.topic === 'sanctions' && (before(a.tokens, m.start, 3, ['stalledCue']) >= 0 || after(a.tokens, m.end - 1, 3, ['stalledCue']) >= 0)) return 'proposed';
  const at = Math.min(m.start, m.actionAt ?? m.start);
  // Releases: "agreed to swap" is announced, not done. Sanctions: "agrees/announces/sets a price cap"
  // is the measure itself; only the future ("will lift", "set to") is announced.
  const release = m.rule.topic === 'prisoner_release';
  const proposal = release ? before(a.tokens, at, WINDOW, ['proposalCue']) : -1;
  const announce = before(a.tokens, at, WINDOW, release ? ['announceCue', 'agreementNoun'] : ['futureCue']);
  if (proposal >= 0 && proposal >= announce) return 'proposed';
  if (announce >= 0 && (release || a.tokens[announce]?.norm !== 'set' || a.tokens[announce + 1]?.norm === 'to')) return 'announced';
  // "Frozen Russian assets to back a loan": a subject noun phrase followed by "to".
  const next = a.tokens[m.end];
  if (!release && a.tokens[m.start]?.sentenceStart && next?.norm === 'to' && next.sentence === a.tokens[m.start]?.sentence) return 'announced';
  // Headline future: "Cuba to release 553 prisoners", "EU to lift sanctions".
  const prev = a.tokens[at - 1];
  const subject = a.tokens[at - 2];
  if (prev?.norm === 'to' && prev.sentence === a.tokens[at]?.sentence && subject?.sentence === prev.sentence && subject.cap) return 'announced';
  // "1,000 prisoners to be exchanged next week".
  if (prev?.norm === 'be' && subject?.norm === 'to' && subject.sentence === a.tokens[at]?.sentence) return 'announced';
  return 'completed';
}

function phrase(a: Analysis, lo: number, hi: number): string | undefined {
  const x = a.tokens[lo];
  const y = a.tokens[hi];
  if (x === undefined || y === undefined || x.part !== y.part) return undefined;
  return a.sources[x.part].slice(x.start, y.end).replace(/\s+/g, ' ').slice(0, 120);
}

function evidenceOf(a: Analysis, primary: Match, matches: readonly Match[]): string[] {
  const out: string[] = [];
  for (const m of [primary, ...matches.filter((x) => x !== primary).sort((x, y) => y.weight - x.weight)]) {
    const cues = [m.actionAt, m.modalAt, m === primary ? negated(a, m) : -1].filter((x): x is number => x !== undefined && x >= 0);
    const lo = Math.min(m.start, ...cues);
    const hi = Math.max(m.end - 1, ...cues);
    const p = phrase(a, lo, hi);
    if (p !== undefined && !out.some((e) => e.includes(p))) out.push(p);
    if (out.length >= 6) break;
  }
  return out;
}

export function describe(a: Analysis): Facts {
  const countries = [...new Set(a.countries.map((c) => c.code))].sort();
  if (a.matches.length === 0) return { ...EMPTY, countries };
  const topics: TopicId[] = [];
  let confidence = 0;
  for (const topic of ['prisoner_release', 'sanctions'] as const) {
    const own = a.matches.filter((m) => m.rule.topic === topic).sort((x, y) => y.weight - x.weight);
    if (own.length === 0) continue;
    topics.push(topic);
    const distinct = new Set(own.map((m) => m.rule.id)).size;
    confidence = Math.max(confidence, Math.min(0.97, (own[0]?.weight ?? 0) + 0.03 * (distinct - 1)));
  }
  const { primary, sameTopic, action: picked } = pickPrimary(a);
  const action = actionOf(a, primary, picked);
  const stage = stageOf(a, primary, action);
  const release = a.matches.filter((m) => m.rule.topic === 'prisoner_release');
  const exchange = release.some((m) => m.action === 'exchange' || m.action === 'swap');
  const people = release.length > 0 ? peopleOf(a, release, exchange) : undefined;
  return {
    topics,
    countries,
    ...(action !== undefined ? { action } : {}),
    ...(stage !== undefined ? { stage } : {}),
    ...(people !== undefined ? { people } : {}),
    actors: findActors(a, primary, sameTopic),
    confidence: Math.round(confidence * 100) / 100,
    evidence: evidenceOf(a, primary, a.matches),
  };
}

// Word classes that depend on the neighbouring words, set after the lexicon's word-by-word lookup:
// the lexicon knows "free" is a release verb, only the context tells "Radio Free Europe" apart.
import { has } from './analysis.js';
import { withClass, withoutClasses } from './class-sets.js';
import { isNumberToken } from './numbers.js';
import { isTitleCase, type Token } from './text.js';

const PROFESSION_AFTER_ENTERTAINMENT = /^(director|directors|maker|makers|star|stars|actor|actors|actress|producer|producers|critic|critics|author|authors|writer|writers|режиссер\p{L}*|режисер\p{L}*|продюсер\p{L}*)$/u;
const THREAT_KIND = /^(?:hybrid|cyber|security|terror|terrorist|nuclear|гибридн\p{L}*|гібридн\p{L}*|кибер\p{L}*|кібер\p{L}*|террористическ\p{L}*|терористичн\p{L}*)$/u;
const CRICKET = /^(?:cricket|batter|batsman|bowler|wickets?|innings|odi|t20)$/;
const AUTHORISED = /^(?:арест|арешт|обыск|обшук|задержан|затриман|заключени|взяти|прослушив|прослуховув|содержани|утриманн|выемк|виїмк)/;
const FROM_POST_LEAD = new Set(['з', 'зі', 'із', 'от', 'со', 'с']);
const POST = /^(?:служб|посад|должност|роботи|работы|обовязк|обязанност)/;
const MILITARY = /^(?:військов|военн|державн|государственн|публичн|публічн)/;
const TIME_LEAD = new Set(['until', 'till', 'by', 'through', 'before', 'after', 'at', 'since', 'from', 'year', 'month', 'week']);
const ROLL = new Set(['roll', 'rolls', 'rolled', 'rolling']);
const DOMESTIC_SENTENCE_LEAD = new Set(['alternative', 'electronic', 'community']);
const DOMESTIC_SENTENCE_NOUN = /^(?:sentenc|penalt|punishment|monitor|tag|service)/;
const CALL = new Set(['call', 'calls', 'called', 'calling']);
const CALLED_OBJECT = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that']);

function addClass(t: Token, cls: string): void {
  t.classes = withClass(t.classes, cls);
}

function dropClasses(t: Token, ...classes: string[]): void {
  t.classes = withoutClasses(t.classes, classes);
}

const POLICE_BODY = /^(?:forensic\w*|institute|academy|college|university|museum|ministry)$/;
const OFFICERS = new Set(['officer', 'officers', 'officials', 'policeman', 'policemen', 'agent', 'agents']);
/** Not a handover: "handed him to the police" is an arrest. */
const CAPTURED_BEFORE = ['captive', 'freeVerb', 'freedParticiple'];

/** Police as the object of a release or a capture. */
function policeHeld(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const before = [1, 2, 3].some((k) => tokens[i - k]?.sentence === t.sentence && CAPTURED_BEFORE.some((c) => tokens[i - k]?.classes.has(c)));
  const heldAfter = OFFICERS.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.classes.has('detainedAdj') === true;
  return before || heldAfter;
}

/** Before the gazetteer: what the words around a word say about it. */
export function addWordContext(tokens: Token[]): void {
  const titleCased = isTitleCase(tokens.filter((t) => t.part === 'title'));
  const cricket = tokens.some((t) => CRICKET.test(t.norm));
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    // "The two British-Iranian dual nationals flew to Oman": the usual hostages of state-to-state deals.
    if (t.norm === 'dual' && /^(?:nationals?|citizens?)$/.test(next?.norm ?? '')) addClass(t, 'dualNational');
    // "China bars US bank employee from leaving the country": an exit ban on a person, not a sanction.
    if (t.norm === 'from' && /^(?:leaving|exiting)$/.test(next?.norm ?? '')) addClass(t, 'exitBan');
    // "Russian hybrid threats: Council sanctions…": a kind of threat named, not a threat made.
    if (t.classes.has('threatCue') && THREAT_KIND.test(tokens[i - 1]?.norm ?? '')) dropClasses(t, 'threatCue');
    // "ICC sanctions Zimbabwe captain … match fee": the International Cricket Council, not the court.
    if (t.norm === 'icc' && cricket) addClass(t, 'sportBody');
    // "pardons turkey named Peach": the bird is written in lower case, the country is not.
    if (t.norm === 'turkey' && !t.cap) addClass(t, 'turkeyBird');
    // "hands over three kidnapped police officers", "free 28 police officers", "police officer held in
    // Serbia": the police are the captives, not the ones acting.
    if (t.classes.has('lawEnforcement') && policeHeld(tokens, i)) dropClasses(t, 'lawEnforcement', 'rescue');
    // "sanctions on a police forensics institute": police as the name of a body, not police acting.
    if (t.classes.has('rescue') && POLICE_BODY.test(next?.norm ?? '')) dropClasses(t, 'lawEnforcement', 'rescue');
    // «дала санкцию на арест», «санкцію на обшук»: a prosecutor's or court's authorisation.
    if (t.classes.has('sanctionWord') && next?.norm === 'на' && AUTHORISED.test(tokens[i + 2]?.norm ?? '')) dropClasses(t, 'sanctionWord');
    // "while the United States processes their humanitarian parole": an immigration status, not a sentence served.
    if (t.norm === 'parole' && tokens[i - 1]?.norm === 'humanitarian') dropClasses(t, 'domesticJustice');
    // "targeted sanctions": a kind of measure, not the verb that imposes it.
    if (t.norm === 'targeted' && (next?.classes.has('sanctionWord') === true || next?.norm === 'measures')) dropClasses(t, 'act_impose');
    // "returned to talks with the opposition": back at the table, no one brought home.
    if (t.classes.has('returnWord') && next?.norm === 'to' && tokens[i + 2]?.classes.has('talksWord') === true) dropClasses(t, 'returnWord', 'returnTransitive');
    // «звільнення з військової служби», «освобождён от должности»: a discharge or a dismissal.
    if ((t.classes.has('freeVerb') || t.classes.has('freedParticiple')) && FROM_POST_LEAD.has(next?.norm ?? '')) {
      const post = MILITARY.test(tokens[i + 2]?.norm ?? '') ? tokens[i + 3] : tokens[i + 2];
      if (POST.test(post?.norm ?? '')) dropClasses(t, 'freeVerb', 'freedParticiple');
    }
    // "until end-January", "by the end of June": a date, not measures ended.
    if (t.norm === 'end' && (TIME_LEAD.has(tokens[i - 1]?.norm ?? '') || next?.classes.has('monthWord') === true)) dropClasses(t, 'act_lift');
    // "EU rolls over Belarus sanctions": two words, so not in the word lists.
    if (next?.norm === 'over' && ROLL.has(t.norm)) addClass(t, 'act_extend');
    // "Radio Free Europe editor", "Free Syrian Army", "Free Democrats": a capital Free before
    // another capital is a name, unless the whole title is written in title case.
    if (t.norm === 'free' && t.cap && next?.cap && next.sentence === t.sentence && !(titleCased && t.part === 'title')) dropClasses(t, 'freeVerb');
  }
}

/** After the gazetteer, which marks countries and demonyms: names, numbers and phrases that need them. */
export function addPhraseContext(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    // "film director Oleg Sentsov": a profession, not a film being released.
    if ((t.classes.has('entertainment') || t.classes.has('releaseObject') || t.classes.has('mediaWork')) && PROFESSION_AFTER_ENTERTAINMENT.test(next?.norm ?? '')) {
      dropClasses(t, 'entertainment', 'releaseObject', 'mediaWork');
    }
    // "Hong Kong calls US sanctions on Lam 'shameless'", "called the release a feat": naming what
    // was done, not a demand ("calls for", "calls grow", "called on … to").
    if (t.classes.has('demandCue') && CALL.has(t.norm) && next !== undefined) {
      if (CALLED_OBJECT.has(next.norm) || has(next, ['country', 'demonym', 'stateActor', 'sanctionWord'])) {
        dropClasses(t, 'demandCue');
        addClass(t, 'reactionVerb');
      }
    }
    // "alternative sentencing", "electronic monitoring", "community service": sentencing law at home.
    if (DOMESTIC_SENTENCE_LEAD.has(t.norm) && DOMESTIC_SENTENCE_NOUN.test(next?.norm ?? '')) addClass(t, 'domesticJustice');
    // Names ("exchanged for Viktor Bout") and numbers ("for 3 Iranians") for the patterns.
    const name = t.cap && !t.upper && !t.sentenceStart && !t.classes.has('country') && !t.classes.has('demonym');
    if (isNumberToken(t)) addClass(t, 'number');
    else if (name) addClass(t, 'name');
  }
}

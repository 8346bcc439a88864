// "What's happening" in words from the facts: who did what, to how many, where; then the reports'
// own most informative sentence(s). Plain text: the renderers escape it for each platform.
import type { Action, Stage } from '../core/types.js';
import { countryName, demonymOf, isCountryCode, peopleOfCountry } from './countries.js';
import { RELEASE_ACTIONS, type StoryFacts } from './facts.js';
import { joinAnd } from './text.js';

interface Wording {
  /** After "offered to", "threatened to": "pardon". */
  base: string;
  /** Done: "pardoned". */
  past: string;
  /** When no number is known: "prisoners". */
  object: string;
  /** "Pardon of …" when nobody acting is known. */
  noun: string;
  /** After the object: "freed 600 people under an amnesty". */
  after?: string;
}

const WORDING: Record<Action, Wording> = {
  pardon: { base: 'pardon', past: 'pardoned', object: 'prisoners', noun: 'pardon' },
  release: { base: 'free', past: 'freed', object: 'prisoners', noun: 'prisoner release' },
  amnesty: { base: 'free', past: 'freed', object: 'prisoners', noun: 'amnesty', after: 'under an amnesty' },
  swap: { base: 'swap', past: 'swapped', object: 'prisoners', noun: 'prisoner swap' },
  exchange: { base: 'exchange', past: 'exchanged', object: 'prisoners', noun: 'prisoner exchange' },
  handover: { base: 'hand over', past: 'handed over', object: 'detainees', noun: 'handover' },
  impose: { base: 'impose sanctions', past: 'imposed sanctions', object: '', noun: 'new sanctions' },
  designate: { base: 'designate for sanctions', past: 'designated for sanctions', object: '', noun: 'sanctions designations' },
  lift: { base: 'lift sanctions', past: 'lifted sanctions', object: '', noun: 'lifting of sanctions' },
  ease: { base: 'ease sanctions', past: 'eased sanctions', object: '', noun: 'easing of sanctions' },
  extend: { base: 'extend sanctions', past: 'extended sanctions', object: '', noun: 'extension of sanctions' },
  waive: { base: 'waive sanctions', past: 'waived sanctions', object: '', noun: 'sanctions waiver' },
  delist: { base: 'remove from sanctions lists', past: 'removed from sanctions lists', object: '', noun: 'delisting' },
  threaten: { base: 'impose sanctions', past: 'threatened sanctions', object: '', noun: 'threat of sanctions' },
};

const STAGE_WORD: Record<Stage, string> = { completed: 'done', announced: 'announced', proposed: 'proposed', threatened: 'threatened' };

/** A party as a reader knows it: "Belarus" for BY, a company or body as the report names it. */
export function partyName(party: string): string {
  if (isCountryCode(party)) return countryName(party);
  return BODIES_WITH_ARTICLE.has(party) ? `the ${party}` : party;
}

/** Blocs and bodies that a sentence names with "the": "the EU imposed…". */
const BODIES_WITH_ARTICLE = new Set(['EU', 'UN', 'UN Security Council', 'Security Council', 'Council', 'Treasury', 'OFAC']);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function peopleText(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'person' : 'people'}`;
}

/**
 * The lead sentence: "Belarus pardoned 31 Ukrainians; the reports also name the United States."
 * Without a known actor it names the action: "Pardon of 31 people (done), involving Belarus, …".
 */
export function leadSentence(facts: StoryFacts): string | undefined {
  const action = facts.action;
  const acting = facts.actors.acting.map(partyName);
  const targeted = facts.actors.targeted.map(partyName);
  if (!action) return facts.countries.length > 0 ? `Reports involving ${joinAnd(facts.countries.map(countryName))}.` : undefined;
  const w = WORDING[action];
  const release = RELEASE_ACTIONS.has(action);
  // A release's one targeted country is whose people were freed: "31 Ukrainians". Exchanges keep
  // "people": both sides' people are freed there.
  const [only] = facts.actors.targeted.length === 1 ? facts.actors.targeted : [];
  const twoSided = action === 'exchange' || action === 'swap';
  const ofCountry = release && only && isCountryCode(only) && !twoSided ? peopleOfCountry(only, facts.people, w.object) : undefined;
  const named = ofCountry ? [...facts.actors.acting, only!] : release ? facts.actors.acting : [...facts.actors.acting, ...facts.actors.targeted];
  const others = facts.countries.filter((c) => !named.includes(c)).map(countryName);
  const count = facts.people !== undefined && release ? peopleText(facts.people) : '';
  const on = !release && targeted.length > 0 ? (action === 'delist' || action === 'designate' ? listed(facts.actors.targeted) : `on ${parties(facts.actors.targeted)}`) : '';
  const whom = release ? (ofCountry ?? (count || w.object)) : '';
  const also = others.length > 0 ? `; the reports also name ${joinAnd(others)}` : '';

  if (acting.length > 0) {
    const who = capitalise(joinAnd(acting));
    const object = [whom, on].filter(Boolean).join(' ');
    const verb = verbFor(w, facts.stage, action, object);
    return `${who} ${verb}${also}.`;
  }
  const of = count ? ` ${action === 'swap' || action === 'exchange' || action === 'handover' ? 'involving' : 'of'} ${count}` : '';
  const target = on ? ` ${on.startsWith('on ') ? on : `of ${on}`}` : '';
  const stage = facts.stage ? ` (${STAGE_WORD[facts.stage]})` : '';
  const where = facts.countries.filter((c) => !facts.actors.targeted.includes(c)).map(countryName);
  return `${capitalise(w.noun)}${of}${target}${stage}${where.length > 0 ? `, involving ${joinAnd(where)}` : ''}.`;
}

/** Who is put on or taken off a list: a named party as it is, countries as "Iranian targets". */
function listed(targeted: readonly string[]): string {
  if (!targeted.every(isCountryCode)) return parties(targeted);
  const adjectives = targeted.map((c) => demonymOf(c));
  return adjectives.every((a): a is string => a !== undefined) ? `${joinAnd(adjectives)} targets` : joinAnd(targeted.map(countryName));
}

/** Named parties with their countries after them: "Belavia (Belarus)", not "Belarus and Belavia". */
function parties(targeted: readonly string[]): string {
  const names = targeted.filter((p) => !isCountryCode(p)).map(partyName);
  const countries = targeted.filter(isCountryCode).map(countryName);
  if (names.length === 0 || countries.length === 0) return joinAnd(targeted.map(partyName));
  return `${joinAnd(names)} (${joinAnd(countries)})`;
}

function verbFor(w: Wording, stage: Stage | undefined, action: Action, object: string): string {
  // "designated X for sanctions", "removed X from sanctions lists": the object sits inside the phrase.
  const split = (phrase: string) => {
    if ((action === 'designate' || action === 'delist') && object) {
      const [verb, ...rest] = phrase.split(' ');
      return `${verb} ${object} ${rest.join(' ')}`;
    }
    return [phrase, object, w.after].filter(Boolean).join(' ');
  };
  switch (stage) {
    case 'announced':
      return `announced a decision to ${split(w.base)}`;
    case 'proposed':
      return `offered to ${split(w.base)}`;
    case 'threatened':
      return `threatened to ${split(w.base)}`;
    default:
      return action === 'threaten' ? `threatened to ${split(w.base)}` : split(w.past);
  }
}

/** "What's happening": the lead sentence, then the reports' key sentences. */
export function whatsHappening(facts: StoryFacts, key: string[]): string {
  const parts = [leadSentence(facts), ...key].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' ') : facts.headline;
}

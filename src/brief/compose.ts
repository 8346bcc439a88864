// "What's happening" in words from the facts: who did what, to how many, where; then the reports'
// own most informative sentence(s). Plain text: the renderers escape it for each platform.
import type { Action, Stage } from '../core/types.js';
import { countryName, isCountryCode } from './countries.js';
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
}

const WORDING: Record<Action, Wording> = {
  pardon: { base: 'pardon', past: 'pardoned', object: 'prisoners', noun: 'pardon' },
  release: { base: 'free', past: 'freed', object: 'prisoners', noun: 'prisoner release' },
  amnesty: { base: 'free under an amnesty', past: 'freed under an amnesty', object: 'prisoners', noun: 'amnesty' },
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
  return isCountryCode(party) ? countryName(party) : party;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function peopleText(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'person' : 'people'}`;
}

/**
 * The lead sentence: "Belarus pardoned 31 people; Ukraine and the United States also involved."
 * Without a known actor it names the action: "Pardon of 31 people (done), involving Belarus, …".
 */
export function leadSentence(facts: StoryFacts): string | undefined {
  const action = facts.action;
  const acting = facts.actors.acting.map(partyName);
  const targeted = facts.actors.targeted.map(partyName);
  if (!action) return facts.countries.length > 0 ? `Reports involving ${joinAnd(facts.countries.map(countryName))}.` : undefined;
  const w = WORDING[action];
  const release = RELEASE_ACTIONS.has(action);
  // A release's "targeted" side (whose people, or who receives them) is named among those involved.
  const named = release ? facts.actors.acting : [...facts.actors.acting, ...facts.actors.targeted];
  const others = facts.countries.filter((c) => !named.includes(c)).map(countryName);
  const count = facts.people !== undefined && release ? peopleText(facts.people) : '';
  const on = !release && targeted.length > 0 ? (action === 'delist' || action === 'designate' ? joinAnd(targeted) : `on ${joinAnd(targeted)}`) : '';
  const whom = release ? count || w.object : '';
  const also = others.length > 0 ? `; ${joinAnd(others)} also involved` : '';

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

function verbFor(w: Wording, stage: Stage | undefined, action: Action, object: string): string {
  // "designated X for sanctions", "removed X from sanctions lists": the object sits inside the phrase.
  const split = (phrase: string) => {
    if ((action === 'designate' || action === 'delist') && object) {
      const [verb, ...rest] = phrase.split(' ');
      return `${verb} ${object} ${rest.join(' ')}`;
    }
    return object ? `${phrase} ${object}` : phrase;
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

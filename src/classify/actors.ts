// Who acts and who is acted on, read off the sentence of the deciding match: the state or bloc
// before the trigger (or after "by") acts; for sanctions the party after the trigger ("on
// Belarusian airline Belavia" → Belavia, BY) is targeted; for releases, the nationality of the
// people freed ("31 Ukrainians", "citizens of Lithuania") is targeted.
import type { Actors } from '../core/types.js';
import { answersAt, has, NEW_MEASURE, type Analysis, type Match } from './analysis.js';
import { orgAt, type Mention } from './actor-orgs.js';
import { WEEKDAY } from './item-view.js';
import type { Token } from './text.js';

/** Prepositions that make a country a place, partner or object rather than the one acting. */
const NOT_SUBJECT_BEFORE = new Set([
  'in', 'to', 'from', 'with', 'for', 'against', 'on', 'of', 'at', 'into', 'over', 'about', 'after', 'between', 'among', 'by',
  'via', 'toward', 'towards', 'than', 'в', 'во', 'у', 'из', 'с', 'со', 'з', 'із', 'зі', 'до', 'від', 'от', 'против', 'проти',
  'на', 'для', 'по', 'о', 'об', 'про', 'між', 'между', 'после', 'після', 'при', 'через', 'к',
]);
const LOCATIVE = new Set(['in', 'в', 'во', 'у']);
const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'their']);
/** Words that end the object of a sanctions trigger ("sanctions on X over Y": Y is the reason). */
const CLAUSE_END = new Set([
  'over', 'for', 'after', 'amid', 'because', 'following', 'as', 'due', 'despite', 'while', 'until', 'since', 'ahead', 'when',
  'who', 'which', 'that', 'said', 'says', 'за', 'через', 'после', 'після', 'из-за', 'поскольку', 'оскільки', 'который', 'которые',
  'який', 'які', 'заявил', 'заявив', 'сообщил', 'повідомив',
]);
const PEOPLE = ['person'];
/** Capitalised words that are not the name of a sanctioned party. */
const GENERIC = new Set(['west', 'western', 'запада', 'запад', 'заходу', 'захід', 'президент', 'president', 'ministry', 'government']);
const OBJECT_LEAD = new Set(['on', 'against', 'targeting', 'против', 'проти', 'на']);
const PASSIVE_AGENT = new Set(['by', 'от', 'від', 'со', 'зі']);
const SWAP_PARTNER = new Set(['with', 'с', 'со', 'з', 'із', 'between', 'между', 'між']);
const BETWEEN = new Set(['between', 'между', 'між']);

/** Russian/Ukrainian adjective endings: "российского", "українських" (not nouns like "українців"). */
const CYRILLIC_ADJECTIVE = /(ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ую|юю|ої|ій|ім|ою|ього|ьому|ська|ське|ські|ський|ського|ськими)$/;

function isCyrillicNoun(t: Token | undefined): boolean {
  return t !== undefined && t.script === 'cyrillic' && !CYRILLIC_ADJECTIVE.test(t.norm);
}

/** A demonym that names people ("31 Ukrainians", "українців"), not an adjective. */
function demonymNoun(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return t.script === 'latin' ? /s$/.test(t.norm) : isCyrillicNoun(t);
}

function mentions(a: Analysis): Mention[] {
  const out: Mention[] = a.countries.map((c) => {
    const t = a.tokens[c.start];
    // A capitalised Cyrillic noun at the start of a sentence is the name ("Україна повернула…").
    const name = !c.demonym || (t !== undefined && t.cap && t.sentenceStart && isCyrillicNoun(t) && !/(ц|ці|ців|цев|ян|ане)$/.test(t.norm));
    return { start: c.start, end: c.end, id: c.code, kind: name ? 'country' : 'demonym' };
  });
  const taken = new Set<number>();
  for (const c of a.countries) for (let k = c.start; k < c.end; k += 1) taken.add(k);
  for (let i = 0; i < a.tokens.length; i += 1) {
    if (taken.has(i)) continue;
    const o = orgAt(a.tokens, i);
    if (o === undefined) continue;
    // An agency right after its country ("US Treasury", "UK Foreign Office") adds nothing.
    if (o.id.length === 2 && out.some((m) => m.kind === 'country' && m.end === i && m.id === o.id)) continue;
    out.push(o);
    i = o.end - 1;
  }
  return out.sort((x, y) => x.start - y.start);
}

function prepositionBefore(tokens: readonly Token[], m: Mention): boolean {
  const first = tokens[m.start];
  // Back over a list of countries ("in Russia, Turkey and UAE"): only other words count towards three.
  for (let j = m.start - 1, seen = 0; j >= 0 && seen < 3; j -= 1) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== first?.sentence) return false;
    if (NOT_SUBJECT_BEFORE.has(t.norm)) return true;
    const listed = has(t, ['country', 'demonym']) || t.norm === 'and' || t.norm === 'и' || t.norm === 'і' || t.norm === 'та';
    if (!SKIPPABLE.has(t.norm) && !listed) return false;
    if (!listed) seen += 1;
  }
  return false;
}

/** Words after a singular demonym that show it names a person ("release of Austrian held in Iran"). */
const AFTER_DEMONYM_PERSON = new Set(['held', 'detained', 'jailed', 'imprisoned', 'who', 'was', 'is', 'had', 'has', 'after', 'in', 'from', 'at', 'and']);

/** A nationality in front of the people it describes: "US student", "Belarusian Nobel laureate", "Lithuanian and Latvian citizens". */
function beforePeople(tokens: readonly Token[], x: Mention): boolean {
  const sentence = tokens[x.start]?.sentence;
  for (let j = x.end; j < x.end + 4; j += 1) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== sentence) return false;
    if (has(t, PEOPLE)) return true;
    const joiner = t.norm === 'and' || t.norm === 'и' || t.norm === 'і' || t.norm === 'та' || has(t, ['demonym', 'country']);
    if (!joiner && !(t.cap && t.script === 'latin')) return false;
  }
  return false;
}

const JOINERS = new Set(['and', 'и', 'і', 'та', 'й', 'or', 'или', 'або']);

/** Only "and", commas or articles between two mentions: "Russia and Ukraine swap…". */
function joined(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j += 1) if (!JOINERS.has(tokens[j]?.norm ?? '') && !SKIPPABLE.has(tokens[j]?.norm ?? '')) return false;
  return true;
}

function add(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

/** "freed by Russia" (the agent) or "swap with Russia" (the other side of an exchange). */
function agentsAfter(a: Analysis, all: Mention[], m: Match): { kind: 'agent' | 'partner'; between: boolean; ids: string[] } | undefined {
  const { tokens } = a;
  const sentence = tokens[m.start]?.sentence;
  const last = Math.min(m.start, m.actionAt ?? m.start) + 1;
  for (let j = last; j < Math.max(m.end, last) + 3; j += 1) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== sentence) break;
    const kind = PASSIVE_AGENT.has(t.norm) ? 'agent' : SWAP_PARTNER.has(t.norm) && (m.action === 'exchange' || m.action === 'swap') ? 'partner' : undefined;
    if (kind === undefined) continue;
    // The first state or body after "by"/"with", and those joined to it: "by Hamas under Qatar…" is Hamas.
    const ids: string[] = [];
    let lastEnd = -1;
    for (const x of all) {
      if (x.start <= j || x.start > j + 4 || tokens[x.start]?.sentence !== sentence) continue;
      if (x.kind === 'demonym' && !has(tokens[x.end], ['authorityNoun'])) continue;
      if (lastEnd >= 0 && !joined(tokens, lastEnd, x.start)) break;
      add(ids, x.id);
      lastEnd = x.end;
    }
    return ids.length > 0 ? { kind, between: BETWEEN.has(t.norm), ids } : undefined;
  }
  return undefined;
}

/** States and blocs whose name before "sanctions" says who imposes them ("US sanctions", "EU
 *  sanctions"); before other names it says whom they hit ("Russia sanctions", "Iran sanctions"). */
const SANCTIONING_POWERS = new Set(['US', 'EU', 'UN', 'GB', 'CA', 'JP', 'AU', 'CH', 'NZ', 'G7']);
/** Between a name and an embargo: "South Sudan arms embargo". */
const EMBARGO_KIND = new Set(['arms', 'weapons', 'oil', 'trade']);

/** The state or bloc written right before a sanctions noun: "Kigali slams US sanctions on Kabarebe"
 *  (the US imposes), "South Sudan arms embargo extended" (South Sudan is hit). Not the subject of
 *  the verb "sanction": "China sanctions US firms", "UK, Canada and Australia sanction…". */
function modifierOf(a: Analysis, all: Mention[], m: Match): Mention | undefined {
  if (m.rule.topic !== 'sanctions') return undefined;
  const { tokens } = a;
  const t = tokens[m.start];
  const embargo = has(t, ['embargoWord']);
  if (!embargo && !has(t, ['sanctionWord', 'restrictionNoun', 'packageWord', 'blacklistWord'])) return undefined;
  // "South Sudan arms embargo", "Japan's new sanctions": a kind or a "new" between the name and the noun.
  const kindBetween = EMBARGO_KIND.has(tokens[m.start - 1]?.norm ?? '') || NEW_MEASURE.has(tokens[m.start - 1]?.norm ?? '') ? 1 : 0;
  const x = all.find((y) => y.end === m.start - kindBetween && tokens[y.start]?.sentence === t?.sentence && y.kind !== 'demonym');
  // «санкции Токио», «обмеження США»: Russian and Ukrainian put the power after the noun (genitive).
  const after = t?.script === 'cyrillic' ? all.find((y) => y.start === m.start + 1 && tokens[y.start]?.sentence === t.sentence && y.kind !== 'demonym') : undefined;
  if (x === undefined) return after !== undefined && SANCTIONING_POWERS.has(after.id) ? after : undefined;
  // A word of the sentence before the name (a verb, an adjective, "that") makes "sanctions" the noun.
  const prev = tokens[x.start - 1];
  const inClause = prev !== undefined && prev.sentence === t?.sentence && !JOINERS.has(prev.norm) && !all.some((y) => y.end === x.start - 1 || y.end === x.start);
  return embargo || inClause ? x : undefined;
}

/** "Norway aligns with EU sanctions", «Швейцария присоединилась к санкциям ЕС»: the subject takes them over and acts. */
const ADOPTS = /^(?:adopt|align|join|implement|follow|mirror|transpos|присоедин|приєдна|впровад|внедр)/;

function actingIn(a: Analysis, all: Mention[], m: Match): string[] {
  const modifier = modifierOf(a, all, m);
  if (modifier && SANCTIONING_POWERS.has(modifier.id)) {
    const subject = subjectOf(a, all, m).filter((id) => id !== modifier.id);
    const adopted = subject.length > 0 && a.tokens.slice(0, modifier.start).some((t) => t.sentence === a.tokens[m.start]?.sentence && ADOPTS.test(t.norm));
    return adopted ? subject : [modifier.id];
  }
  const after = agentsAfter(a, all, m);
  // "release of its citizens by Belarus": the agent, not "Lithuania welcomes"; "exchange between
  // Russia and Ukraine": the two sides, not the host.
  if (after?.kind === 'agent' || after?.between) return after.ids;
  const out = subjectOf(a, all, m, modifier);
  for (const id of after?.ids ?? []) add(out, id);
  return out;
}

/** `hit`: a state named right before the sanctions noun, whom they hit; it is not the subject. */
function subjectOf(a: Analysis, all: Mention[], m: Match, hit?: Mention): string[] {
  const { tokens } = a;
  const sentence = tokens[m.start]?.sentence;
  const triggerAt = Math.min(m.start, m.actionAt ?? m.start, m.modalAt ?? m.start);
  const out: string[] = [];
  // The subject: the first state or body before the trigger, with those joined to it by "and".
  // Not the speaker when the reported clause names its own: "Cuba's minister said Washington's addition…";
  // nor the one reacting: "China vows response after Washington blacklists…".
  let clauseOpen = -1;
  for (let j = triggerAt - 1; j >= 0 && tokens[j]?.sentence === sentence; j -= 1) {
    if (has(tokens[j], ['reportVerb', 'afterWord'])) {
      clauseOpen = j;
      break;
    }
  }
  const ownSubject = clauseOpen >= 0 && all.some((x) => x.start > clauseOpen && x.start < triggerAt && x !== hit);
  let lastEnd = -1;
  for (const x of all) {
    if (tokens[x.start]?.sentence !== sentence || x.start >= triggerAt || x === hit || (ownSubject && x.start < clauseOpen)) continue;
    // "after Kigali commutes…": "after" opens the clause whose subject this is.
    // "after the White House and Downing Street announced…": articles and a list of states may stand between.
    const clauseSubject =
      ownSubject && has(tokens[clauseOpen], ['afterWord']) && tokens.slice(clauseOpen + 1, x.start).every((u) => SKIPPABLE.has(u.norm) || JOINERS.has(u.norm) || has(u, ['country', 'demonym']));
    if (prepositionBefore(tokens, x) && !clauseSubject && !opensAfterColon(a, x)) continue;
    // A nationality acts only through its authorities ("Belarusian authorities"), or as the plural
    // subject that opens a sentence and joins a measure ("Swiss join EU's latest sanctions").
    const joins = tokens[x.start]?.sentenceStart === true && ADOPTS.test(tokens[x.end]?.norm ?? '');
    if (x.kind === 'demonym' && !has(tokens[x.end], ['authorityNoun']) && !joins) continue;
    if (beforePeople(tokens, x)) continue; // "US Marine was swapped": a nationality, not the actor
    // "Russia: EU prolongs economic sanctions": the file it is filed under, when another party acts
    // ("Uzbekistan: Mirziyoyev pardons hundreds" names no other).
    const label = labelColon(a, x, triggerAt);
    if (label !== undefined && all.some((y) => y.start >= x.end && y.start < triggerAt && (tokens[y.start]?.start ?? 0) > label)) continue;
    // "Moscow vows a response to Japan's new sanctions", "Havana condemns new US restrictions": the
    // one answering or condemning does not impose them ("Moscow bars 500 Americans in retaliation for
    // sanctions" does act: no vow).
    const gap = tokens.slice(x.end, triggerAt);
    const vowsAnswer = gap.some((t) => has(t, ['threatCue'])) && gap.some((_, k) => answersAt(tokens, x.end + k));
    const reacts = m.rule.topic === 'sanctions' && gap.some((t) => has(t, ['reactionVerb']));
    // "Guatemala receives 130 released Nicaraguan prisoners": taking people in, unless they are traded.
    const receives = m.rule.topic === 'prisoner_release' && m.action !== 'swap' && m.action !== 'exchange' && gap.some((t) => has(t, ['receiveVerb']));
    if (vowsAnswer || reacts || receives || gap.some((t) => has(t, ['welcomeVerb']))) continue; // "Élysée welcomes the release", "Havana condemns…"
    if (lastEnd >= 0 && !joined(tokens, lastEnd, x.start)) break;
    add(out, x.id);
    lastEnd = x.end;
  }
  for (const x of all) {
    // An agency that opens the match ("Treasury designates…") is its subject, as is a state a rule
    // opens with ("Russia bans 21 Australians").
    if (x.kind === 'org' && x.start >= m.start && x.start < m.end && x.start < (m.actionAt ?? m.end)) add(out, x.id);
    if (x.kind === 'country' && x.start === m.start && m.rule.pattern[0]?.startsWith('@country')) add(out, x.id);
  }
  return out;
}

/** A title mention right after a colon starts a clause: "…against Ukraine: EU adopts…". */
function opensAfterColon(a: Analysis, x: Mention): boolean {
  const t = a.tokens[x.start];
  const prev = a.tokens[x.start - 1];
  return t?.part === 'title' && prev?.part === 'title' && a.sources.title.slice(prev.end, t.start).includes(':');
}

/**
 * The title's label: the colon after a mention, before the trigger ("Iran: Council lists…", "Russia's
 * war of aggression against Ukraine: Council adopts 20th package"). Its offset in the title, if any.
 */
function labelColon(a: Analysis, x: Mention, triggerAt: number): number | undefined {
  const last = a.tokens[x.end - 1];
  const trigger = a.tokens[triggerAt];
  if (last?.part !== 'title' || trigger?.part !== 'title') return undefined;
  const colon = a.sources.title.indexOf(':', last.end);
  return colon >= 0 && colon < trigger.start ? colon : undefined;
}

/** Capitalised words after the trigger that are not a country or an organisation: "Belavia", "Nord Stream 2". */
function entityName(tokens: readonly Token[], from: number, sentence: number, known: Set<number>): string | undefined {
  const words: string[] = [];
  for (let j = from; j < from + 6; j += 1) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== sentence || CLAUSE_END.has(t.norm)) break;
    const name = !known.has(j) && !GENERIC.has(t.norm) && !WEEKDAY.test(t.norm) && !has(t, ['monthWord']) && (t.cap || (words.length > 0 && /^\d+$/.test(t.norm))) && !t.sentenceStart;
    if (name) words.push(t.raw.replace(/['’]s$/, ''));
    else if (words.length > 0) break;
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

function targetedIn(a: Analysis, all: Mention[], m: Match, acting: readonly string[]): string[] {
  const { tokens } = a;
  const sentence = tokens[m.start]?.sentence ?? -1;
  const out: string[] = [];
  const known = new Set<number>();
  for (const x of all) for (let k = x.start; k < x.end; k += 1) known.add(k);
  // The object runs from the end of the subject (or the trigger) to the end of the clause.
  const triggerAt = Math.min(m.start, m.actionAt ?? m.start, m.modalAt ?? m.start);
  let from = triggerAt + 1;
  for (const x of all) if (tokens[x.start]?.sentence === sentence && x.end <= triggerAt && acting.includes(x.id)) from = Math.min(from, x.end);
  let end = Math.max(from, m.end);
  while (tokens[end]?.sentence === sentence && !clauseEnds(tokens, end)) end += 1;
  if (m.rule.topic === 'sanctions') {
    // The named party: right after a trigger verb ("blacklists X") or after "on"/"against".
    const verbLast = m.end - 1 === (m.actionAt ?? m.end - 1) && a.tokens[m.end - 1]?.script === 'latin' && !has(a.tokens[m.end - 1], ['sanctionWord', 'listWord']);
    const starts = verbLast ? [m.end] : [];
    const hit = modifierOf(a, all, m);
    if (hit && !SANCTIONING_POWERS.has(hit.id) && !acting.includes(hit.id)) add(out, hit.id);
    for (let j = from; j < end; j += 1) if (OBJECT_LEAD.has(tokens[j]?.norm ?? '')) starts.push(j + 1);
    for (const j of starts) {
      const name = entityName(tokens, j, sentence, known);
      if (name !== undefined) add(out, name);
    }
    for (const x of all) {
      if (x.start >= from && x.start < end && x.kind !== 'org' && !acting.includes(x.id)) add(out, x.id);
    }
    return out;
  }
  // Releases: the nationality of the people freed ("31 Ukrainians", "US student", "citizens of Lithuania").
  for (const x of all) {
    if (x.start < m.start - 3 || x.start >= end || x.kind === 'org' || x.id.length !== 2) continue;
    const prev = tokens[x.start - 1];
    const prev2 = tokens[x.start - 2];
    const next = tokens[x.end];
    const nationality =
      beforePeople(tokens, x) ||
      (x.start >= m.start - 1 && x.kind === 'demonym' && demonymNoun(tokens[x.end - 1])) ||
      (x.start >= m.start - 1 && x.kind === 'demonym' && next !== undefined && next.sentence === prev?.sentence &&
        ((next.cap && next.script === 'latin' && !next.classes.has('country')) || AFTER_DEMONYM_PERSON.has(next.norm))) ||
      (x.kind === 'country' && has(prev, PEOPLE)) ||
      (x.kind === 'country' && (prev?.norm === 'of' || prev?.norm === 'from') && has(prev2, PEOPLE));
    if (nationality) add(out, x.id);
  }
  return out;
}

function clauseEnds(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return true;
  if (CLAUSE_END.has(t.norm)) return true;
  return t.norm === 'in' && /^(response|retaliation|connection|return)$/.test(tokens[i + 1]?.norm ?? '');
}

const ONE_SIDED = new Set(['release', 'pardon', 'amnesty']);
/** "held", "jailed", «утримували», «удерживали» right before "in <country>". */
const HELD = /^(?:held|jailed|detained|imprisoned|kept|утримува\p{L}*|утримуван\p{L}*|удержива\p{L}*|удерживаем\p{L}*|содержа\p{L}*)$/u;
/** Between the acting state and the trigger: it speaks ("Austria says …") or helps ("Oman facilitates release", «Оман допоміг …»). */
const SPOKE_OR_HELPED = /^(?:says|said|confirms|confirmed|announces|announced|helped|helps|help|facilitat\p{L}*|mediat\p{L}*|broker\p{L}*|допом\p{L}*|помог\p{L}*|сообщ\p{L}*|заяв\p{L}*|повідом\p{L}*|подтверд\p{L}*|підтверд\p{L}*)$/u;

function heldIn(a: Analysis, all: Mention[], sentence: number | undefined): string | undefined {
  const { tokens } = a;
  return all.find((x) => x.kind === 'country' && tokens[x.start]?.sentence === sentence && LOCATIVE.has(tokens[x.start - 1]?.norm ?? '') && HELD.test(tokens[x.start - 2]?.norm ?? ''))?.id;
}

function spokeOrHelped(a: Analysis, all: Mention[], m: Match, acting: readonly string[]): boolean {
  const { tokens } = a;
  const sentence = tokens[m.start]?.sentence;
  const subject = all.find((x) => acting.includes(x.id) && tokens[x.start]?.sentence === sentence && x.end <= m.start);
  return subject !== undefined && tokens.slice(subject.end, m.start).some((t) => SPOKE_OR_HELPED.test(t.norm));
}

export function findActors(a: Analysis, primary: Match, sameTopic: readonly Match[]): Actors {
  const all = mentions(a);
  const order = [primary, ...sameTopic.filter((m) => m !== primary)];
  let acting: string[] = [];
  for (const m of order) {
    acting = actingIn(a, all, m);
    if (acting.length > 0) break;
  }
  if (acting.length === 0) {
    // "В Беларуси помиловали 16 политзаключенных": the state where it happens acts.
    const sentence = a.tokens[primary.start]?.sentence;
    const place = all.find((x) => x.kind === 'country' && a.tokens[x.start]?.sentence === sentence && LOCATIVE.has(a.tokens[x.start - 1]?.norm ?? '') && a.tokens[x.start - 1]?.sentenceStart);
    if (place && primary.rule.topic === 'prisoner_release') acting = [place.id];
  }
  // "Austria says citizen held in Iran released", «Оман допоміг звільнити британця, якого утримували в
  // Ірані»: the state that held them frees them, not the one speaking or helping.
  if (ONE_SIDED.has(primary.action ?? '') && primary.rule.topic === 'prisoner_release') {
    const sentence = a.tokens[primary.start]?.sentence;
    // Not "Militants free Swiss missionary held in Mali": armed groups hold people where they operate.
    const group = a.tokens.some((t, k) => k < primary.start && t.sentence === sentence && has(t, ['captorGroup', 'ransomCaptor']));
    const captor = group ? undefined : heldIn(a, all, sentence);
    if (captor !== undefined && !acting.includes(captor) && (acting.length === 0 || spokeOrHelped(a, all, primary, acting))) acting = [captor];
  }
  let targeted: string[] = [];
  for (const m of order) {
    targeted = targetedIn(a, all, m, acting);
    if (targeted.length > 0) break;
  }
  return { acting, targeted };
}

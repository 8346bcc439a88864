// One item's tokens with the lookups every gate shares: word classes per sentence, in the title and in
// the whole item, the nearest-word searches, and where the writer set a word off with a comma.
import { after, before, has } from './analysis.js';
import type { Part, Token } from './text.js';
import { SANCTION_ACTIONS } from './sanctions-words.js';

export interface ItemView {
  tokens: Token[];
  sources: Record<Part, string>;
  itemClasses: Set<string>;
  titleClasses: Set<string>;
  inSentence(sentence: number, classes: readonly string[]): boolean;
  /** A token of the classes in tokens start..end-1 or in the rest of their clause (see clauseJoin). */
  inClause(start: number, end: number, classes: readonly string[]): boolean;
  /** Nearest token with one of the classes within `span` before i, same sentence; -1 if none. */
  before(i: number, span: number, classes: readonly string[]): number;
  after(i: number, span: number, classes: readonly string[]): number;
  /** Token k follows a comma (or a dash) in its sentence: an aside ("Bergdahl, freed in …, avoids"), not a colon. */
  afterComma(k: number): boolean;
}

/** A year written as four digits, 1900–2099: "in 2022", «у 2021 році». */
export function isYear(t: Token | undefined): boolean {
  return t !== undefined && /^(19|20)\d\d$/.test(t.norm);
}

const LAST = new Set(['last', 'прошлом', 'прошлого', 'прошлой', 'минулого', 'минулому', 'минулій', 'минулої']);
const SEASONS = new Set(['summer', 'autumn', 'winter', 'spring']);

/** Token k opens "last month", "last summer", «в прошлом году», «минулого тижня»: a time before the story. */
export function lastPeriodAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return LAST.has(tokens[k]?.norm ?? '') && (has(next, ['durationUnit', 'unitWord', 'monthWord']) || SEASONS.has(next?.norm ?? ''));
}

/** Words that name a sanctions action or a move towards one. */
export const ACTION_CLASSES = [...SANCTION_ACTIONS.map((a) => `act_${a}`), 'threatCue', 'proposalCue'];

/** Trigger, cue and object words are looked for this many tokens either side. */
export const WINDOW = 6;
/** "Washington on Tuesday designated…", "decided on Monday to blacklist": a day, not a party or a list. */
export const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

export function viewOf(tokens: Token[], sources: Record<Part, string>): ItemView {
  const itemClasses = new Set<string>();
  const titleClasses = new Set<string>();
  // Tokens of one word share one class set (class-sets.ts): each distinct set is merged once.
  const merged = new Set<ReadonlySet<string>>();
  for (const t of tokens) {
    if (t.classes.size === 0 || merged.has(t.classes)) continue;
    merged.add(t.classes);
    for (const c of t.classes) itemClasses.add(c);
  }
  for (const t of tokens) {
    if (t.part !== 'title') break;
    for (const c of t.classes) titleClasses.add(c);
  }
  return {
    tokens,
    sources,
    itemClasses,
    titleClasses,
    inSentence(sentence, classes) {
      // Asked only for the few matches a rule makes, so a scan of the sentence beats building sets.
      for (const t of tokens) {
        if (t.sentence > sentence) break; // tokens come in sentence order
        if (t.sentence === sentence && has(t, classes)) return true;
      }
      return false;
    },
    inClause(start, end, classes) {
      const sentence = tokens[start]?.sentence;
      const inside = (j: number): boolean => tokens[j]?.sentence === sentence && !joinsClauses(tokens, j);
      for (let j = start; j < end; j += 1) if (has(tokens[j], classes)) return true;
      for (let j = start - 1; inside(j); j -= 1) if (has(tokens[j], classes)) return true;
      for (let j = end; inside(j); j += 1) if (has(tokens[j], classes)) return true;
      return false;
    },
    before: (i, span, classes) => before(tokens, i, span, classes),
    after: (i, span, classes) => after(tokens, i, span, classes),
    afterComma(k) {
      const t = tokens[k];
      const prev = tokens[k - 1];
      if (t === undefined || prev === undefined || prev.sentence !== t.sentence || prev.part !== t.part) return false;
      return /^\s*[,—–-]\s*$/.test(sources[t.part].slice(prev.end, t.start));
    },
  };
}

/** Token j joins two clauses: "also", "while", «а также», or the "well" of "as well as". */
function joinsClauses(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return has(t, ['clauseJoin']) || (t?.norm === 'well' && tokens[j - 1]?.norm === 'as' && tokens[j + 1]?.norm === 'as');
}

/** "the governments said Baku would free 32 servicemen", "Cooper said the five would be barred": a
 *  reported future is an announcement, not a condition (unless an "if" stands in the sentence). */
export function reportedFuture(v: ItemView, at: number): boolean {
  const t = v.tokens[at];
  return t !== undefined && t.norm === 'would' && v.before(at, 3, ['reportVerb']) >= 0 && !v.inSentence(t.sentence, ['conditional']) && !has(t, ['conditional']);
}

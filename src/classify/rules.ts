// Topic rules as data. A pattern is a sequence of elements matched inside one sentence:
//   "@class"          a token of that word class (words.ts; 'country'/'demonym' come from the gazetteer)
//   "word|pref*|st~"  a literal, same syntax as the word lists ("|" = any of; may mix with @classes)
//   "..N"             up to N tokens of anything (never across a sentence)
// Modality (CAMEO's appeal / demand / threaten codes) is applied by the engine to every rule that
// opts in: a demand or a negation just before a release trigger cancels it; a condition makes it
// count only as part of a deal; a threat before a sanctions trigger turns the action into 'threaten'.
import type { Action, TopicId } from '../core/types.js';
import { RELEASE_RULES } from './release-rules.js';
import { SANCTIONS_RULES } from './sanctions-rules.js';

export type Modality = 'release' | 'sanctions' | 'none';

export interface Rule {
  id: string;
  topic: TopicId;
  action: Action;
  /** Strength of the evidence, 0..1, before the title/summary adjustment. */
  weight: number;
  pattern: readonly string[];
  modality: Modality;
  /** At least one token of these classes must be in the same sentence. */
  needsInSentence?: readonly string[];
  /** No token of these classes may be in the same sentence. */
  blockInSentence?: readonly string[];
  /** No token of these classes may be in the match's clause: its sentence up to a joining word
   *  ("Bodies of 1,000 soldiers returned as Kyiv and Moscow also swap 84 prisoners"). */
  blockInClause?: readonly string[];
  /** No token of these classes may stand before the match in its sentence (a court as the subject). */
  blockBefore?: readonly string[];
  /** No token of these classes may be in the title (the headline says what the event is). */
  blockInTitle?: readonly string[];
  /** No token of these classes may be anywhere in the item. */
  blockInItem?: readonly string[];
  /** At least one token of these classes must be somewhere in the item. */
  needsInItem?: readonly string[];
  /** Tokens of these classes may not fill a gap (keeps "releases a statement on detainees" out). */
  gapBlock?: readonly string[];
  /** No token of these classes may stand in the six tokens after the match ("flown to a new jail"). */
  blockAfter?: readonly string[];
  /** Element that may not stand in the two tokens before the match. */
  notPrecededBy?: string;
  /** Element that may not stand right after the match. */
  notFollowedBy?: string;
  /** The bare word "sanctions": needs the extra look-alike checks in the engine. */
  bareSanctionWord?: boolean;
  /** Pick the action from the nearest action word (sanctions). */
  actionFromContext?: boolean;
}

export const RULES: readonly Rule[] = [...RELEASE_RULES, ...SANCTIONS_RULES];

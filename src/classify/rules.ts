// Topic rules as data. A pattern is a sequence of elements matched inside one sentence:
//   "@class"          a token of that word class (words.ts; 'country'/'demonym' come from the gazetteer)
//   "word|pref*|st~"  a literal, same syntax as the word lists ("|" = any of; may mix with @classes)
//   "..N"             up to N tokens of anything (never across a sentence)
// Modality (CAMEO's appeal / demand / threaten codes) is applied by the engine to every rule that
// opts in: a demand or a negation just before a release trigger cancels it; a condition makes it
// count only as part of a deal; a threat before a sanctions trigger turns the action into 'threaten'.
import type { Action, TopicId } from '../core/types.js';

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
  /** No token of these classes may be anywhere in the item. */
  blockInItem?: readonly string[];
  /** Tokens of these classes may not fill a gap (keeps "releases a statement on detainees" out). */
  gapBlock?: readonly string[];
  /** Element that may not stand in the two tokens before the match. */
  notPrecededBy?: string;
  /** Element that may not stand right after the match. */
  notFollowedBy?: string;
  /** The bare word "sanctions": needs the extra look-alike checks in the engine. */
  bareSanctionWord?: boolean;
  /** Pick the action from the nearest action word (sanctions). */
  actionFromContext?: boolean;
}

const RELEASE_GATES = { blockInSentence: ['entertainment', 'bodies', 'rescue'], gapBlock: ['releaseObject'] } as const;

export const RULES: readonly Rule[] = [
  // ---- prisoner release ------------------------------------------------------------------
  { id: 'free-person', topic: 'prisoner_release', action: 'release', weight: 0.85, modality: 'release',
    pattern: ['@freeVerb', '..4', '@person|@demonym'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'person-freed', topic: 'prisoner_release', action: 'release', weight: 0.8, modality: 'release',
    pattern: ['@person|@demonym', '..3', '@freedParticiple'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'freed-by-state', topic: 'prisoner_release', action: 'release', weight: 0.75, modality: 'release',
    pattern: ['@freedParticiple', 'by', '..1', '@country'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'freed-from-captivity', topic: 'prisoner_release', action: 'release', weight: 0.8, modality: 'release',
    pattern: ['@freeVerb|@returnWord', '..4', '@captivity'], ...RELEASE_GATES },
  { id: 'person-home-from-detention', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@person|@demonym', '..2', '@returnWord|arriv~|fly|flew|flown', '..1', 'home|додому|домой'],
    needsInSentence: ['detentionWord'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'came-out-free-cyr', topic: 'prisoner_release', action: 'release', weight: 0.75, modality: 'release',
    pattern: ['вышел*|вышл*|выпущ*|вийш*|вийшл*|випущ*', 'на', 'свобод*|волю'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'pardon', topic: 'prisoner_release', action: 'pardon', weight: 0.85, modality: 'release',
    pattern: ['@pardonVerb'], needsInSentence: ['person', 'demonym'], blockInItem: ['domesticJustice', 'turkeyBird'] },
  { id: 'prisoner-swap', topic: 'prisoner_release', action: 'exchange', weight: 0.85, modality: 'release',
    pattern: ['@swapWord'], needsInSentence: ['captive'], blockInSentence: ['bodies'] },
  { id: 'captives-returned', topic: 'prisoner_release', action: 'release', weight: 0.75, modality: 'release',
    pattern: ['@returnWord', '..4', '@captive'], blockInSentence: ['bodies'] },
  { id: 'amnesty', topic: 'prisoner_release', action: 'amnesty', weight: 0.75, modality: 'release',
    pattern: ['@amnestyWord'], notFollowedBy: 'international', notPrecededBy: 'tax|gun|guns|weapons|knife|migrant*|immigra*|налогов*|податков*|капитал*|международн*|міжнародн*' },
  { id: 'handed-over', topic: 'prisoner_release', action: 'handover', weight: 0.7, modality: 'release',
    pattern: ['@handOver', '..3', 'over|back'], needsInSentence: ['person', 'demonym', 'captive'], blockInSentence: ['bodies'] },
  { id: 'handed-to', topic: 'prisoner_release', action: 'handover', weight: 0.65, modality: 'release',
    pattern: ['handed', 'to'], needsInSentence: ['person', 'demonym', 'captive'], blockInSentence: ['bodies'] },
  { id: 'handed-over-cyr', topic: 'prisoner_release', action: 'handover', weight: 0.7, modality: 'release',
    pattern: ['@handoverCyr'], needsInSentence: ['person', 'demonym', 'captive'], blockInSentence: ['bodies'] },
  { id: 'detainee-deal', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['@deal'], needsInSentence: ['captive', 'detainedAdj'], blockInSentence: ['bodies'] },

  // ---- sanctions -------------------------------------------------------------------------
  { id: 'sanctions-word', topic: 'sanctions', action: 'impose', weight: 0.85, modality: 'sanctions',
    pattern: ['@sanctionWord'], bareSanctionWord: true, actionFromContext: true },
  { id: 'asset-freeze', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@freezeWord', '..3', '@assetNoun'], blockInSentence: ['courtAgent'] },
  { id: 'assets-frozen', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@assetNoun', '..1', '@freezeWord'], blockInSentence: ['courtAgent'] },
  { id: 'asset-unfreeze', topic: 'sanctions', action: 'lift', weight: 0.75, modality: 'sanctions',
    pattern: ['@unfreezeWord', '..3', '@assetNoun'], blockInSentence: ['courtAgent'] },
  { id: 'embargo', topic: 'sanctions', action: 'impose', weight: 0.85, modality: 'sanctions', actionFromContext: true,
    pattern: ['@embargoWord'], notPrecededBy: '@mediaWord', blockInSentence: ['sportContext'] },
  { id: 'blacklist', topic: 'sanctions', action: 'designate', weight: 0.8, modality: 'sanctions',
    pattern: ['@blacklistWord'], blockInSentence: ['sportContext'] },
  { id: 'blacklist-cyr', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions',
    pattern: ['черн*|чорн*', 'спис*'] },
  { id: 'designate-target', topic: 'sanctions', action: 'designate', weight: 0.8, modality: 'sanctions',
    pattern: ['@designateWord', '..4', '@targetEntity|@demonym|@country'] },
  { id: 'agency-designates', topic: 'sanctions', action: 'designate', weight: 0.8, modality: 'sanctions',
    pattern: ['@sanctionAgent', '..3', '@designateWord'] },
  { id: 'visa-ban', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions',
    pattern: ['@travelWord', '@banWord'] },
  { id: 'barred-entry', topic: 'sanctions', action: 'impose', weight: 0.65, modality: 'sanctions',
    pattern: ['barred|banned', 'from', 'entering'], needsInSentence: ['country', 'demonym'] },
  { id: 'entry-ban-cyr', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions',
    pattern: ['запрет*|заборон*', 'на', 'въезд*|вїзд*'] },
  { id: 'visa-restrictions-cyr', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions',
    pattern: ['визов*|візов*', 'ограничен*|обмежен*'] },
  { id: 'export-controls', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions',
    pattern: ['@exportWord', '@banWord'], needsInSentence: ['techWord', 'country', 'demonym'] },
  { id: 'restrict-exports', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions',
    pattern: ['@banWord', '..2', '@exportWord'], needsInSentence: ['techWord'] },
  { id: 'price-cap', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@priceWord', '@capWord'], needsInSentence: ['oilWord'] },
  { id: 'price-cap-cyr', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['потол*|стел*', 'цен*|цін*'], needsInSentence: ['oilWord'] },
  { id: 'countermeasures', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions',
    pattern: ['@counterMeasure'], needsInSentence: ['country', 'demonym', 'sanctionWord'] },
  { id: 'retaliatory-measures', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions',
    pattern: ['@retaliatory', '@measures'], needsInSentence: ['country', 'demonym', 'sanctionWord'] },
  { id: 'restrictive-measures', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@restrictiveWord', '@measures'] },
  { id: 'delist', topic: 'sanctions', action: 'delist', weight: 0.85, modality: 'sanctions',
    pattern: ['@delistWord'], blockInSentence: ['sportContext'] },
  { id: 'removed-from-list', topic: 'sanctions', action: 'delist', weight: 0.85, modality: 'sanctions',
    pattern: ['@removeWord', '..5', '@listWord'], needsInSentence: ['sanctionWord', 'blacklistWord'] },
  { id: 'general-licence', topic: 'sanctions', action: 'ease', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@generalWord', '@licenceWord'] },
  { id: 'sanctions-waiver', topic: 'sanctions', action: 'waive', weight: 0.7, modality: 'sanctions',
    pattern: ['@waiverGrant', '..2', '@waiverWord'], needsInSentence: ['country', 'demonym'], notPrecededBy: 'visa|tuition|fee|fees' },
  { id: 'national-emergency-renewed', topic: 'sanctions', action: 'extend', weight: 0.75, modality: 'sanctions',
    pattern: ['@emergencyRenew', '..3', '@nationalWord', '@emergencyWord', 'on|with|regarding|concerning|over', '..2', '@country'] },
];

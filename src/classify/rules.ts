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

const RELEASE_GATES = { blockInSentence: ['entertainment', 'bodies', 'rescue', 'jailbreak'], blockInTitle: ['rescueOp', 'entertainment'], gapBlock: ['releaseObject'] } as const;
const SWAP_GATES = { blockInSentence: ['bodies', 'entertainment'], notFollowedBy: '@swapNonPerson|@talksWord' } as const;
/** A regulator's, a court's or a sports body's penalties; the firm penalised stands in the same sentence. */
const PENALTY_GATES = { blockInItem: ['tradeContext', 'pandemic', 'sportContext', 'sportBody', 'courtVerdict'], blockInSentence: ['legalProfession', 'regulatedFirm'] };
/** Whom a prisoner is traded for: a person, a nationality, a name ("for Viktor Bout"), a number of people. */
const TRADED_FOR = '@person|@demonym|@captive|@convictWord|@relative|@name|@number';

export const RULES: readonly Rule[] = [
  // ---- prisoner release ------------------------------------------------------------------
  { id: 'free-person', topic: 'prisoner_release', action: 'release', weight: 0.85, modality: 'release',
    pattern: ['@freeVerb', '..4', '@person|@demonym|@relative'], ...RELEASE_GATES, blockInItem: ['domesticJustice'], notPrecededBy: 'radio|visa|duty|tax|tariff|toll|troops|soldiers|forces|commandos|военные|військові|силовики|бойцы|бійці|police|полиция|поліція', notFollowedBy: '@releaseObject',
    blockBefore: ['courtAgent'] },
  { id: 'person-freed', topic: 'prisoner_release', action: 'release', weight: 0.8, modality: 'release',
    pattern: ['@person|@demonym', '..3', '@freedParticiple'], ...RELEASE_GATES, gapBlock: ['releaseObject', 'companyNoun'], notFollowedBy: '@releaseObject|@liberatedPlace',
    blockAfter: ['releaseObject'], blockInItem: ['domesticJustice'] },
  { id: 'freed-by-state', topic: 'prisoner_release', action: 'release', weight: 0.75, modality: 'release',
    pattern: ['@freedParticiple', 'by', '..1', '@country'], ...RELEASE_GATES, blockInSentence: [...RELEASE_GATES.blockInSentence, 'releaseObject'], blockInItem: ['domesticJustice'] },
  { id: 'freed-from-captivity', topic: 'prisoner_release', action: 'release', weight: 0.8, modality: 'release',
    pattern: ['@freeVerb|@returnWord', '..4', '@captivity'], ...RELEASE_GATES },
  // "ELN guerrillas freed Luis Manuel Díaz after 12 days in captivity": a long name between.
  { id: 'freed-after-captivity', topic: 'prisoner_release', action: 'release', weight: 0.75, modality: 'release',
    pattern: ['@freeVerb|@freedParticiple', '..5', 'after', '..4', '@captivity'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'from-captivity-returned', topic: 'prisoner_release', action: 'release', weight: 0.8, modality: 'release',
    pattern: ['з|із|зі|из|от|from', '..1', '@captivity', '..2', '@returnWord|@freeVerb|@freedParticiple'], ...RELEASE_GATES },
  { id: 'person-home-from-detention', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@person|@demonym|@name', '..2', '@returnWord|arriv~|fly~|flies|flew|flown', '..1', 'home|додому|домой|родину|батьківщину'],
    needsInSentence: ['detentionWord', 'captive', 'detainedAdj'], ...RELEASE_GATES, blockAfter: ['arrestWord'], blockInItem: ['domesticJustice'] },
  // "Political prisoners put on flight to United States", "hostages flown home", "24 prisoners change hands".
  { id: 'captives-journey', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@captive|@convictWord', '..3', '@journeyWord|change'], ...RELEASE_GATES, blockInItem: ['domesticJustice', 'evacuation'],
    blockInSentence: [...RELEASE_GATES.blockInSentence, 'takingWord'], blockAfter: ['detentionWord', 'transferWord'],
    gapBlock: ['releaseObject', 'subordinator', 'detentionWord', 'detainedAdj', 'transferWord'] },
  // "Italian couple kidnapped in Mali home after talks brokered by Algeria": taken, then home through a deal.
  { id: 'kidnapped-home-after-talks', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['@captive|@convictWord', '..3', '@journeyWord'], needsInSentence: ['envoyWord'], ...RELEASE_GATES, blockInItem: ['domesticJustice', 'evacuation'],
    blockAfter: ['detentionWord', 'transferWord'], gapBlock: ['releaseObject', 'subordinator', 'detentionWord', 'transferWord'] },
  // "confirmed the return of 84 Russian servicemen", «возвращение 84 военнослужащих».
  { id: 'return-of-people', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['@returnNoun', '..3', '@person|@captive'], needsInItem: ['captive', 'captivity', 'swapWord', 'detentionWord'],
    ...RELEASE_GATES, gapBlock: ['releaseObject', 'fromWord'], blockInItem: ['domesticJustice', 'evacuation', 'bodies'] },
  // "Six Americans flown out of Venezuela after envoy meets Maduro": a journey out of the holding state.
  { id: 'flown-out-of-state', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['@person|@demonym', '..2', 'flown', 'out', 'of', '@country'],
    needsInItem: ['detentionWord', 'detainedAdj', 'captive', 'convictWord', 'envoyWord'], ...RELEASE_GATES, blockInItem: ['domesticJustice', 'evacuation'] },
  { id: 'held-leave-state', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['@person|@demonym|@name', '..2', 'leave|leaves|left', '@country'],
    needsInItem: ['detentionWord', 'detainedAdj', 'captive', 'convictWord'], ...RELEASE_GATES, blockInItem: ['domesticJustice', 'evacuation'] },
  // "Teacher jailed in Russia … back on American soil".
  { id: 'back-on-home-soil', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['back|home|@returnWord|@journeyWord', 'on|to', '@demonym|@country', '..1', 'soil'],
    needsInItem: ['detentionWord', 'detainedAdj', 'captive', 'convictWord'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // "Gendarme held in Venezuela for 14 months returns home", "Britons held in Iran … fly home".
  { id: 'held-then-home', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['@detainedAdj', '..9', '@returnWord|fly~|flies|flew|flown', 'home|додому|домой|родину|батьківщину'], needsInSentence: ['person', 'demonym', 'captive', 'name'],
    ...RELEASE_GATES, gapBlock: ['subordinator', 'releaseObject'], blockInItem: ['domesticJustice', 'evacuation'] },
  // "More than 100 jailed after the vote go home after government review".
  { id: 'jailed-go-home', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['@number', '..2', '@detainedAdj', '..8', 'go|goes|went|sent|allowed', '..1', 'home|додому|домой|родину|батьківщину'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice', 'evacuation'] },
  // "Додому повернулися 205 українських захисників".
  { id: 'home-returned-people', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['home|додому|домой|родину|батьківщину', '@returnWord', '..3', '@person|@captive|@demonym'], needsInItem: ['swapWord', 'captivity', 'detentionWord', 'detainedAdj', 'captive', 'convictWord'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice', 'evacuation'] },
  // "Cecilia Sala flies home after Tehran releases her": the state frees someone named earlier.
  { id: 'state-frees-pronoun', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@country', '..1', '@freeVerb', 'her|him|them'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // "Nazanin Zaghari-Ratcliffe lands in Britain after six years' detention" (or "six years detained in Iran"),
  // "Kovrig and Spavor back in Canada after more than 1,000 days in Chinese detention".
  { id: 'arrives-after-detention', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['land|lands|landed|arrive|arrives|arrived|returns|returned|back', '..4', 'after', '..8', '@detentionWord|@captivity|@detainedAdj'], needsInSentence: ['country', 'demonym'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice', 'evacuation'] },
  // "Kylie Moore-Gilbert arrives back in Australia" (after years in Iranian prisons).
  { id: 'arrives-back-after-detention', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['land|lands|landed|arrive|arrives|arrived|flies|flew|flown', 'back|home', '..2', '@country'], needsInItem: ['detentionWord', 'captivity', 'detainedAdj'],
    ...RELEASE_GATES, blockAfter: ['arrestWord', 'detainedAdj'], blockInItem: ['domesticJustice', 'evacuation'] },
  // "Nazanin Zaghari-Ratcliffe freed after six years in Iran": a foreigner's years in a state's hands.
  { id: 'freed-after-years-in-state', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['@freedParticiple', 'after', '..3', 'in', '@country'], needsInSentence: ['name', 'person', 'demonym'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // "Paul Whelan and Evan Gershkovich land at Andrews in largest East-West exchange since Cold War".
  { id: 'arrive-in-exchange', topic: 'prisoner_release', action: 'exchange', weight: 0.65, modality: 'release',
    pattern: ['land|lands|landed|arrive|arrives|arrived|flies|flew|flown', '..6', '@swapWord'], needsInSentence: ['name', 'person', 'demonym'],
    needsInItem: ['captive', 'detentionWord', 'detainedAdj', 'convictWord'], notFollowedBy: '@swapNonPerson', ...RELEASE_GATES,
    blockInItem: ['domesticJustice', 'evacuation'] },
  // "Oleg Sentsov among 35 Ukrainians flown to Kyiv as Moscow receives Vladimir Tsemakh".
  { id: 'nationals-flown-home', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['@demonym|@person', '..1', 'flown|flew', 'to|home', '..1', '@country'], needsInItem: ['detentionWord', 'detainedAdj', 'captive', 'convictWord'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice', 'evacuation'] },
  // "Sisi grants clemency to Alaa Abd El-Fattah after six years behind bars": a named prisoner. Only
  // "clemency/a pardon to X": "Trump pardons Ross Ulbricht" is domestic clemency, which the GUIDE leaves out.
  { id: 'pardon-named-prisoner', topic: 'prisoner_release', action: 'pardon', weight: 0.7, modality: 'release',
    pattern: ['clemency|pardon', 'to', '@name'], needsInItem: ['detentionWord', 'detainedAdj', 'convictWord', 'captive', 'barsWord'], blockInItem: ['domesticJustice', 'turkeyBird'] },
  // "Belarus lets opposition figure leave prison after five years": a state lets someone out.
  { id: 'let-leave-prison', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['let|lets|allow|allows|allowed', '..4', 'leave|walk', '..2', '@detentionWord'], needsInSentence: ['country', 'demonym', 'stateActor'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // "Two Britons held in Iran … get exit visas".
  { id: 'exit-visa', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['exit', 'visa|visas|permit|permits'], needsInItem: ['detentionWord', 'detainedAdj', 'captive', 'convictWord'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // "Sweden and Iran trade prisoners", "Russia and Ukraine swap 246 captives each".
  { id: 'trade-prisoners', topic: 'prisoner_release', action: 'swap', weight: 0.75, modality: 'release',
    pattern: ['trade|trades|traded|trading|swap|swaps|swapped|swapping', '..2', '@captive'], ...SWAP_GATES },
  // "agree to 1,000-for-1,000 prisoner trade".
  { id: 'prisoner-trade', topic: 'prisoner_release', action: 'swap', weight: 0.75, modality: 'release',
    pattern: ['@captive', 'trade|trades'], ...SWAP_GATES },
  // "Eighteen Cambodian soldiers held by Thailand returned at border checkpoint".
  { id: 'held-then-returned', topic: 'prisoner_release', action: 'handover', weight: 0.65, modality: 'release',
    pattern: ['@detainedAdj', '..4', '@returnWord|handed'], needsInSentence: ['person', 'demonym', 'captive'],
    ...RELEASE_GATES, gapBlock: ['subordinator', 'releaseObject'], notFollowedBy: 'for', blockAfter: ['detentionWord', 'transferWord'], blockInItem: ['domesticJustice'] },
  // "390 people return to Ukraine in first stage of 1,000-for-1,000 exchange".
  { id: 'returned-in-exchange', topic: 'prisoner_release', action: 'exchange', weight: 0.7, modality: 'release',
    pattern: ['@returnWord', '..10', '@swapWord'], needsInSentence: ['person', 'demonym', 'captive'], ...SWAP_GATES },
  // "Гершкович и Уилан прилетели в США после крупнейшего обмена": named people arrive after an exchange.
  { id: 'arrived-after-exchange', topic: 'prisoner_release', action: 'exchange', weight: 0.65, modality: 'release',
    pattern: ['@journeyWord', '..4', 'after|following|после|після|в|у', '..2', '@swapWord'], needsInSentence: ['person', 'demonym', 'captive', 'name'],
    ...SWAP_GATES, blockInItem: ['moneyWord', 'evacuation'] },
  // "1,000-for-1,000 exchange", "обмен по формуле 150 на 150".
  { id: 'n-for-n-swap', topic: 'prisoner_release', action: 'exchange', weight: 0.7, modality: 'release',
    pattern: ['@number', 'for|на', '@number'], needsInSentence: ['swapWord'], needsInItem: ['person', 'captive', 'demonym', 'country'], blockInSentence: ['bodies', 'moneyWord'] },
  // "Russia and Ukraine swap 390 each": states trading a number of people each.
  { id: 'swap-n-each', topic: 'prisoner_release', action: 'exchange', weight: 0.7, modality: 'release',
    pattern: ['swap~|exchange~|trade|trades|traded', '@number', 'each'], needsInSentence: ['country', 'demonym'], blockInSentence: ['bodies', 'moneyWord'], blockInItem: ['sportBody'] },
  // "Griner freed in one-for-one swap for Viktor Bout", "Ryan Corbett freed by Taliban in Qatar-brokered swap".
  { id: 'freed-in-swap', topic: 'prisoner_release', action: 'swap', weight: 0.75, modality: 'release',
    pattern: ['@freedParticiple', '..3', 'in|as|under', '..4', '@swapWord'], needsInSentence: ['name', 'person', 'demonym'], notFollowedBy: '@swapNonPerson|@talksWord',
    ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // "Tehran proposes trading two French detainees for Iranian woman", "offers to trade detained Americans for Russians".
  { id: 'trade-people-for', topic: 'prisoner_release', action: 'exchange', weight: 0.75, modality: 'release',
    pattern: ['trade~|trading|swap~|exchange~|обменя*|обміня*', '..4', '@captive|@convictWord|@person|@demonym', '..3', 'for|на', '..3', TRADED_FOR],
    needsInSentence: ['captive', 'convictWord', 'detainedAdj'], blockInSentence: ['bodies'],
    gapBlock: ['sanctionWord', 'act_lift', 'act_ease', 'unfreezeWord', 'assetNoun', 'moneyWord', 'restrictionNoun'] },
  // "Iran and US swap Princeton scholar for Iranian scientist", "US and Russia swap Karelina for Petrov":
  // states trading people need no jail word.
  // A country must stand in the sentence, which keeps out sports trades ("Knicks trade Canadian
  // forward for Serbian center") but not "Russia swaps US basketball star for arms dealer".
  { id: 'states-swap-people', topic: 'prisoner_release', action: 'swap', weight: 0.7, modality: 'release',
    pattern: ['swap~|trade|trades|traded|trading', '..4', '@person|@demonym|@name', '..3', 'for', '..2', '@person|@demonym|@name'],
    needsInSentence: ['country'], blockInItem: ['sportBody', 'entertainment'], blockInSentence: ['bodies'],
    gapBlock: ['sanctionWord', 'act_lift', 'act_ease', 'unfreezeWord', 'assetNoun', 'moneyWord', 'restrictionNoun', 'swapNonPerson'] },
  // «Польща і Білорусь обміняли журналіста на співробітника спецслужб»: one person traded for another.
  { id: 'traded-person-for-person-cyr', topic: 'prisoner_release', action: 'exchange', weight: 0.75, modality: 'release',
    pattern: ['обміня*|обменя*|обменял*', '..3', '@person|@demonym|@captive', 'на', '..2', '@person|@demonym|@convictWord|@captive'], blockInSentence: ['bodies'] },
  // «Максим Буткевич на волі після двох років у російському полоні»: at liberty after captivity.
  { id: 'at-liberty-after-captivity-cyr', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['на', 'волі|воле|свободе|свободі', '..2', 'після|после', '..4', '@captivity'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'came-out-free-cyr', topic: 'prisoner_release', action: 'release', weight: 0.75, modality: 'release',
    pattern: ['вышел*|вышл*|выпущ*|выпуст*|вийш*|вийшл*|випущ*|випуст*|отпуст*|відпуст*', 'на', 'свобод*|волю'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'pardon', topic: 'prisoner_release', action: 'pardon', weight: 0.85, modality: 'release',
    pattern: ['@pardonVerb'], needsInSentence: ['person', 'demonym'], blockInItem: ['domesticJustice', 'turkeyBird'] },
  // «Лукашенко помиловал Романа Протасевича»: a pardon of a named person. Cyrillic only: in English
  // "Trump pardons Blagojevich" is mostly domestic clemency, which the GUIDE leaves out.
  { id: 'pardon-named-cyr', topic: 'prisoner_release', action: 'pardon', weight: 0.75, modality: 'release',
    pattern: ['помилов*|помилув*', '@name'], blockInItem: ['domesticJustice', 'turkeyBird'] },
  { id: 'prisoner-swap', topic: 'prisoner_release', action: 'exchange', weight: 0.85, modality: 'release',
    pattern: ['@swapWord'], needsInSentence: ['captive'], ...SWAP_GATES },
  { id: 'swap-convict', topic: 'prisoner_release', action: 'exchange', weight: 0.8, modality: 'release',
    pattern: ['@swapWord', '..3', '@person|@demonym'], needsInSentence: ['convictWord'], ...SWAP_GATES, gapBlock: ['swapNonPerson'] },
  // "frees X in exchange for Y", "exchanged for Viktor Bout": a trade of named people is a swap
  // (not when the price is sanctions relief or unfrozen assets).
  { id: 'in-exchange-for', topic: 'prisoner_release', action: 'swap', weight: 0.8, modality: 'release',
    pattern: ['in|в|у|as', '..1', 'exchange|swap|trade|return|обмен|обмін', 'for|на', '..3', TRADED_FOR],
    needsInSentence: ['freeVerb', 'freedParticiple', 'handOver', 'handoverCyr', 'returnWord'], blockInSentence: ['bodies'],
    gapBlock: ['sanctionWord', 'act_lift', 'act_ease', 'unfreezeWord', 'assetNoun', 'moneyWord', 'restrictionNoun'] },
  // «Обмен на бывшего сотрудника спецслужб прошел на мосту»: an exchange for a person, someone being held.
  { id: 'exchange-for-person-cyr', topic: 'prisoner_release', action: 'swap', weight: 0.7, modality: 'release',
    pattern: ['обмен|обмін', 'на', '..3', '@person|@demonym|@captive|@convictWord'], needsInItem: ['convictWord', 'captive', 'detainedAdj', 'detentionWord'],
    ...SWAP_GATES },
  { id: 'exchanged-for', topic: 'prisoner_release', action: 'swap', weight: 0.8, modality: 'release',
    pattern: ['exchanged|swapped|traded|обменян*|обменял*|обміняли|обміняв|обміняла|обміняний|обміняна', 'for|на', '..3', TRADED_FOR],
    blockInSentence: ['bodies'] },
  { id: 'after-release', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['after|following|upon|после|після', '..1', 'release|freeing|освобождения|звільнення'], needsInSentence: ['person', 'demonym'],
    notFollowedBy: 'of|on|под|під', ...RELEASE_GATES, blockInSentence: [...RELEASE_GATES.blockInSentence, 'hospital'], blockInItem: ['domesticJustice'] },
  { id: 'swap-convict-cyr', topic: 'prisoner_release', action: 'exchange', weight: 0.8, modality: 'release',
    pattern: ['обмен*|обмін*|обменя*|обміня*'], needsInSentence: ['convictWord'], ...SWAP_GATES },
  { id: 'expelled-prisoners', topic: 'prisoner_release', action: 'release', weight: 0.75, modality: 'release',
    pattern: ['@expelWord', '..3', '@captive'], ...RELEASE_GATES },
  { id: 'returned-detainee', topic: 'prisoner_release', action: 'handover', weight: 0.7, modality: 'release',
    pattern: ['@returnTransitive', '..4', '@person|@captive'], needsInSentence: ['country'], needsInItem: ['detainedAdj', 'detentionWord', 'captive', 'convictWord', 'deal', 'envoyWord'],
    ...RELEASE_GATES, gapBlock: ['releaseObject', 'fromWord'], blockAfter: ['verdictNoun'], blockInItem: ['domesticJustice'] },
  // "Україна повернула з Росії 12 депортованих дітей": a state brings its own people back.
  { id: 'returned-from-state', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@returnTransitive|@returnWord', '@fromWord', '@country', '..3', '@person|@captive'], needsInItem: ['detainedAdj', 'detentionWord', 'captive', 'convictWord'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'commuted-and-freed', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['commut~|смягчил*|пом’якшив|помякшив'], needsInItem: ['freedParticiple', 'leftPrison', 'envoyWord'], blockInItem: ['domesticJustice'] },
  // "Brittney Griner walks free as Russia swaps…", "set free after talks".
  { id: 'walks-free', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['walk|walks|walked|set|sets', 'free'], needsInItem: ['detentionWord', 'detainedAdj', 'captive', 'convictWord', 'swapWord', 'envoyWord', 'pardonVerb'],
    ...RELEASE_GATES, blockInSentence: [...RELEASE_GATES.blockInSentence, 'sentenceServed'], blockInItem: ['domesticJustice'] },
  { id: 'captives-returned', topic: 'prisoner_release', action: 'release', weight: 0.75, modality: 'release',
    pattern: ['@returnWord', '..4', '@captive'], blockInSentence: ['bodies', 'entertainment'], blockInTitle: ['rescueOp', 'entertainment'] },
  { id: 'amnesty', topic: 'prisoner_release', action: 'amnesty', weight: 0.75, modality: 'release',
    pattern: ['@amnestyWord'], notFollowedBy: '@rightsGroupCue', notPrecededBy: 'tax|gun|guns|weapons|knife|migrant*|immigra*|налогов*|податков*|капитал*|международн*|міжнародн*' },
  { id: 'handed-over', topic: 'prisoner_release', action: 'handover', weight: 0.7, modality: 'release',
    pattern: ['@handOver', '..3', 'over|back'], needsInSentence: ['person', 'demonym', 'captive', 'relative'], blockInSentence: ['bodies'], blockAfter: ['lawEnforcement'], blockInItem: ['extradition'] },
  { id: 'handed-to', topic: 'prisoner_release', action: 'handover', weight: 0.65, modality: 'release',
    pattern: ['handed', 'to'], needsInSentence: ['person', 'demonym', 'captive'], blockInSentence: ['bodies'], blockAfter: ['lawEnforcement'], blockInItem: ['extradition'] },
  { id: 'handed-over-cyr', topic: 'prisoner_release', action: 'handover', weight: 0.7, modality: 'release',
    pattern: ['@handoverCyr'], needsInSentence: ['person', 'demonym', 'captive'], blockInSentence: ['bodies', 'handedPaper'], blockAfter: ['lawEnforcement'], blockInItem: ['extradition'] },
  // "Азербайджан передал Армении четырёх задержанных": one state hands detainees to another.
  { id: 'state-hands-detainees', topic: 'prisoner_release', action: 'handover', weight: 0.7, modality: 'release',
    pattern: ['@country', '..1', '@handoverCyr|@returnTransitive', '..1', '@country', '..3', '@detainedAdj|@captive|@person'], blockInSentence: ['bodies'], blockInItem: ['extradition'] },
  { id: 'detainee-deal', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['@deal'], needsInSentence: ['captive', 'detainedAdj'], blockInSentence: ['bodies'] },

  // ---- sanctions -------------------------------------------------------------------------
  { id: 'sanctions-word', topic: 'sanctions', action: 'impose', weight: 0.85, modality: 'sanctions',
    pattern: ['@sanctionWord'], bareSanctionWord: true, actionFromContext: true },
  { id: 'asset-freeze', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@freezeWord', '..3', '@assetNoun'], blockBefore: ['courtAgent'] },
  { id: 'assets-frozen', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@assetNoun', '..1', '@freezeWord'], blockBefore: ['courtAgent'] },
  { id: 'asset-unfreeze', topic: 'sanctions', action: 'lift', weight: 0.75, modality: 'sanctions',
    pattern: ['@unfreezeWord', '..3', '@assetNoun|@moneyWord'], blockBefore: ['courtAgent'] },
  // «Госдеп выдал банкам освобождение от санкций»: an exemption is a waiver.
  { id: 'exempt-from-sanctions-cyr', topic: 'sanctions', action: 'waive', weight: 0.75, modality: 'sanctions',
    pattern: ['освобожден*|звільнен*|изъяти*|вилученн*', 'от|від|из|з', '..1', '@sanctionWord'] },
  { id: 'embargo', topic: 'sanctions', action: 'impose', weight: 0.85, modality: 'sanctions', actionFromContext: true,
    pattern: ['@embargoWord'], notPrecededBy: '@mediaWord', blockInSentence: ['sportContext'] },
  { id: 'blacklist', topic: 'sanctions', action: 'designate', weight: 0.8, modality: 'sanctions',
    pattern: ['@blacklistWord'], blockInSentence: ['sportContext'] },
  { id: 'blacklist-cyr', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions',
    pattern: ['черн*|чорн*', 'спис*'] },
  { id: 'designate-target', topic: 'sanctions', action: 'designate', weight: 0.8, modality: 'sanctions',
    pattern: ['@designateWord', '..4', '@targetEntity|@demonym|@country'], blockInSentence: ['domesticLabel'] },
  { id: 'agency-designates', topic: 'sanctions', action: 'designate', weight: 0.8, modality: 'sanctions',
    pattern: ['@sanctionAgent', '..3', '@designateWord'], blockInSentence: ['domesticLabel'] },
  { id: 'agency-targets', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions',
    pattern: ['@sanctionAgent', '..1', 'target~|hit~|penaliz~|penalis~', '..3', '@demonym|@targetEntity|@country'] },
  { id: 'adopts-listings', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions',
    pattern: ['@act_impose', '..2', 'listings|listing'], needsInSentence: ['country', 'demonym', 'sanctioningBody'] },
  { id: 'visa-ban', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@travelWord', '@banWord'], blockInSentence: ['exitWord'], blockInItem: ['pandemic'], notPrecededBy: 'his|her|their|её|його|її|его' },
  { id: 'bans-entry', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord', '..1', '@travelWord'], needsInSentence: ['country', 'demonym'], blockInSentence: ['sportContext'], blockInItem: ['pandemic'] },
  { id: 'barred-entry', topic: 'sanctions', action: 'impose', weight: 0.65, modality: 'sanctions', actionFromContext: true,
    pattern: ['barred|banned', 'from', 'entering'], needsInSentence: ['country', 'demonym'] },
  { id: 'entry-ban-cyr', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['запрет*|заборон*', 'на', 'въезд*|вїзд*'] },
  // "Въезд в Россию закрыт ещё для 40 австралийских журналистов", "розширив стоп-лист".
  { id: 'entry-closed-cyr', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['въезд*|вїзд*', '..3', 'закрыт*|закрит*|запрещ*|заборонен*'] },
  { id: 'stop-list-cyr', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['стоп', 'лист*|список*|списк*'] },
  // "Switzerland adopts latest EU measures against Russia".
  { id: 'measures-against-state', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions', actionFromContext: true,
    pattern: ['@act_impose|@act_extend', '..3', '@measures', 'against|targeting|on|проти|против|щодо', '..2', '@country|@demonym'],
    blockInItem: ['tradeContext', 'pandemic'] },
  // "Brussels adopts 16th round of Russia penalties", "UK imposes penalties on Iranian officials": a
  // state's penalties on a state are sanctions; a regulator's or a court's on a firm are not (GUIDE).
  { id: 'state-penalties', topic: 'sanctions', action: 'impose', weight: 0.65, modality: 'sanctions', actionFromContext: true,
    pattern: ['@act_impose|@act_extend|@act_lift|@act_ease', '..4', '@country|@demonym', 'penalties'], ...PENALTY_GATES },
  { id: 'penalties-on-state', topic: 'sanctions', action: 'impose', weight: 0.65, modality: 'sanctions', actionFromContext: true,
    pattern: ['@act_impose|@act_extend|@act_lift|@act_ease', '..3', 'penalties', 'on|against|targeting', '..2', '@country|@demonym'], ...PENALTY_GATES },
  // "EU bars Georgian officials from entry".
  { id: 'barred-from-entry', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord', '..4', 'from', '..1', 'entry|entering|@country'], needsInSentence: ['country', 'demonym'], blockInSentence: ['sportContext'], blockInItem: ['pandemic'] },
  // "Пекін обмежив експорт галію та германію до США".
  { id: 'export-restricted-cyr', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['обмеж*|огранич*|заборон*|запрет*', '..1', 'експорт*|экспорт*'], needsInSentence: ['techWord'], blockInSentence: ['courtVerdict'], blockInItem: ['tradeContext'] },
  // "Японія заборонила експорт до Росії автомобілів", "bans car exports to Russia", "bans exports to Russian-linked
  // entities": an export ban aimed at a state or its firms.
  { id: 'export-ban-to-state', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord', '..3', '@exportWord', '..3', 'to|до|в|у|into', '@country|@demonym'], blockInSentence: ['courtVerdict'], blockInItem: ['tradeContext', 'domesticSupply'] },
  // "Анкара полностью прекратила торговлю с Израилем": a halt to all trade with a state is an embargo.
  { id: 'trade-halt', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['@haltWord', '..2', '@tradeNoun', '..1', 'with|с|з|із', '..1', '@country|@demonym'], gapBlock: ['talksWord', 'deal'] },
  // "внёс «Роснефть» в SDN-список": Treasury's sanctions list named by its acronym.
  { id: 'sdn-list', topic: 'sanctions', action: 'designate', weight: 0.8, modality: 'sanctions', actionFromContext: true, pattern: ['@sdnWord'] },
  // "Waiver lets Iraq keep paying", "US licence lets Serbian oil firm NIS keep operating".
  { id: 'waiver-lets', topic: 'sanctions', action: 'waive', weight: 0.7, modality: 'sanctions',
    pattern: ['@waiverWord|@licenceNoun', '..2', 'let|lets|allow~|permit~|unlock~|enabl~'], needsInSentence: ['country', 'demonym'], blockInItem: ['tradeContext', 'pandemic'] },
  // «США зняли обмеження з національного авіаперевізника», "Washington lifts curbs on Belarusian airline".
  { id: 'lift-restrictions-from', topic: 'sanctions', action: 'lift', weight: 0.7, modality: 'sanctions', actionFromContext: true,
    pattern: ['@act_lift|@act_ease', '..2', '@restrictionNoun', 'on|from|against|з|із|с|со|против|проти|щодо'], needsInSentence: ['country', 'demonym'],
    blockInItem: ['tradeContext', 'pandemic', 'importWord', 'domesticSupply'] },
  // "US rolls back Syria restrictions".
  { id: 'rolls-back-restrictions', topic: 'sanctions', action: 'ease', weight: 0.7, modality: 'sanctions',
    pattern: ['roll|rolls|rolled|rolling', 'back', '..2', '@restrictionNoun|@sanctionWord'], needsInSentence: ['country', 'demonym'], blockInItem: ['tradeContext', 'pandemic'] },
  // «запретила въезд», «закрыла въезд ещё девяти гражданам Японии»: an entry ban; closing entry to a place for an epidemic is not.
  { id: 'entry-ban-verb-cyr', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['запрети*|заборони*|закрыл*|закрил*|закрыв*|закрив*', '..1', 'въезд*|вїзд*'], needsInSentence: ['country', 'demonym'], blockInItem: ['pandemic'] },
  // "EU court annuls sanctions against Russian businessman": a decision about a sanctions measure.
  { id: 'court-annuls', topic: 'sanctions', action: 'lift', weight: 0.7, modality: 'sanctions',
    pattern: ['@annulWord', '..3', '@sanctionWord|@listWord'], needsInSentence: ['courtAgent', 'sanctionWord'] },
  { id: 'visa-restrictions-cyr', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions',
    pattern: ['визов*|візов*', 'ограничен*|обмежен*'] },
  { id: 'export-controls', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions',
    pattern: ['@exportWord', '@banWord'], needsInSentence: ['techWord', 'country', 'demonym'], blockInSentence: ['courtVerdict', 'arrestWord', 'accusedWord'] },
  { id: 'restrict-exports', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions',
    pattern: ['@banWord', '..2', '@exportWord'], needsInSentence: ['techWord'], blockInSentence: ['courtVerdict', 'arrestWord', 'accusedWord'] },
  { id: 'price-cap', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@priceWord', '@capWord'], needsInSentence: ['oilWord'] },
  // "Cap on Russian seaborne crude lowered to $47.60".
  { id: 'cap-on-state-oil', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['@capWord', 'on', '..1', '@demonym|@country', '..2', '@oilWord'] },
  { id: 'price-cap-cyr', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['потол*|стел*|граничн*|предельн*', 'цен*|цін*'], needsInSentence: ['oilWord'] },
  // "EU agrees 14th package of measures against Russia", "restrictions on Chinese chipmakers".
  { id: 'package-against', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['package|пакет*', '..4', 'against|targeting|проти|против', '..3', '@country|@demonym'], blockInSentence: ['aidWord'], blockInItem: ['tradeContext'] },
  // "Kremlin slams new EU package", «Москва ответит на новый пакет ЕС»: the bloc's packages are sanctions
  // packages unless aid, money or trade is said (where "sanctions" or "measures" stand, other rules read it).
  { id: 'new-bloc-package', topic: 'sanctions', action: 'impose', weight: 0.65, modality: 'sanctions', actionFromContext: true,
    pattern: ['new|latest|fresh|next|новый|нового|новому|новим|новий|очередной|черговий', 'eu|ес|єс', 'package|пакет*'], needsInItem: ['country', 'demonym'],
    blockInSentence: ['sanctionWord', 'measures', 'restrictiveWord'], blockInItem: ['aidWord', 'moneyWord', 'tradeContext', 'pandemic'] },
  { id: 'impose-restrictions', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions', actionFromContext: true,
    pattern: ['@act_impose|@act_extend', '..2', '@restrictionNoun', 'on|against|проти|против|щодо|для', '..4', '@country|@demonym'],
    blockInItem: ['tradeContext', 'pandemic'] },
  // "buyers of Russian oil could face secondary penalties": sanctions on those who trade with a target.
  { id: 'secondary-sanctions', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['secondary|вторичн*|вторинн*', 'sanction~|penalty|penalties|measures|санкц*|мер*|заход*'] },
  { id: 'counter-sanctions-cyr', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['контрсанкц*'] },
  { id: 'lift-restrictions', topic: 'sanctions', action: 'lift', weight: 0.7, modality: 'sanctions', actionFromContext: true,
    pattern: ['@act_lift|@act_ease', '..5', '@restrictionNoun', '..3', '@demonym|@country'], blockInItem: ['tradeContext', 'pandemic'], gapBlock: ['subordinator'] },
  // "Вашингтон ослабил ограничения для Chevron": a state eases its restrictions for a named firm.
  { id: 'state-eases-restrictions-for', topic: 'sanctions', action: 'ease', weight: 0.65, modality: 'sanctions', actionFromContext: true,
    pattern: ['@country|@sanctionAgent', '..2', '@act_lift|@act_ease', '..1', '@restrictionNoun', 'for|on|для|на|щодо', '..1', '@name|@targetEntity'],
    blockInItem: ['tradeContext', 'pandemic'] },
  // "Washington penalises Ankara's defence procurement agency": a state penalising another state's organ.
  { id: 'state-penalises', topic: 'sanctions', action: 'impose', weight: 0.65, modality: 'sanctions',
    pattern: ['@country|@sanctionAgent', '..1', 'penalise|penalises|penalised|penalising|penalize|penalizes|penalized|penalizing', '..2', '@country|@demonym'], ...PENALTY_GATES },
  // "Security Council slashes Pyongyang's petroleum imports by 90%".
  { id: 'council-cuts-trade', topic: 'sanctions', action: 'impose', weight: 0.65, modality: 'sanctions',
    pattern: ['security', 'council', '..5', '@importWord|@exportWord'], needsInSentence: ['country', 'demonym'] },
  // "US renews oil licence", «США продлили лицензию Chevron»: sanctions relief kept in force.
  { id: 'licence-extended', topic: 'sanctions', action: 'waive', weight: 0.7, modality: 'sanctions',
    pattern: ['@act_extend', '..2', '@licenceNoun'], needsInItem: ['sanctionAgent', 'sanctionWord', 'oilWord', 'name'],
    blockInItem: ['tradeContext', 'pandemic', 'sportContext'] },
  // "US revokes Chevron licence to operate in Venezuela": sanctions relief taken back. Not a broadcast
  // or market regulator withdrawing a firm's licence.
  { id: 'licence-revoked', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['revoke~|rescind~|withdraw~|withdrew|cancel~|отозва*|отзыв*|відклика*|скасува*|аннулир*|анулюва*', '..3', '@licenceNoun'],
    needsInSentence: ['country', 'demonym'], needsInItem: ['sanctionAgent', 'sanctionWord', 'oilWord', 'name'], blockInItem: ['regulatorWord', 'legalProfession', 'courtVerdict'] },
  { id: 'licence-issued', topic: 'sanctions', action: 'ease', weight: 0.75, modality: 'sanctions',
    pattern: ['@issueWord', '..3', '@licenceNoun'], needsInSentence: ['sanctionAgent', 'sanctionWord', 'country'] },
  { id: 'countermeasures', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions',
    pattern: ['@counterMeasure'], needsInSentence: ['country', 'demonym', 'sanctionWord'], blockInItem: ['tradeContext'] },
  { id: 'retaliatory-measures', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions',
    pattern: ['@retaliatory', '@measures'], needsInSentence: ['country', 'demonym', 'sanctionWord'], blockInItem: ['tradeContext'] },
  // An arms embargo, the verb first or the noun first: "lifting its decades-old ban on selling lethal
  // weapons to its former enemy", "ban on arms sales to Riyadh".
  { id: 'ban-on-selling-arms', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord|embargo', 'on', '..1', 'selling|sales|sale|exports|exporting|supplying|supplies|deliveries', '..2', 'arms|weapon|weapons|lethal'],
    needsInItem: ['country', 'demonym'] },
  { id: 'ban-on-arms-sales', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord|embargo', 'on', '..1', 'arms|weapon|weapons', 'sales|sale|exports|supplies|deliveries|transfers'], needsInItem: ['country', 'demonym'] },
  { id: 'restrictive-measures', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@restrictiveWord', '@measures'] },
  // "Biden lifts terror designation" (Cuba's place on the state sponsors of terrorism list).
  { id: 'designation-lifted', topic: 'sanctions', action: 'delist', weight: 0.75, modality: 'sanctions',
    pattern: ['@act_lift|rescind~|revok~', '..2', 'designation|designations'], needsInItem: ['country', 'demonym'] },
  { id: 'delist', topic: 'sanctions', action: 'delist', weight: 0.85, modality: 'sanctions',
    pattern: ['@delistWord'], needsInSentence: ['country', 'demonym', 'sanctionWord', 'sanctionAgent', 'targetEntity'], blockInSentence: ['sportContext', 'stockWord'] },
  { id: 'added-to-list', topic: 'sanctions', action: 'designate', weight: 0.85, modality: 'sanctions',
    pattern: ['@addWord', '..8', '@listWord'], needsInSentence: ['sanctionWord', 'blacklistWord', 'terrorWord', 'sdnWord', 'shadowWord'] },
  { id: 'body-lists', topic: 'sanctions', action: 'designate', weight: 0.8, modality: 'sanctions',
    pattern: ['@sanctioningBody|@country', '..1', '@listVerb', '..3', '@demonym|@targetEntity|@person|@country'], gapBlock: ['swapWord'] },
  { id: 'export-controls-cyr', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['экспортн*|експортн*', 'контрол*|ограничени*|обмежен*'], blockInSentence: ['courtVerdict'] },
  { id: 'import-ban', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord', '..3', '@importWord', '..5', '@demonym|@country'], blockInItem: ['tradeContext'] },
  { id: 'import-ban-before', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord', '..2', '@demonym', '..2', '@importWord'], blockInItem: ['tradeContext'] },
  { id: 'carrier-ban', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord|close~|closed|закр*', '..3', '@demonym', '..2', '@carrierWord'], blockInSentence: ['sportContext'], blockInItem: ['tradeContext'] },
  { id: 'removed-from-list', topic: 'sanctions', action: 'delist', weight: 0.85, modality: 'sanctions',
    pattern: ['@removeWord', '..12', '@listWord'], needsInSentence: ['sanctionWord', 'blacklistWord', 'terrorWord', 'sdnWord'] },
  { id: 'general-licence', topic: 'sanctions', action: 'ease', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@generalWord', '@licenceWord'] },
  { id: 'sanctions-waiver', topic: 'sanctions', action: 'waive', weight: 0.7, modality: 'sanctions',
    pattern: ['@waiverGrant', '..4', '@waiverWord'], needsInSentence: ['country', 'demonym'], notPrecededBy: 'visa|tuition|fee|fees' },
  { id: 'national-emergency-renewed', topic: 'sanctions', action: 'extend', weight: 0.75, modality: 'sanctions',
    pattern: ['@emergencyRenew', '..3', '@nationalWord', '@emergencyWord', 'on|with|regarding|concerning|over', '..2', '@country'] },
];

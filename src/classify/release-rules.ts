// Rules for prisoner releases (syntax and modality: rules.ts).
import type { Rule } from './rules.js';

const RELEASE_GATES = { blockInSentence: ['entertainment', 'rescue', 'jailbreak', 'ransomCaptor'], blockInClause: ['bodies'], blockInTitle: ['rescueOp', 'entertainment'], gapBlock: ['releaseObject'] } as const;
const SWAP_GATES = { blockInSentence: ['entertainment'], blockInClause: ['bodies'], blockInTitle: ['mediaWork'], notFollowedBy: '@swapNonPerson|@talksWord' } as const;
/** Whom a prisoner is traded for: a person, a nationality, a name ("for Viktor Bout"), a number of people. */
const TRADED_FOR = '@person|@demonym|@captive|@convictWord|@relative|@name|@number';

export const RELEASE_RULES: readonly Rule[] = [
  { id: 'free-person', topic: 'prisoner_release', action: 'release', weight: 0.85, modality: 'release',
    pattern: ['@freeVerb', '..4', '@person|@demonym|@relative'], ...RELEASE_GATES, blockInItem: ['domesticJustice'], notPrecededBy: 'radio|visa|duty|tax|tariff|toll|troops|soldiers|forces|commandos|военные|військові|силовики|бойцы|бійці|police|полиция|поліція', notFollowedBy: '@releaseObject',
    blockBefore: ['courtAgent'] },
  { id: 'person-freed', topic: 'prisoner_release', action: 'release', weight: 0.8, modality: 'release',
    pattern: ['@person|@demonym', '..3', '@freedParticiple'], ...RELEASE_GATES, gapBlock: ['releaseObject', 'companyNoun'], notFollowedBy: '@releaseObject|@liberatedPlace',
    blockAfter: ['releaseObject'], blockInItem: ['domesticJustice', 'turkeyBird'] },
  { id: 'freed-by-state', topic: 'prisoner_release', action: 'release', weight: 0.75, modality: 'release',
    pattern: ['@freedParticiple', 'by', '..1', '@country'], ...RELEASE_GATES, blockInSentence: [...RELEASE_GATES.blockInSentence, 'releaseObject'], blockInItem: ['domesticJustice'] },
  { id: 'freed-from-captivity', topic: 'prisoner_release', action: 'release', weight: 0.8, modality: 'release',
    pattern: ['@freeVerb|@returnWord', '..4', '@captivity'], ...RELEASE_GATES },
  // "ELN guerrillas freed Luis Manuel Díaz after 12 days in captivity": a long name between.
  { id: 'freed-after-captivity', topic: 'prisoner_release', action: 'release', weight: 0.75, modality: 'release',
    pattern: ['@freeVerb|@freedParticiple', '..5', 'after', '..4', '@captivity'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'from-captivity-returned', topic: 'prisoner_release', action: 'release', weight: 0.8, modality: 'release',
    pattern: ['з|із|зі|из|от|from', '..2', '@captivity', '..2', '@returnWord|@freeVerb|@freedParticiple|вийшл*|вышл*|вийшов|вышел'], ...RELEASE_GATES },
  { id: 'person-home-from-detention', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@person|@demonym|@name', '..2', '@returnWord|arriv~|fly~|flies|flew|flown', '..1', 'home|додому|домой|родину|батьківщину'],
    needsInSentence: ['detentionWord', 'captive', 'detainedAdj'], ...RELEASE_GATES, blockAfter: ['arrestWord'], blockInItem: ['domesticJustice'] },
  // "Political prisoners put on flight to United States", "hostages flown home", "24 prisoners change hands".
  // "Venezuela returns 10 detained Colombians": a state handing back another state's detained nationals.
  { id: 'returns-detained-nationals', topic: 'prisoner_release', action: 'handover', weight: 0.7, modality: 'release',
    pattern: ['@country', '..1', 'return|returns|returned|returning|repatriate~', '..2', '@detainedAdj|@captive', '..1', '@demonym'], ...RELEASE_GATES,
    blockInItem: ['domesticJustice', 'evacuation'] },
  // "Iran commutes Swedish aid worker's sentence and deports him": a foreigner's term ended by sending him home.
  { id: 'commuted-and-deported', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['commut~|смягчил*|пом’якши*|пом\'якши*', '..6', 'deport~|expel~|депортир*|депортува*|выслал*|вислал*|вислала'], needsInSentence: ['demonym'], ...RELEASE_GATES },
  // "Kataib Hezbollah hands over Elizabeth Tsurkov after 900 days": a named captive handed over after a time held.
  { id: 'named-handed-over-after', topic: 'prisoner_release', action: 'handover', weight: 0.7, modality: 'release',
    pattern: ['hand|hands|handed|handing', 'over', '..3', '@name', '..1', 'after', '..2', 'days|@durationUnit'], ...RELEASE_GATES },
  // "was released through mediation by Iraqi officials", «освобождена при посредничестве Катара».
  { id: 'freed-through-mediation', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@freedParticiple', 'through|via|after|thanks|following|при|благодаря|завдяки|після|после', '..2', 'mediation|mediators|посредничеств*|посередництв*|посредник*|посередник*'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // "16 people Moscow let go in the exchange", "prisoners were let go unilaterally by Riyadh".
  { id: 'state-lets-go', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@country', 'let|lets', 'go'], needsInSentence: ['person', 'captive', 'demonym', 'swapWord'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // "Baku and Yerevan let detained soldiers go in one-for-one trade": the people between "let" and "go".
  { id: 'state-lets-people-go', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@country|@capitalPlace|@captorGroup', '..3', 'let|lets', '..4', '@person|@captive|@detainedAdj', '..1', 'go'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // "Iran lets crew of seized Greek-owned tanker go home": a longer object, then home.
  { id: 'state-lets-people-go-home', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@country|@capitalPlace|@captorGroup', '..2', 'let|lets', '@person|@captive', '..6', 'go', 'home'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'let-go-by-state', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['let', 'go', '..2', 'by', '..1', '@country'], needsInSentence: ['person', 'captive', 'demonym', 'name'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // «По её итогам на свободу вышли 52 человека»: the phrase with the verb last.
  { id: 'to-freedom-came-out-cyr', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['на', 'свободу|волю', 'вышл*|вийшл*|вышел|вийшов|вышла|вийшла|вышли|вийшли'], needsInSentence: ['person', 'number', 'demonym', 'captive'], ...RELEASE_GATES,
    blockInItem: ['domesticJustice'] },
  // "Havana said it would gradually let go 553 people convicted…".
  { id: 'let-go-number', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['let|lets', 'go', '..1', '@number'], needsInSentence: ['convictWord', 'captive', 'detainedAdj', 'person'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // "a Belgian aid worker held in Tehran for 15 months had arrived in the sultanate thanks to its mediation".
  { id: 'held-then-arrived-mediation', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@detainedAdj', '..6', 'arrived|arrives|arriving|landed|lands|flown|flew', '..6', 'mediation|mediators|mediator'], ...RELEASE_GATES,
    blockInItem: ['domesticJustice', 'evacuation'] },
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
  // "Israeli-Russian researcher held for more than two years in Iraq is free".
  { id: 'held-is-free', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['held|detained|jailed|kidnapped|abducted', '..8', 'is|are', 'free|freed'], needsInSentence: ['person', 'demonym', 'captive'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'held-leave-state', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['@person|@demonym|@name', '..2', 'leave|leaves|left', '@country'], notFollowedBy: '@detentionWord',
    needsInItem: ['detentionWord', 'detainedAdj', 'captive', 'convictWord', 'dualNational'], ...RELEASE_GATES, blockInItem: ['domesticJustice', 'evacuation'] },
  // "32 Armenian detainees and two Azerbaijani servicemen were returned under the all-for-all formula".
  { id: 'captives-were-returned', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@captive|@detainedAdj', '..6', 'were|was|have|has|been', 'returned|repatriated'], needsInSentence: ['country', 'demonym'],
    ...RELEASE_GATES, blockInSentence: [...RELEASE_GATES.blockInSentence, 'transferWord'], blockAfter: ['detentionWord'], blockInItem: ['domesticJustice'] },
  // "Teacher jailed in Russia … back on American soil".
  { id: 'back-on-home-soil', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['back|home|@returnWord|@journeyWord', 'on|to', '@demonym|@country|@capitalPlace', '..1', 'soil'],
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
    pattern: ['land|lands|landed|arrive|arrives|arrived|returns|returned|back', '..4', 'after', '..8', '@detentionWord|@captivity|@detainedAdj'], needsInSentence: ['country', 'demonym', 'capitalPlace'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice', 'evacuation'] },
  // "Kylie Moore-Gilbert arrives back in Australia" (after years in Iranian prisons).
  { id: 'arrives-back-after-detention', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['land|lands|landed|arrive|arrives|arrived|flies|flew|flown', 'back|home', '..2', '@country|@capitalPlace'], needsInItem: ['detentionWord', 'captivity', 'detainedAdj'],
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
    pattern: ['@demonym|@person', '..1', 'flown|flew', 'to|home', '..1', '@country|@capitalPlace'], needsInItem: ['detentionWord', 'detainedAdj', 'captive', 'convictWord'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice', 'evacuation'] },
  // "Sisi grants clemency to Alaa Abd El-Fattah after six years behind bars": a named prisoner. Only
  // "clemency/a pardon to X": "Trump pardons Ross Ulbricht" is domestic clemency, which the GUIDE leaves out.
  { id: 'pardon-named-prisoner', topic: 'prisoner_release', action: 'pardon', weight: 0.7, modality: 'release',
    pattern: ['clemency|pardon', 'to', '@name'], needsInItem: ['detentionWord', 'detainedAdj', 'convictWord', 'captive', 'barsWord'], blockInItem: ['domesticJustice', 'turkeyBird'] },
  // "Belarus lets opposition figure leave prison after five years": a state lets someone out.
  { id: 'let-leave-prison', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['let|lets|allow|allows|allowed', '..8', 'leave|walk', '..2', '@detentionWord'], needsInSentence: ['country', 'demonym', 'stateActor'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // "Japanese executive leaves Chinese detention", "Nine of them … walked out of a penal colony".
  // Not "left in custody": staying is no release.
  { id: 'left-detention', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['leave|leaves|left|leaving|walk|walks|walked|walking', '..4', '@detentionWord'],
    needsInSentence: ['person', 'demonym', 'number', 'captive', 'convictWord'], ...RELEASE_GATES, gapBlock: ['inWord', 'detentionWord'],
    blockInSentence: [...RELEASE_GATES.blockInSentence, 'hospital'], blockInItem: ['domesticJustice', 'courtAgent', 'transferWord', 'lawEnforcement'] },
  // "Azerbaijan lets jailed journalist leave for cancer treatment in Germany": a state lets its prisoner go abroad.
  { id: 'lets-prisoner-leave', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['let|lets|allow|allows|allowed', '..1', '@detainedAdj|@captive', '..2', '@person', '..1', 'leave|go'], needsInSentence: ['country', 'demonym', 'stateActor'],
    ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // «Ще 11 українських дітей повернуто … за посередництва Катару»: people brought back through a mediator.
  { id: 'returned-through-mediation', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@returnWord', '..6', 'за|завдяки|при|благодаря|through|thanks|after|following', '..2', 'посередництв*|посредничеств*|mediation'],
    needsInItem: ['person', 'demonym', 'captive'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
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
    pattern: ['@journeyWord', '..4', 'after|following|in|после|після|в|у', '..2', '@swapWord'], needsInSentence: ['person', 'demonym', 'captive', 'name', 'number'],
    ...SWAP_GATES, blockInSentence: [...SWAP_GATES.blockInSentence, 'evacuation'], blockInItem: ['moneyWord'] },
  // "flown out of Caracas in a three-way swap" (an article: not "land in Seoul for cultural exchange").
  { id: 'journey-in-a-swap', topic: 'prisoner_release', action: 'swap', weight: 0.65, modality: 'release',
    pattern: ['@journeyWord', '..4', 'in', 'a|an|the', '..2', '@swapWord'], needsInSentence: ['person', 'demonym', 'captive', 'name', 'number'],
    ...SWAP_GATES, blockInSentence: [...SWAP_GATES.blockInSentence, 'evacuation'], blockInItem: ['moneyWord'] },
  // "1,000-for-1,000 exchange", "обмен по формуле 150 на 150".
  { id: 'n-for-n-swap', topic: 'prisoner_release', action: 'exchange', weight: 0.7, modality: 'release',
    pattern: ['@number', 'for|на', '@number'], needsInSentence: ['swapWord'], needsInItem: ['person', 'captive', 'demonym', 'country'], blockInSentence: ['moneyWord'], blockInClause: ['bodies'] },
  // "Russia and Ukraine swap 390 each": states trading a number of people each.
  { id: 'swap-n-each', topic: 'prisoner_release', action: 'exchange', weight: 0.7, modality: 'release',
    pattern: ['swap~|exchange~|trade|trades|traded', '@number', 'each'], needsInSentence: ['country', 'demonym'], blockInSentence: ['moneyWord'], blockInClause: ['bodies'], blockInItem: ['sportBody'] },
  // "Griner freed in one-for-one swap for Viktor Bout", "Ryan Corbett freed by Taliban in Qatar-brokered swap".
  { id: 'freed-in-swap', topic: 'prisoner_release', action: 'swap', weight: 0.75, modality: 'release',
    pattern: ['@freedParticiple', '..3', 'in|as|under', '..4', '@swapWord'], needsInSentence: ['name', 'person', 'demonym'], notFollowedBy: '@swapNonPerson|@talksWord',
    ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  // "Tehran proposes trading two French detainees for Iranian woman", "offers to trade detained Americans for Russians".
  { id: 'trade-people-for', topic: 'prisoner_release', action: 'exchange', weight: 0.75, modality: 'release',
    pattern: ['trade~|trading|swap~|exchange~|обменя*|обміня*', '..4', '@captive|@convictWord|@person|@demonym', '..3', 'for|на', '..3', TRADED_FOR],
    needsInSentence: ['captive', 'convictWord', 'detainedAdj'], blockInClause: ['bodies'],
    gapBlock: ['sanctionWord', 'act_lift', 'act_ease', 'unfreezeWord', 'assetNoun', 'moneyWord', 'restrictionNoun'] },
  // "Iran and US swap Princeton scholar for Iranian scientist", "US and Russia swap Karelina for Petrov":
  // states trading people need no jail word.
  // A country must stand in the sentence, which keeps out sports trades ("Knicks trade Canadian
  // forward for Serbian center") but not "Russia swaps US basketball star for arms dealer".
  { id: 'states-swap-people', topic: 'prisoner_release', action: 'swap', weight: 0.7, modality: 'release',
    pattern: ['swap~|trade|trades|traded|trading', '..4', '@person|@demonym|@name', '..3', 'for', '..2', '@person|@demonym|@name'],
    needsInSentence: ['country'], blockInItem: ['sportBody', 'entertainment'], blockInClause: ['bodies'],
    gapBlock: ['sanctionWord', 'act_lift', 'act_ease', 'unfreezeWord', 'assetNoun', 'moneyWord', 'restrictionNoun', 'swapNonPerson'] },
  // «Польща і Білорусь обміняли журналіста на співробітника спецслужб»: one person traded for another.
  { id: 'traded-person-for-person-cyr', topic: 'prisoner_release', action: 'exchange', weight: 0.75, modality: 'release',
    pattern: ['обміня*|обменя*|обменял*', '..3', '@person|@demonym|@captive', 'на', '..2', '@person|@demonym|@convictWord|@captive'], blockInClause: ['bodies'] },
  // «Максим Буткевич на волі після двох років у російському полоні»: at liberty after captivity.
  { id: 'at-liberty-after-captivity-cyr', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['на', 'волі|воле|свободе|свободі', '..2', 'після|после', '..4', '@captivity'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'came-out-free-cyr', topic: 'prisoner_release', action: 'release', weight: 0.75, modality: 'release',
    pattern: ['вышел*|вышл*|выпущ*|выпуст*|вийш*|вийшл*|випущ*|випуст*|отпуст*|відпуст*', 'на', 'свобод*|волю'], ...RELEASE_GATES, blockInItem: ['domesticJustice'] },
  { id: 'pardon', topic: 'prisoner_release', action: 'pardon', weight: 0.85, modality: 'release',
    pattern: ['@pardonVerb'], needsInSentence: ['person', 'demonym'], blockInItem: ['domesticJustice', 'turkeyBird'] },
  // "the Kremlin said he had been pardoned": the person pardoned named in another sentence. Passive only:
  // "he pardoned" names the one who pardons.
  { id: 'pronoun-pardoned', topic: 'prisoner_release', action: 'pardon', weight: 0.7, modality: 'release',
    pattern: ['he|she|they', 'had|has|have|was|were|is|are', '..1', 'pardoned'], needsInItem: ['detainedAdj', 'captive', 'detentionWord'],
    blockInItem: ['domesticJustice', 'turkeyBird'] },
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
    needsInSentence: ['freeVerb', 'freedParticiple', 'handOver', 'handoverCyr', 'returnWord'], blockInClause: ['bodies'],
    gapBlock: ['sanctionWord', 'act_lift', 'act_ease', 'unfreezeWord', 'assetNoun', 'moneyWord', 'restrictionNoun'] },
  // «Обмен на бывшего сотрудника спецслужб прошел на мосту»: an exchange for a person, someone being held.
  { id: 'exchange-for-person-cyr', topic: 'prisoner_release', action: 'swap', weight: 0.7, modality: 'release',
    pattern: ['обмен|обмін', 'на', '..3', '@person|@demonym|@captive|@convictWord'], needsInItem: ['convictWord', 'captive', 'detainedAdj', 'detentionWord'],
    ...SWAP_GATES },
  { id: 'exchanged-for', topic: 'prisoner_release', action: 'swap', weight: 0.8, modality: 'release',
    pattern: ['exchanged|swapped|traded|обменян*|обменял*|обміняли|обміняв|обміняла|обміняний|обміняна', 'for|на', '..3', TRADED_FOR],
    blockInSentence: ['entertainment'], blockInClause: ['bodies'], blockInTitle: ['mediaWork'] },
  { id: 'after-release', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['after|following|upon|после|після', '..1', 'release|freeing|освобождения|звільнення'], needsInSentence: ['person', 'demonym'],
    notFollowedBy: 'of|on|под|під', ...RELEASE_GATES, blockInSentence: [...RELEASE_GATES.blockInSentence, 'hospital'], blockInItem: ['domesticJustice'] },
  // «Чоловіків звільнили під час обміну», "freed in a prisoner exchange": the exchange says who they were.
  { id: 'freed-in-exchange', topic: 'prisoner_release', action: 'exchange', weight: 0.8, modality: 'release',
    pattern: ['@freeVerb|@freedParticiple', 'in|during|under|as|під|в|у|во', '..2', '@swapWord'], ...SWAP_GATES },
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
  // "Kuwait's emir commutes sentences of 11 jailed opposition figures, freeing them".
  { id: 'commuted-freeing', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@commuteWord', '..8', 'freeing|frees|freed|releasing'], ...RELEASE_GATES, gapBlock: [], blockInItem: ['domesticJustice'] },
  { id: 'commuted-and-freed', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['commut~|смягчил*|пом’якшив|помякшив'], needsInItem: ['freedParticiple', 'leftPrison', 'envoyWord'], blockInItem: ['domesticJustice'] },
  // "Brittney Griner walks free as Russia swaps…", "set free after talks".
  { id: 'walks-free', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['walk|walks|walked|set|sets', 'free'], needsInItem: ['detentionWord', 'detainedAdj', 'captive', 'convictWord', 'swapWord', 'envoyWord', 'pardonVerb', 'commuteWord'],
    ...RELEASE_GATES, blockInSentence: [...RELEASE_GATES.blockInSentence, 'sentenceServed'], blockInItem: ['domesticJustice'] },
  { id: 'captives-returned', topic: 'prisoner_release', action: 'release', weight: 0.75, modality: 'release',
    pattern: ['@returnWord', '..4', '@captive'], blockInSentence: ['entertainment'], blockInClause: ['bodies'], blockInTitle: ['rescueOp', 'entertainment'] },
  { id: 'amnesty', topic: 'prisoner_release', action: 'amnesty', weight: 0.75, modality: 'release',
    pattern: ['@amnestyWord'], notFollowedBy: '@rightsGroupCue|@demandCue|@reportVerb|капитал*|капітал*|налог*|податк*|capital|tax|taxes', notPrecededBy: 'tax|capital|gun|guns|weapons|knife|migrant*|immigra*|налогов*|податков*|капитал*|международн*|міжнародн*',
    blockInSentence: ['fiscalWord'] },
  // "Glezmann released by Taliban in Qatar-brokered deal": an armed group that held him lets him go.
  { id: 'freed-by-armed-group', topic: 'prisoner_release', action: 'release', weight: 0.7, modality: 'release',
    pattern: ['@freedParticiple', 'by', '..1', '@armedGroup'], needsInItem: ['deal', 'envoyWord', 'agreementNoun', 'swapWord', 'country', 'demonym'], ...RELEASE_GATES },
  { id: 'handed-over', topic: 'prisoner_release', action: 'handover', weight: 0.7, modality: 'release',
    pattern: ['@handOver', '..3', 'over|back'], needsInSentence: ['person', 'demonym', 'captive', 'relative'], blockInClause: ['bodies'], blockAfter: ['lawEnforcement'], blockInItem: ['extradition', 'migrantWord'], blockInTitle: ['rescueOp'] },
  // "Minsk handed them over at the border": the people held are named in another sentence.
  { id: 'handed-pronoun-over', topic: 'prisoner_release', action: 'handover', weight: 0.65, modality: 'release',
    pattern: ['@handOver', '@objectPronoun', 'over|back'], needsInItem: ['detainedAdj', 'captive', 'convictWord', 'detentionWord'], blockInClause: ['bodies'],
    blockAfter: ['lawEnforcement'], blockInItem: ['extradition', 'migrantWord', 'domesticJustice'], blockInTitle: ['rescueOp'] },
  { id: 'handed-to', topic: 'prisoner_release', action: 'handover', weight: 0.65, modality: 'release',
    pattern: ['handed', 'to'], notPrecededBy: '@verdictNoun|penalty|punishment|fine|fines', needsInSentence: ['person', 'demonym', 'captive'], blockInSentence: ['handedPaper'], blockInClause: ['bodies'], blockAfter: ['lawEnforcement'], blockInItem: ['extradition', 'migrantWord'], blockInTitle: ['rescueOp'] },
  { id: 'handed-over-cyr', topic: 'prisoner_release', action: 'handover', weight: 0.7, modality: 'release',
    pattern: ['@handoverCyr'], needsInSentence: ['person', 'demonym', 'captive'], blockInSentence: ['handedPaper'], blockInClause: ['bodies'], blockAfter: ['lawEnforcement', 'managementWord', 'moneyWord', 'assetNoun'], blockInItem: ['extradition', 'migrantWord'], blockInTitle: ['rescueOp'] },
  // "Азербайджан передал Армении четырёх задержанных": one state hands detainees to another.
  { id: 'state-hands-detainees', topic: 'prisoner_release', action: 'handover', weight: 0.7, modality: 'release',
    pattern: ['@country', '..1', '@handoverCyr|@returnTransitive', '..1', '@country', '..3', '@detainedAdj|@captive|@person'], blockInClause: ['bodies'], blockInItem: ['extradition'] },
  { id: 'detainee-deal', topic: 'prisoner_release', action: 'release', weight: 0.65, modality: 'release',
    pattern: ['@deal'], needsInSentence: ['captive', 'detainedAdj'], blockInClause: ['bodies'], notPrecededBy: 'peace|ceasefire|trade|nuclear|gas|arms|мирн*|торгов*' },

];

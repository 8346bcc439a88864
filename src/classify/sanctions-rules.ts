// Rules for sanctions (syntax and modality: rules.ts).
import type { Rule } from './rules.js';

/** A regulator's, a court's or a sports body's penalties; the firm penalised stands in the same sentence. */
const PENALTY_GATES = { blockInItem: ['tradeContext', 'pandemic', 'sportContext', 'sportBody', 'courtVerdict'], blockInSentence: ['legalProfession', 'regulatedFirm'] };

export const SANCTIONS_RULES: readonly Rule[] = [
  { id: 'sanctions-word', topic: 'sanctions', action: 'impose', weight: 0.85, modality: 'sanctions',
    pattern: ['@sanctionWord'], bareSanctionWord: true, actionFromContext: true },
  // Not a court's freezing order for liquidators or creditors ("The order freezes his assets pending trial").
  { id: 'asset-freeze', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@freezeWord', '..4', '@assetNoun'], blockBefore: ['courtAgent'], blockInItem: ['insolvencyWord'] },
  { id: 'assets-frozen', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@assetNoun', '..2', '@freezeWord'], blockBefore: ['courtAgent'], blockInItem: ['insolvencyWord'] },
  { id: 'asset-unfreeze', topic: 'sanctions', action: 'lift', weight: 0.75, modality: 'sanctions',
    pattern: ['@unfreezeWord', '..3', '@assetNoun|@moneyWord'], blockBefore: ['courtAgent'] },
  // «Госдеп выдал банкам освобождение от санкций»: an exemption is a waiver.
  { id: 'exempt-from-sanctions-cyr', topic: 'sanctions', action: 'waive', weight: 0.75, modality: 'sanctions',
    pattern: ['освобожден*|звільнен*|изъяти*|вилученн*', 'от|від|из|з', '..1', '@sanctionWord'] },
  { id: 'embargo', topic: 'sanctions', action: 'impose', weight: 0.85, modality: 'sanctions', actionFromContext: true,
    pattern: ['@embargoWord'], notPrecededBy: '@mediaWord', blockInSentence: ['sportContext'] },
  { id: 'blacklist', topic: 'sanctions', action: 'designate', weight: 0.8, modality: 'sanctions',
    pattern: ['@blacklistWord'], blockInSentence: ['sportContext', 'passengerWord'] },
  // "NIS gets fresh OFAC reprieve", "OFAC waiver for Iraqi power imports".
  { id: 'agency-reprieve', topic: 'sanctions', action: 'waive', weight: 0.7, modality: 'sanctions',
    pattern: ['@sanctionAgent', '..1', 'reprieve~|waiver~|exemption~|carve|licence|license|отсрочк*|відстрочк*|исключени*|виняток*'] },
  // "UN sanctions committee grants Taliban minister travel exemption": an exemption granted under sanctions.
  { id: 'exemption-granted', topic: 'sanctions', action: 'waive', weight: 0.7, modality: 'sanctions',
    pattern: ['grant~|approv~|issu~|gets|receiv~|secur~', '..4', 'exemption~|waiver~|reprieve~'], needsInItem: ['sanctionWord', 'sanctionAgent', 'sanctioningBody'],
    blockInItem: ['tradeContext', 'pandemic', 'sportContext'] },
  // "EU suspends visa-free travel for Georgian diplomats", «ЕС приостановил безвиз для грузинских чиновников»: a visa measure.
  { id: 'visa-free-suspended', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['suspend~|revok~|scrap~', '..3', 'visa', 'free|waiver~'], needsInSentence: ['country', 'demonym'], blockInItem: ['pandemic'] },
  { id: 'visa-free-suspended-cyr', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['приостанов*|призупин*|скасув*|скасува*|отмен*', '..3', 'безвиз*|безвіз*'], needsInSentence: ['country', 'demonym'], blockInItem: ['pandemic'] },
  // "Japan extends total trade ban on North Korea": a trade embargo on a state (not a tariff).
  { id: 'trade-ban-on-state', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['trade|commercial', 'ban|bans|embargo|embargoes', 'on|against', '..1', '@country|@demonym'] },
  // China's "unreliable entity list", «список ненадёжных субъектов»: its counter-sanctions list.
  { id: 'unreliable-entity-list', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions',
    pattern: ['unreliable|ненадежн*|ненадійн*', 'entity|entities|субъект*|субєкт*'] },
  // "Vilnius lifts ban on Belarusian fertiliser transit": a named ban on a state's goods lifted (not grain trade rows).
  { id: 'lifts-ban-on-state', topic: 'sanctions', action: 'lift', weight: 0.7, modality: 'sanctions',
    pattern: ['@act_lift|@act_ease', '..1', 'ban|bans|embargo', 'on', '..1', '@demonym|@country'], blockInItem: ['tradeContext', 'pandemic', 'sportContext'] },
  // "Washington lets Iraq's waiver to pay for Iranian electricity expire": relief ended by letting it lapse.
  { id: 'waiver-expires', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['@waiverWord|@licenceNoun', '..6', 'expire~|lapse~'], needsInSentence: ['country', 'demonym'], blockInItem: ['tradeContext', 'pandemic', 'sportContext'] },
  { id: 'blacklist-cyr', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions',
    pattern: ['черн*|чорн*', 'спис*'], blockInSentence: ['passengerWord'] },
  { id: 'designate-target', topic: 'sanctions', action: 'designate', weight: 0.8, modality: 'sanctions',
    pattern: ['@designateWord', '..4', '@targetEntity|@demonym|@country'], blockInSentence: ['domesticLabel'] },
  { id: 'agency-designates', topic: 'sanctions', action: 'designate', weight: 0.8, modality: 'sanctions',
    pattern: ['@sanctionAgent', '..3', '@designateWord'], blockInSentence: ['domesticLabel'] },
  { id: 'agency-targets', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions',
    pattern: ['@sanctionAgent', '..1', 'target~|hit~|penaliz~|penalis~', '..3', '@demonym|@targetEntity|@country'] },
  { id: 'adopts-listings', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions',
    pattern: ['@act_impose', '..2', 'listings|listing'], needsInSentence: ['country', 'demonym', 'sanctioningBody'] },
  { id: 'visa-ban', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@travelWord', '@banWord'], blockInSentence: ['exitWord', 'bailWord'], blockInItem: ['pandemic'], notPrecededBy: 'his|her|their|её|його|її|его' },
  { id: 'bans-entry', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord', '..1', '@travelWord'], needsInSentence: ['country', 'demonym'], blockInSentence: ['sportContext'], blockInItem: ['pandemic'],
    // "agreed to restrict their travel for a year": a deal's condition on people freed, not a ban imposed.
    gapBlock: ['possessivePronoun'] },
  { id: 'barred-entry', topic: 'sanctions', action: 'impose', weight: 0.65, modality: 'sanctions', actionFromContext: true,
    pattern: ['barred|banned', 'from', 'entering'], needsInSentence: ['country', 'demonym'] },
  { id: 'entry-ban-cyr', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['запрет*|заборон*', 'на', 'въезд*|вїзд*'] },
  // «объявил о запрете въезда для 500 граждан США».
  { id: 'entry-ban-genitive-cyr', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['запрет*|запрещ*|заборон*', 'въезд*|вїзд*'], needsInSentence: ['country', 'demonym'], blockInItem: ['pandemic'] },
  // "Въезд в Россию закрыт ещё для 40 австралийских журналистов", "розширив стоп-лист".
  { id: 'entry-closed-cyr', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['въезд*|вїзд*', '..3', 'закрыт*|закрит*|запрещ*|заборонен*'] },
  { id: 'stop-list-cyr', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['стоп', 'лист*|список*|списк*'] },
  // "Switzerland adopts latest EU measures against Russia".
  { id: 'measures-against-state', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions', actionFromContext: true,
    pattern: ['@act_impose|@act_extend', '..3', '@measures', 'against|targeting|on|проти|против|щодо', '..2', '@country|@demonym'],
    blockInItem: ['tradeContext', 'pandemic'] },
  // «Документ прекращает действие программы ограничений», «припиняє дію санкцій»: measures ended.
  { id: 'ends-effect-cyr', topic: 'sanctions', action: 'lift', weight: 0.75, modality: 'sanctions',
    pattern: ['прекращ*|прекрати*|припиня*|припини*', 'действи*|дію|дії', '..2', '@restrictionNoun|@sanctionWord|@restrictiveWord'] },
  // «Під санкції потрапили 49 осіб»: the phrase of «потрапили під санкції» in the other order.
  { id: 'under-sanctions-fell-cyr', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions',
    pattern: ['під|под', '..1', '@restrictionNoun|@sanctionWord|@restrictiveWord', 'потрапи*|попал*|попада*|потрапля*'] },
  // «Київ синхронізував обмеження з Лондоном», "Ukraine synchronised its sanctions with the UK".
  { id: 'synchronised-measures', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['синхроніз*|синхрониз*|synchroni~|synchronis~|synchroniz~', '..2', '@restrictionNoun|@sanctionWord|@restrictiveWord'] },
  // «объявил о снятии ограничений с «Беларуськалия»»: relief for a named firm, the state named elsewhere in the item.
  { id: 'relief-for-named', topic: 'sanctions', action: 'lift', weight: 0.65, modality: 'sanctions', actionFromContext: true,
    pattern: ['@act_lift|@act_ease', '..2', '@restrictionNoun', 'с|со|з|із|from|on', '@name'], needsInItem: ['country', 'demonym'],
    blockInItem: ['tradeContext', 'pandemic'] },
  // "Russia bans 21 Australians including journalists": a state barring a number of another's nationals.
  { id: 'state-bans-nationals', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['@country', 'bans|bars', '..1', '@number', '..1', '@demonym'], blockInSentence: ['sportContext'], blockInItem: ['pandemic', 'tradeContext'] },
  // "E3 trigger snapback on Tehran's nuclear programme": lifted UN sanctions coming back.
  { id: 'snapback', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['snapback|снепбек*|снэпбэк*|снепбэк*'], needsInItem: ['country', 'demonym', 'sanctioningBody'] },
  // "UK targets 135 shadow fleet tankers", «ЄС вдарив по тіньовому флоту»: measures on the fleet that carries a sanctioned state's oil.
  { id: 'targets-shadow-fleet', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['target~|hit~|вдари*|удари*|@act_impose|@act_designate|@act_extend', '..5', '@shadowWord|dark', 'fleet|флот*'], needsInSentence: ['country', 'demonym', 'sanctioningBody', 'sanctionAgent'] },
  // «США вывели белорусский калийный концерн из-под санкций»: taken out from under sanctions.
  { id: 'out-from-under-cyr', topic: 'sanctions', action: 'lift', weight: 0.75, modality: 'sanctions',
    pattern: ['вывел*|вывод*|вывест*|вивел*|вивод*|вивест*|вивів', '..4', 'из|з|із', 'под|під', '@sanctionWord|@restrictionNoun|@restrictiveWord'] },
  // "The law allows sanctions on Chinese officials and banks": a sanctions law enacted.
  { id: 'law-allows-sanctions', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['allow~|authoriz~|authoris~|permit~|enabl~|mandat~', '..2', '@sanctionWord', 'on|against|targeting', '..3', '@demonym|@country|@targetEntity'] },
  // "$6bn in Iranian funds moved under waiver": money that moves under a waiver or licence.
  { id: 'funds-under-waiver', topic: 'sanctions', action: 'waive', weight: 0.7, modality: 'sanctions',
    pattern: ['@assetNoun|@moneyWord', '..4', 'under', '..1', '@waiverWord|@licenceNoun'], needsInSentence: ['country', 'demonym'] },
  // "Seoul joins US chip curbs on China": technology or export restrictions aimed at a state.
  { id: 'tech-curbs-on-state', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions', actionFromContext: true,
    pattern: ['@techWord|@exportWord', '..1', '@restrictionNoun', 'on|against|targeting|проти|против|щодо', '..2', '@country|@demonym'],
    blockInItem: ['tradeContext', 'pandemic', 'domesticSupply'] },
  // "further penalties could then target Turkey's defence agency": measures a state may take against a state.
  { id: 'penalties-could-hit-state', topic: 'sanctions', action: 'threaten', weight: 0.65, modality: 'sanctions',
    pattern: ['penalties|measures', '..6', 'could|may|might|would', '..1', 'target|hit', '..3', '@country|@demonym'],
    blockInItem: ['tradeContext', 'pandemic', 'sportContext', 'sportBody', 'courtVerdict'] },
  // "Brussels adopts 16th round of Russia penalties", "UK imposes penalties on Iranian officials": a
  // state's penalties on a state are sanctions; a regulator's or a court's on a firm are not (GUIDE).
  { id: 'state-penalties', topic: 'sanctions', action: 'impose', weight: 0.65, modality: 'sanctions', actionFromContext: true,
    pattern: ['@act_impose|@act_extend|@act_lift|@act_ease', '..4', '@country|@demonym', 'penalties'], ...PENALTY_GATES },
  { id: 'penalties-on-state', topic: 'sanctions', action: 'impose', weight: 0.65, modality: 'sanctions', actionFromContext: true,
    pattern: ['@act_impose|@act_extend|@act_lift|@act_ease', '..3', 'penalties', 'on|against|targeting', '..2', '@country|@demonym'], ...PENALTY_GATES },
  // "EU bars Georgian officials from entry".
  { id: 'barred-from-entry', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord', '..6', 'from', '..1', 'entry|entering|@country'], needsInSentence: ['country', 'demonym'], blockInSentence: ['sportContext', 'exitBan'], blockInItem: ['pandemic'] },
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
  // "receives another operating licence from OFAC", "OFAC licence": only sanctions authorities' licences.
  { id: 'licence-from-ofac', topic: 'sanctions', action: 'waive', weight: 0.7, modality: 'sanctions',
    pattern: ['@licenceNoun|@waiverWord', 'from|by|от|від', '..1', 'ofac|ofsi'] },
  { id: 'ofac-licence', topic: 'sanctions', action: 'waive', weight: 0.7, modality: 'sanctions',
    pattern: ['ofac|ofsi', '..3', '@licenceNoun|@waiverWord'] },
  // «выведена из-под санкций США»: taken out from under sanctions.
  { id: 'out-from-under-sanctions', topic: 'sanctions', action: 'lift', weight: 0.8, modality: 'sanctions',
    pattern: ['вывел*|выведен*|выведут|вывести|выводит*|вивел*|виведен*|виведуть|вивести|виводит*', 'из|з', 'под|під', '..1', '@sanctionWord'] },
  { id: 'waiver-lets', topic: 'sanctions', action: 'waive', weight: 0.7, modality: 'sanctions',
    pattern: ['@waiverWord|@licenceNoun', '..4', 'let|lets|allow~|permit~|unlock~|enabl~'], needsInSentence: ['country', 'demonym'], blockInItem: ['tradeContext', 'pandemic'] },
  // "exporters will be barred from selling to 22 more entities in China": an export ban on named parties.
  { id: 'barred-from-selling-to', topic: 'sanctions', action: 'designate', weight: 0.7, modality: 'sanctions',
    pattern: ['@banWord', '..1', 'from', 'selling|exporting|supplying|shipping', 'to', '..3', 'entities|firms|companies|entity'], needsInItem: ['country', 'demonym'],
    blockInItem: ['tradeContext', 'pandemic', 'sportContext'] },
  // "OFAC blocks nine aircraft of Venezuelan state airline": property blocked by a sanctions agency.
  { id: 'agency-blocks-property', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions',
    pattern: ['@sanctionAgent', '..2', 'block|blocks|blocked|blocking', '..3', 'aircraft|planes|jets|vessels|tankers|ships|property|properties|assets|accounts'] },
  // «передана во временное управление» by decree "in response to unfriendly actions": Russia's
  // counter-measure of seizing a Western firm's local business.
  { id: 'temporary-management', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['во|в|у|під', 'временное|тимчасове', 'управление|управління'], needsInItem: ['country', 'demonym'] },
  // "Panama strikes 14 tankers from its registry after US designations": a flag state enforcing listings.
  { id: 'struck-from-registry', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['strike|strikes|struck|remove|removes|removed|deregister~|delete~', '..3', 'tankers|vessels|ships', 'from', '..1', 'registry|register'],
    needsInItem: ['designateWord', 'sanctionWord', 'blacklistWord', 'shadowWord'] },
  // «активи підсанкційного бізнесмена стягнуто в дохід держави»: assets seized under Ukraine's sanctions law.
  // No sanctions gate: the owner's status («підсанкційного») before the verb is expected here, not background.
  { id: 'recovered-to-state', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'none',
    pattern: ['стягн*|стягуван*|взыска*|взыскан*', '..4', 'дохід|доход', 'держави|государства'], needsInItem: ['sanctionWord'] },
  // "EU bans 43 more shadow fleet tankers": port and service bans on named ships.
  { id: 'bans-tankers', topic: 'sanctions', action: 'designate', weight: 0.7, modality: 'sanctions',
    pattern: ['@banWord', '..4', 'tankers|vessels|ships|судов|суден|танкер*'], needsInSentence: ['sanctioningBody', 'country', 'demonym', 'shadowWord', 'sanctionAgent'],
    blockInItem: ['sportContext', 'pandemic', 'tradeContext'] },
  // "Seventy tankers can no longer enter British ports after latest designations": new listings named by the noun.
  { id: 'new-designations', topic: 'sanctions', action: 'designate', weight: 0.7, modality: 'sanctions',
    pattern: ['latest|new|fresh|further|additional', 'designation|designations'], blockInItem: ['domesticLabel', 'sportContext'] },
  // "Tankers may dock again after shipping firm is taken off the list", "taken off US blacklist": a delisting told plainly.
  { id: 'taken-off-list', topic: 'sanctions', action: 'delist', weight: 0.65, modality: 'sanctions',
    pattern: ['taken|removed|struck|dropped|comes|came', 'off|from', '..2', '@listWord|@blacklistWord'], needsInItem: ['sanctioningBody', 'sanctionWord', 'blacklistWord', 'banWord', 'sanctionAgent'],
    blockInItem: ['sportContext', 'tradeContext'] },
  // "decision to drop licence requirements for civil aviation exports to Damascus": export controls eased.
  { id: 'licence-requirement-dropped', topic: 'sanctions', action: 'ease', weight: 0.7, modality: 'sanctions',
    pattern: ['drop|drops|dropped|lift~|eas~|remov~|scrap~|waive~', '..2', 'licence|license|licensing', 'requirement~'], needsInItem: ['country', 'demonym'] },
  // "US eases remittance curbs" on Cuba: limits on money, travel or flights to a state.
  { id: 'eases-named-curbs', topic: 'sanctions', action: 'ease', weight: 0.7, modality: 'sanctions', actionFromContext: true,
    pattern: ['@act_ease|@act_lift', 'remittance|remittances|travel|financial|banking|payment|payments|aviation|flight|flights', '@restrictionNoun|@banWord'],
    needsInSentence: ['country', 'demonym'], blockInItem: ['pandemic', 'tradeContext'] },
  // "General Court upholds listing of Russian steel magnate": a court keeps a listing in force.
  { id: 'court-upholds-listing', topic: 'sanctions', action: 'extend', weight: 0.7, modality: 'sanctions',
    pattern: ['uphold|upholds|upheld|залишив|оставил', '..3', 'listing|listings|designation|designations|@sanctionWord'], needsInItem: ['courtAgent'],
    blockInItem: ['sportContext', 'sportBody'] },
  // "Chevron's Venezuela licence rewritten to bar payments": the terms of sanctions relief changed.
  { id: 'licence-amended', topic: 'sanctions', action: 'impose', weight: 0.65, modality: 'sanctions',
    pattern: ['@licenceNoun', '..2', 'rewritten|revised|amended|narrowed|modified|curtailed|пересмотрен*|изменен*|змінен*'], needsInItem: ['sanctionAgent', 'sanctionWord', 'oilWord'],
    blockInItem: ['tradeContext', 'pandemic', 'sportContext'] },
  // "the General Court annulled his listings": a court strikes a listing down.
  { id: 'court-annuls-listing', topic: 'sanctions', action: 'delist', weight: 0.7, modality: 'sanctions',
    pattern: ['annul~|quash~|скасува*|отменил*|отменен*', '..3', 'listing|listings|designation|designations|@sanctionWord|@listWord'], needsInItem: ['courtAgent'],
    blockInItem: ['sportContext', 'sportBody'] },
  // "the licence, granted under EU sanctions rules, allows payments": relief given under a regime.
  { id: 'licence-under-sanctions', topic: 'sanctions', action: 'waive', weight: 0.7, modality: 'sanctions',
    pattern: ['@waiverWord|@licenceNoun', 'granted|issued|given|approved|выданн*|видан*', 'under|по|під|в|у', '..3', '@sanctionWord'], blockInItem: ['tradeContext', 'pandemic'] },
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
    pattern: ['@act_extend', '..4', '@licenceNoun'], needsInItem: ['sanctionAgent', 'sanctionWord', 'oilWord', 'name'],
    blockInItem: ['tradeContext', 'pandemic', 'sportContext'] },
  // "US revokes Chevron licence to operate in Venezuela": sanctions relief taken back. Not a broadcast
  // or market regulator withdrawing a firm's licence.
  { id: 'licence-revoked', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['revoke~|rescind~|withdraw~|withdrew|cancel~|отозва*|отзыв*|відклика*|скасува*|аннулир*|анулюва*', '..3', '@licenceNoun'],
    needsInSentence: ['country', 'demonym'], needsInItem: ['sanctionAgent', 'sanctionWord', 'oilWord', 'name'], blockInItem: ['regulatorWord', 'legalProfession', 'courtVerdict'] },
  // Not "Ministry grants Rift Minerals licence to mine graphite": a state licensing work on its own soil.
  { id: 'licence-issued', topic: 'sanctions', action: 'ease', weight: 0.75, modality: 'sanctions',
    pattern: ['@issueWord', '..3', '@licenceNoun'], needsInSentence: ['sanctionAgent', 'sanctionWord', 'country'], notPrecededBy: 'ministry|министерство|міністерство' },
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
    pattern: ['@addWord', '..15', '@listWord'], needsInSentence: ['sanctionWord', 'blacklistWord', 'terrorWord', 'sdnWord', 'shadowWord', 'sanctionAgent', 'designateWord'] },
  { id: 'body-lists', topic: 'sanctions', action: 'designate', weight: 0.8, modality: 'sanctions',
    pattern: ['@sanctioningBody|@country|committee', '..1', '@listVerb', '..5', '@demonym|@targetEntity|@person|@country'], gapBlock: ['swapWord'] },
  // "BIS places 27 entities on Entity List for diverting chips to Russia": the US export blacklist.
  { id: 'entity-list', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['entity', 'list'], needsInItem: ['country', 'demonym'] },
  { id: 'export-controls-cyr', topic: 'sanctions', action: 'impose', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['экспортн*|експортн*', 'контрол*|ограничени*|обмежен*'], blockInSentence: ['courtVerdict'] },
  { id: 'import-ban', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord', '..3', '@importWord', '..5', '@demonym|@country'], blockInItem: ['tradeContext'] },
  { id: 'import-ban-before', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord', '..2', '@demonym|western|западн*|західн*', '..2', '@importWord'], blockInItem: ['tradeContext'] },
  { id: 'carrier-ban', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['@banWord|close~|closed|закр*', '..3', '@demonym', '..2', '@carrierWord'], blockInSentence: ['sportContext'], blockInItem: ['tradeContext'] },
  { id: 'removed-from-list', topic: 'sanctions', action: 'delist', weight: 0.85, modality: 'sanctions',
    pattern: ['@removeWord', '..12', '@listWord'], needsInSentence: ['sanctionWord', 'blacklistWord', 'terrorWord', 'sdnWord', 'sanctionAgent', 'designateWord'] },
  { id: 'general-licence', topic: 'sanctions', action: 'ease', weight: 0.8, modality: 'sanctions', actionFromContext: true,
    pattern: ['@generalWord', '@licenceWord'] },
  { id: 'sanctions-waiver', topic: 'sanctions', action: 'waive', weight: 0.7, modality: 'sanctions',
    pattern: ['@waiverGrant', '..4', '@waiverWord'], needsInSentence: ['country', 'demonym'], notPrecededBy: 'visa|tuition|fee|fees' },
  // «продовжила ще на пів року дію секторальних санкцій», "extended the validity of the measures".
  { id: 'extend-validity', topic: 'sanctions', action: 'extend', weight: 0.75, modality: 'sanctions',
    pattern: ['@act_extend', '..4', 'действи*|дію|дії|термін*|срок*|validity|duration', '..3', '@sanctionWord|@restrictiveWord'] },
  // "Seven Russian lenders to lose SWIFT access", «отключить от SWIFT»: banks cut off the payment messaging system.
  { id: 'swift-cut-off', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions',
    pattern: ['from|off|от|від|из|з', 'swift|свифт*|свіфт*'], needsInSentence: ['cutOffWord'], needsInItem: ['country', 'demonym'] },
  { id: 'swift-access-cut', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions',
    pattern: ['swift|свифт*|свіфт*', 'access|доступ*'], needsInSentence: ['cutOffWord'], needsInItem: ['country', 'demonym'] },
  // "Kyiv bars Transaero and Aeroflot from Ukrainian airspace", "Belavia barred from EU skies". Not a
  // closure for drones, missiles or weather.
  { id: 'airspace-ban', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions', actionFromContext: true,
    pattern: ['bar|bars|barred|barring|ban|bans|banned|banning|close|closes|closed|closing|закры*|закри*|запрети*|заборони*|запрещ*|заборон*', '..6', 'airspace|skies|воздушн*|повітрян*'],
    needsInSentence: ['name', 'demonym'], blockInSentence: ['airSafety'], blockInItem: ['pandemic'] },
  // "The vessel was frozen under EU measures targeting the billionaire", "impounded under UK sanctions".
  { id: 'held-under-measures', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['@freezeWord|seized|impounded|арестован*|заарештован*', 'under|по|згідно', '..2', '@measures|@sanctionWord|@restrictiveWord'],
    needsInSentence: ['country', 'demonym', 'sanctioningBody'] },
  // "OFAC gave counterparties 30 days to wind down business with the firm": a designation's wind-down licence.
  { id: 'wind-down', topic: 'sanctions', action: 'designate', weight: 0.7, modality: 'sanctions',
    pattern: ['ofac|@sanctionWord', '..10', 'wind', 'down'] },
  // «Зеленський увів у дію рішення РНБО щодо 12 танкерів»: Ukraine's sanctions are security council decisions.
  { id: 'nsdc-decision-enacted', topic: 'sanctions', action: 'impose', weight: 0.7, modality: 'sanctions',
    pattern: ['увів|ввів|ввел|введ*|вводит*|вводить|уводит*|увед*', 'у|в', 'дію|действие', '..1', 'рішенн*|решени*', '..2', 'рнбо|снбо'],
    needsInItem: ['sanctionWord', 'restrictionNoun', 'assetNoun', 'blacklistWord'] },
  // «активи блокуються на 10 років», «блокування активів»: blocking assets is a freeze.
  { id: 'assets-blocked-cyr', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['@assetNoun', '..1', 'блокуют*|блокуєт*|блокиру*|заблокован*|заблокирован*'], needsInItem: ['sanctionAgent', 'sanctionWord', 'sanctioningBody'], blockBefore: ['courtAgent'] },
  { id: 'asset-blocking-cyr', topic: 'sanctions', action: 'impose', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['блокуванн*|блокировк*|заблокува*|заблокирова*', '..2', '@assetNoun'], needsInItem: ['sanctionAgent', 'sanctionWord', 'sanctioningBody'], blockBefore: ['courtAgent'] },
  // «її засновник потрапив під обмеження Великої Британії», «попал под санкции ЕС».
  { id: 'fell-under-measures-cyr', topic: 'sanctions', action: 'designate', weight: 0.75, modality: 'sanctions', actionFromContext: true,
    pattern: ['потрапи*|попал*|попада*|потрапля*', 'під|под', '..1', '@restrictionNoun|@sanctionWord|@restrictiveWord'] },
  { id: 'national-emergency-renewed', topic: 'sanctions', action: 'extend', weight: 0.75, modality: 'sanctions',
    pattern: ['@emergencyRenew', '..3', '@nationalWord', '@emergencyWord', 'on|with|regarding|concerning|over', '..2', '@country'] },
];

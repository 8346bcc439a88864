// Word classes for sanctions rules and gates (syntax in lexicon.ts). English, Russian, Ukrainian side by side.
import type { WordTable } from './lexicon.js';

export const SANCTIONS_WORDS: WordTable = {
  // --- sanctions --------------------------------------------------------------------------
  sanctionWord: ['sanction~', 'санкц*', 'санкцион*', 'санкцій*', '!санкционир*', '!санкціонув*', '!санкціону*'],
  sanctionFollower: ['package', 'packages', 'list', 'lists', 'regime', 'regimes', 'relief', 'programme', 'program', 'designation~', 'evasion', 'пакет*', 'списк*', 'список', 'режим*'],
  backgroundCue: [
    'under', 'subject', 'above', 'below', 'despite', 'amid', 'defy~', 'defies', 'withstand~', 'weather~', 'survive~', 'evade~', 'evasion', 'circumvent~', 'bypass~', 'dodge~', 'because', 'due', 'impact', 'effect',
    'несмотря', 'через', 'обход*', 'уклон*', 'под', 'попри', 'обхід*', 'ухиля*', 'під', 'підсанкц*', 'подсанкц*',
    // «находящаяся в санкционном списке», «перебуває у санкційному списку»: being on a list.
    'находящ*', 'находится', 'находятся', 'состоящ*', 'значится', 'числится', 'перебуває', 'перебувають', 'знаходиться',
  ],
  backgroundAfter: ['work', 'works', 'worked', 'working', 'давлени*', 'тиск', 'тиску', 'тиском', 'screening', 'compliance', 'breach', 'breaches', 'violation~', 'weigh', 'weighed', 'weighing', 'weighs', 'fail~', 'dent~', 'reshap~', 'transform~', 'backfir~', 'bite', 'bit', 'удорож*', 'подорож*', 'hit', 'busting', 'evading', 'evasion', 'dodging', 'proof', 'free', 'cut', 'slashed', 'shaved', 'blunt~', 'eroded', 'controls', 'помешал*', 'завадил*', 'сказыва*', 'позначаю*', 'позначил*', 'hurt', 'squeez~', 'choke~', 'choking', 'crimp~', 'hamper~', 'crippl~', 'starv~', 'strain~', 'скоротили', 'сократили', 'ударили', 'вдарили', 'обвалили', 'знизили', 'снизили'],
  /** "Клуб, власника якого Україна внесла до санкційного списку, виграв": a relative clause describing someone. */
  relativeWord: ['whose', 'который', 'которого', 'которая', 'которой', 'которые', 'которых', 'якого', 'якої', 'які', 'яких', 'який', 'яка'],
  /** The shadow fleet of tankers: listing its ships is sanctions news. */
  shadowWord: ['shadow', 'тенев*', 'тіньов*'],
  waiverGrant: ['grant~', 'issue~', 'extend~', 'renew~', 'approve~'],
  waiverWord: ['waiver', 'waivers'],
  attributiveLead: ['a', 'an', 'the', 'of', 'for', 'with', 'carrying', 'on', 'against', 'and', 'by'],
  sportContext: ['уєфа', 'фіфа', 'мок', 'окр', 'олимпи*', 'олімпі*', 'антидопинг*', 'антидопінг*', 'спортсмен*', 'штангист*', 'штангіст*', 'атлет*',
    'дисквалиф*', 'дискваліф*', 'disqualif*', 'фигурист*', 'фігурист*', 'skater~', 'cas', 'спортивн*',
    'uefa', 'fifa', 'ncaa', 'ioc', 'wada', 'rusada', 'fide', 'fiba', 'ufc', 'nba', 'nfl', 'nhl', 'mlb', 'doping', 'anti', 'athlete~',
    'player~', 'club', 'clubs', 'coach', 'referee~', 'tournament~', 'championship~', 'match', 'matches', 'olympic~', 'football',
    'soccer', 'chess', 'boxing', 'cricket', 'tennis', 'rugby', 'league', 'fans', 'stadium', 'sprinter', 'cyclist',
    'уефа', 'фифа', 'допинг*', 'допінг*', 'спорт*', 'клуб', 'клуба', 'турнир*', 'турнір*', 'матч*', 'дисквалиф*', 'дискваліф*',
    'олимпи*', 'олімпі*', 'футбол*', 'шахмат*', 'шахов*', 'болельщик*', 'вболівальник*',
  ],
  sportBody: ['uefa', 'fifa', 'ncaa', 'ioc', 'мок', 'окр', 'уєфа', 'фіфа', 'wada', 'rusada', 'fide', 'fiba', 'ufc', 'nba', 'nfl', 'nhl', 'mlb', 'khl', 'кхл', 'вхл', 'рфпл', 'federation', 'уефа', 'фифа', 'федераци*', 'федераці*'],
  /** Trade protection, not sanctions: "Poland lifts ban on Ukrainian grain imports". */
  /** Export bans to keep goods at home: "bans onion exports as domestic prices soar". */
  domesticSupply: ['domestic', 'price', 'prices', 'shortage~', 'inflation', 'harvest~', 'food', 'rice', 'onion~', 'sugar', 'внутренн*', 'внутрішн*', 'дефицит*', 'дефіцит*', 'цен', 'цены', 'ціни', 'цін', 'продовольств*'],
  tradeContext: ['tariff~', 'duties', 'dumping', 'farmer~', 'grain', 'wheat', 'agricultur~', 'protectionis~', 'quota~', 'пошлин*', 'мит', 'мито', 'зерн*', 'фермер*', 'аграр*'],
  /** "Amnesty declared: Jakarta offers to waive penalties on undeclared offshore assets": a tax amnesty. */
  fiscalWord: ['tax', 'taxes', 'taxpayer~', 'offshore', 'undeclared', 'налог*', 'податк*', 'офшор*'],
  /** Armed groups that hold hostages and free them under deals. */
  armedGroup: ['taliban', 'hamas', 'houthi~', 'hezbollah', 'farc', 'eln', 'al-shabaab', 'shabaab', 'jnim', 'талибы', 'талибами', 'талибан*', 'хамас', 'хусит*', 'хезболл*'],
  /** "US deports 150 Hondurans … The migrants were handed over": deportees, not prisoners. */
  migrantWord: ['migrant~', 'deportee~', 'asylum', 'мигрант*', 'мігрант*', 'депортированн*', 'депортован*'],
  /** "Airline blacklists unruly passenger": a carrier's own list. */
  passengerWord: ['passenger~', 'пассажир*', 'пасажир*'],
  carrierWord: ['ship~', 'vessel~', 'tanker~', 'aircraft', 'airline~', 'flight~', 'plane~', 'truck~', 'lorr~', 'vehicle~', 'car', 'cars', 'суд*', 'танкер*', 'самолет*', 'літак*', 'авиакомпани*', 'авіакомпані*', 'автомобил*', 'автомобіл*', 'грузовик*', 'вантажів*'],
  approvalObject: ['runway', 'runways', 'airport',
    'tournament~', 'event~', 'race~', 'match', 'matches', 'bout~', 'fight', 'fights', 'game', 'games', 'championship~',
    'competition~', 'meet', 'sale', 'construction', 'marriage', 'project~', 'expedition~', 'strike~',
    'ballot', 'ballots', 'count', 'recount', 'merger', 'walkout', 'use', 'force', 'reform', 'reforms', 'bill', 'bills', 'law', 'plan', 'plans', 'scheme', 'funding', 'funds', 'spending', 'grant', 'loan', 'budget', 'million',
    'billion', 'bn', 'release', 'bridge', 'crossing', 'road', 'expansion', 'purchase', 'hire', 'hiring',
    'line', 'route', 'railway', 'rail', 'tram', 'metro', 'stadium', 'housing', 'development', 'school', 'hospital',
    'deal', 'deals', 'agreement', 'pilgrimage~', 'procession~', 'parade~', 'festival~', 'concert~', 'celebration~', 'rally', 'rallies', 'march', 'marches',
  ],
  /** "Bank of Ghana sanctions three lenders": a central bank as regulator (with regulatedFirm after the verb). */
  bankWord: ['bank', 'банк', 'банка', 'регулятор', 'регулятора'],
  regulatedFirm: ['lender~', 'bank', 'banks', 'insurer~', 'broker~', 'bureau~', 'microfinance', 'operator~', 'firm', 'firms', 'fintech~', 'брокер*', 'страховщик*', 'страховик*', 'микрофинанс*', 'мікрофінанс*'],
  /** Local bodies approve ("sanction") projects; they do not impose sanctions. */
  localBody: ['bundestag', 'knesset', 'sejm', 'seimas', 'saeima', 'riksdag', 'storting', 'folketing', 'board', 'cabinet', 'senate', 'parliament', 'congress', 'assembly', 'lawmakers', 'legislature', 'city', 'county', 'town', 'borough', 'municipal~', 'municipality', 'parish', 'district', 'planning', 'mayor~', 'school', 'university', 'synod', 'diocese', 'church', 'bishop~'],
  stateActor: ['eu', 'un', 'us', 'western', 'new', 'fresh', 'tough', 'tougher', 'further', 'more', 'treasury', 'ofac'],
  courtAgent: [
    'нбу', 'цб', 'нацбанк*', 'центробанк*', 'fed',
    'court', 'courts', 'judge', 'judges', 'regulator~', 'sec', 'fca', 'finra', 'cftc', 'watchdog~', 'disciplinary', 'bar', 'tribunal',
    'суд', 'суда', 'судья', 'судом', 'регулятор*', 'суддя',
    // A marketplace disciplining its sellers: «Маркетплейс ввёл санкции против продавцов».
    'marketplace~', 'маркетплейс*',
  ],
  legalProfession: ['lawyer~', 'attorney~', 'broker~', 'brokerage~', 'counsel', 'firm', 'firms', 'adviser~', 'auditor~', 'адвокат*', 'брокер*'],
  assetNoun: ['asset~', 'fund', 'funds', 'account~', 'reserve~', 'актив*', 'счет*', 'счета', 'средств*', 'рахун*', 'кошт*', 'money', 'monies', 'деньг*', 'денег', 'гроші', 'грошей', 'грошима'],
  freezeWord: ['freeze~', 'froze', 'frozen', 'immobili*', 'confiscat~', 'замор*', 'знерухом*', 'иммобилиз*', 'конфиск*', 'конфіск*'],
  unfreezeWord: ['unfreeze~', 'unfroze', 'разморо*', 'розморо*', 'разблокир*', 'розблокув*', 'розблоков*'],
  embargoWord: ['embargo~', 'эмбарго', 'ембарго'],
  mediaWord: ['news', 'press', 'media', 'publication', 'information'],
  blacklistWord: ['blacklist~'],
  designateWord: ['designat*'],
  targetEntity: [
    'individuals', 'entities', 'entity', 'companies', 'company', 'firms', 'banks', 'bank', 'persons', 'officials', 'people', 'network',
    'networks', 'group', 'groups', 'vessels', 'tankers', 'ships', 'oligarch~', 'businessmen', 'executives', 'lawmakers', 'officers',
    'commanders', 'ministers', 'terrorist~', 'lenders', 'airline', 'organisation~', 'organization~', 'suppliers', 'traders',
    'leader~', 'chief~', 'commander', 'minister', 'official', 'firm', 'businessman', 'tycoon~', 'warlord~', 'judge~', 'militia~',
  ],
  /** A film, series, podcast or book: told about a release, it is a past one. */
  mediaWork: ['documentary', 'документальн*', 'podcast~', 'подкаст*', 'film', 'films', 'movie~', 'series', 'novel', 'memoir~', 'book', 'books', 'фильм*', 'фільм*', 'стрічк*', 'сериал*', 'серіал*', 'книг*', 'мемуар*'],
  /** An appeal to free someone; the model may not read a release into it. */
  appealCue: ['urge~', 'appeal~', 'petition~', 'plea', 'pleas', 'hunger', 'vigil', 'голодовк*', 'голодуванн*', 'призва*', 'призыва*', 'заклика*', 'петици*', 'петиці*', 'попроси*', 'добиться', 'домогтися', 'домогтись', 'вимага*', 'требова*'],
  /** Checking clients or payments against lists: compliance, not a measure. */
  complianceCheck: ['screen', 'screens', 'screening', 'screened', 'check', 'checks', 'checking', 'checked', 'vet', 'vetting', 'перевір*', 'провер*', 'перевіря*'],
  /** A sentence shortened by the state: with "walks free", a release. */
  commuteWord: ['commut~', 'смягчил*', 'смягчен*', 'помякши*', 'помякшен*'],
  /** A private claim on assets, for a court's freezing order: "liquidators allege…". */
  insolvencyWord: ['liquidator~', 'creditor~', 'insolven~', 'bankrupt~', 'receivership', 'ликвидатор*', 'кредитор*', 'банкрот*', 'ліквідатор*'],
  /** Off a payment system or a market: "lose SWIFT access", «отключить от SWIFT». */
  cutOffWord: ['disconnect~', 'cut', 'cuts', 'cutting', 'lose', 'loses', 'losing', 'lost', 'exclude~', 'expel~', 'ban~', 'отключ*', 'відключ*', 'исключ*', 'виключ*', 'отрез*', 'відріз*'],
  /** Why an airspace closes when it is no sanction. */
  airSafety: ['drone~', 'missile~', 'rocket~', 'attack~', 'weather', 'storm~', 'volcan~', 'ash', 'safety', 'exercise~', 'беспилотник*', 'безпілотник*', 'дрон*', 'ракет*', 'атак*', 'учени*', 'навчан*', 'погод*'],
  sanctionAgent: ['treasury', 'ofac', 'ofsi', 'минфин', 'мінфін', 'рнбо', 'снбо'],
  banWord: ['ban~', 'запрет*', 'запрещ*', 'заборон*', 'запрети*', 'заборони*', 'restrict~', 'restriction~', 'bar', 'bars', 'barring', 'barred', 'curb~', 'limit~', 'control~'],
  travelWord: ['visa', 'visas', 'travel', 'entry', 'визов*', 'візов*'],
  exportWord: ['export~', 'экспорт*', 'експорт*', 'вывоз*', 'вивез*', 'вивіз*', 'supplies', 'shipments', 'постачан*', 'поставк*', 'поставок'],
  techWord: [
    'chip~', 'chipmaking', 'semiconductor~', 'technology', 'technologies', 'dual', 'military', 'weapon~', 'arms', 'drone~',
    'equipment', 'microchip~', 'lithography', 'components', 'machinery', 'ai', 'quantum', 'aerospace',
    'технолог*', 'высокотехнолог*', 'високотехнолог*', 'оборудован*', 'обладнан*', 'оружи*', 'зброї', 'зброя', 'зброю', 'чип*',
    'микросхем*', 'мікросхем*', 'полупроводник*', 'напівпровідник*', 'дрон*', 'беспилотн*', 'безпілотн*', 'двойного', 'подвійного',
    'компонент*', 'станк*', 'верстат*',
    // Critical minerals: export bans on them are the classic retaliatory control.
    'gallium', 'germanium', 'antimony', 'graphite', 'rare', 'minerals', 'галли*', 'германи*', 'галі*', 'германі*', 'сурьм*', 'графит*', 'графіт*', 'редкоземельн*', 'рідкісноземельн*',
  ],
  priceWord: ['price', 'prices'],
  capWord: ['cap', 'caps', 'capped', 'ceiling'],
  oilWord: ['oil', 'crude', 'petroleum', 'diesel', 'russian', 'tanker~', 'нефт*', 'нафт*'],
  restrictionNoun: ['restriction~', 'curb~', 'ограничени*', 'обмежен*'],
  packageWord: ['package', 'packages', 'пакет*'],
  haltWord: ['halt~', 'suspend~', 'stop~', 'cut~', 'sever~', 'freeze~', 'прекрати*', 'прекращ*', 'приостанов*', 'припини*', 'припиня*', 'призупини*', 'призупиня*', 'разорва*', 'розірва*', 'заморози*'],
  tradeNoun: ['trade', 'trading', 'commerce', 'торговл*', 'торгівл*'],
  /** Leaving the country one is held in: a lifted travel ban there is an exit ban, not a sanction. */
  exitWord: ['leave', 'leaving', 'exit', 'выезд*', 'виїзд*', 'покинуть', 'покинути'],
  licenceNoun: ['licen*', 'лицензи*', 'ліцензі*'],
  issueWord: ['issue~', 'grant~', 'выдал*', 'выда*', 'видав', 'видал*', 'нада*'],
  pandemic: ['covid', 'coronavirus', 'pandemic', 'quarantine', 'lockdown', 'ковид*', 'ковід*', 'пандеми*', 'пандемі*', 'карантин*'],
  restrictiveWord: ['restrictive', 'ограничительн*', 'обмежувальн*'],
  counterMeasure: ['countermeasure~', 'контрсанкц*', 'контрмер*', 'контрзаход*'],
  retaliatory: ['retaliatory', 'reciprocal', 'mirror', 'ответн*', 'зеркальн*', 'відповідн*', 'дзеркальн*'],
  measures: ['measures', 'мер', 'меры', 'мерах', 'мерами', 'заходи', 'заходів', 'заходами'],
  delistWord: ['delist~'],
  // "including against sanctions lists", «включая»: the preposition adds nobody.
  addWord: ['add', 'adds', 'added', 'adding', 'include~', '!including', '!включая', '!включно', 'put', 'puts', 'returns', 'returned', 'restor~', 'relist~', 'внес*', 'включ*', 'додал*', 'додав*', 'внесл*', 'внесен*', 'включен*'],
  importWord: ['import', 'imports', 'импорт*', 'імпорт*', 'ввоз*', 'ввез*', 'ввіз*', 'ввез*'],
  /** "not on the agenda", "off the table" after a release word: it is not happening. */
  /** "exchange … not yet possible", «обмен невозможен»: said not to be happening. */
  ruledOut: [
    'impossible', 'unlikely', 'unrealistic', 'premature', 'рано', 'зарано', 'невозможн*', 'неможлив*', 'нереальн*', 'collapse~', 'cancel~', 'postpon~', 'stall~',
    'derail~', 'сорва*', 'сорван*', 'зірва*', 'зірван*', 'отложен*', 'відкладен*', 'затягу*', 'затягив*', 'затягува*',
  ],
  /** Right after a release word, what is asked for or who decides: "clemency plea rejected", "pardons commission". */
  petitionNoun: [
    'plea', 'pleas', 'petition~', 'appeal~', 'request~', 'bid', 'bids', 'commission', 'commissions', 'committee', 'board',
    'прошени*', 'ходатайств*', 'клопотанн*', 'комисси*', 'комісі*', 'прохання', 'просьб*',
  ],
  offAgenda: ['agenda', 'table', 'planned', 'expected', 'discussed', 'agreed', 'finalised', 'finalized', 'согласован*', 'узгоджен*', 'погоджен*', 'повестк*', 'порядку', 'планиру*', 'планує*', 'обсужда*', 'обговорю*'],
  removeWord: ['drop~', 'remove~', 'exclude~', 'took', 'take~', 'strike~', 'struck', 'исключ*', 'виключ*', 'вилуч*', 'вычеркн*', 'викресл*'],
  listWord: ['list', 'lists', 'blacklist', 'sdn', 'списк*', 'список', 'переліку', 'перелік'],
  /** Treasury's Specially Designated Nationals list: a sanctions list by its name alone. */
  sdnWord: ['sdn'],
  generalWord: ['general'],
  licenceWord: ['licen*'],
  emergencyRenew: ['renew~', 'extend~', 'continue~', 'prolong~'],
  nationalWord: ['national'],
  emergencyWord: ['emergency'],

  // --- sanctions actions (nearest one to a trigger names the action) -----------------------
  act_impose: [
    'impose~', 'slap~', 'adopt~', 'introduce~', 'announce~', 'new', 'fresh', 'expand~', 'tighten~', 'toughen~', 'broaden~',
    'target~', 'hit', 'approve~', 'agree~', 'unveil~', 'package', 'ввел*', 'ввод*', 'введ*', 'ввест*', 'ввели', 'расшир*',
    'ужесточ*', 'нов*', 'пакет*', 'утверд*', 'одобр*', 'принял*', 'запровад*', 'ввів', 'розшир*', 'посил*', 'схвал*',
    'ухвал*', 'затверд*',
  ],
  act_lift: ['lift~', 'remove~', 'end', 'ends', 'ended', 'ending', 'scrap~', 'unfreeze~', 'rescind~', 'revoke~', 'drop~', 'terminate~', 'снял*', 'снят*', 'снима*', 'отмен*', 'зня*', 'скасу*', 'разморо*', 'розморо*'],
  act_ease: ['ease~', 'easing', 'relax~', 'loosen~', 'relief', 'soften~', 'suspend~', 'ослаб*', 'смягч*', 'послаб*', 'помякш*', 'приостанов*', 'призупин*'],
  /** Sanctions put back: "restores all sanctions lifted under the nuclear deal" is imposing, whatever follows. */
  restoreWord: ['restor~', 'reimpos~', 'reinstat~', 'snapback', 'восстанов*', 'возобнов*', 'відновил*', 'відновлю*', 'відновле*'],
  act_extend: ['extend~', 'renew~', 'prolong~', 'продл*', 'продовж*', 'подовж*'],
  act_waive: ['waive~', 'waiver~', 'exemption~', 'exempt~'],
  act_delist: ['delist~', 'исключ*', 'виключ*'],
  act_designate: ['designat*', 'blacklist~', 'listed', 'внес*', 'включ*', 'внесл*'],
};

export const SANCTION_ACTIONS = ['impose', 'lift', 'ease', 'extend', 'waive', 'delist', 'designate'] as const;

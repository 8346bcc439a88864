// Word classes used by the topic rules (syntax in lexicon.ts). English, Russian, Ukrainian side by side.
import type { WordTable } from './lexicon.js';

/** Singular and plural of English nouns ("activist" → activist, activists). */
function nouns(...singulars: string[]): string[] {
  return singulars.flatMap((w) => [w, /(s|sh|ch|x)$/.test(w) ? `${w}es` : w.endsWith('y') && !/[aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`]);
}

export const WORDS: WordTable = {
  // --- prisoner release -------------------------------------------------------------------
  freeVerb: ['free', 'frees', 'freed', 'freeing', 'release~', 'освобод*', 'освобожд*', 'отпуст*', 'отпущ*', 'звільн*', 'відпуст*', 'визвол*', 'вызвол*'],
  freedParticiple: ['freed', 'released', 'pardoned', 'swapped', 'exchanged', 'освобожден*', 'отпущен*', 'помилован*', 'звільнен*', 'звільнили', 'помилуван*'],
  pardonVerb: ['pardon~', 'clemency', 'помилов*', 'помилув*'],
  swapWord: ['swap~', 'exchange~', 'обмен*', 'обмін*', 'обменя*', 'обміня*'],
  amnestyWord: ['amnest*', 'амнист*', 'амніст*'],
  handOver: ['hand~', 'handed'],
  handoverCyr: ['передан*', 'передал*', 'передач*', 'передав*', 'передали'],
  returnWord: ['return~', 'repatriat*', 'bring~', 'brought', 'вернул*', 'вернули', 'возвращ*', 'поверн*', 'поверта*', 'поверт*'],
  captivity: ['captivity', 'плен', 'плена', 'плену', 'пленом', 'полон', 'полону', 'полоні'],
  // English person nouns are listed as word forms, not stems: Snowball folds "reporter" into
  // "report", "executive" into "execut" (executed) and "diplomat" into "diplomatic".
  person: [
    ...nouns('prisoner', 'hostage', 'detainee', 'captive', 'journalist', 'reporter', 'activist', 'blogger', 'dissident',
      'citizen', 'national', 'student', 'pastor', 'priest', 'missionary', 'veteran', 'tourist', 'worker', 'sailor', 'seafarer',
      'soldier', 'pow', 'marine', 'laureate', 'politician', 'businessman', 'executive', 'academic', 'researcher', 'scholar',
      'protester', 'protestor', 'doctor', 'defender', 'civilian', 'individual', 'person', 'leader', 'minister', 'opponent',
      'critic', 'lawmaker', 'mp', 'candidate', 'couple', 'diplomat', 'employee', 'teacher', 'nun', 'monk', 'photographer',
      'filmmaker', 'writer', 'poet', 'lawyer', 'athlete'),
    'fishermen', 'fisherman', 'crew', 'crewmembers', 'servicemen', 'serviceman', 'businessmen', 'president', 'opposition',
    'persons', 'missionaries', 'pows',
    'заключенн*', 'политзаключенн*', 'пленн*', 'военнопленн*', 'заложник*', 'граждан*', 'громадян*', 'журналист*', 'журналіст*',
    'активист*', 'активіст*', 'военнослужащ*', 'военных', 'військов*', 'захисник*', 'полонен*', 'військовополонен*', 'вязн*',
    'політвязн*', 'политвязн*', 'моряк*', 'рыбак*', 'рибалк*', 'студент*', 'оппозиционер*', 'опозиціонер*', 'священник*',
    'человек', 'людей', 'осіб', 'помилованн*', 'помилуван*', 'цивільн*', 'мирн*', 'иностран*', 'іноземц*', 'іноземн*',
  ],
  captive: [
    ...nouns('prisoner', 'pow', 'hostage', 'detainee', 'captive'), 'пленн*', 'военнопленн*', 'заложник*',
    'заключенн*', 'политзаключенн*', 'полонен*', 'військовополонен*', 'заручник*', 'вязн*', 'політвязн*', 'плен', 'полону',
  ],
  relative: ['son', 'sons', 'daughter~', 'wife', 'husband', 'brother~', 'sister~', 'family', 'children', 'relatives', 'nephew~', 'niece~'],
  detentionWord: ['prison', 'prisons', 'jail', 'captivity', 'detention', 'custody', 'тюрьм*', 'тюрем*', 'вязниц*', 'колони*', 'полон*', 'плен*', 'заключени*', 'увязнен*'],
  detainedAdj: ['detained', 'jailed', 'imprisoned', 'held', 'задержанн*', 'затриман*', 'ув’язнен*', 'увязнен*'],
  deal: ['deal', 'deals', 'agreement', 'agreements', 'accord', 'сделк*', 'соглашени*', 'договоренност*', 'угод*', 'домовленост*'],
  bodies: ['bodies', 'body', 'remains', 'тел', 'тела', 'телами', 'телах', 'тіла', 'тіл', 'тілами', 'останк*'],
  releaseObject: [
    'album', 'albums', 'single', 'song', 'songs', 'film', 'films', 'movie', 'movies', 'trailer', 'series', 'season', 'episode',
    'documentary', 'novel', 'book', 'game', 'track', 'ep', 'tour', 'concert', 'drama', 'sequel', 'netflix', 'software', 'patch',
    'patches', 'update', 'updates', 'version', 'app', 'beta', 'firmware', 'data', 'report', 'figures', 'statistics', 'statement',
    'document', 'documents', 'files', 'footage', 'transcript', 'funds', 'tranche', 'budget', 'video', 'photos', 'images', 'results',
    'inflation', 'gdp', 'forecast', 'guidance', 'earnings', 'product', 'model', 'iphone', 'windows', 'microsoft',
    'альбом*', 'фильм*', 'фільм*', 'сериал*', 'серіал*', 'трейлер*', 'песн*', 'пісн*', 'клип*', 'кліп*', 'релиз*', 'реліз*',
    'обновлен*', 'оновлен*', 'данные', 'дані', 'отчет*', 'звіт*', 'платівк*', 'пластинк*', 'видео', 'відео',
  ],
  domesticJustice: [
    'bail', 'parole', 'paroled', 'probation', 'exonerat*', 'acquit*', 'dna', 'governor', 'murder', 'wrongful~', 'wrongly',
    'удо', 'губернатор*', 'оправда*', 'виправда*',
  ],
  rescue: ['rescue~', 'raid', 'raids', 'siege', 'stormed', 'swat', 'standoff', 'kidnapper~', 'спасен*', 'спасл*', 'штурм*', 'врятува*', 'похитител*', 'викрадач*'],
  turkeyBird: ['thanksgiving', 'turkeys', 'gobbler~', 'poultry', 'индейк*', 'індик*'],
  entertainment: [
    'netflix', 'trailer', 'series', 'album', 'film', 'movie', 'drama', 'episode', 'premiere', 'cinemas', 'box', 'novel', 'memoir',
    'сериал*', 'серіал*', 'фильм*', 'фільм*', 'драм*', 'прокат*', 'премьер*', 'премєр*', 'кинотеатр*', 'кінотеатр*', 'спектакл*', 'книг*',
  ],

  // --- modality ---------------------------------------------------------------------------
  demandCue: [
    'call', 'calls', 'called', 'calling', 'urge~', 'demand~', 'appeal~', 'petition~', 'plea', 'pleas', 'campaign~', 'lobby~',
    'seek~', 'sought', 'ask~', 'want~', 'hope~', 'fight~', 'push~', 'press~', 'rally', 'vigil',
    'призва*', 'призыва*', 'потребова*', 'требова*', 'требу*', 'добива*', 'заклика*', 'вимага*', 'вимог*',
    'просят', 'просить', 'просит', 'просять',
  ],
  /** Talks about a release are not yet a release (for sanctions they are fine: "discuss new package"). */
  pendingCue: ['discuss~', 'обсужда*', 'обсуд*', 'обговорю*', 'обговор*'],
  negation: [
    'not', 'never', 'no', 'refuse~', 'reject~', 'deny', 'denies', 'denied', 'wont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'cant',
    'cannot', 'without', 'не', 'нет', 'отказа*', 'відмов*', 'ні',
  ],
  conditional: ['if', 'unless', 'provided', 'если', 'якщо'],
  hypothetical: ['could', 'may', 'might', 'would', 'может', 'могут', 'може', 'можуть'],
  threatCue: [
    'threat~', 'threaten~', 'warn~', 'consider~', 'mull~', 'weigh~', 'vow~', 'could', 'may', 'might', 'would', 'prepar~', 'ready',
    'пригроз*', 'угрож*', 'грози*', 'рассматрива*', 'может', 'могут', 'погрож*', 'загрожу*', 'розгляда*', 'може', 'можуть',
  ],

  // --- sanctions --------------------------------------------------------------------------
  sanctionWord: ['sanction~', 'санкц*', 'санкцион*', 'санкцій*', '!санкционир*', '!санкціонув*', '!санкціону*'],
  sanctionFollower: ['package', 'packages', 'list', 'lists', 'regime', 'regimes', 'relief', 'programme', 'program', 'designation~', 'evasion', 'пакет*', 'списк*', 'список', 'режим*'],
  backgroundCue: [
    'under', 'despite', 'amid', 'defy~', 'defies', 'withstand~', 'weather~', 'survive~', 'evade~', 'evasion', 'circumvent~', 'bypass~', 'dodge~', 'because', 'due', 'impact', 'effect',
    'несмотря', 'обход*', 'уклон*', 'под', 'попри', 'обхід*', 'ухиля*', 'під', 'підсанкц*', 'подсанкц*',
  ],
  backgroundAfter: ['hit', 'busting', 'evading', 'evasion', 'dodging', 'proof', 'free'],
  waiverGrant: ['grant~', 'issue~', 'extend~', 'renew~', 'approve~'],
  waiverWord: ['waiver', 'waivers'],
  attributiveLead: ['a', 'an', 'the', 'of', 'for', 'with', 'carrying', 'on', 'against', 'and', 'by'],
  sportContext: [
    'uefa', 'fifa', 'ncaa', 'ioc', 'wada', 'rusada', 'fide', 'fiba', 'ufc', 'nba', 'nfl', 'nhl', 'mlb', 'doping', 'anti', 'athlete~',
    'player~', 'club', 'clubs', 'coach', 'referee~', 'tournament~', 'championship~', 'match', 'matches', 'olympic~', 'football',
    'soccer', 'chess', 'boxing', 'cricket', 'tennis', 'rugby', 'league', 'fans', 'stadium', 'sprinter', 'cyclist',
    'уефа', 'фифа', 'допинг*', 'допінг*', 'спорт*', 'клуб', 'клуба', 'турнир*', 'турнір*', 'матч*', 'дисквалиф*', 'дискваліф*',
    'олимпи*', 'олімпі*', 'футбол*', 'шахмат*', 'шахов*', 'болельщик*', 'вболівальник*',
  ],
  approvalObject: [
    'tournament~', 'event~', 'race~', 'match', 'matches', 'bout~', 'fight', 'fights', 'game', 'games', 'championship~',
    'competition~', 'meet', 'sale', 'construction', 'marriage', 'project~', 'expedition~', 'strike~',
    'ballot', 'merger', 'walkout', 'use', 'force', 'plan', 'plans', 'scheme', 'funding', 'spending', 'grant', 'loan', 'budget', 'million',
    'billion', 'bn', 'bridge', 'crossing', 'road', 'expansion', 'purchase', 'hire', 'hiring',
  ],
  stateActor: ['eu', 'un', 'us', 'western', 'new', 'fresh', 'tough', 'tougher', 'further', 'more', 'treasury', 'ofac'],
  courtAgent: [
    'court', 'courts', 'judge', 'judges', 'regulator~', 'sec', 'fca', 'finra', 'cftc', 'watchdog~', 'disciplinary', 'bar', 'tribunal',
    'суд', 'суда', 'судья', 'судом', 'регулятор*', 'суддя',
  ],
  legalProfession: ['lawyer~', 'attorney~', 'broker~', 'brokerage~', 'counsel', 'firm', 'firms', 'adviser~', 'auditor~', 'адвокат*', 'брокер*'],
  assetNoun: ['asset~', 'fund', 'funds', 'account~', 'reserve~', 'актив*', 'счет*', 'счета', 'средств*', 'рахун*', 'кошт*'],
  freezeWord: ['freeze~', 'froze', 'frozen', 'замор*'],
  unfreezeWord: ['unfreeze~', 'unfroze', 'разморо*', 'розморо*'],
  embargoWord: ['embargo~', 'эмбарго', 'ембарго'],
  mediaWord: ['news', 'press', 'media', 'publication', 'information'],
  blacklistWord: ['blacklist~'],
  designateWord: ['designat*'],
  targetEntity: [
    'individuals', 'entities', 'entity', 'companies', 'company', 'firms', 'banks', 'bank', 'persons', 'officials', 'people', 'network',
    'networks', 'group', 'groups', 'vessels', 'tankers', 'ships', 'oligarch~', 'businessmen', 'executives', 'lawmakers', 'officers',
    'commanders', 'ministers', 'terrorist~', 'lenders', 'airline', 'organisation~', 'organization~', 'suppliers', 'traders',
  ],
  sanctionAgent: ['treasury', 'ofac', 'минфин', 'мінфін', 'рнбо'],
  banWord: ['ban~', 'restrict~', 'restriction~', 'barred', 'curb~', 'limit~', 'control~'],
  travelWord: ['visa', 'visas', 'travel', 'entry'],
  exportWord: ['export~'],
  techWord: [
    'chip~', 'chipmaking', 'semiconductor~', 'technology', 'technologies', 'dual', 'military', 'weapon~', 'arms', 'drone~',
    'equipment', 'microchip~', 'lithography', 'components', 'machinery', 'ai', 'quantum', 'aerospace',
  ],
  priceWord: ['price', 'prices'],
  capWord: ['cap', 'caps', 'capped', 'ceiling'],
  oilWord: ['oil', 'crude', 'petroleum', 'diesel', 'russian', 'tanker~', 'нефт*', 'нафт*'],
  restrictiveWord: ['restrictive', 'ограничительн*', 'обмежувальн*'],
  counterMeasure: ['countermeasure~', 'контрсанкц*'],
  retaliatory: ['retaliatory', 'reciprocal', 'mirror', 'ответн*', 'зеркальн*', 'відповідн*', 'дзеркальн*'],
  measures: ['measures', 'мер', 'меры', 'мерах', 'мерами', 'заходи', 'заходів', 'заходами'],
  delistWord: ['delist~'],
  removeWord: ['remove~', 'exclude~', 'took', 'take~', 'strike~', 'struck', 'исключ*', 'виключ*', 'вилуч*'],
  listWord: ['list', 'lists', 'blacklist', 'sdn', 'списк*', 'список', 'переліку', 'перелік'],
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
  act_ease: ['ease~', 'easing', 'relax~', 'loosen~', 'relief', 'soften~', 'licence', 'license', 'ослаб*', 'смягч*', 'послаб*', 'помякш*'],
  act_extend: ['extend~', 'renew~', 'prolong~', 'продл*', 'продовж*', 'подовж*'],
  act_waive: ['waive~', 'waiver~', 'exemption~'],
  act_delist: ['delist~', 'исключ*', 'виключ*'],
  act_designate: ['designat*', 'blacklist~', 'listed', 'внес*', 'включ*', 'внесл*'],
};

export const SANCTION_ACTIONS = ['impose', 'lift', 'ease', 'extend', 'waive', 'delist', 'designate'] as const;

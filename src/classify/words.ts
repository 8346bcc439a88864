// Word classes used by the topic rules (syntax in lexicon.ts). English, Russian, Ukrainian side by side.
import type { WordTable } from './lexicon.js';
import { SANCTIONS_WORDS } from './sanctions-words.js';

/** Singular and plural of English nouns ("activist" → activist, activists). */
function nouns(...singulars: string[]): string[] {
  return singulars.flatMap((w) => [w, /(s|sh|ch|x)$/.test(w) ? `${w}es` : w.endsWith('y') && !/[aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`]);
}

/** Word classes for releases and for modality (demands, threats, reported speech, dates). */
const RELEASE_AND_MODALITY_WORDS: WordTable = {
  // --- prisoner release -------------------------------------------------------------------
  freeVerb: ['free', 'frees', 'freed', 'freeing', 'release~', 'освобод*', 'освобожд*', 'отпуст*', 'отпущ*', 'звільн*', 'відпуст*', 'визвол*', 'вызвол*'],
  freedParticiple: ['freed', 'released', 'pardoned', 'swapped', 'exchanged', 'освобожден*', 'отпущен*', 'помилован*', 'звільнен*', 'звільнили', 'помилуван*'],
  pardonVerb: ['pardon~', 'clemency', 'помилов*', 'помилув*'],
  swapWord: ['swap~', 'exchange~', 'обмен*', 'обмін*', 'обменя*', 'обміня*'],
  amnestyWord: ['amnest*', 'амнист*', 'амніст*'],
  handOver: ['hand~', 'handed'],
  handoverCyr: ['передан*', 'передал*', 'передач*', 'передав*', 'передали'],
  /** Transitive returns only: a state gives someone back ("вернула рыбаков"), not "soldiers returned". */
  returnTransitive: [
    'return', 'returns', 'repatriate~', 'hand', 'hands', 'handed', 'вернул', 'вернула', 'вернули', 'возвращает', 'возвратил*',
    'повернув', 'повернула', 'повернули', 'передал', 'передала', 'передали', 'передав', 'передан*',
  ],
  /** The noun: "the return of 84 servicemen", «возвращение 84 военнослужащих». */
  returnNoun: ['return', 'returns', 'возвращени*', 'повернення'],
  returnWord: ['return~', 'repatriat*', 'bring~', 'brought', 'вернул*', 'вернули', 'возвращ*', 'поверн*', 'поверта*', 'поверт*'],
  /** Prisoners of war: between Russia and Ukraine they come home only in exchanges. */
  powWord: ['pow', 'pows', 'военнопленн*', 'військовополонен*'],
  civilianWord: ['civilian~', 'цивільн*', 'мирн*', 'гражданск*', 'мирных', 'мирного'],
  captivity: ['captivity', 'плен', 'плена', 'плену', 'пленом', 'полон', 'полону', 'полоні', 'несвобод*'],
  // English person nouns are listed as word forms, not stems: Snowball folds "reporter" into
  // "report", "executive" into "execut" (executed) and "diplomat" into "diplomatic".
  person: [
    ...nouns('prisoner', 'hostage', 'detainee', 'captive', 'journalist', 'reporter', 'activist', 'blogger', 'dissident',
      'citizen', 'national', 'student', 'pastor', 'priest', 'missionary', 'veteran', 'tourist', 'worker', 'sailor', 'seafarer',
      'soldier', 'pow', 'marine', 'laureate', 'politician', 'businessman', 'executive', 'academic', 'researcher', 'scholar',
      'protester', 'protestor', 'doctor', 'defender', 'civilian', 'individual', 'person', 'leader', 'minister', 'opponent',
      'critic', 'lawmaker', 'mp', 'candidate', 'couple', 'diplomat', 'employee', 'teacher', 'nun', 'monk', 'photographer', 'inmate', 'schoolgirl', 'schoolboy', 'girl', 'boy', 'woman',
      'filmmaker', 'writer', 'poet', 'lawyer', 'athlete', 'campaigner', 'advocate', 'organiser', 'organizer', 'rapper', 'singer', 'musician', 'cartoonist', 'editor', 'unionist', 'volunteer', 'nurse', 'staffer',
      'contractor', 'engineer', 'consultant', 'convict', 'officer', 'ballerina', 'dancer', 'chef', 'mechanic', 'plumber', 'hiker', 'backpacker', 'pilot', 'businesswoman', 'artist', 'professor', 'scientist', 'entrepreneur', 'economist'), 'staff', 'personnel',
    'women', 'men', 'fishermen', 'fisherman', 'crew', 'crewmembers', 'servicemen', 'serviceman', 'businessmen', 'president', 'opposition',
    'persons', 'missionaries', 'pows',
    'заключенн*', 'политзаключенн*', 'пленн*', 'военнопленн*', 'заложник*', 'граждан*', 'громадян*', 'журналист*', 'журналіст*',
    'активист*', 'активіст*', 'военнослужащ*', 'военных', 'військов*', 'захисник*', 'полонен*', 'військовополонен*', 'вязн*',
    'політвязн*', 'политвязн*', 'моряк*', 'рыбак*', 'рибалк*', 'студент*', 'оппозиционер*', 'опозиціонер*', 'священник*',
    'учител*', 'вчител*', 'бизнесмен*', 'бізнесмен*', 'блогер*', 'пастор*', 'правозащитник*', 'правозахисник*', 'политик*',
    'політик*', 'солдат*', 'пилот*', 'летчик*', 'льотчик*', 'экипаж*', 'екіпаж*', 'дипломат*', 'ученый', 'ученого', 'науков*',
    'child', 'children', 'детей', 'дети', 'дітей', 'діти', 'people', 'оборонц*', 'dealer', 'hacker', 'agent', 'smuggler', 'assassin', 'ally', 'officer', 'pilot', 'missionar*', 'guard', 'guards',
    'рыбак*', 'рибал*', 'миссионер*', 'місіонер*', 'художник*', 'писател*', 'письменник*', 'литератор*', 'издател*', 'видавц*', 'видавец*',
    'foreigner', 'foreigners', 'artist', 'artists', 'publisher', 'publishers', 'retiree', 'retirees', 'clergy', 'medallist', 'medallists', 'medalist', 'medalists', 'champion', 'champions', 'bishop', 'bishops', 'cleric', 'clerics', 'епископ*', 'єпископ*', 'священнослужител*', 'священнослужитель*', 'engineer', 'engineers', 'gendarme', 'gendarmes', 'nationals', 'пограничник*', 'прикордонник*', 'керівник*', 'руководител*', 'співробітник*', 'сотрудник*',
    'осужденн*', 'засуджен*', 'командир*', 'commander', 'commanders', 'редактор*', 'режиссер*', 'режисер*',
    'correspondent', 'correspondents', 'корреспондент*', 'кореспондент*', 'офицер*', 'офіцер*',
    'человек', 'человека', 'людей', 'осіб', 'особи', 'чоловік', 'чоловіка', 'людини', 'помилованн*', 'помилуван*', 'цивільн*', 'мирн*', 'иностран*', 'іноземц*', 'іноземн*',
  ],
  captive: [
    ...nouns('prisoner', 'pow', 'hostage', 'detainee', 'captive'), 'kidnapped', 'abducted', 'captured', 'похищенн*', 'викраден*',
    'захваченн*', 'захоплен*', 'пленн*', 'военнопленн*', 'заложник*',
    'заключенн*', 'политзаключенн*', 'полонен*', 'військовополонен*', 'заручник*', 'вязн*', 'політвязн*', 'плен', 'полону',
  ],
  /** "restrict their travel", "ten years after his release": whose, not who. */
  possessivePronoun: ['his', 'her', 'their', 'its', 'его', 'ее', 'их', 'його', 'її', 'їх'],
  relative: ['son', 'sons', 'daughter~', 'wife', 'husband', 'brother~', 'sister~', 'family', 'children', 'relatives', 'nephew~', 'niece~', 'father', 'mother', 'parents'],
  // Prisons known by name in release news: "Five walk out of Evin".
  detentionWord: ['evin', 'эвин*', 'евін*', 'lefortovo', 'лефортов*', 'okrestina', 'окрестин*', 'insein', 'prison', 'prisons', 'penal', 'jail', 'captivity', 'detention', 'custody', 'тюрьм*', 'тюрем*', 'вязниц*', 'колони*', 'полон*', 'плен*', 'заключени*', 'увязнен*'],
  detainedAdj: ['detained', 'jailed', 'imprisoned', 'held', 'удержива*', 'удерживаем*', 'утримува*', 'утримуван*', 'deported', 'задержа*', 'затрима*', 'депортирова*', 'депортован*', 'задержанн*', 'затриман*', 'ув’язнен*', 'увязнен*'],
  /** Someone held by a state: "swap jailed American for convicted spy". */
  convictWord: [
    'detained', 'jailed', 'imprisoned', 'convicted', 'spy', 'spies', 'осужденн*', 'осужден*', 'заключенн*', 'задержанн*', 'засуджен*',
    'затриман*', 'увязнен*', 'шпион*', 'шпигун*',
  ],
  deal: ['deal', 'deals', 'agreement', 'agreements', 'accord', 'сделк*', 'соглашени*', 'договоренност*', 'угод*', 'домовленост*'],
  bodies: ['bodies', 'body', 'remains', 'deceased', 'dead', 'тіло', 'тело', 'загибш*', 'загинул*', 'погибш*', 'тел', 'тела', 'телами', 'телах', 'тіла', 'тіл', 'тілами', 'останк*'],
  releaseObject: [
    'album', 'albums', 'single', 'song', 'songs', 'film', 'films', 'movie', 'movies', 'trailer', 'series', 'season', 'episode',
    'documentary', 'novel', 'book', 'game', 'track', 'ep', 'tour', 'concert', 'drama', 'sequel', 'netflix', 'software', 'patch',
    'patches', 'update', 'updates', 'version', 'app', 'beta', 'firmware', 'data', 'report', 'figures', 'statistics', 'statement',
    'class', 'classes', 'lesson', 'lessons', 'document', 'documents', 'files', 'pages', 'records', 'archives', 'cables', 'system', 'os', 'footage', 'transcript', 'funds', 'tranche', 'budget', 'video', 'photos', 'images', 'results',
    'inflation', 'gdp', 'forecast', 'guidance', 'earnings', 'product', 'model', 'iphone', 'windows', 'microsoft', 'list', 'lists', 'shortlist', 'roster', 'names',
    'доповід*', 'доклад*',
    'альбом*', 'фильм*', 'фільм*', 'сериал*', 'серіал*', 'трейлер*', 'песн*', 'пісн*', 'клип*', 'кліп*', 'релиз*', 'реліз*',
    'обновлен*', 'оновлен*', 'данные', 'дані', 'отчет*', 'звіт*', 'платівк*', 'пластинк*', 'видео', 'відео',
  ],
  /** "Українські військові звільнили село", "troops freed the town": territory retaken, not people. */
  liberatedPlace: [
    'village', 'villages', 'town', 'towns', 'city', 'settlement~', 'territor~', 'district', 'село', 'селище', 'села', 'сіл',
    'місто', 'міста', 'населен*', 'территори*', 'територі*', 'деревн*', 'поселок', 'посёлок', 'поселк*', 'город', 'города',
  ],
  /** A court's terms for someone it lets out pending trial: their travel ban is the court's, not a sanction. */
  bailWord: ['bail', 'bailed', 'parole', 'paroled', 'probation', 'залог', 'залога', 'залогом', 'заставу', 'застави', 'заставою'],
  /** Non-state captors who free people in deals: "Sahel kidnappers let … aid workers go". */
  captorGroup: ['kidnapper~', 'abductor~', 'captor~', 'militant~', 'jihadist~', 'insurgent~', 'rebel~', 'похитител*', 'викрадач*', 'боевик*', 'бойовик*', 'повстанц*', 'повстанц*'],
  /** Captors for money, not a state or an armed movement: a crew freed for a ransom is no release (GUIDE). */
  ransomCaptor: ['pirate~', 'ransom~', 'пират*', 'пірат*', 'выкуп', 'выкупа', 'выкупом', 'викуп', 'викупу'],
  /** «передана во временное управление»: a company handed to a manager, not a person to a state. */
  managementWord: ['управлени*', 'управлін*', 'management', 'administration'],
  /** "Minsk handed them over": the people named by a pronoun, from an earlier sentence. */
  objectPronoun: ['him', 'her', 'them', 'его', 'её', 'ее', 'их', 'його', 'її', 'їх'],
  domesticJustice: [
    'bail', 'parole', 'paroled', 'probation', 'pending', 'exonerat*', 'acquit*', 'dna', 'governor', 'murder', 'overturn~', 'audit', 'glitch~',
    'overcrowd~', 'capacity', 'переполнен*', 'переповнен*',
    'удо', 'губернатор*', 'оправда*', 'виправда*', 'залог*', 'застав*', 'условно*', 'умовно*', 'досрочн*', 'достроков*',
  ],
  aidWord: ['aid', 'assistance', 'stimulus', 'rescue', 'bailout', 'recovery', 'military', 'помощ*', 'допомог*'],
  leftPrison: ['left', 'freed', 'released', 'вышел', 'вийшов', 'освобожден*', 'звільнен*'],
  hospital: ['hospital~', 'clinic~', 'больниц*', 'госпитал*', 'лікарн*', 'шпитал*'],
  /** In a title, the event is an armed or police rescue, not a negotiated release. */
  rescueOp: ['rescue~', 'raid', 'raids', 'stormed', 'спасли', 'спасен*', 'врятува*', 'спецназ*', 'спецподраздел*', 'спецпідрозділ*'],
  /** Extradited to stand trial: criminal justice between states, not a release. */
  extradition: ['extradit~', 'экстрадир*', 'экстрадиц*', 'екстрадиц*', 'екстрадув*'],
  /** Handed to the police or prosecutors: an arrest, not a handover between states. */
  lawEnforcement: ['police', 'prosecutor~', 'investigator~', 'questioning', 'interrogat~', 'допрос*', 'допит*', 'полици*', 'поліці*', 'прокурат*', 'прокурор*', 'следовател*', 'слідч*'],
  /** "Amnesty International", "Amnesty report", "Amnesty said": the rights group, not an amnesty. */
  rightsGroupCue: ['international', 'report', 'reports', 'said', 'says', 'researcher~', 'urged', 'called', 'accused', 'documented', 'investigation'],
  rescue: ['rescue~', 'rescuer~', 'rubble', 'спасател*', 'рятувальн*', 'завал*', 'спецназ*', 'спецподраздел*', 'спецпідрозділ*', 'commando~', 'police', 'полици*', 'поліці*', 'raid', 'raids', 'siege', 'stormed', 'swat', 'standoff', 'спасен*', 'спасл*', 'штурм*', 'врятува*'],
  /** What a court hands down: "China hands Australian writer suspended death sentence". */
  verdictNoun: ['sentence', 'sentences', 'verdict', 'term', 'приговор*', 'вирок*'],
  /** Who writes analyses: "Analysts: sanctions raised logistics costs by a third". */
  analystWord: ['analyst~', 'economist~', 'expert~', 'study', 'researchers', 'consultancy', 'consultancies', 'аналитик*', 'аналітик*', 'эксперт*', 'експерт*', 'экономист*', 'економіст*', 'исследовани*', 'дослідженн*'],
  /** A headline that announces an explainer ("Explainer: how the price cap works", «объясняем»): background, no event. */
  explainerCue: ['explainer', 'explainers', 'explained', 'faq', 'объясняем', 'пояснюємо', 'разбираемся', 'розбираємося'],
  /** Market, media and safety regulators: their licences and fines are no sanctions. */
  regulatorWord: ['regulator~', 'watchdog~', 'fcc', 'ofcom', 'fca', 'sec', 'broadcast~', 'broadcaster~', 'регулятор*', 'роскомнадзор*'],
  /** "accused of exporting controlled electronics": a charge, not an export control. */
  accusedWord: ['accused', 'charges', 'charged', 'обвиняем*', 'обвинен*', 'обвинувачен*'],
  /** "six years behind bars". */
  barsWord: ['bars'],
  /** Talk about a measure: "neither side mentioned sanctions relief". */
  mentionWord: ['mention~', 'discuss~', 'address~', 'упомина*', 'упомяну*', 'згадув*', 'згада*'],
  /** A firm is no person: "the Chinese tech giant released the operating system". */
  companyNoun: ['giant', 'company', 'companies', 'firm', 'firms', 'maker', 'makers', 'startup', 'manufacturer', 'developer', 'studio', 'label', 'brand', 'компани*', 'компані*', 'гигант*', 'гігант*', 'производител*', 'виробник*'],
  /** Prisoners out through a jailbreak or an attack on the jail: no act of state. */
  jailbreak: ['jailbreak~', 'breakout~', 'escape~', 'escapee~', 'storm', 'storms', 'storming', 'stormed', 'побег*', 'втеч*', 'сбежа*', 'втекл*', 'втік', 'втікач*'],
  turkeyBird: ['thanksgiving', 'turkeys', 'bird', 'birds', 'птиц*', 'птах*', 'gobbler~', 'poultry', 'индейк*', 'індик*'],
  entertainment: [
    'documentary', 'документальн*', 'podcast~', 'подкаст*', 'game', 'games', 'videogame~', 'игру', 'гру', 'відеогр*', 'видеоигр*',
    'netflix', 'trailer', 'series', 'album', 'film', 'movie', 'drama', 'episode', 'premiere', 'cinemas', 'box', 'novel', 'memoir',
    'сериал*', 'серіал*', 'фильм*', 'фільм*', 'стрічк*', 'кинолент*', 'драм*', 'прокат*', 'кинотеатр*', 'кінотеатр*', 'спектакл*', 'книг*',
  ],

  // --- modality ---------------------------------------------------------------------------
  demandCue: [
    'call', 'calls', 'called', 'calling', 'urge~', 'demand~', 'appeal~', 'petition~', 'plea', 'pleas', 'campaign~', 'lobby~',
    'seek~', 'sought', 'ask~', 'want~', 'hope~', 'fight~', 'push~', 'press~', 'vigil', 'plead~',
    'петици*', 'петиці*', 'призва*', 'призыва*', 'потребова*', 'требова*', 'требу*', 'добива*', 'заклика*', 'вимага*', 'вимог*',
    'просят', 'просить', 'просит', 'просять', 'просил*', 'попроси*', 'добиться', 'домогтися', 'домогтись',
  ],
  /** Talks about a release are not yet a release (for sanctions they are fine: "discuss new package"). */
  pendingCue: ['discuss~', 'обсужда*', 'обсужд*', 'обсуд*', 'обговорю*', 'обговор*', 'expedite~', 'hasten~', 'ускор*', 'пришвидш*', 'прискор*',
    // «должен быть передан», "should be freed": what ought to happen.
    'should', 'должен', 'должна', 'должны', 'должно', 'повинен', 'повинна', 'повинні', 'мусить', 'мусять'],
  /** Before a release word: an agreement on it, not yet the release ("договорённость об обмене"). */
  agreementNoun: ['agreement', 'deal', 'accord', 'договоренност*', 'домовленост*', 'домовленіст*', 'соглашени*', 'угод*', 'договор*'],
  negation: [
    'not', 'never', 'no', 'refuse~', 'reject~', 'deny', 'denies', 'denied', 'wont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'cant',
    'cannot', 'without', 'не', 'нет', 'отказа*', 'відмов*', 'ні', 'fail', 'fails', 'failed', 'failing', 'neither', 'nor',
  ],
  /** Denials reach further back than "not": "Kremlin denies talks with Washington on swapping…". */
  denyVerb: ['deny', 'denies', 'denied', 'dismiss~', 'refute~', 'отрица*', 'опроверг*', 'заперечу*', 'заперечи*', 'спростов*'],
  /** Clause openers: a match after one is background to the headline's main verb. */
  // Words that join a second clause to the first, for vetoes that reach only across a clause ("Bodies
  // of 1,000 soldiers returned as Kyiv and Moscow also swap 84 prisoners"). Not a bare "as": "bodies
  // returned as part of the exchange" is one clause.
  clauseJoin: ['also', 'while', 'whereas', 'amid', 'также', 'також', 'одновременно', 'одночасно'],
  subordinator: ['after', 'as', 'if', 'following', 'amid', 'while', 'once', 'после', 'після', 'если', 'якщо', 'пока', 'поки'],
  /** "in breach of export controls", "evading sanctions": the measure is background. */
  violationCue: ['break~', 'breach~', 'violat~', 'evad~', 'evasion', 'circumvent~', 'bypass~', 'dodg~', 'bust~', 'smuggl~', 'нарушени*', 'нарушил*', 'порушен*', 'порушив*', 'обход*', 'обхід*', 'уклон*'],
  /** Criminal outcomes: "man sentenced for smuggling … in breach of export controls". */
  courtVerdict: ['sentenced', 'convicted', 'pleaded', 'indicted', 'charged', 'приговор*', 'осужден', 'осудил*', 'засуджен*', 'засудив*', 'вирок*'],
  moneyWord: ['million~', 'billion~', 'trillion~', 'bn', 'naira', 'cedi~', 'shilling~', 'peso~', 'yuan', 'yen', 'lira', 'dinar~', 'dirham~', 'riyal~', 'tenge', 'euro~', 'dollar~', 'pound~', 'млн', 'млрд', 'миллион*', 'мільйон*', 'миллиард*', 'мільярд*', 'гривен*', 'гривень', 'crore', 'crores', 'lakh', 'rupee~', 'rs', 'рубл*', 'доллар*', 'долар*', 'евро', 'євро'],
  /** "exchange lists/fire/views": not people. */
  swapNonPerson: ['candidate', 'candidates', 'program', 'programs', 'programme', 'programmes', 'rate', 'rates', 'опыт*', 'досвід*', 'валют*', 'программ*', 'програм*', 'list', 'lists', 'списк*', 'списками', 'документ*', 'information', 'data', 'notes', 'views', 'fire', 'messages', 'letters', 'greetings', 'gifts', 'ударами', 'огнем', 'вогнем', 'пострілами', 'обстрел*', 'обстріл*', 'информаци*', 'інформаці*', 'мнениями', 'думками', 'подарками'],
  sanctioningBody: ['eu', 'council', 'treasury', 'ofac', 'ofsi', 'uk', 'us', 'ес', 'єс', 'рада', 'минфин', 'мінфін'],
  onWord: ['on', 'на'],
  inWord: ['in', 'в', 'у'],
  /** A headline about someone's account of the past: "publishes account of captivity", "recalls", "anniversary". */
  accountWord: ['recall~', 'recount~', 'memoir~', 'publish~', 'anniversary', 'reflect~', 'вспомина*', 'згаду*', 'мемуар*', 'годовщин*', 'річниц*'],
  /** Out at the end of a term: "walks free after completing 20-year sentence". */
  sentenceServed: ['served', 'serving', 'completing', 'completed', 'finished', 'finishing', 'отбыв*', 'відбув*', 'отбыти*', 'відбутт*', 'окончани*', 'закінченн*', 'истечени*', 'спливу'],
  /** What is handed over when no one is: «списки, переданные украинской стороной», documents, proposals. */
  handedPaper: ['координат*', 'зброї', 'оружия', 'озброєнн*', 'вооружени*', 'ракет*', 'снаряд*', 'боеприпас*', 'боєприпас*', 'сведени*', 'відомост*', 'списк*', 'список', 'перелік*', 'документ*', 'предложени*', 'пропозиці*', 'запрос*', 'запит*', 'ноту', 'ноти', 'звернен*', 'обращени*', 'петиці*', 'петици*', 'підпис*', 'подпис*', 'signature~', 'petition~', 'letter~'],
  /** "Former hostage", «бывший заложник»: a person's past. */
  formerWord: ['former', 'ex', 'бывш*', 'колишн*'],
  /** Reported speech: "said Baku would free…" is an announcement, not a hypothesis. */
  reportVerb: ['said', 'says', 'announced', 'confirmed', 'stated', 'agreed', 'added', 'promised'],
  /** Markets and pundits guessing: "traders bet on easing of sanctions", «очікування послаблення санкцій», "hinge on sanctions relief", "could eventually". */
  speculationCue: [
    'bet', 'bets', 'betting', 'wager~', 'speculation', 'speculations', 'speculative', 'speculate', 'speculating', 'expectation', 'expectations',
    'hinge~', 'contingent', 'eventually', 'rumour~', 'rumor~', 'чутк*', 'слух*', 'очікуван*', 'ожидани*', 'спекуляц*', 'допускают', 'допускает', 'припускають', 'припускає',
    'сподіванн*', 'надежд*',
    // What people expect, not what is expected to happen ("the EU is expected to extend" is news).
    'expect', 'expects', 'ждут', 'ожидают', 'чекають', 'очікують',
    // Forecasts and fears: "several predicted that the next package would leave LNG out", «опасаясь мер».
    // Not «указ передбачає» / «передбачених законом»: a decree provides for the measures.
    'predict~', 'forecast~', 'прогноз*', 'предсказ*', 'передбачають', 'передбачив', 'передбачили', 'передбаченн*', 'fear', 'fears', 'feared', 'fearing', 'опаса*', 'побою*',
  ],
  /** "cushioned the impact of Western sanctions": what sanctions do, not a measure. */
  effectNoun: ['impact', 'impacts', 'effect', 'effects', 'blow', 'toll', 'brunt', 'consequences', 'наслідк*', 'последстви*', 'влияни*', 'вплив*'],
  afterWord: ['after', 'после', 'після', 'спустя', 'через'],
  durationUnit: ['year', 'years', 'months', 'weeks', 'decade', 'decades', 'недель', 'тижнів', 'anniversary', 'год', 'года', 'лет', 'месяцев', 'рік', 'роки', 'років', 'місяців', 'годовщин*', 'річниц*'],
  monthWord: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
    'січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня',
  ],
  sinceWord: ['since', 'с', 'з', 'із'],
  /** "NYSE delists Chinese companies", "game delisted from store": not a sanctions list. */
  stockWord: ['nyse', 'nasdaq', 'stock~', 'share', 'shares', 'exchange', 'store', 'steam', 'game~', 'app', 'биржа', 'биржи', 'біржа', 'біржі', 'акци*', 'акці*'],
  /** Domestic labels, not sanctions: "designates Amnesty International as undesirable". */
  domesticLabel: ['wrongfully', 'wrongful', 'undesirable', 'extremist', 'foreign agent~', 'нежелательн*', 'иноагент*', 'экстремист*', 'небажан*', 'іноагент*', 'екстреміст*'],
  /** "prisoner exchange talks": talks about a release are not one. */
  talksWord: ['talk~', 'negotiation~', 'переговор*', 'перемов*'],
  /** "EU sanctions package stalls over Slovak veto": not adopted (yet). */
  stalledCue: ['stall~', 'veto~', 'block~', 'delay~', 'fail~', 'заблокир*', 'заблоку*', 'вето', 'блокир*', 'блоку*'],
  /** "Guatemala receives 130 released Nicaraguan prisoners": the state that takes them in does not free them. */
  receiveVerb: ['receive', 'receives', 'received', 'receiving', 'принял', 'приняла', 'прийняв', 'прийняла', 'принимает', 'приймає'],
  welcomeVerb: ['welcome~', 'hail~', 'приветств*', 'привітав', 'привітала', 'вітає', 'вітають', 'приветствовал*'],
  /** "Havana condemns new US restrictions", "Iran summons Australian envoy over sanctions": the subject reacts, another state acts. */
  reactionVerb: ['condemn~', 'slam~', 'denounc~', 'dismiss~', 'decr~', 'rebuk~', 'summon~', 'criticis~', 'criticiz~', 'protest~', 'осудил*', 'осуждает', 'осуждают',
    'раскритиковал*', 'розкритикував*', 'розкритикувала', 'протестует', 'протестуют', 'протест', 'назвал', 'назвала', 'назвали', 'назвав', 'назвало'],
  fromWord: ['from', 'з', 'із', 'зі', 'из', 'от', 'від'],
  annulWord: ['annul~', 'overturn~', 'quash~', 'отменил*', 'отмени*', 'аннулир*', 'скасува*', 'скасув*'],
  listVerb: ['list', 'lists', 'listed', 'listing'],
  terrorWord: ['terror~', 'террор*', 'терор*', 'entity', 'entities', 'restricted'],
  /** Someone held leaves for home: "flies home", "flown out", "put on a flight", "change hands". */
  journeyWord: ['fly~', 'flew', 'flown', 'flight~', 'plane~', 'aboard', 'board~', 'land~', 'arriv~', 'depart', 'departs', 'departed', 'departing', 'departure', 'departures', 'reunit~', 'home', 'homeward', 'вылетел*', 'вылетели', 'прилетел*', 'прилетели', 'вилетів', 'вилетіли', 'прилетів', 'прилетіли', 'домой', 'додому', 'вдома', 'дома', 'родину', 'батьківщину'],
  /** What makes a journey a release rather than a trip: a mediator or a deal. */
  envoyWord: ['envoy', 'envoys', 'negotiator~', 'mediat~', 'intermediar~', 'deal', 'agreement', 'talks', 'посредни*', 'посередни*', 'посланник*', 'посланц*'],
  /** Arrested on arrival: "flies home and is detained at the airport". */
  arrestWord: ['arrest~', 'detained', 'задержан*', 'задержал*', 'затриман*', 'затримал*'],
  /** Someone taken, not freed: "hostages flown to Gaza after kidnapping". */
  takingWord: ['kidnap~', 'abduct~', 'seiz~', 'seized', 'captur~', 'похищ*', 'похити*', 'викра*', 'захопи*', 'захвати*'],
  /** Moved between places of detention, not freed. */
  transferWord: ['transfer~', 'moved', 'этапир*', 'перевед*', 'переведен*', 'етапов*'],
  evacuation: ['evacuat~', 'эвакуа*', 'евакуа*', 'tourist~', 'holiday~', 'stranded', 'airspace', 'migrant~', 'refugee~', 'asylum', 'мигрант*', 'мігрант*', 'беженц*', 'біженц*'],
  expelWord: ['expel~', 'deport~', 'exile~', 'banish~', 'выслал*', 'выслан*', 'депорт*', 'видвор*', 'вислал*', 'выдворил*'],
  conditional: ['if', 'unless', 'provided', 'если', 'якщо'],
  hypothetical: ['could', 'may', 'might', 'would', 'может', 'могут', 'може', 'можуть'],
  threatCue: [
    'threat~', 'threaten~', 'warn~', 'vow~', 'пригроз*', 'угрож*', 'грози*', 'погрож*', 'загрожу*', 'пообеща*', 'пообіця*',
  ],
  /** A sanction or release that is offered, planned or weighed, not yet decided. */
  proposalCue: [
    'consider~', 'mull~', 'weigh~', 'could', 'may', 'might', 'would', 'prepar~', 'ready', 'propose~', 'proposal~', 'plan~',
    'draft~', 'offer~', 'discuss~', 'seek~', 'push~', 'willing', 'possible', 'table~', 'eye~', 'explore~', 'readiness', 'signal~',
    'рассматрива*', 'может', 'могут', 'розгляда*', 'може', 'можуть', 'предлож*', 'предлага*', 'пропону*', 'пропози*',
    'готов*', 'планиру*', 'план*', 'обсужда*', 'обговорю*', 'обговор*', 'намерен*', 'має', 'мають', 'хоч*', 'хотят',
  ],
  possibleAfter: ['possible', 'likely', 'proposed', 'planned', 'возможн*', 'можлив*'],
  /** After a release word: it may happen, it has not ("a new exchange is possible by year-end"). */
  likelyAfter: ['possible', 'likely', 'probable', 'возможн*', 'вероятн*', 'можлив*', 'ймовірн*'],
  /** Decided and announced, not yet done: "agreed to swap", "will free", "set to lift". */
  /** Future: decided but not yet done, for sanctions too ("will lift", "set to", "expected to"). */
  futureCue: ['will', 'shall', 'expected', 'set', 'будет', 'будут', 'буде', 'будуть', 'намерен*', 'має', 'мають'],
  announceCue: [
    'announce~', 'agree~', 'decide~', 'decision', 'will', 'shall', 'set', 'expected', 'pledge~', 'promise~',
    'объяви*', 'объявл*', 'договори*', 'согласи*', 'решил*', 'решени*', 'будет', 'будут', 'пообещал*', 'намерен*',
    'оголоси*', 'оголош*', 'домови*', 'погоди*', 'вирішил*', 'рішенн*', 'буде', 'будуть', 'пообіцял*',
  ],
  /** Nouns after a demonym that make it the state acting ("Belarusian authorities"). */
  authorityNoun: [
    'authorities', 'government', 'officials', 'president', 'leader', 'side', 'forces', 'military', 'army', 'court', 'courts',
    'ministry', 'treasury', 'regime', 'junta', 'власти', 'власть', 'влада', 'уряд', 'правительство', 'сторона', 'президент',
    'лидер', 'лідер', 'суд', 'минфин', 'мінфін', 'мид', 'мзс',
  ],
  /** A unit after a number: "15 years", "1,000 days" are not people. */
  unitWord: [
    'year~', 'month~', 'week~', 'day~', 'hour~', 'minute~', 'percent', 'per', 'cent', 'dollar~', 'euro~', 'ton~', 'tonne~',
    'km', 'kg', 'mile~', 'barrel~', 'time~', 'bn', 'million~', 'billion~', 'лет', 'год*', 'рок*', 'мес*', 'міс*', 'дн*', 'день',
    'час*', 'годин*', 'процент*', 'відсот*', 'доллар*', 'долар*', 'евро', 'євро', 'тонн*', 'миллион*', 'мільйон*', 'млн', 'млрд',
    'раз', 'раза', 'рази', 'неделю', 'недел*', 'тиж*', 'суток', 'діб',
  ],
};

/** Every word class: releases and modality here, sanctions in sanctions-words.ts. */
export const WORDS: WordTable = { ...RELEASE_AND_MODALITY_WORDS, ...SANCTIONS_WORDS };

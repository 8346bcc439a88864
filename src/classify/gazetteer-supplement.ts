// Hand-written additions to the country gazetteer, ONLY for what the data packages lack:
// i18n-iso-countries gives names (en/ru/uk) and world-countries gives English names, alternative
// spellings, English demonyms and capitals. Neither has Russian or Ukrainian demonyms/adjectives
// (белорусской, українців), capitals in Russian/Ukrainian, seats of government (Kremlin, Bankova),
// or the phrases that must NOT count (Latin America, New Mexico, Amnesty International…).
//
// Phrase syntax: words separated by spaces. A Cyrillic word ending in "*" is a stem that takes
// case endings and the usual derivations (-ский/-ський, -ец/-ці…); any other word must match whole.
// A phrase starting with "^" must be written in capitals in the text ("US", never "us").
// A phrase starting with "@" is a capital: it names the state except as a place ("in Minsk").

/** Checked first, so they win over package data when both list the same phrase. */
export const PREFERRED: Readonly<Record<string, readonly string[]>> = {
  US: ['^US', '^USA', 'America', 'Americans', '@Washington', 'White House', 'Foggy Bottom', 'США', 'Америк*', 'Америці', 'американ*',
    '@Вашингтон*', 'Бел* дом*', 'Біл* дім', 'Біл* дом*', 'Сполучен* Штат*', 'Соединенн* Штат*'],
  GB: ['^UK', 'Britain', 'British', 'Briton', 'Britons', 'Brit', 'Brits', 'Downing Street', 'Whitehall', 'Британи*', 'Британі*', 'британ*',
    'Великобритани*', 'Великобритані*', '@Лондон*', 'Даунинг стрит', 'Даунінг стріт', 'Соединенн* Королевств*', 'Сполучен* Королівств*'],
  CD: ['Congo', 'DR Congo', '^DRC', 'Congolese', 'Конго'],
  RU: ['Kremlin', '@Moscow', '^РФ', 'рф', 'Кремл*', '@Москв*', '@Москов*', 'росси*', 'россиян*', 'росі*', 'росіян*'],
  FR: ['Elysee', 'Elysee Palace', "Quai d'Orsay", 'Елисейск*', 'Єлисейськ*', 'француз*', 'француженк*', '@Париж*'],
  UA: ['Bankova', '@Kiev', '@Kyiv', 'Банкова', 'Банковой', 'Банковую', 'Банкову', 'Банкової', 'Банковій', '@Киев*', '@Київ*', '@Києв*', 'украин*', 'україн*'],
  CN: ['Zhongnanhai', '^PRC', '^КНР', '@Пекин*', '@Пекін*', 'китай*', 'китаец', 'китаянк*'],
  KP: ['^DPRK', 'North Korean', 'North Koreans', '^КНДР', 'Северн* Коре*', 'Північн* Коре*', 'северокорейск*', 'північнокорейськ*', 'северокорейц*', 'північнокорейц*', '@Пхеньян*'],
  KR: ['^ROK', 'South Korean', 'South Koreans', 'Южн* Коре*', 'Південн* Коре*', 'южнокорейск*', 'південнокорейськ*', 'южнокорейц*', 'південнокорейц*', '@Сеул*'],
  AE: ['^UAE', 'Emirati', 'Emiratis', '^ОАЭ', '^ОАЕ', 'эмиратск*', 'еміратськ*', 'Эмират*', 'Емірат*', '@Абу Даби', '@Абу Дабі'],
  PS: ['Palestinian', 'Palestinians', 'Palestine', 'палестин*'],
  TW: ['Taiwan', 'Taiwanese', 'Chinese Taipei', '@Taipei', 'Тайван*', 'тайван*', '@Тайбэ*', '@Тайбе*'],
  HK: ['Hong Kong', 'Hongkonger', 'Hongkongers', 'Гонконг*', 'Гонконзі', 'гонконгск*', 'гонконзьк*'],
  MO: ['Macau', 'Macao', 'Макао'],
  TR: ['Turkey', 'Turkiye', 'турец*', 'турецк*', 'турок', 'турк*', 'турецьк*', '@Анкар*'],
  BY: ['белорус*', 'беларус*', 'білорус*', '@Минск*', '@Мінськ*', '@Мінську'],
  ZA: ['^RSA', '^ЮАР', 'южноафриканск*', 'південноафриканськ*'],
  DE: ['^ФРГ', 'немец*', 'немецк*', 'немц*', 'німец*', 'німц*', 'герман*', '@Берлин*', '@Берлін*'],
  NL: ['Dutch', 'голланд*', 'нидерландск*', 'нідерландськ*', '@The Hague', '@Гааг*', '@Гаазі'],
  SA: ['Saudi', 'Saudis', 'саудовск*', 'саудівськ*', '@Эр Рияд*', '@Ер Ріяд*'],
  IL: ['израил*', 'израильтян*', 'ізраїл*', 'ізраїльтян*'],
  CZ: ['Czech', 'Czechs', 'чешск*', 'чеськ*'],
};

/** Russian / Ukrainian demonyms, adjectives and capitals (stems; see syntax above). */
export const CYRILLIC_EXTRA: Readonly<Record<string, readonly string[]>> = {
  PL: ['Poles', 'польск*', 'польськ*', 'поляк*', 'польк*', '@Варшав*'],
  LT: ['литов*', '@Вильнюс*', '@Вільнюс*'],
  LV: ['латыш*', 'латвийск*', 'латвійськ*', 'латвійц*', 'латвийц*', '@Риг*'],
  EE: ['эстон*', 'естон*', '@Таллин*', '@Таллінн*'],
  MD: ['молдав*', 'молдов*', 'молдован*', '@Кишинев*', '@Кишинів*', '@Кишинев*'],
  GE: ['грузин*', '@Тбилиси', '@Тбілісі'],
  AM: ['армян*', 'вірмен*', '@Ереван*', '@Єреван*'],
  AZ: ['азербайджан*', '@Баку'],
  KZ: ['казах*', 'казахстанск*', 'казахстанськ*', '@Астан*', 'Акорда', 'Акорды', 'Акорде', 'Акордой', 'Ак Орда', 'Ак Орды'],
  UZ: ['узбек*', 'узбецьк*', '@Ташкент*'],
  KG: ['Кыргызстан*', 'Киргизстан*', 'кыргызстанск*', 'киргизстанськ*', 'киргизстанск*', 'киргиз*', 'кыргыз*', '@Бишкек*', '@Бішкек*'],
  TJ: ['таджик*', 'таджицьк*', '@Душанбе'],
  TM: ['туркмен*', '@Ашхабад*'],
  JP: ['япон*', '@Токио', '@Токіо'],
  IN: ['индийск*', 'індійськ*', 'индус*', '@Дели', '@Делі'],
  PK: ['пакистан*', '@Исламабад*', '@Ісламабад*'],
  AF: ['афган*', '@Кабул*'],
  IR: ['иран*', 'іран*', '@Тегеран*'],
  IQ: ['ирак*', 'ірак*', '@Багдад*'],
  SY: ['сирийск*', 'сирійськ*', 'сирийц*', 'сирійц*', '@Дамаск*'],
  QA: ['катар*', '@Дох*'],
  OM: ['оман*', '@Маскат*'],
  EG: ['египет*', 'єгипет*', 'египт*', 'єгипт*', '@Каир*', '@Каїр*'],
  JO: ['иордан*', 'йордан*', '@Амман*'],
  LB: ['ливан*', '@Бейрут*'],
  VE: ['венесуэл*', 'венесуел*', '@Каракас*'],
  CU: ['кубин*', '@Гаван*'],
  NI: ['никарагуан*', 'нікарагуан*', '@Манагуа'],
  CA: ['канад*', '@Оттав*'],
  AU: ['австралий*', 'австралій*', '@Канберр*'],
  AT: ['австрий*', 'австрій*', '@Вен*', '@Відн*', '@Відень'],
  IT: ['итальян*', 'італій*', '@Рим*'],
  ES: ['Spaniard', 'Spaniards', 'испан*', 'іспан*', '@Мадрид*'],
  PT: ['португал*', '@Лиссабон*', '@Лісабон*'],
  CH: ['швейцар*', '@Берн*'],
  SE: ['Swede', 'Swedes', 'швед*', 'шведськ*', '@Стокгольм*'],
  FI: ['финск*', 'финн*', 'фінськ*', 'фінлянд*', '@Хельсинки', '@Гельсінкі'],
  NO: ['норвеж*', 'норвезьк*', '@Осло'],
  DK: ['Danes', 'датск*', 'датчан*', 'данськ*', '@Копенгаген*'],
  SK: ['словацк*', 'словацьк*', '@Братислав*'],
  HU: ['венгер*', 'венгр*', 'угорськ*', 'угорц*', '@Будапешт*'],
  RO: ['румын*', 'румун*', '@Бухарест*'],
  BG: ['болгар*', '@Софи*', '@Софі*'],
  RS: ['сербск*', 'сербськ*', 'серб', 'сербы', 'серби', '@Белград*'],
  HR: ['хорват*', '@Загреб*'],
  GR: ['греческ*', 'грецьк*', 'грек*', '@Афин*', '@Афін*'],
  VA: ['Holy See', 'Свят* Престол*', 'Ватикан*'],
  IE: ['ирланд*', 'ірланд*', '@Дублин*', '@Дублін*'],
  IS: ['исланд*', 'ісланд*'],
  NZ: ['новозеланд*'],
  MX: ['Мексиці', 'мексикан*', '@Мехико'],
  BR: ['бразил*', '@Бразилиа'],
  AR: ['аргентин*', '@Буэнос Айрес*', '@Буенос Айрес*'],
  CL: ['чилийск*', 'чилійськ*'],
  CO: ['колумбий*', 'колумбій*'],
  ET: ['эфиоп*', 'ефіоп*'],
  VN: ['вьетнам*', 'вʼєтнам*', 'вєтнам*', '@Ханой*'],
  TH: ['тайск*', 'тайськ*', 'таиланд*', 'таїланд*', '@Бангкок*'],
  PH: ['Philippine', 'Philippines', 'филиппин*', 'філіппін*', '@Манил*'],
  MN: ['монгол*'],
  YE: ['йемен*', 'ємен*'],
  LY: ['ливий*', 'лівій*', '@Триполи', '@Тріполі'],
  SD: ['судан*', '@Хартум*'],
  // Adjectives whose stem differs from the name's ("турецких" is not "турец" + an ending).
  ER: ['эритрейск*', 'еритрейськ*'], SO: ['сомалийск*', 'сомалійськ*'], BE: ['бельгийск*', 'бельгійськ*'],
  ID: ['индонезийск*', 'індонезійськ*'], MY: ['малайзийск*', 'малайзійськ*'],
  AL: ['албанск*', 'албанськ*', 'албанц*'], BA: ['боснийск*', 'боснійськ*'], MM: ['мьянманск*', 'м’янманськ*', 'мянманськ*', 'бирманск*', 'бірманськ*', 'Бирм*', 'Бірм*'],
  MA: ['марокканск*', 'марокканськ*', 'марокканц*'], PE: ['перуанск*', 'перуанськ*', 'перуанц*'], ML: ['малийск*', 'малійськ*'], TD: ['чадск*', 'чадськ*'],
  ZW: ['зимбабвийск*', 'зімбабвійськ*'], MR: ['мавританск*', 'мавританськ*'],
};

/** Seats of government and capitals in English that the packages spell differently or lack. */
export const ENGLISH_EXTRA: Readonly<Record<string, readonly string[]>> = {
  // world-countries spells these demonyms differently ("Kirghiz", "Tadzhik", "Uzbekistani"…) or not at all.
  KG: ['Kyrgyz', 'Kyrgyzstani'], TJ: ['Tajik', 'Tajiks'], UZ: ['Uzbek', 'Uzbeks'], KZ: ['Kazakh', 'Kazakhs', 'Kazakhstani', 'Akorda', 'Ak Orda'],
  NP: ['Nepali', 'Nepalis'], LA: ['Laotian', 'Laotians'], AZ: ['Azeri', 'Azeris'], BY: ['Belarussian', 'Belarussians'], IS: ['Icelandic'],
  BA: ['Bosnia', 'Bosnian', 'Bosnians', 'Босни*', 'Босні*', 'боснийск*', 'боснійськ*'], SI: ['Slovenian', 'Slovenians'], AR: ['Argentinian', 'Argentinians'], EC: ['Ecuadorian', 'Ecuadorians'],
  FI: ['Finns'], RS: ['Serbs'], HR: ['Croats'], TR: ['Turks'], TC: ['Turks and Caicos'], MM: ['Burma', 'Burmese'],
  IN: ['@New Delhi', '@Delhi'],
  LK: ['@Colombo'],
  KR: ['Blue House'],
};

/** Phrases that contain a country word but do not refer to the country. */
export const NOT_COUNTRIES: readonly string[] = [
  'Latin America', 'South America', 'Central America', 'North America', 'Latin American', 'South American', 'Central American',
  'North American', 'Native American', 'Native Americans', 'African American', 'African Americans', 'American Indian',
  'Young Turks', 'New Mexico', 'New Mexican', 'New Guinea', 'Gulf of Mexico', 'South China Sea', 'East China Sea', 'Sea of Japan', 'Indian Ocean',
  'Jordan River', 'Jordan Valley', 'Niger Delta', 'Niger River', 'Congo River', 'Guinea pig', 'Guinea pigs', 'Turkish delight',
  'French fries', 'Georgia Tech', 'New Jersey', 'Jersey City', 'Washington Post', 'Washington state', 'Washington State',
  'РБК Україна', 'RBC Ukraine', 'Kyiv Independent', 'Kyiv Post', 'Moscow Times', 'Tehran Times', 'Jerusalem Post', 'Minsk Agreements', 'Minsk agreements',
  'George Washington', 'Washington Nationals', 'Amnesty International', 'Northern Ireland', 'New England', 'New South Wales',
  'English Channel', 'Paris Hilton', 'Paris Saint Germain', 'Virgin Islands', 'Persian Gulf',
  'Mexico City', 'Guatemala City', 'Panama City', 'Kuwait City', 'Belize City', 'Santiago de Cuba', 'Santiago de Compostela', 'Santiago del Estero', 'Сантьяго де Куба',
  'латинск* америк*', 'латиноамерикан*', 'южн* америк*', 'северн* америк*', 'центральн* америк*', 'латинськ* америк*',
  'південн* америк*', 'північн* америк*', 'центральн* америк*', 'латиноамериканськ*',
];

/** Capitals that are also common words or other places, never read as the state. */
export const AMBIGUOUS_CAPITALS: ReadonlySet<string> = new Set([
  'victoria', 'kingston', 'georgetown', 'hamilton', 'male', 'nassau', 'san jose', "saint john's", 'brussels', 'jerusalem',
  'city of victoria', 'the valley', 'road town', 'saint helier', 'douglas', 'stanley', 'west island', 'flying fish cove',
  'king edward point', 'adamstown', 'kingstown', 'saint george', "st. george's", 'basseterre', 'castries', 'plymouth',
  'palikir', 'avarua', 'alofi', 'washington d.c.', 'ngerulmud', 'majuro', 'tarawa', 'south tarawa', 'yaren', 'funafuti',
]);

/** Country words that are also given names: not counted when they stand next to another name. */
export const PERSON_LIKE: ReadonlySet<string> = new Set(['chad', 'jordan', 'georgia', 'israel', 'paris', 'sofia', 'lima', 'kenya', 'india', 'chelsea']);
/** Cyrillic country words that are also first names before a surname: «Герман Греф». */
export const PERSON_LIKE_CYRILLIC: ReadonlySet<string> = new Set(['герман']);

/** Words that look like a country only at the start of a sentence ("Reunion of families…"). */
export const NOT_AT_SENTENCE_START: ReadonlySet<string> = new Set(['reunion', 'jersey', 'guernsey', 'man', 'того', 'чад']);

/** Alternative spellings from world-countries that are ordinary words or surnames. */
export const SKIP_ALT_SPELLINGS: ReadonlySet<string> = new Set(['mann', 'viti', 'thai', 'man', 'lao', 'island']);

/** US-state context for "Georgia" (the dev set reads bare "Georgia" as the country otherwise). */
export const GEORGIA_US_STATE = /\b(Atlanta|Savannah|Kemp|Fulton County|Peach State|Georgia Tech|University of Georgia|Bulldogs|governor of Georgia|Georgia governor|Georgia's governor|state of Georgia|Georgia state|Georgia, U\.?S|Ga\.)/;

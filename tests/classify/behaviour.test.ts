import { describe, expect, it } from 'vitest';
import { CLASSIFIER_VERSION, createClassifier } from '../../src/classify/index.js';

const c = createClassifier();
const classify = (title: string, summary = '', language?: string) => c.classify({ title, summary, language });

describe('public API', () => {
  it('has a version string', () => {
    expect(CLASSIFIER_VERSION).toMatch(/^rules-\d+\+lr-\d+$/);
  });
});

describe('prisoner releases', () => {
  it('Belarus pardons 31 Ukrainians: release, BY UA US, pardon', () => {
    const r = classify(
      'Belarus pardons 31 Ukrainians as goodwill gesture after agreements with Trump',
      "Belarusian President Alexander Lukashenko has pardoned 31 Ukrainians who were jailed in Belarus, following agreements reached with U.S. President Donald Trump at Ukraine's request. The pardoned individuals have been handed over to Kyiv.",
    );
    expect(r.topics).toEqual(['prisoner_release']);
    expect(r.countries).toEqual(['BY', 'UA', 'US']);
    expect(r.action).toBe('pardon');
    expect(r.confidence).toBeGreaterThan(0.8);
    expect(r.evidence.join(' ')).toMatch(/pardon/i);
  });

  it('a demand to free someone is not a release', () => {
    for (const [t, s] of [
      ['Rights groups demand release of jailed reporter', 'Colleagues held a vigil outside the embassy.'],
      ['Родственники требуют освободить задержанных активистов', ''],
      ['Зеленський: обмін полоненими «всіх на всіх» поки неможливий', ''],
      ["'Free our citizens': Washington urges Caracas to release wrongfully detained Americans", ''],
      ['Песков: обмен заключёнными с Украиной пока не согласован', 'В Кремле заявили, что списки, переданные украинской стороной, всё ещё изучаются.'],
      ['Planned exchange of captives collapses as buses turn back from the border', ''],
      ['Clemency plea rejected for jailed rock musician, wife says', 'The Belarusian presidential pardons commission turned down the request.'],
      ['Students released from class early as heatwave shuts Iranian schools', ''],
      ['Рідні захисників вийшли на акцію', 'Учасники просили владу пришвидшити звільнення українців з полону.'],
      ['Рідні закликали звільнити полонених моряків', ''],
      // A plea for a pardon and a rally to win a release are demands; an analyst's view is no event.
      ['Отец осуждённого блогера попросил Лукашенко о помиловании', ''],
      ['Родини полонених вийшли на мітинг', 'Вони закликали посилити тиск, щоб домогтися звільнення захисників.'],
      ['Политолог: обмен пленными между Россией и США возможен весной', ''],
      ['Expert: a new prisoner swap is likely before the summit', ''],
      ['A new prisoner exchange between Moscow and Kyiv is possible in spring, officials say', ''],
      // A participle opening the sentence, or set off by commas, describes the one it is about.
      ['Звільнений з полону морпіх Олег Гнатюк відкрив кав’ярню у Львові', ''],
      ['Бывший заключённый открыл кафе', 'Активист, вышедший на свободу в ходе обмена между Россией и Западом, открыл кафе в Берлине.'],
      // Anniversaries and films about past swaps; an appeal handed in.
      ['Два года назад в Абу-Даби состоялся обмен пленными', 'Тогда стороны передали по 100 человек.'],
      ['Документальну стрічку про обмін покажуть у Каннах', 'Фільм розповідає, як 24 моряки повернулися в Україну.'],
      ['Petition urges Tajikistan to free jailed lawyers', 'Signatures calling for their release were handed to the embassy in Berlin.'],
      ['Жінки моряків звернулися до МЗС', 'Вони закликали відомство добитися звільнення чоловіків, захоплених хуситами.'],
      ['Talks in Cairo end without deal', 'Negotiators left without agreement on the number of detainees to be freed.'],
      ['Uzbekistan extends capital amnesty for assets held abroad', ''],
      ['Amnesty urges Tunisia to free jailed lawyer', 'The rights group said he had been denied visits.'],
      ['Five years on, the Whelan swap still shapes US hostage policy', 'Analysts say the deal set a template for later exchanges.'],
      ['Doha round on Sudan detainees ends without deal', 'The sides failed to agree on lists for a new exchange of prisoners.'],
      // A film about a past swap.
      ['Documentary retells the 2010 spy swap', 'The film shows how ten agents were traded for four men held in Russia.'],
    ] as const) {
      const r = classify(t, s);
      expect(r.topics, t).toEqual([]);
      expect(r.confidence).toBe(0);
      expect(r.action).toBeUndefined();
    }
  });

  it('a conditional release alone is not a release, but counts inside a sanctions deal', () => {
    expect(classify('Officials say detainees could be freed if talks succeed').topics).toEqual([]);
    expect(classify('US offers sanctions relief if Belarus frees political prisoners').topics).toEqual(['prisoner_release', 'sanctions']);
  });

  it('rejects look-alike releases', () => {
    for (const t of [
      'Dozens of prisoners freed in mass jailbreak in eastern Congo',
      'Thousands of pages on Kennedy assassination released by US archives',
      'China hands Australian writer Yang Hengjun suspended death sentence',
      "Gangs storm Haiti's main prison, freeing some 3,700 inmates",
      'Band releases first single in a decade',
      'Microsoft releases security patches for Windows',
      'President pardons Thanksgiving turkey named Gobbles',
      'Court sentences opposition blogger to six years',
      'Police arrest three suspects after protest',
      'Man freed on bail after DNA evidence review',
      'Ukraine and Russia exchange bodies of fallen soldiers',
      'Russia sentences Radio Free Europe editor to six years',
      'RADIO FREE EUROPE EDITOR SENTENCED IN RUSSIA',
      'Free Syrian Army fighters clash with Kurdish forces near Afrin',
      "Germany's Free Democrats leader says Germans will pay more for gas",
      'Українські військові звільнили село в Запорізькій області',
      'Ukrainian troops freed the village of Robotyne',
      'Лубінець: Росія зірвала запланований обмін полоненими',
      'The Kremlin declined to comment on media speculation about a possible prisoner exchange',
      'Лубінець: Москва затягує обміни полоненими',
      'Рятувальники звільнили з-під завалів шістьох людей після вибуху газу',
      'The president pardoned two birds named Peanut and Butter at the annual ceremony',
      'The superyacht was handed over to its Russian owner at a Dutch shipyard',
      'Peskov says no negotiations are under way about another prisoner swap with Washington',
      'Writers asked Lukashenko to include the ailing poet in the next pardon',
      'Delhi and Islamabad exchange lists of jailed fishermen under their 2008 accord',
      'Exchange candidate’s appeal rejected by Minsk court',
      'Veterans mark two years since the prisoner exchange at the border',
      'Five years after her release, the aid worker says hostage diplomacy is thriving',
      'Ukrainian blogger freed after serving her full five-year term',
      'Окружной штаб опроверг слухи об обмене пленными на этой неделе',
      'Army rescues four hostages by tricking the rebels into handing them over',
      'Jailed Armenian activist leaves Yerevan prison for a hospital ward',
      'Colonel Smith, who returned home last month after a swap, addresses veterans',
      'US deports 90 Guatemalans; the migrants were handed over to immigration officials',
      'Amnesty declared: Manila offers to waive penalties on undeclared offshore income',
      'Jailed Belarusian activist released from hospital and returned to her colony',
      'Former president released from prison pending appeal',
      'Суд санкціонував арешт чоловіка, який передавав координати ворогу',
      'Israel hands over bodies of 30 Palestinians after the return of a deceased hostage',
      'Опозиціонер вийшов на волю після відбуття терміну',
      'Журналист вышел на свободу по окончании срока',
      'Президент відхилив прохання про помилування трьох полонених',
      'Омбудсман: Росія має звільнити всіх цивільних заручників',
    ]) {
      expect(classify(t).topics, t).toEqual([]);
    }
    // Capitals name an organisation only where the title is not written in title case.
    expect(classify('Iran To Free Two French Citizens In Exchange Deal').topics).toEqual(['prisoner_release']);
  });

  it('finds swaps and amnesties in ru/uk', () => {
    expect(classify('Россия и Украина провели обмен пленными').action).toBe('exchange');
    expect(classify('Парламент ухвалив закон про амністію для засуджених').topics).toEqual(['prisoner_release']);
  });

  it('reads the number of people freed however it is written', () => {
    expect(classify('Военные власти Мьянмы освободили 4 тыс. заключённых по амнистии').people).toBe(4000);
    expect(classify('В Мьянме амнистированы более 9,6 тыс. заключённых').people).toBe(9600);
    expect(classify('Eighty-two Chibok schoolgirls freed').people).toBe(82);
    expect(classify('Opposition figure among 18 released after US offer').people).toBe(18);
  });

  it('prisoners of war coming home are an exchange, civilians a release, a trade of prisoners a swap', () => {
    expect(classify('З російського полону повернулися 75 українських військових').action).toBe('exchange');
    expect(classify('Ще 75 військовополонених повернули додому').action).toBe('exchange');
    expect(classify('З російського полону звільнено 49 цивільних українців').action).toBe('release');
    expect(classify('Баку передал Еревану четырёх армянских военнопленных').action).toBe('handover');
    expect(classify('Sweden and Iran trade prisoners in Oman-mediated deal').action).toBe('swap');
  });

  it('bodies returned beside a prisoner swap veto only their own clause, and are not counted as people freed', () => {
    for (const [t, people] of [
      ['Bodies of 1,000 soldiers returned as Kyiv and Moscow also swap 84 prisoners', 84],
      ['Russia and Ukraine swapped 84 prisoners and returned 1,000 bodies of soldiers', 84],
      ['Украина вернула тела 1000 погибших, а также обменяла 84 пленных', 84],
    ] as const) {
      const r = classify(t);
      expect(r.topics, t).toEqual(['prisoner_release']);
      expect(r.people, t).toBe(people);
    }
    for (const t of [
      'Ukraine and Russia swap bodies of 1,000 soldiers',
      'Russia returned the bodies of 20 POWs in an exchange',
      'Bodies of 500 soldiers returned as part of exchange',
      'Israel hands over 45 Palestinian bodies after return of hostage remains',
    ]) {
      expect(classify(t).topics, t).toEqual([]);
    }
  });

  it('a headline looking back makes the summary’s release the past', () => {
    expect(classify('Ten years after prisoner swap, Gilad Shalit keeps a low profile', 'The former Israeli soldier, exchanged in 2011 for 1,027 Palestinian prisoners, rarely speaks in public.').topics).toEqual([]);
    expect(classify('Bergdahl, freed in Taliban swap, avoids prison sentence for desertion', 'He was released in exchange for five Taliban detainees.').topics).toEqual([]);
    expect(classify('Japanese journalist publishes account of captivity in Syria', 'He was freed after more than three years.').topics).toEqual([]);
    // A colon is no aside: «Кремль: освобождённый американец вылетел из Москвы».
    expect(classify('Кремль: освобождённый американец вылетел из Москвы по договорённости с Вашингтоном').topics).toEqual(['prisoner_release']);
  });

  it('a state handing back detained nationals is a release; a freed person arriving home still is', () => {
    // Each case: [title, summary?, language?], all releases.
    const releases: [string, string?, string?][] = [
      ['Peru returns 14 detained Bolivians after border talks'],
      ['Freed Lithuanian activist arrives home in Vilnius'],
      ["Egypt commutes Canadian teacher's sentence and deports him"],
      ['Al-Shabaab hands over Kenyan nurse Amina Yusuf after 400 days'],
      ['President greets freed trio', 'The three were among 12 people Belarus let go in the exchange.'],
      ['Red Cross flights carry 80 detainees home', 'The prisoners were let go unilaterally by Riyadh.'],
      ['Переговоры в Минске', 'По их итогам на свободу вышли 40 человек.', 'ru'],
      ['Jordan commutes sentence of British-Jordanian poet, who walks free'],
      ['Talks in Rome', 'Havana said it would let go 200 people convicted after the protests.'],
      // "years on" looks back only as an opening phrase ("Ten years on, …"), not in "two years on spying charges".
      ['Jailed for two years on spying charges, American reporter freed in swap'],
      ['Sultan hosts talks', 'A Dutch engineer held in Tehran for a year had arrived in Muscat thanks to Omani mediation.'],
      ['Сибіга зустрівся з кардиналом', 'За сприяння Ватикану з російських місць несвободи вийшли двоє українських священників.', 'uk'],
      // Talks on a truce ended without a deal, but captives were swapped.
      ['Переговоры в Женеве завершились без договорённости о перемирии', 'Стороны обменялись 50 пленными.', 'ru'],
      ['Aid worker freed', 'The French aid worker was released through mediation by Qatari officials.'],
      // A film's maker is a person: "documentary maker freed".
      ['Documentary maker freed by Iran returns to Paris'],
      ['Sporting Games', 'Later that day the president signed a pardon decree freeing 100 prisoners.'],
      // «прем'єр» is a prime minister, not a film premiere.
      ["Зеленський зустрівся з прем'єром Данії", 'Того ж дня Україна повернула з полону 120 військових у межах обміну з Росією.', 'uk'],
    ];
    for (const [title, summary, language] of releases) expect(classify(title, summary, language).topics, title).toEqual(['prisoner_release']);
    // "London-based" names the city.
    expect(classify('London-based consultancy says EU may list Chinese refiners').countries).toEqual(['CN']);
  });

  it('states trading one person for another need no jail word', () => {
    expect(classify('Iran and US swap Princeton scholar for Iranian scientist in Swiss-brokered deal').topics).toEqual(['prisoner_release']);
    expect(classify('Qatar-mediated deal returns 13 Ukrainian children from Russian-controlled territory').topics).toEqual(['prisoner_release']);
    expect(classify('Brittney Griner walks free as Russia swaps US basketball star for arms dealer Viktor Bout').topics).toEqual(['prisoner_release']);
    expect(classify('Cecilia Sala flies home after Tehran releases her').topics).toEqual(['prisoner_release']);
    expect(classify('Paul Whelan and Evan Gershkovich land at Andrews in largest East-West exchange since Cold War', 'Twenty-four people held in six countries changed hands.').topics).toEqual(['prisoner_release']);
    expect(classify('Oleg Sentsov among 35 Ukrainians flown to Kyiv as Moscow receives Vladimir Tsemakh', 'The film director was jailed in Russia.').topics).toEqual(['prisoner_release']);
    expect(classify('Sisi grants clemency to Alaa Abd El-Fattah after six years behind bars').topics).toEqual(['prisoner_release']);
    expect(classify('Trump pardons Ross Ulbricht', 'The Silk Road founder had been serving a life sentence in federal prison.').topics).toEqual([]);
    expect(classify('Додому повернулися 84 українці, серед яких цивільні, засуджені в Росії').topics).toEqual(['prisoner_release']);
    expect(classify('Turkish foreign minister urges Moscow and Kyiv to agree all-for-all prisoner exchange').topics).toEqual([]);
    expect(classify('ELN rebels free father of footballer Luis Díaz after government talks').topics).toEqual(['prisoner_release']);
    for (const t of [
      'Chinese delegation arrives in Moscow for exchange of views on Ukraine',
      'Migrants arrive in Italy after months of detention in Libya',
      'Japanese students land in Seoul for cultural exchange',
      'Ukrainian athletes arrive in Paris after exchange of fire near border',
    ]) expect(classify(t).topics, t).toEqual([]);
    expect(classify('Washington state software error freed thousands of inmates early, audit finds').topics).toEqual([]);
    expect(classify("Nazanin Zaghari-Ratcliffe lands in Britain after six years' detention").topics).toEqual(['prisoner_release']);
    expect(classify('Die Welt correspondent Deniz Yücel released after a year without charge').topics).toEqual(['prisoner_release']);
    expect(classify('Rwanda commutes sentence of jailed activist', 'He was let go after Qatar mediated.').topics).toEqual(['prisoner_release']);
    expect(classify('Former Japanese Red Army leader walks free after completing 20-year sentence').topics).toEqual([]);
    expect(classify('Release of hostage video sparks outcry in Israel', 'Hamas published footage of two captives pleading for a deal.').topics).toEqual([]);
    expect(classify('Knicks trade Canadian forward for Serbian center').topics).toEqual([]);
  });

  it('a release dated in the past is background to another story', () => {
    expect(classify('Former hostage Terry Waite recalls his captivity', 'He was freed in 1991 after almost five years in Lebanon.').topics).toEqual([]);
    expect(classify('Brittney Griner returns to WNBA a year after prisoner swap', 'The basketball star was exchanged for arms dealer Viktor Bout in December 2022.').topics).toEqual([]);
    expect(classify('Evan Gershkovich writes about his year in Russian prison', 'The reporter was freed in a multi-country swap in August 2024.').topics).toEqual([]);
    expect(classify('Russian court jails US journalist', 'Washington accuses Moscow of taking bargaining chips; in 2022 Brittney Griner was exchanged for arms dealer Viktor Bout.').topics).toEqual([]);
    expect(classify('Kyiv and Moscow swap 80 prisoners each', 'In 2019, the two sides swapped 35 prisoners each.').topics).toEqual(['prisoner_release']);
    // The year belongs to the jailing, or the duration to another clause: still a release.
    expect(classify('Belarus frees activist jailed in 2021').topics).toEqual(['prisoner_release']);
    expect(classify('Azerbaijan frees Armenian soldiers captured in 2020 war').topics).toEqual(['prisoner_release']);
    expect(classify('Taliban free American abducted in December 2022').topics).toEqual(['prisoner_release']);
    expect(classify('Россия освободила украинских моряков, захваченных в 2018 году').topics).toEqual(['prisoner_release']);
    expect(classify('US suspends Venezuela oil sanctions for six months after Caracas frees five political prisoners').topics).toEqual(['prisoner_release', 'sanctions']);
  });

  it('a state letting someone out of prison is a release; a judge granting bail is not', () => {
    expect(classify('Belarus lets opposition figure leave prison after five years').topics).toEqual(['prisoner_release']);
    expect(classify('Лукашенко помиловал Романа Протасевича').topics).toEqual(['prisoner_release']);
    // "Wrongfully detained" is the US term for its citizens held abroad, not a domestic miscarriage of justice.
    expect(classify('Aid worker lands in Britain after four years detained in Iran').topics).toEqual(['prisoner_release']);
    // Named people freed in a swap, states swapping named people or a number each, coming back after detention.
    for (const [title, summary] of [
      ['Griner freed in one-for-one swap for Viktor Bout', 'The exchange took place in Abu Dhabi.'],
      ['Ryan Corbett freed by Taliban in Qatar-brokered swap', 'Corbett had been held in Afghanistan since August 2022.'],
      ['US and Russia swap Karelina for Petrov', ''],
      ['Russia and Ukraine swap 390 each in first stage of 1,000-for-1,000 exchange', ''],
      ['Michael Kovrig and Michael Spavor back in Canada after more than 1,000 days in Chinese detention', ''],
      ['Kylie Moore-Gilbert arrives back in Australia', 'The lecturer had spent more than two years in Iranian prisons.'],
      ['Nazanin Zaghari-Ratcliffe freed after six years in Iran', ''],
    ]) {
      expect(classify(title!, summary).topics, title).toEqual(['prisoner_release']);
    }
    expect(classify('Navalny ally flies home to Moscow and is detained at the airport', 'He had spent a year in exile.').topics).toEqual([]);
    expect(classify('Максим Буткевич на волі після двох років у російському полоні').topics).toEqual(['prisoner_release']);
    expect(classify('Havana to free 553 prisoners after Biden lifts terror designation').topics).toEqual(['prisoner_release', 'sanctions']);
    for (const t of [
      'Tbilisi and Moscow let two detained students go in a one-for-one trade',
      'On Friday 20 Armenian detainees and three Azerbaijani soldiers were returned under the deal',
      'Никарагуа освободила епископа и выслала его в Рим',
      'Latest: 75 come home in swap; storm hits the coast',
      'Six Americans flown out of Caracas in a three-way swap; the deported migrants were sent home',
      'Aid worker released by Houthis in Omani-brokered deal',
      'Iran lets British couple Craig and Lindsay Foreman leave Evin prison',
      'Chess champion among 12 pardoned by Aliyev',
      'Two Swedish-Iranian dual nationals leave Iran as Stockholm pays old debt',
      'French aid worker held for 18 months in Mali is free',
      'Iran frees Italian reporter after three weeks; Italy freed an Iranian whose extradition the US sought',
    ]) {
      expect(classify(t).topics, t).toContain('prisoner_release');
    }
    // Relief the release answers is news, not the background that "after the imposition of" is.
    expect(classify('Minsk frees 14 prisoners after the lifting of US sanctions on Belavia').topics).toEqual(['prisoner_release', 'sanctions']);
    expect(classify('Минск освободил 14 заключённых после снятия американских санкций с «Белавиа»').topics).toEqual(['prisoner_release', 'sanctions']);
    expect(classify('Airline resumed flights to Europe after the lifting of sanctions').topics).toEqual([]);
    // A profession, not a film; reported speech, not a hypothesis; a long name before the captivity.
    expect(classify('Russia and Ukraine swap prisoners', 'They exchanged 35 prisoners each, with film director Oleg Sentsov among them.').topics).toEqual(['prisoner_release']);
    expect(classify('Leaders meet', 'The two governments said Baku would free 32 Armenian servicemen as a goodwill gesture.').topics).toEqual(['prisoner_release']);
    expect(classify('Leaders meet', 'Baku would free 32 Armenian servicemen if Yerevan withdrew its claims.').topics).toEqual([]);
    expect(classify('Footballer back in training', 'ELN guerrillas freed Luis Manuel Díaz after 12 days in captivity following talks mediated by the Church.').topics).toEqual(['prisoner_release']);
    expect(classify('Tsikhanouski vows to campaign for prisoners still held in Belarus', 'The opposition blogger, freed in June after five years behind bars, spoke in Brussels.').topics).toEqual([]);
    expect(classify('Россия обменяла эстонского офицера', 'Обмен на бывшего сотрудника спецслужб прошел на границе. Он был осужден на 15 лет.').topics).toEqual(['prisoner_release']);
    // Captured soldiers handed to investigators are taken, not freed.
    expect(classify('Ukraine captures two North Korean soldiers', 'The wounded men were handed to the security service for questioning.').topics).toEqual([]);
    expect(classify('Venezuela releases six Americans after Trump envoy meets Maduro', 'The State Department had described several of them as wrongfully detained.').topics).toEqual(['prisoner_release']);
    expect(classify('Russia frees ballerina in swap for Arthur Petrov', 'Petrov had been arrested in Cyprus on US export-control charges.').topics).toEqual(['prisoner_release']);
    expect(classify('Judge lets murder suspect leave jail on bail').topics).toEqual([]);
  });
});

describe('sanctions', () => {
  it('a threat of sanctions is sanctions with action threaten', () => {
    const r = classify('EU threatens new sanctions on Iran over drone deliveries');
    expect(r.topics).toEqual(['sanctions']);
    expect(r.action).toBe('threaten');
    expect(r.countries).toEqual(['IR']);
    // New measures on a condition are a threat; relief on a condition is an offer.
    expect(classify('Trump says he will hit Russia with tough sanctions if no ceasefire is agreed').action).toBe('threaten');
    // Measures a state may take, told without the word sanctions.
    const penalties = classify('Officials said further penalties under the new law could then target Iran’s central bank');
    expect([penalties.topics, penalties.action]).toEqual([['sanctions'], 'threaten']);
    const offer = classify('US will lift sanctions on Belarus potash if more prisoners are freed');
    expect([offer.action, offer.stage]).toEqual(['lift', 'proposed']);
  });

  it('names lift / extend / delist', () => {
    expect(classify('US lifts sanctions on Belarusian potash producer').action).toBe('lift');
    expect(classify('ЕС продлил санкции против России').action).toBe('extend');
    expect(classify('EU rolls over Belarus sanctions regime until February 2027').action).toBe('extend');
    expect(classify('Brussels adopts 16th round of Russia penalties').topics).toEqual(['sanctions']);
    expect(classify('Вашингтон восстановил все санкции против Ирана, снятые по ядерной сделке').action).toBe('impose');
    expect(classify('Вашингтон разблокировал шесть миллиардов долларов').topics).toEqual(['sanctions']);
    expect(classify('Госдеп выдал банкам освобождение от санкций').action).toBe('waive');
    expect(classify('WADA отстранило Россию от соревнований', 'Исполком агентства единогласно утвердил санкции.').topics).toEqual([]);
    expect(classify('FCA imposes penalties on Russian-owned broker').topics).toEqual([]);
    expect(classify('Treasury delists three Russian tankers').action).toBe('delist');
    expect(classify('US suspends Venezuela oil sanctions for six months').action).toBe('ease');
    expect(classify('UN committee exempts Taliban foreign minister from travel ban for India visit').action).toBe('waive');
    expect(classify('EU lifts travel ban on Belarusian official').action).toBe('lift');
    expect(classify('Six Americans freed as US renews Chevron oil licence').topics).toEqual(['prisoner_release', 'sanctions']);
    expect(classify('США продлили лицензию Chevron').topics).toEqual(['sanctions']);
    const licensed = classify(
      'Iran releases German-Iranian engineer after Berlin licenses humanitarian payment channel',
      'The German foreign office said the licence, granted under EU sanctions rules, allows payments for food and medicine through a state bank.',
    );
    expect(licensed.topics).toEqual(['prisoner_release', 'sanctions']);
    expect(classify('Exporters get a licence issued under the Russia sanctions regime').action).toBe('waive');
    // Being subject to a measure is background ("who is subject to British asset freezes"); becoming so is news.
    expect(classify('Belarusian airline became subject to EU sanctions on Monday').topics).toEqual(['sanctions']);
    expect(classify('Three Iranian banks will be subject to UK asset freezes from Friday').topics).toEqual(['sanctions']);
  });

  it('a past listing, a demand, an analysis or a relative clause is no sanctions news', () => {
    for (const [t, sum] of [
      ['Sanctioned tycoon\'s club clinches Cypriot title', 'The club is owned by a Russian businessman on Western blacklists since 2022.'],
      ['Metals magnate marries in Dubai', 'The tycoon, blacklisted by Britain and the EU in 2022, did not comment.'],
      ['Rights groups write to EU ministers', 'Twenty organisations asked foreign ministers to impose asset freezes and travel bans on the judges.'],
      ['Аналітики KSE: санкції скоротили нафтові доходи Росії на 15%', ''],
      ['Hemedti, sanctioned by Washington, vows in interview to form rival government', ''],
      ['Maduro names US-sanctioned businessman Alex Saab industry minister', 'Saab, who was freed in a 2023 prisoner swap, will oversee investment.'],
      ['FCC revokes licence of Chinese telecom operator', 'The regulator cited national security.'],
      ['Аналитики: санкции удорожили логистику для российских экспортёров на треть', ''],
      ['Russia releases GDP figures showing economy slowing', 'Rosstat said growth slowed as high interest rates and Western sanctions weighed on investment.'],
      ['Polish parliament sanctions funds for fortifications on Belarus border', ''],
      ['Rusal first-half profit falls as aluminium prices slide', 'The Russian producer, removed from the US sanctions list in January, said sales had recovered.'],
      ['US raises tariffs on 200 billion dollars of Chinese goods', 'Beijing said it would take necessary countermeasures.'],
      ['Dutch central bank fines crypto exchange over sanctions screening lapses', ''],
      ['Sanctioned tycoon wins libel case against London newspaper', 'The Russian businessman, who is subject to British asset freezes, was awarded damages.'],
      ["White House releases readout of Trump's call with Russia's Putin", 'Neither side mentioned sanctions relief, which the Kremlin has sought.'],
      ['Analysis: three years on, Russian economy strained but not broken by sanctions', 'Oil revenue has fallen as the price cap bites.'],
      ['Спортивный арбитраж подтвердил дисквалификацию российской фигуристки', 'CAS отклонил апелляцию, санкция против спортсменки продлится четыре года.'],
      ['How sanctions reshaped Russia’s oil trade', 'A look at the shadow fleet three years on.'],
      ['Study finds sanctions have failed to dent Russian oil exports', ''],
      ['Клуб, власника якого Україна внесла до санкційного списку, виграв чемпіонат Казахстану', ''],
      ['Команда подсанкционного бизнесмена взяла Кубок Латвии', 'Клуб принадлежит предпринимателю, включённому в санкционные списки ЕС.'],
    ]) expect(classify(t!, sum).topics, t).toEqual([]);
    expect(classify('Команда взяла Кубок Латвии').countries).toEqual(['LV']);
  });

  it('rejects look-alike sanctions', () => {
    for (const t of [
      'UEFA sanctions club over crowd trouble',
      'FIFA sanctions federation for match-fixing',
      'Athlete handed four-year doping sanction',
      'City council sanctions new bridge over the river',
      'County elections board sanctions a recount of mail ballots',
      'Judge sanctions lawyers over fake citations',
      'US imposes tariffs on Canadian lumber',
      'Calls grow for sanctions on junta, activists say',
      'Explainer: how the cap on Russian seaborne oil is supposed to work',
    ]) {
      expect(classify(t).topics, t).toEqual([]);
    }
    expect(classify('Centre releases aid', "India's home ministry sanctioned the funds for relief in Assam.").topics).toEqual([]);
    // Each case: [title, summary?] → topics.
    const cases: [[string, string?], string[]][] = [
      [['Regulator fines broker', 'The broker failed to screen clients, including against sanctions lists.'], []],
      [['Treasury adds Iranian shipping firms to sanctions list'], ['sanctions']],
      [['Russian airlines strip jets for parts as sanctions squeeze supplies'], []],
      [['US squeezes Iran with new oil sanctions'], ['sanctions']],
      // A reaction naming the measure is news of it; the expert named after the verb is its target.
      [["Hong Kong calls US sanctions on Lam 'shameless'"], ['sanctions']],
      [['US sanctions UN expert Francesca Albanese'], ['sanctions']],
      [['Kremlin slams new EU package'], ['sanctions']],
      [['Kyiv welcomes new EU package of military aid'], []],
      [['Sanctions experts say the measures will not work'], []],
      // Guesses and effects are no measure; a measure in the second sentence of another story is.
      [['Oil slips as traders bet on easing of Venezuela sanctions'], []],
      [['Нафта дешевшає на тлі очікувань послаблення санкцій проти РФ'], []],
      [['Leaders meet at the DMZ', 'Analysts said any deal would eventually hinge on sanctions relief.'], []],
      [['Economists puzzle over resilience', 'Capital controls cushioned the impact of Western sanctions imposed after the invasion.'], []],
      [['Traders bet on oil as US imposes new sanctions on Iran'], ['sanctions']],
      [['EU ministers discuss Greenland', "Ministers also agreed to roll over the bloc's economic sanctions on Russia."], ['sanctions']],
      [['Obama visits Vietnam', 'He announced that the United States was fully lifting its ban on selling lethal weapons to Vietnam.'], ['sanctions']],
      [['Aluminium hits high', "The rally followed Washington's decision to blacklist Rusal."], ['sanctions']],
      [['Россия закрыла въезд ещё девяти гражданам Японии'], ['sanctions']],
      [['Власти закрыли въезд в город из-за паводка'], []],
    ];
    for (const [[title, summary], topics] of cases) expect(classify(title, summary).topics, title).toEqual(topics);
  });

  it('reads measures told without the word sanctions; keeps licences for mines and safety closures out', () => {
    const cases: [[string, string?, string?], string[]][] = [
      [['Five Iranian banks to be cut off from SWIFT next month'], ['sanctions']],
      [['Belarusian lenders lose SWIFT access under new EU package'], ['sanctions']],
      [['Bank upgrades its SWIFT messaging software'], []],
      [['Moldova bars Russian carrier Pobeda from its airspace'], ['sanctions']],
      [['Moldova closes its airspace after Russian drone strays over border'], []],
      [['Харків', 'Рада ЄС продовжила ще на рік дію персональних санкцій проти білоруських чиновників.', 'uk'], ['sanctions']],
      [['Dutch customs impound jet', 'The aircraft was frozen under EU measures targeting the Russian tycoon.'], ['sanctions']],
      [['Dubai refiner cut off', 'OFAC gave the firm\'s partners 45 days to wind down dealings with it.'], ['sanctions']],
      [['Зеленський увів у дію рішення РНБО щодо 40 суден', 'Активи власників блокуються на п\'ять років.', 'uk'], ['sanctions']],
      [['Treasury removes Belarusian potash producer from its list'], ['sanctions']],
      [['Ministry grants Kivu Gold licence to mine copper in Zambia'], []],
      [['Kenyan senate sanctions borrowing plan for new highway'], []],
      [['Council lists 90 more shadow-fleet tankers'], ['sanctions']],
      [['Commerce Department adds 12 firms to Entity List over drone parts for Iran'], ['sanctions']],
      [['Kremlin extends ban on Western fruit imports for another year'], ['sanctions']],
      // Background, a risk, a forecast, a court's order for creditors: no measure taken.
      [['Shipping firms face sanctions risk over Iranian cargo, insurers warn'], []],
      [['Oligarch buys Portuguese hotel', 'The businessman, under EU sanctions imposed in 2022, bought the hotel through a Cypriot firm.'], []],
      [['Car prices climb', 'Toyota stopped deliveries in 2022 after the imposition of Western sanctions.'], []],
      [['Аналітики не чекають зняття санкцій з «Аерофлоту» цього року', '', 'uk'], []],
      [['Эксперты: ЕС может ввести новые санкции против Ирана', '', 'ru'], []],
      [['Court grants freezing order against fund founder', 'Liquidators say money was diverted. The order freezes his assets pending trial.'], []],
      // The measure in a later sentence of another story.
      [['Гривня знизилася', 'Того ж дня Рада ЄС ухвалила рішення продовжити ще на шість місяців економічні санкції проти Росії.', 'uk'], ['sanctions']],
      [['Саміт у Тирані', 'На полях зустрічі Канада оголосила санкції проти чотирьох молдовських політиків.', 'uk'], ['sanctions']],
      [['Rial gains', 'Dealers cited the formal lifting on Sunday of nuclear-related sanctions by the United States.'], ['sanctions']],
      [['Бюджет принят', 'Позднее МИД России объявил о запрете въезда для 200 граждан Канады.', 'ru'], ['sanctions']],
      [['Визит в Москву', 'Накануне Пекин объявил о контрмерах против американских компаний — их активы в Китае заморожены.', 'ru'], ['sanctions']],
      [['Serbian refiner gets fresh OFAC reprieve'], ['sanctions']],
      [['UN 1718 Committee lists North Korean shipping agent'], ['sanctions']],
      [['Ankara deal', 'A waiver signed by Marco Rubio let the Iraqi payments move from Turkey.'], ['sanctions']],
      // Forecasts, fears, compliance checks, an old listing, being on a list.
      [['Analysts doubt EU gas ban', 'Consultancies predicted that the next sanctions package would again leave LNG out.'], []],
      [['Экономисты оценили риски вторичных санкций для банков Казахстана', '', 'ru'], []],
      [['Regulator fines broker', 'The firm failed to check clients against the UK list of designated persons.'], []],
      [['НБУ оштрафував банк', 'Банк не перевіряв клієнтів за санкційними списками.', 'uk'], []],
      [['Фірма під санкціями виграла тендер', 'Компанію внесли до санкційного списку ще 2022 року.', 'uk'], []],
      [['Tycoon, on EU and UK blacklists, buys Beirut hotel'], []],
      [['Банк России применил санкции к страховщику за навязывание полисов', '', 'ru'], []],
      [['Tanker towed to port', "Its Dubai-registered owner was added to OFSI's list on Tuesday with 12 other firms."], ['sanctions']],
      [['Трейдер закриває офіс', 'Минулого тижня його засновник потрапив під обмеження Великої Британії.', 'uk'], ['sanctions']],
      [['Chilean Senate sanctions pension reform after long debate'], []],
      [['Экономисты: новые санкции против «Норникеля» маловероятны', '', 'ru'], []],
      [['Порт Вентспілс втратив чверть вантажів через санкції проти російського вугілля', '', 'uk'], []],
      [['Detainees freed', 'The swap came six weeks after Washington issued a licence easing restrictions on Caracas.'], ['prisoner_release']],
      [['Pilot returns home', 'He was released in exchange for a Russian trader awaiting trial on export-control charges.'], ['prisoner_release']],
    ];
    for (const [[title, summary, language], topics] of cases) expect(classify(title, summary, language).topics, title).toEqual(topics);
    // "said … would": an announcement, not an offer.
    expect(classify('UK names Georgian police chiefs', 'The foreign secretary said the four would be barred from the UK and have their assets frozen.').stage).not.toBe('proposed');
  });

  it('reads measures told by their object or in another word order', () => {
    for (const t of [
      'France, Germany and Britain trigger snapback on Iran',
      'Former Honduran minister placed under US travel ban',
      'Treasury removes two Greek tankers from the Specially Designated Nationals list',
      'New US sanctions hit Iranian drone makers',
      'Five Americans freed as $6bn in Iranian oil money moved under a US waiver',
      'Лондон ввёл ограничения против 40 судов «теневого флота»',
      'США вывели белорусскую авиакомпанию из-под санкций',
      'The law allows sanctions on Chinese officials who curb the territory’s freedoms',
      'Contractor halts pipelaying after US sanctions become law',
      'Закон запрещает въезд в Россию американцам',
      'Canada targets 60 shadow fleet vessels carrying Russian crude',
      'Японія вдарила по тіньовому флоту Росії',
      'Під санкції потрапили 12 грузинських суддів',
      'Молдова синхронізувала обмеження з Брюсселем щодо Росії',
      'Лондон объявил о снятии ограничений с «Белавиа»; Минск освободил 14 человек',
      'Указ прекращает действие санкций против Сирии, введённых в 2004 году',
    ]) {
      expect(classify(t).topics, t).toContain('sanctions');
    }
    expect(classify('Authorities froze in Cyprus all the accounts of a Russian oligarch').topics).toEqual(['sanctions']);
    expect(classify('Японія заморозила активи фірм, причетних до передачі ракет Росії').topics).toEqual(['sanctions']);
    expect(classify('Авиакомпания внесла в черный список буйного пассажира').topics).toEqual([]);
    expect(classify('Airline blacklists passenger who assaulted crew').topics).toEqual([]);
    // What measures did, or a guess about them, is no measure.
    for (const t of [
      'Sanctions hit Russian economy harder than expected',
      'Study finds export controls slowed China’s chip industry',
      'The price cap and export controls were blunted by rerouting trade, the authors say',
      'Санкции не помешали росту экспорта угля',
      'Экспорт угля вырос после европейского эмбарго',
      'Regulator fines bank over weak sanctions controls',
      'Аналитики допускают, что за этим может последовать смягчение санкций',
      'Carmaker designates Korean firm as preferred battery supplier',
      'Knesset sanctions extension of the reservist call-up',
      'Kenyan government sanctions 40 billion shillings for rural roads',
      'Beijing bars Japanese executive from leaving China amid probe',
      'КХЛ наложила санкции на клуб за драку',
      'ICC sanctions captain after send-off; the bowler was fined his match fee',
    ]) {
      expect(classify(t).topics, t).toEqual([]);
    }
  });

  it('reads a listing told at length and frozen money let go', () => {
    expect(classify('Treasury added the cargo ship, its owner and two Hong Kong-based managers to its blocked list').topics).toEqual(['sanctions']);
    expect(classify('Вашингтон разрешил перевести в Оман иранские деньги, замороженные в Ираке').topics).toEqual(['sanctions']);
  });

  it('reads a designation of one leader', () => {
    expect(classify('US designates RSF leader Hemedti and seven UAE firms as it declares genocide in Sudan').topics).toEqual(['sanctions']);
  });

  it('reads a price cap told without the word price', () => {
    expect(classify('Cap on Russian seaborne crude lowered to $47.60 a barrel').topics).toEqual(['sanctions']);
    expect(classify('Японія знизить граничну ціну на російську нафту').topics).toEqual(['sanctions']);
    expect(classify('US revokes Chevron licence to operate in Venezuela').topics).toEqual(['sanctions']);
    expect(classify('New Zealand bans exports to Russian-linked entities').topics).toEqual(['sanctions']);
    expect(classify("Washington penalises Ankara's defence procurement agency over Russian missile system").topics).toEqual(['sanctions']);
    expect(classify("Security Council slashes Pyongyang's petroleum imports by 90%").topics).toEqual(['sanctions']);
    expect(classify('Indian cabinet sanctions 12 new industrial smart cities').topics).toEqual([]);
    expect(classify("Pakistan's parliament sanctions emergency funds for flood relief").topics).toEqual([]);
    expect(classify('Ballerina traded for Arthur Petrov', 'Petrov was accused of exporting controlled electronics to Russia.').topics).toEqual(['prisoner_release']);
    expect(classify('США зняли обмеження з національного авіаперевізника Білорусі').action).toBe('lift');
    // A release the other side "failed" to make is a condition not met, not a release.
    expect(classify('US eases Venezuela oil sanctions', 'The licence could be revoked if Caracas failed to release political prisoners.').topics).toEqual(['sanctions']);
  });
});

describe('fifth-session phrasings (blind-70..77)', () => {
  // Each case: [title, summary, language] → topics. Written for this test, in the styles the blind
  // sets exposed; the sets' own items are in tests/fixtures/classifier.
  const cases: [string, string, string, string[]][] = [
    // Non-state captors letting people go; a handover told with a pronoun; leaving detention.
    ['Rebels let two Red Cross workers go after weeks of talks', '', 'en', ['prisoner_release']],
    ['Belarus handed him over at the Lithuanian border', 'The teacher had been held in Minsk for two years on treason charges.', 'en', ['prisoner_release']],
    ['French engineer leaves Iranian prison after three years', 'The foreign ministry in Paris welcomed the move.', 'en', ['prisoner_release']],
    ['Reporter jailed in Russia flies home', 'The Kremlin said she had been pardoned on Wednesday.', 'en', ['prisoner_release']],
    ['Activist left in custody after hearing in Baku', '', 'en', []],
    ['Inmate walks out of prison after judge overturns conviction', '', 'en', []],
    // A release that a threat demands, and an offer refused, free no one.
    ['EU readies asset freezes on Georgian officials', 'Ministers agreed the measures would take effect unless the jailed protesters are freed by June.', 'en', ['sanctions']],
    ['Minister rejected an offer to swap the 12 detainees for two pilots', '', 'en', []],
    ['Detained journalist designated as wrongfully detained by State Department', '', 'en', []],
    // Measures on named parties: export bans to entities, blocked property, a court striking a listing, a licence prolonged.
    ['Exporters barred from selling to 15 more entities in Iran, ministry says', '', 'en', ['sanctions']],
    ['OFAC blocks three vessels owned by Houthi-linked firm', '', 'en', ['sanctions']],
    ['EU court annuls listing of Russian steel magnate', '', 'en', ['sanctions']],
    ['Минфин США продлил до 1 марта генеральную лицензию для сделок с активами компании', '', 'ru', ['sanctions']],
    // Not measures: a court's bail terms, a sports body's sanction, a market price, a dated listing, a question.
    ['Court keeps travel ban on opposition leader released on bail', '', 'en', []],
    ['Federation rejects appeal by the two clubs', 'The sanction will stand for the rest of the season, the disciplinary panel said.', 'en', []],
    ['Urals crude traded below the price cap in March', '', 'en', []],
    ['Tanker runs aground off Gotland', 'The vessel, blacklisted last year for carrying Russian crude, lost power in a storm.', 'en', []],
    ['Central bank sells reserves to prop up the rial', 'The slide began after Washington tightened sanctions on oil exports last month.', 'en', []],
    ['Are sanctions working? Iran exports hit a five-year high', '', 'en', []],
    // blind-73..75: agency and Telegram styles, specialist desks.
    ['Иран освободил гражданина Германии в рамках обмена', 'Взамен Берлин выпустил из-под стражи иранца.', 'ru', ['prisoner_release']],
    ['Ще 7 українських дітей повернуто з окупованих територій за посередництва Катару', '', 'uk', ['prisoner_release']],
    ['Kazakh president commutes sentences of nine jailed activists, freeing them', '', 'en', ['prisoner_release']],
    ['Houthis free three detained UN staff after Omani mediation', '', 'en', ['prisoner_release']],
    ['Belarus lets jailed blogger leave for surgery in Vilnius', '', 'en', ['prisoner_release']],
    ['Pirates free crew of Maltese tanker after owners pay ransom', '', 'en', []],
    ['Маркетплейс ввёл санкции против продавцов за завышение цен', '', 'ru', []],
    ['ЦМАКП: санкционное давление продолжит сдерживать инвестиции', '', 'ru', []],
    ['Указом Путина российская «дочка» немецкого концерна передана во временное управление', '', 'ru', ['sanctions']],
    ['Panama strikes 9 tankers from its registry after US designations', '', 'en', ['sanctions']],
    ['EU General Court upholds listing of Belarusian potash executive', '', 'en', ['sanctions']],
    ['CAS upholds four-year sanction on Russian skater', '', 'en', []],
    ["Chevron's Venezuela licence revised to bar payments to the state oil company", '', 'en', ['sanctions']],
    ['OFSI fines bank £200,000 over payments to a company owned by a designated Russian businessman', '', 'en', []],
    ['ВАКС: активи підсанкційного бізнесмена стягнуто в дохід держави', 'Застосовано санкцію відповідно до Закону «Про санкції».', 'uk', ['sanctions']],
    ['Кыргызстан и Таджикистан обменялись задержанными', '', 'ru', ['prisoner_release']],
    // blind-76, blind-77: events told indirectly.
    ['Five walk out of Evin and board a plane to Doha', '', 'en', ['prisoner_release']],
    ['Песков: о новом обмене говорить рано', '', 'ru', []],
    ['Рада ЄС погодила передачу ще 1,5 млрд євро доходів від заморожених російських активів', '', 'uk', ['sanctions']],
    ['Rights groups urge Baku to free Armenian detainees before peace deal', '', 'en', []],
    ['Cuba to free 150 prisoners as US eases remittance curbs', '', 'en', ['prisoner_release', 'sanctions']],
    ['Saudi Arabia frees US blogger and lifts his travel ban', '', 'en', ['prisoner_release']],
    ['Forty tankers can no longer enter British ports after latest designations', '', 'en', ['sanctions']],
    ['Tankers may dock again after shipping firm is taken off the list', 'The Council removed the firm from the register of entities subject to port bans.', 'en', ['sanctions']],
    ['Commerce drops licence requirements for civil aviation exports to Syria', '', 'en', ['sanctions']],
    ['EU bans 27 more shadow fleet tankers', '', 'en', ['sanctions']],
    ['Swedish diplomat lands in Stockholm after 600 days in Evin', '', 'en', ['prisoner_release']],
  ];
  it.each(cases)('%s', (title, summary, language, topics) => {
    expect(classify(title, summary, language).topics).toEqual(topics);
  });

  it('reads «рф» in lower case as Russia, and a capital before «обмін» in the dative as its party', () => {
    expect(classify('Омбудсман закликав рф звільнити полонених медиків', '', 'uk').countries).toEqual(['RU']);
    expect(classify('У Кремлі заперечили, що пропонували Києву обмін полоненими', '', 'uk').countries).toEqual(['RU', 'UA']);
    expect(classify('Prisoners freed in the Ankara swap arrive home', '', 'en').countries).toEqual([]);
  });

  it('reads «Кыргызстан» as Kyrgyzstan and "Snake Island" as no country', () => {
    expect(classify('Кыргызстан и Таджикистан обменялись задержанными', '', 'ru').countries).toEqual(['KG', 'TJ']);
    expect(classify('Border guards captured on Snake Island are home after swap', '', 'en').countries).toEqual([]);
  });

  it('a possessive capital is the state even after a preposition', () => {
    expect(classify('Nicaragua frees prisoners at Washington\'s request').countries).toEqual(['NI', 'US']);
  });
});

describe('sixth-session phrasings (blind-78..80)', () => {
  // Each case: [title, summary, language] → topics. Written for this test; the sets' own items are
  // in tests/fixtures/classifier.
  const cases: [string, string, string, string[]][] = [
    // Freed "during an exchange" says who they were; a sentence "handed to" someone hands over no one.
    ['Чоловіків звільнили під час обміну, посередником виступили ОАЕ', '', 'uk', ['prisoner_release']],
    ['Both men were freed during an exchange, officials said', '', 'en', ['prisoner_release']],
    ['Rapporteurs say the two-year sentence handed to the Georgian journalist was disproportionate', '', 'en', []],
    // Early release under sentencing law at home is not a political release.
    ['Over 500 inmates released under alternative sentencing this year', '', 'en', []],
    ['Ministry: 300 prisoners released to serve rest of terms under electronic monitoring', '', 'en', []],
    // Licences from a sanctions authority; «из-под санкций»; a relief that talks led to.
    ['Serbian refinery receives another operating licence from OFAC', '', 'en', ['sanctions']],
    ['Авиакомпания выведена из-под санкций Евросоюза', '', 'ru', ['sanctions']],
    ['Відбулися переговори, за підсумками яких Вашингтон зняв санкції з калійної компанії', '', 'uk', ['sanctions']],
    ['Компания, которая находится под санкциями, открыла новый завод', '', 'ru', []],
    // blind-81, 82 and pairs-15: measures and releases inside other stories, and their look-alikes.
    ['Foreign ministry says it has barred 14 British officials and journalists from entering the country', '', 'en', ['sanctions']],
    ['Sentiment was hit by the decision on Tuesday to blacklist two trading firms in Dubai', 'The US Treasury named them.', 'en', ['sanctions']],
    ['Magnitsky sanctions hit the governor\'s son and 12 other targets', '', 'en', ['sanctions']],
    ['Japan extends its trade ban on North Korea', '', 'en', ['sanctions']],
    ['США разрешили заправкам «Лукойла» за рубежом работать еще полгода', 'OFAC выпустил обновленную генеральную лицензию, которая позволяет сети продолжать работу.', 'ru', ['sanctions']],
    ['Havana frees US contractor after five years', '', 'en', ['prisoner_release']],
    ['Guatemala takes in 30 Nicaraguans released from prison', 'They will stay until the US processes their humanitarian parole.', 'en', ['prisoner_release']],
    ['Court sentences man over sabotage plot', 'The verdict comes two years after Berlin released a convicted assassin in a prisoner exchange.', 'en', []],
    ['Прокурор дал санкцию на арест бывшего мэра', '', 'ru', []],
    ['Court of Arbitration for Sport cuts Russia\'s doping sanctions to two years', 'Athletes may still compete as neutrals at the Olympics.', 'en', []],
    ['President names sanctioned ally as oil minister', '', 'en', []],
    ['Bishops sanction annual pilgrimage to the shrine', '', 'en', []],
    ['Qatar frees five detainees and agrees to restrict their travel for a year', '', 'en', ['prisoner_release']],
    ['Cuba to free 51 more prisoners, including July 2021 protesters', '', 'en', ['prisoner_release']],
    ['HOSTAGE HELL OVER: Gran, 74, freed by terror gang', 'The Israeli pensioner was handed to the Red Cross under the ceasefire deal brokered by Egypt and Qatar.', 'en', ['prisoner_release']],
    ['Iran lets crew of seized Greek-owned tanker go home', '', 'en', ['prisoner_release']],
    // blind-86 (ru/uk agency and Telegram styles) and pairs-17.
    ['Минфин предложил провести новый этап амнистии капиталов', '', 'ru', []],
    ['ЕС ввёл пошлины на удобрения из России', 'В Еврокомиссии подчеркнули, что речь идёт о торговой мере, а не о новом пакете санкций.', 'ru', []],
    ['МОК снова продлил санкции против ОКР', '', 'ru', []],
    ['Звільнені з полону отримають право на звільнення з військової служби', '', 'uk', []],
    ['Пекин внёс десять американских компаний в список ненадёжных субъектов', '', 'ru', ['sanctions']],
    // blind-87: convicts pardoned; a demand that ties relief to a release.
    ['Tajikistan pardons 300 convicts ahead of Independence Day', 'The decree covers people jailed on extremism charges and foreign citizens.', 'en', ['prisoner_release']],
    ['Opposition leader urges Brussels to make any easing conditional on release of all political prisoners', '', 'en', []],
    // blind-88 (minimal pairs) and pairs-18.
    ['Think tank: EU could target Georgian officials', 'Experts at the think tank said asset freezes and travel bans were possible if arrests continue.', 'en', []],
    ['Consultancy sees buyers of Russian oil at risk', 'A London-based consultancy said secondary measures could follow within months.', 'en', []],
    ['Norway sanctions joint quota deal with Russian fishing firms', 'The fisheries ministry approved the agreement.', 'en', []],
    ['Россия и Украина провели обмен по формуле «84 на 84»', 'Тела погибших военнослужащих доставлены через границу.', 'ru', []],
    ['Судоверфь, уже несколько лет находящаяся в санкционном списке США, спустила на воду танкер', '', 'ru', []],
    ['Японія закликала Білорусь звільнити громадянина', 'Чоловік повинен бути переданий японським дипломатам на кордоні.', 'uk', []],
    ['Україна запровадила санкції проти керівників Російського футбольного союзу', 'Указ президента передбачає блокування активів.', 'uk', ['sanctions']],
    ['FARC dissidents free 28 police officers held after a clash', 'They were handed to the Ombudsman after negotiations.', 'en', ['prisoner_release']],
    ['Українська асоціація футболу оскаржить санкції УЄФА проти «Динамо»', '', 'uk', []],
    ['Handed to Moldovan police at the border', 'Border guards detained the journalist and handed him to police.', 'en', []],
    // blind-89, blind-90.
    ['Amateur ballerina jailed in Russia returns to US in swap', '', 'en', ['prisoner_release']],
    ['Vilnius lifts ban on Belarusian fertiliser transit', '', 'en', ['sanctions']],
    ['Washington lets Iraq\'s waiver to pay for Iranian electricity expire', '', 'en', ['sanctions']],
    ['В Кремле заявили, что обсуждение нового обмена заключёнными продолжается', '', 'ru', []],
    ['Beijing frees three Americans as Washington lifts sanctions on police forensics institute', '', 'en', ['prisoner_release', 'sanctions']],
    // "returned to talks" brings no one home (the model had read it as a return once retrained).
    ['Chevron licensed to pump Venezuelan oil again as Washington relaxes curbs', "The Treasury issued a six-month licence allowing the U.S. major to resume limited operations in Venezuela after Nicolás Maduro's government returned to talks with the opposition.", 'en', ['sanctions']],
    ['Husband of jailed British-Iranian aid worker starts hunger strike outside Foreign Office', 'He says ministers must do more to bring her home from Tehran.', 'en', []],
  ];
  it.each(cases)('%s', (title, summary, language, topics) => {
    expect(classify(title, summary, language).topics).toEqual(topics);
  });

  it('reads a capital where "they said" as the state, not where a speaker is named after the verb', () => {
    expect(classify('США запровадили нові санкції', 'У Києві рішення назвали сильним сигналом.', 'uk').countries).toEqual(['UA', 'US']);
    expect(classify('Премьера прошла в Москве', 'Об этом сообщили в прокатной компании.', 'ru').countries).toEqual([]);
    expect(classify('Фильм показали в Москве, сообщили в прокатной компании', '', 'ru').countries).toEqual([]);
  });

  it('reads the action of a renewal dated "until end-January", a delisting "off US blacklist" and an exemption granted', () => {
    expect(classify('EU rolls over Russia economic sanctions until end-January 2027').action).toBe('extend');
    expect(classify('Security Council extends arms embargo and targeted sanctions on South Sudan').action).toBe('extend');
    // The answer to a measure is the news: Russia's stop-list, not the EU package it answers.
    const answer = classify('Россия ответила на 20-й пакет санкций ЕС расширением «стоп-листа»', '', 'ru');
    expect([answer.topics, answer.actors.acting]).toEqual([['sanctions'], ['RU']]);
    expect(classify('Syria\'s interior minister among six taken off US blacklist').action).toBe('delist');
    expect(classify('UN sanctions committee grants Taliban foreign minister travel exemption for India visit', 'The committee overseeing sanctions on the Taliban approved the exemption.').action).toBe('waive');
  });

  it('reads a capital reached by road as a place, and "Brit" as British', () => {
    expect(classify('Belarus frees 14 prisoners', 'They were driven across the border to Vilnius.').countries).toEqual(['BY']);
    expect(classify('Brit dad home after eight months in Taliban jail').countries).toEqual(['GB']);
  });

  it('reads "Santiago de Cuba" as a city, not Chile', () => {
    expect(classify('Protesters walked out of prisons in Santiago de Cuba').countries).toEqual([]);
  });

  it('reads inflected «Кыргызстан» and its adjective, and «Акорда» as Kazakhstan', () => {
    expect(classify('Указ президента Кыргызстана о помиловании', '', 'ru').countries).toEqual(['KG']);
    expect(classify('Минфин США исключил кыргызстанскую компанию из списка', '', 'ru').countries).toEqual(['KG', 'US']);
    expect(classify('Закон подписан, сообщила пресс-служба Акорды', '', 'ru').countries).toEqual(['KZ']);
  });
});

describe('countries', () => {
  it('knows demonyms the data packages spell differently, in en/ru/uk', () => {
    expect(classify('Kyrgyz, Tajik and Uzbek officials meet').countries).toEqual(['KG', 'TJ', 'UZ']);
    expect(classify('Встреча казахстанских и турецких дипломатов').countries).toEqual(['KZ', 'TR']);
    expect(classify('Зустріч таджицьких та узбецьких прикордонників').countries).toEqual(['TJ', 'UZ']);
    expect(classify('Китай звільнив двох канадців').countries).toEqual(['CA', 'CN']);
  });

  it('a country in a list is no first name, and a city named after its country is the city', () => {
    expect(classify('Waivers for eight buyers', 'He said China, India, Japan and Turkey could keep buying.').countries).toEqual(['CN', 'IN', 'JP', 'TR']);
    expect(classify('Cables about a visit to Mexico City released').countries).toEqual([]);
    expect(classify('Світоліна обіграла польку Ігу Швьонтек').countries).toEqual(['PL']);
    // A capital's games are the city's, as its think tanks and teams are.
    expect(classify('Athletes will compete at the Tokyo Olympics as neutrals').countries).toEqual([]);
    expect(classify('Moscow open to prisoner swap talks').countries).toEqual(['RU']);
    expect(classify("India's Home Ministry releases flood funds").countries).toEqual(['IN']);
    expect(classify("Michael Jordan's former team fined").countries).toEqual([]);
    expect(classify('Ограничения коснулись банковского сектора').countries).toEqual([]);
    // «Кита Келлога» is Keith Kellogg, not China (Китай drops its last letter only before an ending).
    expect(classify('Визит спецпосланника США Кита Келлога').countries).toEqual(['US']);
    expect(classify('Китай освободил двух канадцев').countries).toEqual(['CA', 'CN']);
  });

  it('a dateline names where the report was filed, not the state', () => {
    expect(classify('Sanctions update', 'WASHINGTON (AP) — The Treasury Department on Tuesday sanctioned five Iranian officials.').countries).toEqual(['IR']);
    expect(classify('Обмен состоялся', 'МОСКВА, 5 января. /ТАСС/. Обмен пленными состоялся.').countries).toEqual([]);
    expect(classify('MINSK FREES 31 UKRAINIANS').countries).toEqual(['BY', 'UA']);
  });

  it('matches inflected Russian and Ukrainian forms', () => {
    expect(classify('Переговоры в Белоруссии и Беларуси').countries).toEqual(['BY']);
    expect(classify('Ситуация в Україні та Росії').countries).toEqual(['RU', 'UA']);
    expect(classify('Делегация США прибыла к белорусской границе').countries).toEqual(['BY', 'US']);
    expect(classify('Серед звільнених 20 українців').countries).toEqual(['UA']);
    expect(classify('Кремль прокомментировал решение Вашингтона').countries).toEqual(['RU', 'US']);
    // A fleeting vowel (Египет → Египта) and adjectives the packages do not list (Уганда → угандийских).
    expect(classify('Переговоры при посредничестве Катара и Египта').countries).toEqual(['EG', 'QA']);
    expect(classify('Визовые ограничения против угандийских и руандийских чиновников').countries).toEqual(['RW', 'UG']);
    expect(classify('Нигерийские и нигерские военные').countries).toEqual(['NE', 'NG']);
    expect(classify('Задержаны двое эритрейцев и трое венесуэльцев').countries).toEqual(['ER', 'VE']);
    expect(classify('Затримано албанських і непальських громадян').countries).toEqual(['AL', 'NP']);
    expect(classify('Finns, Serbs, Croats and Turks among those freed').countries).toEqual(['FI', 'HR', 'RS', 'TR']);
    expect(classify('Turks and Caicos premier arrested').countries).toEqual(['TC']);
    expect(classify('Young Turks rally in Istanbul').countries).toEqual([]);
    expect(classify('Сеул внёс в список 11 северокорейцев').countries).toEqual(['KP', 'KR']);
    expect(classify('Among those freed were two Poles and a Swede').countries).toEqual(['PL', 'SE']);
    expect(classify('Звільнення стало результатом переговорів зі Святим Престолом').countries).toEqual(['VA']);
  });

  it('uses demonyms, capitals as the state and seats of government', () => {
    expect(classify('Washington and Beijing trade barbs').countries).toEqual(['CN', 'US']);
    expect(classify('Downing Street rejects Élysée proposal').countries).toEqual(['FR', 'GB']);
    expect(classify('Palestinian prisoners and Taiwanese sailors').countries).toEqual(['PS', 'TW']);
    // The state acting in its capital: its officials, courts and jails.
    expect(classify('The deal bars payments to the government, officials in Washington said').countries).toEqual(['US']);
    expect(classify('Московський суд заарештував громадянина Франції').countries).toEqual(['FR', 'RU']);
    expect(classify('Суд у Москві заочно засудив журналіста').countries).toEqual(['RU']);
    expect(classify('Мужчина содержится в одном из изоляторов в Москве').countries).toEqual(['RU']);
    expect(classify('The Japanese man, arrested in Minsk in 2024, has left').countries).toEqual(['BY', 'JP']);
    expect(classify('Saad Almadi, held in Riyadh for a year, flew home').countries).toEqual(['SA']);
    expect(classify('Talks were held in Minsk').countries).toEqual([]);
  });

  it('avoids false friends', () => {
    expect(classify('Tell us what you think').countries).toEqual([]);
    expect(classify('Ask Us Anything').countries).toEqual([]);
    expect(classify('Fine china and a roast turkey for dinner').countries).toEqual([]);
    expect(classify('Michael Jordan visits Chad Smith').countries).toEqual([]);
    expect(classify('Georgia governor speaks in Atlanta').countries).toEqual([]);
    expect(classify('Tournament held in Minsk').countries).toEqual([]);
    // A capital counts only used as the state (GUIDE): not as a place, nor as the city's police or firms.
    expect(classify('В Москве задержан гражданин США').countries).toEqual(['US']);
    expect(classify('Поліція Києва звільнила бізнесмена').countries).toEqual([]);
    expect(classify('Financial regulator fines London brokerage').countries).toEqual([]);
    expect(classify('Kyiv says Moscow is stalling').countries).toEqual(['RU', 'UA']);
    expect(classify('EU, NATO and the UN meet in Geneva').countries).toEqual([]);
    expect(classify('Lukashenko speaks').countries).toEqual([]);
    expect(classify('Georgian Dream wins vote').countries).toEqual(['GE']);
    expect(classify('Investors flock to Latin America and New Mexico').countries).toEqual([]);
    expect(classify('Leila de Lima walks free').countries).toEqual([]);
    expect(classify('Двоє священників греко-католицької церкви').countries).toEqual([]);
    expect(classify('Two Greek Catholic priests freed').countries).toEqual([]);
    expect(classify('Київський клуб отримав санкції УЄФА').countries).toEqual([]);
    expect(classify('Обмен прошёл в аэропорту Абу-Даби').countries).toEqual([]);
    expect(classify('The swap took place at Abu Dhabi airport').countries).toEqual([]);
    // Where a journey starts or ends, where a swap or a round of talks took place: places.
    expect(classify('Freed aid worker flown home from Tehran', 'She was put on a plane to Doha.').countries).toEqual([]);
    expect(classify('Мандрівники вилетіли з Анкари додому').countries).toEqual([]);
    expect(classify('Activist flies home to Minsk and is detained at the airport').countries).toEqual(['BY']);
    expect(classify('A year after the Ankara swap, the freed men speak').countries).toEqual([]);
    expect(classify('Moscow and Kyiv swap 90 prisoners').countries).toEqual(['RU', 'UA']);
    expect(classify('Doha round on Afghan detainees ends').countries).toEqual(['AF']);
    expect(classify("Washington's round of sanctions hits Moscow banks").countries).toEqual(['RU', 'US']);
    expect(classify('Zelensky in Rome; the Rome talks focus on reconstruction').countries).toEqual([]);
    expect(classify('Договорились на встрече в Вашингтоне').countries).toEqual([]);
    expect(classify('Вашингтон ввёл санкции').countries).toEqual(['US']);
    expect(classify('Герман Греф заявил о росте прибыли').countries).toEqual([]);
    expect(classify('FIFA fines Israel Football Association').countries).toEqual(['IL']);
    expect(classify('Про це пише РБК-Україна').countries).toEqual([]);
    expect(classify('Tourist detained while visiting Kabul').countries).toEqual([]);
    // "of": the streets of a city, the support of a state.
    expect(classify('Protesters filled the streets of Tbilisi').countries).toEqual([]);
    expect(classify('Washington sought the support of Beijing').countries).toEqual(['CN', 'US']);
    // The Hague as the Dutch state, not as the seat of international courts.
    expect(classify('Tokyo and The Hague align chip-tool export curbs').countries).toEqual(['JP', 'NL']);
    expect(classify('The Hague court issues arrest warrant').countries).toEqual([]);
    expect(classify('Суд в Гааге отклонил иск').countries).toEqual([]);
    // A route's end is a place; two capitals joined by a dash are still the two states.
    expect(classify('Finnair suspends Helsinki–Osaka service').countries).toEqual([]);
    expect(classify('«Победа» приостанавливает рейсы Москва — Анталья').countries).toEqual([]);
    expect(classify('Moscow-Kyiv prisoner swap frees 90').countries).toEqual(['RU', 'UA']);
    expect(classify('Пекін обмежив експорт галію та германію до США').countries).toEqual(['CN', 'US']);
    expect(classify('Германия и Франция').countries).toEqual(['DE', 'FR']);
    expect(classify('Переговори з Китаєм та Індією').countries).toEqual(['CN', 'IN']);
  });

  it('still finds countries in other languages', () => {
    const r = classify('Le Bélarus et la France', '', 'fr');
    expect(r.language).toBe('fr');
    expect(r.countries).toContain('FR');
  });
});

describe('language', () => {
  it('uses the declared language, else detects en/ru/uk', () => {
    expect(classify('Hello', '', 'en-GB').language).toBe('en');
    expect(classify('Россия и Украина').language).toBe('ru');
    expect(classify('Росія та Україна, їхні').language).toBe('uk');
    expect(classify('Belarus frees prisoners').language).toBe('en');
    expect(classify('中国').language).toBe('zh');
    expect(classify('', '').language).toBe('und');
  });
});

describe('robustness', () => {
  it('never throws on junk input', () => {
    const junk = [
      '', ' ', '\u0000\u0001', '💥🔥'.repeat(1000), 'a'.repeat(200_000), '\uD800\uDC00\uD800', '.'.repeat(5000),
      'U.S.'.repeat(3000), 'санкции '.repeat(20_000), '\u202E\u200B\u200D', 'ʼʼʼ\'\'’', '1'.repeat(10_000),
    ];
    for (const title of junk) {
      for (const summary of junk.slice(0, 4)) {
        const r = c.classify({ title, summary });
        expect(Array.isArray(r.topics)).toBe(true);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
      }
    }
    const bad = { title: undefined, summary: null } as unknown as { title: string; summary: string };
    expect(c.classify(bad).topics).toEqual([]);
  });

  it('returns sorted upper-case country codes and no topic → confidence 0', () => {
    const r = classify('Poland, Lithuania and Belarus discuss border');
    expect(r.countries).toEqual(['BY', 'LT', 'PL']);
    expect(r.topics).toEqual([]);
    expect(r.confidence).toBe(0);
  });
});

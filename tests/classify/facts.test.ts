// Behaviour of what rules-2 adds on top of topics: action, stage, people, actors, evidence,
// modality and negation — in English, Russian and Ukrainian.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/index.js';

const c = createClassifier();
const classify = (title: string, summary = '', language?: string) => c.classify({ title, summary, language });

describe('stage', () => {
  it('a done release is completed; an agreed one announced; an offered one proposed', () => {
    expect(classify('Belarus pardons 31 Ukrainians after US talks')).toMatchObject({ action: 'pardon', stage: 'completed' });
    expect(classify('Russia and Ukraine agree to exchange 1,200 prisoners')).toMatchObject({ topics: ['prisoner_release'], action: 'exchange', stage: 'announced' });
    expect(classify('Belarus will free 14 political prisoners, officials say')).toMatchObject({ topics: ['prisoner_release'], stage: 'announced' });
    expect(classify('Russia offers to swap jailed American for convicted spy')).toMatchObject({ topics: ['prisoner_release'], action: 'swap', stage: 'proposed' });
    expect(classify('Україна та Росія домовилися про обмін полоненими')).toMatchObject({ action: 'exchange', stage: 'announced' });
    expect(classify('Россия и Украина договорились об обмене пленными')).toMatchObject({ action: 'exchange', stage: 'announced' });
  });

  it('a threat of sanctions is threatened, a proposal proposed, a measure completed', () => {
    expect(classify('Britain threatens sanctions against Israeli ministers')).toMatchObject({ topics: ['sanctions'], action: 'threaten', stage: 'threatened' });
    expect(classify('EU proposes new sanctions package against Russia')).toMatchObject({ topics: ['sanctions'], action: 'impose', stage: 'proposed' });
    expect(classify('Canada considers sanctions on Sudanese commanders')).toMatchObject({ topics: ['sanctions'], stage: 'proposed' });
    expect(classify('US could ease sanctions on Syrian banks if the transition holds')).toMatchObject({ action: 'ease', stage: 'proposed' });
    expect(classify('Лукашенко пригрозил ответными санкциями Польше')).toMatchObject({ topics: ['sanctions'], action: 'threaten', stage: 'threatened' });
    expect(classify('ЄС розглядає нові санкції проти Ірану')).toMatchObject({ topics: ['sanctions'], stage: 'proposed' });
    expect(classify('EU extends sanctions on Russia by six months')).toMatchObject({ action: 'extend', stage: 'completed' });
  });

  it('announcing or agreeing a sanction is the measure itself; only the future is announced', () => {
    expect(classify('State Department announces visa restrictions on Chinese officials')).toMatchObject({ action: 'impose', stage: 'completed' });
    expect(classify('EU and Britain set floating price cap on Russian crude').stage).toBe('completed');
    expect(classify('Japan to lift sanctions on Syria').stage).toBe('announced');
    expect(classify('Frozen Russian central bank assets to back loan to Ukraine').stage).toBe('announced');
    expect(classify('Кремль подтвердил договорённость об обмене заключёнными с Вашингтоном').stage).toBe('announced');
    expect(classify('Minsk signals readiness to release more political prisoners').stage).toBe('proposed');
  });
});

describe('action vocabulary', () => {
  it('names every release and sanctions action', () => {
    const cases: [string, string][] = [
      ['Azerbaijan hands over two Armenian servicemen at the border', 'handover'],
      ['Kazakhstan declares amnesty for 2,500 prisoners', 'amnesty'],
      ['Iran and Sweden swap prisoners in Oman-mediated deal', 'swap'],
      ['Russia and Ukraine exchange prisoners of war', 'exchange'],
      // A trade of named people is a swap, whatever the word.
      ['Russia frees jailed French researcher in exchange for arms dealer', 'swap'],
      ['Brittney Griner exchanged for Viktor Bout on Abu Dhabi tarmac', 'swap'],
      // A state giving detained people back to another is a handover.
      ['North Korea repatriates detained South Korean missionary', 'handover'],
      ['Казахстан вернул Киргизии троих задержанных пограничников', 'handover'],
      ['Turkey frees American pastor Andrew Brunson', 'release'],
      ['UK sanctions Georgian interior minister over police violence', 'designate'],
      ['Treasury blacklists network shipping Iranian oil', 'designate'],
      ['Washington eases sanctions on Belarusian potash exports', 'ease'],
      ['US lifts sanctions on Belarusian airline Belavia', 'lift'],
      ['President waives sanctions on Turkish purchase of Russian air defence system', 'waive'],
      ['US delists Russian tanker after its owner sells the vessel', 'delist'],
      ['Japan renews sanctions on North Korea for two more years', 'extend'],
      ['Council imposes restrictive measures on six Iranian individuals', 'impose'],
      ['Евросоюз исключил из санкционного списка трех бизнесменов', 'delist'],
    ];
    for (const [title, action] of cases) expect(classify(title).action, title).toBe(action);
  });

  it('an exchange anywhere in the item names a plain release in the title', () => {
    expect(classify('З російського полону звільнили 84 українців', 'Обмін відбувся за посередництва ОАЕ.').action).toBe('exchange');
    expect(classify('Из российского плена освобождены 205 украинских военных', 'Обмен состоялся при посредничестве ОАЭ.').action).toBe('exchange');
    expect(classify('Iran frees French tourist after three years', 'She flew to Paris.').action).toBe('release');
  });

  it("the title's main clause decides, not a clause after \"after\"", () => {
    const r = classify(
      'Після звільнення десяти американців США дозволили Chevron повернутися до Венесуели',
      'Нова ліцензія Мінфіну послаблює санкції проти венесуельської нафтової галузі.',
    );
    expect(r.topics).toEqual(['prisoner_release', 'sanctions']);
    expect(r).toMatchObject({ action: 'ease', stage: 'completed' });
    expect(classify('Belarusian laureate freed as US lifts potash sanctions').action).toBe('release');
  });
});

describe('people', () => {
  it('reads digits and number words in en/ru/uk, and gives none for collective nouns', () => {
    expect(classify('Thirty-one Ukrainians freed by Belarus').people).toBe(31);
    expect(classify('Russia frees seventeen Ukrainian sailors').people).toBe(17);
    expect(classify('Myanmar junta pardons more than 9,000 prisoners').people).toBe(9000);
    expect(classify('Лукашенко помиловал тридцать одного политзаключенного').people).toBe(31);
    expect(classify('Білорусь звільнила двох громадян Литви').people).toBe(2);
    expect(classify("З полону повернулися сімдесят п'ять українських військових").people).toBe(75);
    expect(classify('Из колоний по амнистии освобождены сотни заключенных')).toMatchObject({ topics: ['prisoner_release'] });
    expect(classify('Из колоний по амнистии освобождены сотни заключенных').people).toBeUndefined();
    expect(classify('Hundreds of prisoners freed in amnesty').people).toBeUndefined();
  });

  it('counts both sides of an exchange', () => {
    expect(classify('Russia and Ukraine swap 390 prisoners each in first stage of 1,000-for-1,000 deal').people).toBe(780);
    expect(classify('Россия и Украина провели обмен пленными по формуле 84 на 84').people).toBe(168);
    expect(classify('Taliban free two Americans in swap for Afghan jailed in US').people).toBe(3);
    expect(classify('Іран звільнив науковицю в обмін на трьох іранців').people).toBe(4);
    expect(classify('Five Americans land in Doha after prisoner exchange with Iran', 'Washington granted clemency to five Iranians in return.').people).toBe(10);
    // A breakdown of the same people is not added again.
    expect(classify('Ukraine and Russia swap 390 prisoners each', 'Kyiv said 270 soldiers and 120 civilians came home.').people).toBe(780);
  });

  it('counts the whole, not a part after "including", and adds the parts of one release', () => {
    expect(classify('Aliyev pardons 154, including three journalists').people).toBe(154);
    expect(classify('Moroccan king pardons 1,500 including jailed protesters').people).toBe(1500);
    expect(classify('Yemen parties complete prisoner exchange', 'More than 1,000 detainees, including 15 Saudis and four Sudanese, were flown on Red Cross planes.').people).toBe(1000);
    expect(classify('З російського полону повернулися 10 українців, зокрема двоє священників').people).toBe(10);
    expect(classify('Bialiatski freed', 'He was among 123 prisoners released after talks with a US delegation.').people).toBe(123);
    expect(classify('З полону повернулися 84 військових і двоє цивільних').people).toBe(86);
    expect(classify('Uzbek president pardons over 200 convicts ahead of Eid').people).toBe(200);
    // A formula that names the whole agreement is not this stage's count.
    expect(classify('Другий етап обміну: додому повернулися ще 270 військових', 'Обмін «1000 на 1000», домовленість про який досягнуто в Стамбулі, триває.', 'uk').people).toBe(270);
    // Not a count straight after the verb when the clause goes on: "frees 2 more", "pardons 5 years after".
    expect(classify('Egypt pardons activist Alaa Abd El-Fattah', 'The pardon, one of six announced by the presidency, ends his detention.').people).toBeUndefined();
  });

  it('does not take years, ages or sums for people, nor count for sanctions', () => {
    expect(classify('Iran frees French national after 2 years in jail').people).toBeUndefined();
    expect(classify('US sanctions 20 Russian officials').people).toBeUndefined();
  });
});

describe('actors', () => {
  it('acting: the state or bloc that frees or sanctions; targeted: the party or the nationality freed', () => {
    expect(classify('Belarus pardons 31 Ukrainians').actors).toEqual({ acting: ['BY'], targeted: ['UA'] });
    expect(classify('Washington eases sanctions on Belarusian airline Belavia').actors).toEqual({ acting: ['US'], targeted: ['Belavia', 'BY'] });
    expect(classify('The Council imposes restrictive measures on six Iranian individuals').actors).toEqual({ acting: ['EU'], targeted: ['IR'] });
    expect(classify('Trevor Reed freed by Russia in exchange for convicted pilot').actors.acting).toEqual(['RU']);
    expect(classify('Russia and Ukraine swap 150 prisoners each').actors.acting).toEqual(['RU', 'UA']);
    expect(classify('Kremlin confirms release of Moldovan journalist').actors).toEqual({ acting: ['RU'], targeted: ['MD'] });
    expect(classify('ЄС запровадив санкції проти білоруських суддів').actors).toEqual({ acting: ['EU'], targeted: ['BY'] });
    // The state that takes freed people in does not free them.
    expect(classify('Guatemala receives more than 130 released Nicaraguan prisoners').actors.acting).toEqual([]);
    expect(classify('Lithuania receives two citizens freed by Belarus').actors.acting).toEqual(['BY']);
    expect(classify('Минфин США расширил санкции против российских банков').actors).toEqual({ acting: ['US'], targeted: ['RU'] });
    expect(classify('Білорусь звільнила двох громадян Литви').actors).toEqual({ acting: ['BY'], targeted: ['LT'] });
  });

  it('a power named before "sanctions" imposes them; a state named before an embargo is hit by it', () => {
    expect(classify("Caracas slams 'illegal' US sanctions on state oil firm").actors.acting).toEqual(['US']);
    expect(classify('Libya arms embargo extended for a year despite Tripoli objections').actors).toEqual({ acting: [], targeted: ['LY'] });
    expect(classify('Iceland aligns with EU sanctions on Belarus').actors.acting).toEqual(['IS']);
    expect(classify('China sanctions US drone makers over Taiwan').actors.acting).toEqual(['CN']);
    // A state reacting is not the one acting: it condemns, summons, or speaks of another's decision.
    expect(classify('Managua denounces new US restrictions on gold exports', 'Nicaragua’s vice-president said the US sanctions on gold were illegal.').actors.acting).not.toContain('NI');
    expect(classify('Moscow summons Japanese ambassador over new sanctions').actors.acting).toEqual([]);
    expect(classify('Kremlin slams new EU package').actors.acting).not.toContain('RU');
    expect(classify('Hungary says Washington has added OTP to its sanctions list').actors.acting).toEqual(['US']);
    // A vow that answers measures taken: those measures are the news, by the state that took them.
    for (const t of ['Moscow vows response to Japan’s new sanctions', 'Москва пообещала ответ на новые санкции Токио']) {
      const r = classify(t);
      expect([r.action, r.stage, r.actors.acting], t).toEqual(['impose', 'completed', ['JP']]);
    }
    const vow = classify('Beijing vows countermeasures after Washington blacklists 30 Chinese firms');
    expect([vow.action, vow.stage, vow.actors.acting]).toEqual(['designate', 'completed', ['US']]);
    expect(classify('Moscow threatens Tokyo with countermeasures').stage).toBe('threatened');
    expect(classify('Moscow bars 500 Americans in retaliation for sanctions').actors.acting).toEqual(['RU']);
    // Russian and Ukrainian name the power after the noun; a day after "on" is no target.
    expect(classify('Пекин выразил протест из-за санкций США против китайских НПЗ').actors.acting).toEqual(['US']);
    expect(classify('Washington on Tuesday designated 35 tankers').actors.targeted).not.toContain('Tuesday');
    expect(classify('Asmara dismisses US blacklisting of its army chief').actors.acting).toEqual(['US']);
    // A country that labels the title ("Russia: …") is not the actor when another party acts after it.
    expect(classify('Russia: EU prolongs economic sanctions for six months').actors.acting).toEqual(['EU']);
    expect(classify('Uzbekistan: Mirziyoyev pardons 300 prisoners').actors.acting).toEqual(['UZ']);
    expect(classify('Moscow bans 40 Canadians over Ottawa’s sanctions').actors).toEqual({ acting: ['RU'], targeted: ['CA'] });
    // A kind of threat named is no threat made.
    expect(classify('Hybrid threats: Council sanctions nine Russians').stage).toBe('completed');
  });

  it('the state that held someone frees them, not the one speaking, helping or labelling the title', () => {
    expect(classify('Austria says citizen held in Iran released').actors.acting).toEqual(['IR']);
    expect(classify('Оман допоміг звільнити британця, якого утримували в Ірані', '', 'uk').actors.acting).toEqual(['IR']);
    expect(classify('Oman facilitates release of Belgian citizen held in Iran').actors.acting).toEqual(['IR']);
    // Armed groups hold people where they operate; the state there is not the captor.
    expect(classify('Militants free Swiss missionary held in Mali after negotiations').actors.acting).toEqual([]);
    // A longer title label ends at its colon; the party after it acts.
    expect(classify("Russia's war of aggression against Ukraine: Council adopts 20th package of sanctions").actors.acting).toEqual(['EU']);
    // A list of countries after "in" is where the targets are, however long; an agency acts.
    expect(classify('BIS adds 12 entities in Russia, Turkey and UAE to Entity List').actors).toMatchObject({ acting: ['US'], targeted: ['RU', 'TR', 'AE'] });
    // "after" opens a clause whose subjects may come with an article and in a list.
    expect(classify('Aluminium jumps after the White House and Downing Street announced a ban on imports of Russian metal').actors.acting).toEqual(['US', 'GB']);
    // A plural nationality that opens the title and joins a measure is its state.
    expect(classify("Swiss join EU's latest Russia sanctions").actors.acting).toEqual(['CH']);
  });

  it('a nationality before a person is not the actor', () => {
    expect(classify('Swiss government adopts latest EU package of restrictive measures against Russia').actors).toEqual({ acting: ['CH'], targeted: ['RU'] });
    expect(classify('The former US Marine was swapped for a convicted pilot').actors.acting).toEqual([]);
  });

  it('a court, a regulator or the city is not the one acting', () => {
    expect(classify('EU announces asset freezes on Belarusian judges').topics).toEqual(['sanctions']);
    expect(classify('Court freezes assets of former minister').topics).toEqual([]);
  });

  it('is empty when no topic applies', () => {
    expect(classify('Poland and Belarus discuss border').actors).toEqual({ acting: [], targeted: [] });
  });
});

describe('modality and negation', () => {
  it('appeals, demands and refusals to free someone are not releases', () => {
    for (const t of [
      'Lawmakers urge Venezuela to free detained American oil executives',
      'UN experts call on Azerbaijan to release jailed journalists',
      'Iran refuses to free British-Iranian charity worker',
      'Правозащитники призвали Минск освободить политзаключенных',
      'Рідні полонених закликали Росію звільнити захисників Маріуполя',
      'Правозахисники вимагають звільнити кримськотатарських активістів',
      'В МИД России отказались обсуждать освобождение американца',
    ]) {
      expect(classify(t).topics, t).toEqual([]);
    }
  });

  it('"no plans to lift" and denials stay sanctions news but claim no action', () => {
    const r = classify('Washington says it has no plans to lift sanctions on Venezuela');
    expect(r.topics).toEqual(['sanctions']);
    expect(r.action).toBeUndefined();
    expect(r.stage).toBeUndefined();
    expect(r.evidence[0]).toMatch(/no plans to lift sanctions/);
    expect(classify('Kremlin denied that sanctions were lifted').action).toBeUndefined();
  });

  it('a condition keeps a release only as part of a sanctions deal', () => {
    const r = classify('US envoy says sanctions relief possible if Belarus frees more prisoners');
    expect(r.topics).toEqual(['prisoner_release', 'sanctions']);
    expect(r).toMatchObject({ action: 'ease', stage: 'proposed' });
  });
});

describe('evidence', () => {
  it('shows the deciding phrase first, with the cue that set the modality', () => {
    expect(classify('EU threatens new sanctions on Iran').evidence[0]).toBe('threatens new sanctions');
    expect(classify('Belarus pardons 31 Ukrainians', 'The prisoners were handed over to Ukraine.').evidence).toEqual(['pardons', 'handed over']);
  });
});

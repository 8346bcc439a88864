// Look-alikes and modality for sanctions triggers: "sanction" meaning approve, a court's or a sports
// body's sanction, sanctions as background ("under sanctions since 2018", "the impact of sanctions"),
// a listing that only describes someone; then the action and whether it is threatened or proposed.
import type { Action } from '../core/types.js';
import { answersAt, has, NEW_MEASURE, type Match } from './analysis.js';
import { ACTION_CLASSES, isYear, lastPeriodAt, reportedFuture, WEEKDAY, WINDOW, type ItemView } from './item-view.js';
import type { Token } from './text.js';
import { SANCTION_ACTIONS } from './sanctions-words.js';

const PARTICIPLE_LINK = new Set(['from', 'by', 'to', 'on', 'under', 'in']);
const APPROVED_MONEY = new Set(['funds', 'funding', 'spending', 'budget', 'grant', 'grants', 'loan', 'loans', 'borrowing']);
/** Between "sanctions" and what they did (auxiliaries, negation, adverbs: «санкции больше не…»); not
 *  modals: "new sanctions will hit banks" announces a measure. */
const BEFORE_VERB = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'did', 'do', 'does', 'not', 'no', 'longer', 'не', 'больше', 'уже', 'більше', 'вже']);
const OF = new Set(['of', 'о', 'об', 'щодо']);
const COMPLIANCE_PREPOSITION = new Set(['against', 'за', 'по']);
const YEAR_LEAD = new Set(['in', 'back', 'в', 'у', 'ще', 'еще', 'ещё', 'since', 'с', 'з']);
const RISK = new Set(['risk', 'risks', 'exposure', 'риск', 'риски', 'рисков', 'рисках', 'ризик', 'ризики', 'ризиків', 'ризиках']);
const SKIPPED_ARTICLE = new Set(['the', 'a', 'an']);
const PLACED = /^(?:placed|places|placing|put|puts|putting|brought|be|become|becomes|became|made|помещ\p{L}*|поставлен\p{L}*|поставил\p{L}*|поставив|поставили)$/u;
const BUSINESS_ROLE = /^(?:suppliers?|vendors?|contractors?|sponsors?|partners?|venues?|hosts?|heritage|ambassadors?|successors?|carriers?)$/;
const LISTED_NOUN = new Set(['targets', 'individuals', 'entities', 'officials']);
const DESCRIBED_PARTY = new Set(['ally', 'allies', 'crony', 'cronies', 'associate', 'associates', 'financier', 'oligarch', 'oligarchs', 'magnate', 'tycoon']);
const APPROVED_DEAL = new Set(['deal', 'deals', 'agreement']);
const NOT_ABOUT = new Set(['о', 'об', 'про', 'a', 'an', 'about']);
const RESULT_LEAD = new Set(['итогам', 'результате', 'результатам', 'підсумками', 'результаті', 'результатами', 'после', 'після']);
const LOOSENING: ReadonlySet<Action | undefined> = new Set(['lift', 'ease', 'waive', 'delist']);
const RELEASE_VERBS = ['freeVerb', 'pardonVerb', 'swapWord', 'amnestyWord', 'handOver', 'handoverCyr'];
const LISTED_PARTICIPLE = /^(?:включ|внес)е?нн?(?:ый|ого|ому|ым|ая|ой|ые|ых|ий|им|а|е|і|их)$/;

/** "Superyacht of blacklisted Russian billionaire", "Blacklisted official re-elected": the participle
 *  describes someone; it reports no measure. */
export function attributiveParticiple(v: ItemView, i: number, t: Token): boolean {
  if (!/^(blacklisted|designated|sanctioned)$/.test(t.norm)) return false;
  const prev = v.tokens[i - 1];
  // "Hemedti, sanctioned by Washington, vows…": set off by a comma, the participle describes someone.
  const setOff = v.afterComma(i) && v.tokens[i + 1]?.norm === 'by';
  // "US-sanctioned businessman": a compound adjective.
  const compound = prev !== undefined && prev.part === t.part && v.sources[t.part].slice(prev.end, t.start) === '-';
  return t.sentenceStart || prev === undefined || prev.sentence !== t.sentence || has(prev, ['attributiveLead']) || setOff || compound;
}

/** The bare word "sanction(s)" where it names no measure taken by a state. */
export function bareSanctionWordRejected(v: ItemView, i: number, t: Token): boolean {
  const { tokens, itemClasses } = v;
  const next = tokens[i + 1];
  // Sport: a body's disciplinary sanction, unless a state imposes it ("Ukraine imposes sanctions on Russian athletes").
  if (v.inSentence(t.sentence, ['sportContext']) && (v.inSentence(t.sentence, ['sportBody']) || v.before(i, 4, ['country', 'demonym']) < 0)) return true;
  // "…keeps the clubs out of European competitions. The body said the sanction would be reviewed": a
  // sports item, with no state in the sentence that names the sanction.
  if (itemClasses.has('sportContext') && !v.inSentence(t.sentence, ['country', 'demonym', 'stateActor', 'sanctionAgent', 'sanctioningBody'])) return true;
  // "WADA bans Russia… The agency's board approved the sanctions": a sports body's item, unless a state acts.
  if (itemClasses.has('sportBody') && v.before(i, 4, ['country', 'stateActor', 'sanctionAgent']) < 0) return true;
  // "sanction" meaning approve: "council sanctions £120m plan", "federation sanctions tournament".
  // Not when an action word stands before it: "waives sanctions on … purchase" is the noun.
  const actedOn = v.before(i, 2, ACTION_CLASSES) >= 0;
  if (t.script === 'latin' && v.after(i, 3, ['moneyWord']) >= 0) return true; // "parliament sanctions 40 million euros"
  // "Polish parliament sanctions (emergency) funds for fortifications": money right after is approved, not frozen.
  const money = APPROVED_MONEY.has(next?.norm ?? '') ? i + 1 : APPROVED_MONEY.has(tokens[i + 2]?.norm ?? '') ? i + 2 : -1;
  if (t.script === 'latin' && money > 0 && !has(tokens[money + 1], ['targetEntity'])) return true;
  if (t.script === 'latin' && v.before(i, 2, ['localBody']) >= 0) return true; // "City council sanctions new light-rail line"
  // "Bank of Ghana sanctions three lenders", «Банк России применил санкции к брокеру»: a central bank disciplining its own firms.
  if (v.before(i, 3, ['bankWord']) >= 0 && v.after(i, 3, ['regulatedFirm']) >= 0) return true;
  // "on EU and UK sanctions lists since 2022": being listed is background, not a measure;
  // "screen clients against sanctions lists": compliance checks.
  // «не перевіряв клієнтів за санкційними списками», "check clients against sanctions lists".
  const checkedAgainst = COMPLIANCE_PREPOSITION.has(tokens[i - 1]?.norm ?? '') || v.before(i, 4, ['complianceCheck']) >= 0;
  if (has(next, ['listWord']) && (v.before(i, 4, ['backgroundCue', 'onWord', 'fromWord']) >= 0 || checkedAgainst) && !actedOn) return true;
  // Not "sanctioning 22 vessels", "sanctioned 22 more tankers": a count of parties listed.
  const countedTargets = /^\d/.test(next?.norm ?? '') && v.after(i + 1, 2, ['targetEntity']) >= 0;
  const approved = v.after(i, 3, ['approvalObject']);
  if (t.script === 'latin' && !actedOn && !countedTargets && (approved >= 0 || /^\d/.test(tokens[i + 1]?.norm ?? ''))) {
    // "Norway sanctions joint quota deal": a state approving a trade deal (not "Russia sanctions bill"
    // in an item about tariffs).
    const approvedDeal = APPROVED_DEAL.has(tokens[approved]?.norm ?? '') && itemClasses.has('tradeContext');
    if (t.norm !== 'sanctions' || v.before(i, 2, ['stateActor', 'country', 'demonym']) < 0 || approvedDeal) return true;
  }
  const profession = v.after(i, 3, ['legalProfession']);
  // "sanctions on Chinese firms" names a state's target, "judge sanctions law firm" a penalty.
  const stateTarget = profession >= 0 && (has(tokens[profession - 1], ['demonym', 'country']) || v.before(i, 3, ['country', 'stateActor', 'act_impose']) >= 0);
  if (v.before(i, 4, ['courtAgent']) >= 0 || (profession >= 0 && !stateTarget)) return true;
  if (next?.norm === 'by' && v.after(i + 1, 3, ['courtAgent']) >= 0) return true;
  // "sanctions cut revenue", "sanctions have failed to dent exports": what sanctions do, not a measure.
  // The verb after auxiliaries and adverbs: "sanctions have failed", «санкции больше не сказываются».
  let v1 = i + 1;
  while (v1 < i + 3 && BEFORE_VERB.has(tokens[v1]?.norm ?? '')) v1 += 1;
  const verb = tokens[v1];
  // Not "Caesar Act sanctions hit Assad's wife and 38 other targets": people hit are the ones listed.
  const hitPeople = verb?.norm === 'hit' && tokens.slice(v1 + 1, v1 + 4).some((u) => u.sentence === t.sentence && (has(u, ['person', 'relative']) || LISTED_NOUN.has(u.norm)));
  if (v.before(i, 2, ['backgroundCue']) >= 0 || (has(verb, ['backgroundAfter']) && !freshMeasure(v, i) && !hitPeople)) return true;
  // "doping sanctions", "anti-doping sanctions": a sports penalty, whoever it names.
  if (has(tokens[i - 1], ['sportContext'])) return true;
  // "cushioned the impact of Western sanctions", «последствия санкций».
  for (let k = 1; k <= 3; k += 1) if (/^(of|от)$/.test(tokens[i - k]?.norm ?? '') && has(tokens[i - k - 1], ['effectNoun'])) return true;
  if (has(tokens[i - 1], ['effectNoun']) && tokens[i - 1]?.script === 'cyrillic') return true;
  if (t.norm === 'sanctioned' && next?.norm !== 'by') {
    const prev = tokens[i - 1];
    // "Maduro names sanctioned ally El Aissami": a sanctioned person, unless a state or agency did it.
    const described = has(next, ['person', 'targetEntity']) || DESCRIBED_PARTY.has(next?.norm ?? '');
    if (described && !has(prev, ['country', 'stateActor', 'sanctionAgent', 'sanctioningBody'])) return true;
    if (t.sentenceStart || prev === undefined || prev.sentence !== t.sentence || has(prev, ['attributiveLead'])) return true;
  }
  // "Аналитики: санкции удорожили логистику": analysts on what sanctions do, no measure named.
  const actionNear = v.before(i, 5, ACTION_CLASSES) >= 0 || v.after(i, 5, ACTION_CLASSES) >= 0;
  // Not "US sanctions UN expert Francesca Albanese": the expert is the one sanctioned.
  const expertSanctioned = has(tokens[i - 1], ['country', 'stateActor', 'sanctionAgent']) && v.after(i, 3, ['analystWord']) >= 0;
  if (v.inSentence(t.sentence, ['analystWord']) && !actionNear && !expertSanctioned) return true;
  if (t.part === 'summary') {
    // "…decided to extend for another six months the economic sanctions", «оголосили санкції проти…».
    // "the formal lifting on Saturday of nuclear-related sanctions": the action noun, its date, "of".
    const actionOf = v.before(i, 7, ACTION_CLASSES);
    const ofBetween = actionOf >= 0 && tokens.slice(actionOf + 1, i).some((u) => OF.has(u.norm));
    const named = v.before(i, 5, ACTION_CLASSES) >= 0 || v.before(i, 7, ['act_extend']) >= 0 || ofBetween || v.after(i, 5, ACTION_CLASSES) >= 0 || has(next, ['sanctionFollower']) || has(tokens[i - 1], ['announceCue']);
    if (!named) return true;
  }
  return false;
}

/** "New US sanctions hit Russian banks": new measures doing something are the news of them. */
function freshMeasure(v: ItemView, i: number): boolean {
  return v.tokens.slice(Math.max(0, i - 3), i).some((u) => u.sentence === v.tokens[i]?.sentence && NEW_MEASURE.has(u.norm));
}

/** "the oil price cap and export controls were blunted by rerouting": what measures did, not a measure taken. */
function effectAfter(v: ItemView, end: number): boolean {
  // The verb may follow a second subject: "the price cap and export controls were blunted".
  for (let k = end; k < end + 5; k += 1) {
    const t = v.tokens[k];
    if (t === undefined || t.sentence !== v.tokens[end - 1]?.sentence || (k > end && v.afterComma(k))) return false;
    if (has(t, ['backgroundAfter'])) return k === end || BEFORE_VERB.has(v.tokens[k - 1]?.norm ?? '');
    if (BEFORE_VERB.has(t.norm)) return has(v.tokens[k + 1], ['backgroundAfter']);
  }
  return false;
}

/** "… as (its) preferred supplier", "as official sponsor": "as" and a business role within a few words. */
function businessRole(v: ItemView, end: number): boolean {
  const as = v.tokens.slice(end, end + 5).findIndex((u) => u.norm === 'as');
  return as >= 0 && v.tokens.slice(end + as + 1, end + as + 4).some((u) => BUSINESS_ROLE.test(u.norm));
}

/** "remains under a travel ban", "under US and EU asset freezes since 2018": a background cue up to four
 *  words back, with no action word between it and the trigger ("under pressure, imposes…"). */
function backgroundBefore(v: ItemView, i: number): boolean {
  const cue = v.before(i, 4, ['backgroundCue']);
  // "placed under a travel ban", "put under sanctions": brought under it now.
  if (cue >= 0 && PLACED.test(v.tokens[cue - 1]?.norm ?? '')) return false;
  return cue >= 0 && (i - cue <= 2 || !v.tokens.slice(cue + 1, i).some((t) => has(t, ACTION_CLASSES)));
}

/** "last year", «в прошлом году», «минулого тижня» within `span` tokens from k, in k's sentence. */
function lastPeriodAfter(tokens: readonly Token[], k: number, span: number): boolean {
  const sentence = tokens[k - 1]?.sentence;
  for (let j = k; j < k + span && tokens[j]?.sentence === sentence; j += 1) {
    if (lastPeriodAt(tokens, j)) return true;
  }
  return false;
}

/** "on Western blacklists since 2022", "blacklisted by Britain and the EU in 2022": a listing dated in
 *  the past is background to the story. */
function datedListing(v: ItemView, i: number, end: number, action: Action): boolean {
  const { tokens } = v;
  const year = (k: number) => isYear(tokens[k]);
  // The year dates the measures the match ends: «прекращает действие ограничений, введённых в 2004 году».
  const acted = v.after(end - 1, 3, ACTION_CLASSES);
  if (LOOSENING.has(action) && has(tokens[acted], ['act_impose'])) return false;
  const since = v.after(end - 1, 6, ['sinceWord']);
  if (since >= 0 && year(since + 1)) return true;
  // «внесли до санкційного списку ще 2023 року», "put on the list back in 2019".
  for (let k = end; k < end + 3; k += 1) if (year(k) && YEAR_LEAD.has(tokens[k - 1]?.norm ?? '')) return true;
  // "EU and UK sanctions imposed in 2022", «санкцій ЄС, запроваджених у 2021 році».
  if (acted >= 0 && has(tokens[acted + 1], ['inWord']) && year(acted + 2)) return true;
  const t = tokens[i];
  // "the vessel, blacklisted last year for carrying Iranian crude", "after Washington tightened
  // sanctions on oil exports last month": in the summary, a measure dated before the story is its background.
  if (t?.part === 'summary' && lastPeriodAfter(tokens, end, 6)) return true;
  if (t === undefined || !/^(blacklisted|sanctioned|designated|listed)$/.test(t.norm)) return false;
  const inYear = v.after(end - 1, 8, ['onWord', 'inWord']);
  return inYear >= 0 && year(inYear + 1);
}

const ACTION_WORD_CLASSES = SANCTION_ACTIONS.map((a) => [a, `act_${a}`] as const);

/** For rules that take their action from context: the nearest action word in the sentence. */
function sanctionAction(v: ItemView, m: Match): Match {
  if (!m.rule.actionFromContext) return m;
  const { tokens } = v;
  let best: { at: number; action: Action; dist: number } | undefined;
  for (let j = m.start - WINDOW; j < m.end + WINDOW; j += 1) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== tokens[m.start]?.sentence) continue;
    const dist = j < m.start ? m.start - j : Math.max(0, j - m.end + 1);
    if (t.classes.has('country') || t.classes.has('demonym')) continue; // the "New" of New Zealand
    for (const [a, cls] of ACTION_WORD_CLASSES) {
      if (!t.classes.has(cls)) continue;
      if (best === undefined || dist < best.dist || (dist === best.dist && SANCTION_ACTIONS.indexOf(a) > SANCTION_ACTIONS.indexOf(best.action as (typeof SANCTION_ACTIONS)[number]))) {
        best = { at: j, action: a, dist };
      }
    }
  }
  const restored = v.before(m.start, WINDOW, ['restoreWord']);
  if (best && (best.action === 'lift' || best.action === 'ease') && restored >= 0) return { ...m, action: 'impose', actionAt: restored };
  return best ? { ...m, action: best.action, actionAt: best.at } : m;
}

/** The sanctions match after modality (its action, a threat or a proposal), or undefined if it reports no measure. */
export function sanctionsGate(v: ItemView, match: Match): Match | undefined {
  const { tokens } = v;
  const { rule, start: i, end } = match;
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (v.before(i, 5, ['demandCue']) >= 0 || v.before(i, 3, ['violationCue']) >= 0) return undefined;
  // «речь идёт о торговой мере, а не о новом пакете санкций», "not a new sanctions package": denied.
  const negated = v.before(i, 4, ['negation']);
  if (negated >= 0 && NOT_ABOUT.has(tokens[negated + 1]?.norm ?? '')) return undefined;
  if (t.script === 'latin' && !rule.bareSanctionWord && effectAfter(v, end) && !freshMeasure(v, i)) return undefined;
  // "Carmaker designates Mexican battery maker as preferred supplier": a role given, not a listing.
  if (has(t, ['designateWord']) && businessRole(v, end)) return undefined;
  // "failed to check clients against the UK's list of designated persons": compliance, not a measure.
  if (v.before(i, 8, ['complianceCheck']) >= 0) return undefined;
  // "Samer Foz, on EU and US blacklists, buys…": being on a list is background, unless put there.
  if (has(t, ['blacklistWord', 'listWord']) && t.script === 'latin') {
    const on = v.before(i, 4, ['onWord']);
    // Not "decided on Monday to blacklist…": a date.
    const day = tokens[on + 1]?.norm ?? '';
    const dated = WEEKDAY.test(day) || /^\d+$/.test(day) || has(tokens[on + 1], ['monthWord']);
    if (on >= 0 && !dated && v.before(on + 1, 3, ['addWord', ...ACTION_CLASSES]) < 0 && !tokens.slice(on, i).some((u) => has(u, ACTION_CLASSES))) return undefined;
  }
  // «Аналитики допускают, что … может последовать смягчение санкций»: analysts guessing, no measure.
  const analyst = v.before(i, 10, ['analystWord']);
  if (analyst >= 0 && tokens.slice(analyst + 1, i).some((u) => has(u, ['speculationCue', 'hypothetical']))) return undefined;
  // "Experts said asset freezes and travel bans were possible", "a consultancy said secondary measures could follow".
  const guessAfter = tokens.slice(end, end + 6).some((u) => u.sentence === t.sentence && (has(u, ['hypothetical']) || u.norm === 'possible'));
  if (analyst >= 0 && guessAfter) return undefined;
  // "traders bet on easing of Venezuela sanctions": the guess governs the action word before "sanctions".
  const actionAt = v.before(i, 4, ACTION_CLASSES);
  if (v.before(i, 4, ['speculationCue']) >= 0 || (actionAt >= 0 && v.before(actionAt, 3, ['speculationCue']) >= 0)) return undefined;
  // "remains under a travel ban", "despite an embargo": background, not a measure taken.
  if (!rule.bareSanctionWord && backgroundBefore(v, i)) return undefined;
  if (datedListing(v, i, end, rule.action)) return undefined;
  // «компания, которая находится под санкциями»: a relative clause describes; but «за підсумками яких
  // Вашингтон зняв санкції» ("as a result of which") tells what the talks led to.
  const relative = v.before(i, 6, ['relativeWord']);
  if (relative >= 0 && !RESULT_LEAD.has(tokens[relative - 1]?.norm ?? '')) return undefined;
  // "Neither side mentioned sanctions relief": a measure not even talked about.
  const mentioned = v.before(i, 3, ['mentionWord']);
  if (mentioned >= 0 && v.before(mentioned, 3, ['negation']) >= 0) return undefined;
  // "The Russian producer, removed from the US sanctions list in January, said…": a participle
  // set off by a comma describes the subject of another sentence.
  if (v.afterComma(i) && t.script === 'latin' && /ed$/.test(t.norm) && PARTICIPLE_LINK.has(tokens[i + 1]?.norm ?? '')) return undefined;
  // «бизнесмен, включённый в санкционные списки»: a full participle describes a past listing.
  if (tokens.slice(Math.max(0, i - 3), i + 1).some((u) => u.sentence === t.sentence && LISTED_PARTICIPLE.test(u.norm))) return undefined;
  // "came seven weeks after Washington issued a licence easing restrictions": dated back from the event.
  const afterAt = v.before(i, 8, ['afterWord']);
  if (afterAt >= 0 && has(tokens[afterAt - 1], ['durationUnit'])) return undefined;
  // "Turkish banks face secondary sanctions risk", «риски вторичных санкций»: a risk is no measure.
  if (RISK.has(tokens[end]?.norm ?? '') || RISK.has(tokens[i - 1]?.norm ?? '') || RISK.has(tokens[i - 2]?.norm ?? '')) return undefined;
  // «переориентацией поставок после европейского эмбарго», "since the 2022 embargo": a time reference.
  if (end - i === 1 && has(t, ['embargoWord', 'sanctionWord'])) {
    const lead = v.before(i, 3, ['afterWord', 'sinceWord']);
    const acted = (from: number, to: number) => tokens.slice(from, to).some((u) => u.sentence === t.sentence && has(u, ACTION_CLASSES));
    // Only where the noun ends its clause: not "after US sanctions become law".
    const clauseEnds = tokens[end] === undefined || tokens[end]?.sentence !== t.sentence || v.afterComma(end);
    if (lead >= 0 && clauseEnds && !acted(lead + 1, i) && !acted(end, end + 4)) return undefined;
  }
  let m = sanctionAction(v, match);
  // "stopped sales in 2022 after the imposition of Western sanctions", «після запровадження санкцій»:
  // the measure is the background of another story.
  if (m.actionAt !== undefined && m.actionAt < i) {
    const lead = SKIPPED_ARTICLE.has(tokens[m.actionAt - 1]?.norm ?? '') ? m.actionAt - 2 : m.actionAt - 1;
    // Not relief that a release answers: «освободил 14 заключённых после снятия санкций» is both (GUIDE).
    const answered = LOOSENING.has(m.action) && v.before(lead, 8, RELEASE_VERBS) >= 0;
    if (has(tokens[lead], ['afterWord', 'sinceWord']) && !answered) return undefined;
  }
  // "asked foreign ministers to impose asset freezes and travel bans": the demand governs the
  // action word the trigger took its action from, however far back that stands.
  if (m.actionAt !== undefined && m.actionAt < i && v.before(m.actionAt, 5, ['demandCue']) >= 0) return undefined;
  // "China vows response after Washington blacklists…": the vow is another clause's; the listing is done.
  const cueAt = v.before(i, 5, ['threatCue']);
  // «пообещала ответ на новые санкции Токио», "vowed a response to the sanctions": the threat is the answer to measures taken.
  const otherClause = (u: Token, k: number) => has(u, ['afterWord']) || u.norm === 'as' || answersAt(tokens, k);
  const threat = cueAt >= 0 && tokens.slice(cueAt + 1, i).some((u, k) => otherClause(u, cueAt + 1 + k)) ? -1 : cueAt;
  const cue = v.before(i, 5, ['proposalCue', 'conditional']);
  const proposal = cue >= 0 && reportedFuture(v, cue) ? -1 : cue;
  if (threat >= 0 && threat >= proposal) m = { ...m, modal: 'threat', modalAt: threat };
  else if (proposal >= 0) m = { ...m, modal: 'proposal', modalAt: proposal };
  else {
    const possible = v.after(end - 1, 4, ['possibleAfter', 'conditional']);
    // "will hit Russia with tough sanctions if there is no ceasefire": new measures on a
    // condition are a threat; relief on a condition ("will lift them if…") is an offer.
    const tightening = m.action === 'impose' || m.action === 'designate';
    if (possible >= 0 && tightening && has(tokens[possible], ['conditional'])) m = { ...m, modal: 'threat', modalAt: possible };
    else if (possible >= 0) m = { ...m, modal: 'proposal', modalAt: possible };
  }
  return m;
}

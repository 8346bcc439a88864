// Runs the rule table over tokenised text: pattern matching, gates, modality, scoring.
// What the matches mean (action, stage, people, actors, evidence) is worked out in facts.ts.
import { TOPICS, type Action, type Classification, type TopicId } from '../core/types.js';
import { after as afterIn, before as beforeIn, has, type Match } from './analysis.js';
import { addPhraseContext, addWordContext } from './context-classes.js';
import { describe } from './facts.js';
import type { Gazetteer } from './gazetteer.js';
import { detectLanguage, primaryTag } from './language.js';
import { Lexicon } from './lexicon.js';
import { featuresOf, type TopicScorer } from './model.js';
import { RULES, type Rule } from './rules.js';
import { MODEL_GATES, MODEL_NEEDS, MODEL_TITLE_GATES, withModelTopics } from './second-opinion.js';
import { tokenize, type Part, type Token } from './text.js';
import { SANCTION_ACTIONS, WORDS } from './words.js';

type Element = { gap: number } | { anyOf: string[] };

interface CompiledRule {
  rule: Rule;
  elements: Element[];
  notPrecededBy?: string[];
  notFollowedBy?: string[];
}

const FIRST_CLASS = new Set(['en', 'ru', 'uk']);
const TALKS_ABOUT = new Set(['on', 'about', 'over', 'про', 'об', 'о', 'щодо', 'по']);
const EMPTY_CLASSES: Set<string> = new Set();
const WINDOW = 6;

/** Turns "@a|word|pre*" into class names, registering literals as anonymous classes. */
function compileElement(text: string, lexicon: Lexicon): string[] {
  const out: string[] = [];
  for (const part of text.split('|')) {
    if (part.startsWith('@')) out.push(part.slice(1));
    else {
      const cls = `=${part}`;
      lexicon.addWord(cls, part);
      out.push(cls);
    }
  }
  return out;
}

export interface Engine {
  classify(title: string, summary: string, declaredLanguage: string | undefined): Classification;
  /** The tokens with their word classes (lexicon, gazetteer, names, numbers), as the rules see them. */
  tokens(title: string, summary: string, declaredLanguage: string | undefined): { tokens: Token[]; language: string };
}

/** `scorer`: the topic model's second opinion (model.ts); without it, the rules alone decide. */
export function createEngine(gazetteer: Gazetteer, scorer?: TopicScorer): Engine {
  const lexicon = new Lexicon(WORDS);
  const compiled: CompiledRule[] = RULES.map((rule) => ({
    rule,
    elements: rule.pattern.map((e) => (e.startsWith('..') ? { gap: Number(e.slice(2)) } : { anyOf: compileElement(e, lexicon) })),
    ...(rule.notPrecededBy ? { notPrecededBy: compileElement(rule.notPrecededBy, lexicon) } : {}),
    ...(rule.notFollowedBy ? { notFollowedBy: compileElement(rule.notFollowedBy, lexicon) } : {}),
  }));

  /** Matches elements[k..] from token i; returns the end index (exclusive) or -1. */
  const matchFrom = (cr: CompiledRule, tokens: Token[], k: number, i: number, sentence: number): number => {
    const el = cr.elements[k];
    if (el === undefined) return i;
    if ('gap' in el) {
      for (let skip = 0; skip <= el.gap; skip += 1) {
        const gapTok = tokens[i + skip - 1];
        if (skip > 0 && (gapTok === undefined || gapTok.sentence !== sentence || has(gapTok, cr.rule.gapBlock ?? []))) break;
        const end = matchFrom(cr, tokens, k + 1, i + skip, sentence);
        if (end >= 0) return end;
      }
      return -1;
    }
    const t = tokens[i];
    if (t === undefined || t.sentence !== sentence || !has(t, el.anyOf)) return -1;
    return matchFrom(cr, tokens, k + 1, i + 1, sentence);
  };

  const prepare = (title: string, summary: string, declaredLanguage: string | undefined) => {
    const parts: { part: Part; text: string }[] = [
      { part: 'title', text: title },
      { part: 'summary', text: summary },
    ];
    const tokens: Token[] = [];
    const sources: Record<Part, string> = { title: '', summary: '' };
    let sentence = 0;
    for (const { part, text } of parts) {
      const r = tokenize(text, part, sentence);
      sentence = r.nextSentence;
      sources[part] = r.source;
      tokens.push(...r.tokens);
    }
    for (const t of tokens) t.classes = lexicon.classify(t) ?? EMPTY_CLASSES;
    addWordContext(tokens);
    const language = primaryTag(declaredLanguage) ?? detectLanguage(`${title} ${summary}`);
    const countryMatches = gazetteer.match(tokens, `${title}\n${summary}`, { foreign: !FIRST_CLASS.has(language) });
    addPhraseContext(tokens);
    return { tokens, sources, language, countryMatches };
  };

  return {
    tokens(title, summary, declaredLanguage) {
      const { tokens, language } = prepare(title, summary, declaredLanguage);
      return { tokens, language };
    },
    classify(title, summary, declaredLanguage) {
      const { tokens, sources, language, countryMatches } = prepare(title, summary, declaredLanguage);
      // "Analysis: …", "Opinion: …", «Мнение: …».
      const commentaryTitle = COMMENTARY_LEAD.test(sources.title);
      /** Token k follows a comma (or a dash) in its sentence: an aside ("Bergdahl, freed in …, avoids"), not a colon. */
      const afterComma = (k: number): boolean => {
        const t = tokens[k];
        const prev = tokens[k - 1];
        if (t === undefined || prev === undefined || prev.sentence !== t.sentence || prev.part !== t.part) return false;
        return /^\s*[,—–-]\s*$/.test(sources[t.part].slice(prev.end, t.start));
      };

      const sentenceClasses = new Map<number, Set<string>>();
      const itemClasses = new Set<string>();
      const titleClasses = new Set<string>();
      for (const t of tokens) {
        if (t.part === 'title') for (const c of t.classes) titleClasses.add(c);
        let s = sentenceClasses.get(t.sentence);
        if (s === undefined) sentenceClasses.set(t.sentence, (s = new Set()));
        for (const c of t.classes) {
          s.add(c);
          itemClasses.add(c);
        }
      }
      const inSentence = (sent: number, classes: readonly string[]): boolean => {
        const s = sentenceClasses.get(sent);
        return s !== undefined && classes.some((c) => s.has(c));
      };
      const before = (i: number, span: number, classes: readonly string[]): number => beforeIn(tokens, i, span, classes);
      const after = (i: number, span: number, classes: readonly string[]): number => afterIn(tokens, i, span, classes);

      // "remains under a travel ban", "under US and EU asset freezes since 2018": a background cue up to
      // four words back, with no action word between it and the trigger ("under pressure, imposes…").
      const backgroundBefore = (i: number): boolean => {
        const cue = before(i, 4, ['backgroundCue']);
        return cue >= 0 && (i - cue <= 2 || !tokens.slice(cue + 1, i).some((t) => has(t, ACTION_CLASSES)));
      };
      const datedListing = (i: number, end: number): boolean => {
        const since = after(end - 1, 6, ['sinceWord']);
        if (since >= 0 && /^(19|20)\d\d$/.test(tokens[since + 1]?.norm ?? '')) return true;
        const t = tokens[i];
        if (t === undefined || !/^(blacklisted|sanctioned|designated|listed)$/.test(t.norm)) return false;
        const inYear = after(end - 1, 8, ['onWord', 'inWord']);
        return inYear >= 0 && /^(19|20)\d\d$/.test(tokens[inYear + 1]?.norm ?? '');
      };
      const retrospectiveTitle = (): boolean =>
        tokens.some((t, k) => {
          if (t.part !== 'title') return false;
          if (has(t, ['accountWord'])) return true;
          if (has(t, ['afterWord']) && has(tokens[k - 1], ['durationUnit'])) return true;
          return has(t, ['freedParticiple']) && afterComma(k);
        });
      // "He was freed in 1991", "exchanged for Viktor Bout in December 2022", "a year after the swap":
      // a release with a year of its own, or counted back from today, is background to another story.
      // Not "frees activist jailed in 2021" or "soldiers captured in 2020": the year belongs to them.
      // "The opposition blogger, freed in June after five years, told…": a set-off participle dated to a month.
      const setOffInMonth = (i: number, last: number): boolean => {
        for (let k = i; k <= last; k += 1) {
          if (has(tokens[k], ['freedParticiple']) && afterComma(k) && has(tokens[k + 1], ['inWord']) && has(tokens[k + 2], ['monthWord'])) return true;
        }
        return false;
      };
      const datedRelease = (i: number, last: number): boolean => {
        // "a year after prisoner swap", not "for six months after Caracas frees…" (a clause of its own).
        const afterAt = before(last, 3 + last - i, ['afterWord']);
        if (afterAt >= 0 && has(tokens[afterAt - 1], ['durationUnit']) && !tokens.slice(afterAt + 1, last + 1).some((u) => has(u, ['country', 'demonym', 'name']))) return true;
        // "in 1991", "in December 2022", "in a 2023 prisoner swap" (the year may stand inside or just before the match).
        const dated = (j: number): boolean => {
          const article = /^(a|an|the)$/.test(tokens[j - 1]?.norm ?? '') && has(tokens[j - 2], ['inWord']);
          return /^(19|20)\d\d$/.test(tokens[j]?.norm ?? '') && (has(tokens[j - 1], ['inWord', 'monthWord']) || article);
        };
        for (let j = Math.max(0, i - 3); j <= last; j += 1) if (tokens[j]?.sentence === tokens[i]?.sentence && dated(j)) return true;
        // "…; in 2022 Brittney Griner was exchanged for…", "In 2019, Kyiv and Moscow swapped…": a year opening the clause dates it.
        for (let j = Math.max(1, i - 8); j < i - 3; j += 1) {
          const opensClause = tokens[j - 1]?.sentenceStart === true || afterComma(j - 1);
          if (tokens[j]?.sentence === tokens[i]?.sentence && dated(j) && has(tokens[j - 1], ['inWord']) && opensClause) return true;
        }
        for (let j = last + 1; j <= last + 8; j += 1) {
          const u = tokens[j];
          if (u === undefined || u.sentence !== tokens[i]?.sentence) return false;
          // Another participle takes the year: "soldiers captured in 2020", «моряков, захваченных в 2018 году».
          if (has(u, ['detainedAdj', 'convictWord', 'arrestWord', 'courtVerdict']) || OTHER_PARTICIPLE.test(u.norm)) return false;
          if (dated(j)) return true;
        }
        return false;
      };
      // "Superyacht of blacklisted Russian billionaire", "Blacklisted official re-elected": the
      // participle describes someone; it reports no measure.
      const attributiveParticiple = (i: number, t: Token): boolean => {
        if (!/^(blacklisted|designated|sanctioned)$/.test(t.norm)) return false;
        const prev = tokens[i - 1];
        // "Hemedti, sanctioned by Washington, vows…": set off by a comma, the participle describes someone.
        const setOff = afterComma(i) && tokens[i + 1]?.norm === 'by';
        // "US-sanctioned businessman": a compound adjective.
        const compound = prev !== undefined && prev.part === t.part && sources[t.part].slice(prev.end, t.start) === '-';
        return t.sentenceStart || prev === undefined || prev.sentence !== t.sentence || has(prev, ['attributiveLead']) || setOff || compound;
      };
      const bareSanctionWordRejected = (i: number, t: Token): boolean => {
        const next = tokens[i + 1];
        // Sport: a body's disciplinary sanction, unless a state imposes it ("Ukraine imposes sanctions on Russian athletes").
        if (inSentence(t.sentence, ['sportContext']) && (inSentence(t.sentence, ['sportBody']) || before(i, 4, ['country']) < 0)) return true;
        // "WADA bans Russia… The agency's board approved the sanctions": a sports body's item, unless a state acts.
        if (itemClasses.has('sportBody') && before(i, 4, ['country', 'stateActor', 'sanctionAgent']) < 0) return true;
        // "sanction" meaning approve: "council sanctions £120m plan", "federation sanctions tournament".
        // Not when an action word stands before it: "waives sanctions on … purchase" is the noun.
        const actedOn = before(i, 2, ACTION_CLASSES) >= 0;
        if (t.script === 'latin' && after(i, 3, ['moneyWord']) >= 0) return true; // "parliament sanctions 40 million euros"
        // "Polish parliament sanctions (emergency) funds for fortifications": money right after is approved, not frozen.
        const money = APPROVED_MONEY.has(next?.norm ?? '') ? i + 1 : APPROVED_MONEY.has(tokens[i + 2]?.norm ?? '') ? i + 2 : -1;
        if (t.script === 'latin' && money > 0 && !has(tokens[money + 1], ['targetEntity'])) return true;
        if (t.script === 'latin' && before(i, 2, ['localBody']) >= 0) return true; // "City council sanctions new light-rail line"
        // "Bank of Ghana sanctions three lenders": a central bank disciplining its own lenders.
        if (t.script === 'latin' && before(i, 3, ['bankWord']) >= 0 && after(i, 3, ['regulatedFirm']) >= 0) return true;
        // "on EU and UK sanctions lists since 2022": being listed is background, not a measure;
        // "screen clients against sanctions lists": compliance checks.
        if (has(next, ['listWord']) && (before(i, 4, ['backgroundCue', 'onWord', 'fromWord']) >= 0 || tokens[i - 1]?.norm === 'against') && !actedOn) return true;
        if (t.script === 'latin' && !actedOn && (after(i, 3, ['approvalObject']) >= 0 || /^\d/.test(tokens[i + 1]?.norm ?? ''))) {
          if (t.norm !== 'sanctions' || before(i, 2, ['stateActor', 'country', 'demonym']) < 0) return true;
        }
        const profession = after(i, 3, ['legalProfession']);
        // "sanctions on Chinese firms" names a state's target, "judge sanctions law firm" a penalty.
        const stateTarget = profession >= 0 && (has(tokens[profession - 1], ['demonym', 'country']) || before(i, 3, ['country', 'stateActor', 'act_impose']) >= 0);
        if (before(i, 4, ['courtAgent']) >= 0 || (profession >= 0 && !stateTarget)) return true;
        if (next?.norm === 'by' && after(i + 1, 3, ['courtAgent']) >= 0) return true;
        // "sanctions cut revenue", "sanctions have failed to dent exports": what sanctions do, not a measure.
        const verb = AUXILIARY.has(tokens[i + 1]?.norm ?? '') ? tokens[i + 2] : tokens[i + 1];
        if (before(i, 2, ['backgroundCue']) >= 0 || has(verb, ['backgroundAfter'])) return true;
        // "cushioned the impact of Western sanctions", «последствия санкций».
        for (let k = 1; k <= 3; k += 1) if (/^(of|от)$/.test(tokens[i - k]?.norm ?? '') && has(tokens[i - k - 1], ['effectNoun'])) return true;
        if (has(tokens[i - 1], ['effectNoun']) && tokens[i - 1]?.script === 'cyrillic') return true;
        if (t.norm === 'sanctioned' && next?.norm !== 'by') {
          const prev = tokens[i - 1];
          if (t.sentenceStart || prev === undefined || prev.sentence !== t.sentence || has(prev, ['attributiveLead'])) return true;
        }
        // "Аналитики: санкции удорожили логистику": analysts on what sanctions do, no measure named.
        const actionNear = before(i, 5, ACTION_CLASSES) >= 0 || after(i, 5, ACTION_CLASSES) >= 0;
        // Not "US sanctions UN expert Francesca Albanese": the expert is the one sanctioned.
        const expertSanctioned = has(tokens[i - 1], ['country', 'stateActor', 'sanctionAgent']) && after(i, 3, ['analystWord']) >= 0;
        if (inSentence(t.sentence, ['analystWord']) && !actionNear && !expertSanctioned) return true;
        if (t.part === 'summary') {
          const named = before(i, 5, ACTION_CLASSES) >= 0 || after(i, 5, ACTION_CLASSES) >= 0 || has(next, ['sanctionFollower']);
          if (!named) return true;
        }
        return false;
      };

      const sanctionAction = (m: Match): Match => {
        if (!m.rule.actionFromContext) return m;
        let best: { at: number; action: Action; dist: number } | undefined;
        for (let j = m.start - WINDOW; j < m.end + WINDOW; j += 1) {
          const t = tokens[j];
          if (t === undefined || t.sentence !== tokens[m.start]?.sentence) continue;
          const dist = j < m.start ? m.start - j : Math.max(0, j - m.end + 1);
          if (t.classes.has('country') || t.classes.has('demonym')) continue; // the "New" of New Zealand
          for (const a of SANCTION_ACTIONS) {
            if (!t.classes.has(`act_${a}`)) continue;
            if (best === undefined || dist < best.dist || (dist === best.dist && SANCTION_ACTIONS.indexOf(a) > SANCTION_ACTIONS.indexOf(best.action as (typeof SANCTION_ACTIONS)[number]))) {
              best = { at: j, action: a, dist };
            }
          }
        }
        const restored = before(m.start, WINDOW, ['restoreWord']);
        if (best && (best.action === 'lift' || best.action === 'ease') && restored >= 0) return { ...m, action: 'impose', actionAt: restored };
        return best ? { ...m, action: best.action, actionAt: best.at } : m;
      };

      // Where each class occurs, so that a rule only starts at tokens of its first element's classes.
      const positions = new Map<string, number[]>();
      tokens.forEach((t, i) => {
        for (const c of t.classes) (positions.get(c) ?? positions.set(c, []).get(c))?.push(i);
      });
      const matches: Match[] = [];
      /** Topics whose trigger the rules saw, whether or not a gate then turned it down. */
      const triggered = new Set<TopicId>();
      // An explainer or a commentary piece ("Explainer: how the price cap works", "Analysis: …") reports no event.
      const noEvent = titleClasses.has('explainerCue') || commentaryTitle;
      for (const cr of noEvent ? [] : compiled) {
        const { rule } = cr;
        if (rule.blockInItem && rule.blockInItem.some((c) => itemClasses.has(c))) continue;
        if (rule.blockInTitle && rule.blockInTitle.some((c) => titleClasses.has(c))) continue;
        if (rule.needsInItem && !rule.needsInItem.some((c) => itemClasses.has(c))) continue;
        const first = cr.elements[0];
        if (first === undefined || !('anyOf' in first)) continue;
        const starts = first.anyOf.length === 1 ? (positions.get(first.anyOf[0] as string) ?? []) : [...new Set(first.anyOf.flatMap((c) => positions.get(c) ?? []))].sort((x, y) => x - y);
        let from = 0;
        for (const i of starts) {
          const t = tokens[i];
          if (t === undefined || i < from) continue;
          const end = matchFrom(cr, tokens, 0, i, t.sentence);
          if (end < 0) continue;
          triggered.add(rule.topic);
          if (rule.needsInSentence && !inSentence(t.sentence, rule.needsInSentence)) continue;
          if (rule.blockInSentence && inSentence(t.sentence, rule.blockInSentence)) continue;
          if (rule.blockBefore && before(i, i + 1, rule.blockBefore) >= 0) continue;
          if (cr.notPrecededBy && before(i, 2, cr.notPrecededBy) >= 0) continue;
          if (rule.blockAfter && after(end - 1, 6, rule.blockAfter) >= 0) continue;
          // "exchange of fire", "freed the village": the word after "of" or an article counts as following.
          const following = SKIPPED_BEFORE_OBJECT.has(tokens[end]?.norm ?? '') ? tokens[end + 1] : tokens[end];
          if (cr.notFollowedBy && has(following, cr.notFollowedBy) && following?.sentence === t.sentence) continue;
          if (rule.bareSanctionWord && bareSanctionWordRejected(i, t)) continue;
          if (rule.modality === 'sanctions' && end - i === 1 && attributiveParticiple(i, t)) continue;
          let m: Match = { rule, start: i, end, weight: rule.weight * (t.part === 'title' ? 1 : 0.92), action: rule.action, conditional: false };
          if (rule.modality === 'release') {
            // Cues count before the match and inside it ("detainees could be freed").
            const last = end - 1;
            const span = end - i;
            if (before(last, WINDOW + span, ['demandCue', 'pendingCue', 'denyVerb']) >= 0 || before(last, 3 + span, ['negation']) >= 0) continue;
            // "urges Moscow and Kyiv to agree all-for-all prisoner exchange": a demand governs the infinitive
            // whose object is the exchange. Not "After calls to free him, Iran releases…" (a clause of its own).
            const farDemand = has(t, ['swapWord', 'amnestyWord']) ? before(i, 12, ['demandCue']) : -1;
            const sameClause = farDemand >= 0 && !sources[t.part].slice(tokens[farDemand]?.end ?? 0, t.start).includes(',');
            if (sameClause && tokens.slice(farDemand + 1, i).some((u) => u.norm === 'to')) continue;
            // "talks on swapping…", "перемовини про обмін": talks about a release are not one ("after talks in Istanbul" is fine).
            const talks = before(i, WINDOW, ['talksWord']);
            if (talks >= 0 && TALKS_ABOUT.has(tokens[talks + 1]?.norm ?? '')) continue;
            const demandedBy = after(last, 3, ['demandCue']);
            if (demandedBy >= 0 && tokens[demandedBy + 1]?.norm === 'by') continue; // "release … demanded by the OSCE"
            const notAfter = after(last, 5, ['negation']);
            if (notAfter >= 0 && after(notAfter, 3, ['offAgenda']) >= 0) continue; // "exchange … not on the agenda"
            if (after(last, 6, ['ruledOut']) >= 0) continue; // "an all-for-all exchange is not yet possible"
            if (before(i, 6, ['speculationCue']) >= 0) continue; // "media speculation about a possible prisoner exchange"
            if (before(i, 3, ['ruledOut']) >= 0) continue; // «Росія зірвала запланований обмін», "Moscow derailed the swap"
            if (has(tokens[last + 1], ['petitionNoun']) && tokens[last + 1]?.sentence === t.sentence) continue; // "Clemency plea rejected", "pardons commission"
            if (datedRelease(i, last)) continue;
            // "Bergdahl, freed in Taliban swap, avoids prison": set off by commas, the participle describes him.
            if (has(t, ['freedParticiple']) && afterComma(i)) continue;
            if (setOffInMonth(i, last)) continue;
            // "'Free our citizens': Washington urges…", "Free all political prisoners, UN tells Minsk": a slogan.
            if (t.sentenceStart && IMPERATIVE_FREE.has(t.norm) && IMPERATIVE_OBJECT.has(tokens[i + 1]?.norm ?? '')) continue;
            // "releases the president's schedule": a possessive person is not the one released
            // (unless a relative follows: "frees the president's son").
            const possessive = /['’]s$/i.test(tokens[last]?.raw ?? '') && !has(tokens[end], ['relative']);
            if (possessive && rule.pattern[rule.pattern.length - 1]?.includes('@person')) continue;
            const modal = before(last, WINDOW + span, ['conditional', 'hypothetical']);
            // "the governments said Baku would free 32 servicemen": reported future, an announcement.
            const reported = modal >= 0 && tokens[modal]?.norm === 'would' && before(modal, 3, ['reportVerb']) >= 0 && !inSentence(t.sentence, ['conditional']);
            if (modal >= 0 && !reported) m.conditional = true;
          } else if (rule.modality === 'sanctions') {
            if (before(i, 5, ['demandCue']) >= 0 || before(i, 3, ['violationCue']) >= 0) continue;
            // "traders bet on easing of Venezuela sanctions": the guess governs the action word before "sanctions".
            const actionAt = before(i, 4, ACTION_CLASSES);
            if (before(i, 4, ['speculationCue']) >= 0 || (actionAt >= 0 && before(actionAt, 3, ['speculationCue']) >= 0)) continue;
            // "remains under a travel ban", "despite an embargo": background, not a measure taken.
            if (!rule.bareSanctionWord && backgroundBefore(i)) continue;
            // "on Western blacklists since 2022", "blacklisted by Britain and the EU in 2022": a listing
            // dated in the past is background to the story.
            if (datedListing(i, end)) continue;
            if (before(i, 6, ['relativeWord']) >= 0) continue;
            // "Neither side mentioned sanctions relief": a measure not even talked about.
            const mentioned = before(i, 3, ['mentionWord']);
            if (mentioned >= 0 && before(mentioned, 3, ['negation']) >= 0) continue;
            // "The Russian producer, removed from the US sanctions list in January, said…": a participle
            // set off by a comma describes the subject of another sentence.
            if (afterComma(i) && t.script === 'latin' && /ed$/.test(t.norm) && PARTICIPLE_LINK.has(tokens[i + 1]?.norm ?? '')) continue;
            // «бизнесмен, включённый в санкционные списки»: a full participle describes a past listing.
            if (tokens.slice(Math.max(0, i - 3), i + 1).some((u) => u.sentence === t.sentence && LISTED_PARTICIPLE.test(u.norm))) continue;
            m = sanctionAction(m);
            // "asked foreign ministers to impose asset freezes and travel bans": the demand governs the
            // action word the trigger took its action from, however far back that stands.
            if (m.actionAt !== undefined && m.actionAt < i && before(m.actionAt, 5, ['demandCue']) >= 0) continue;
            const threat = before(i, 5, ['threatCue']);
            const proposal = before(i, 5, ['proposalCue', 'conditional']);
            if (threat >= 0 && threat >= proposal) m = { ...m, modal: 'threat', modalAt: threat };
            else if (proposal >= 0) m = { ...m, modal: 'proposal', modalAt: proposal };
            else {
              const possible = after(end - 1, 4, ['possibleAfter', 'conditional']);
              // "will hit Russia with tough sanctions if there is no ceasefire": new measures on a
              // condition are a threat; relief on a condition ("will lift them if…") is an offer.
              const tightening = m.action === 'impose' || m.action === 'designate';
              if (possible >= 0 && tightening && has(tokens[possible], ['conditional'])) m = { ...m, modal: 'threat', modalAt: possible };
              else if (possible >= 0) m = { ...m, modal: 'proposal', modalAt: possible };
            }
          }
          matches.push(m);
          from = end;
        }
      }

      // A headline that looks back ("Ten years after prisoner swap, …", "… publishes account of
      // captivity", "Bergdahl, freed in Taliban swap, avoids prison"): the summary's release is that past.
      const lookingBack = retrospectiveTitle();
      // "Former hostage Terry Waite recalls his captivity": a person's past, not a release today.
      const pastRelease = lookingBack || tokens.some((t, k) => t.part === 'title' && has(t, ['formerWord']) && has(tokens[k + 1], ['captive']));
      // The model is asked only where it could add a topic: none triggered, none gated.
      const open = TOPICS.filter(
        (t) =>
          !triggered.has(t) &&
          MODEL_NEEDS[t].some((c) => itemClasses.has(c)) &&
          !MODEL_GATES[t].some((c) => itemClasses.has(c)) &&
          !MODEL_TITLE_GATES[t].some((c) => titleClasses.has(c)) &&
          !commentaryTitle &&
          !(t === 'prisoner_release' && pastRelease),
      );
      const scores = scorer && open.length > 0 ? scorer(featuresOf(tokens)) : undefined;
      const current = lookingBack ? matches.filter((m) => m.rule.topic !== 'prisoner_release' || tokens[m.start]?.part === 'title') : matches;
      // A release on a condition counts inside a deal of the other topic that the rules found. Not
      // one the model guessed: "reports that Washington could lift restrictions if more detainees
      // are freed" is no news of either (dev d066).
      const firm = new Set(current.filter((m) => !m.conditional).map((m) => m.rule.topic));
      const kept = current.filter((m) => !m.conditional || [...firm].some((topic) => topic !== m.rule.topic));
      for (const m of kept) if (m.conditional) m.weight *= 0.7;
      const facts = describe({ tokens, sources, countries: countryMatches, matches: kept });
      return { ...withModelTopics(facts, open, scores), language };
    },
  };
}

const OTHER_PARTICIPLE = /^[a-z]+ed$|(?:нн|вш|т)(?:ых|ые|ый|ий|ая|ой|ого|ому|ими|і|их|а)$/;
const COMMENTARY_LEAD = /^\s*(?:analysis|opinion|comment|commentary|explainer|аналитика|анализ|мнение|колонка|аналітика|аналіз|думка)\s*:/iu;
const PARTICIPLE_LINK = new Set(['from', 'by', 'to', 'on', 'under', 'in']);
const APPROVED_MONEY = new Set(['funds', 'funding', 'spending', 'budget', 'grant', 'grants', 'loan', 'loans']);
const SKIPPED_BEFORE_OBJECT = new Set(['of', 'the', 'a', 'an']);
const IMPERATIVE_FREE = new Set(['free', 'release', 'освободите', 'освободить', 'звільніть', 'звільнити']);
const IMPERATIVE_OBJECT = new Set(['our', 'my', 'all', 'them', 'him', 'her', 'наших', 'всех', 'всіх', 'їх', 'их']);

/** Between "sanctions" and what they did; not modals: "new sanctions will hit banks" announces a measure. */
const AUXILIARY = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'did', 'do', 'does']);

const LISTED_PARTICIPLE = /^(?:включ|внес)е?нн?(?:ый|ого|ому|ым|ая|ой|ые|ых|ий|им|а|е|і|их)$/;

const ACTION_CLASSES = [...SANCTION_ACTIONS.map((a) => `act_${a}`), 'threatCue', 'proposalCue'];

// Runs the rule table over tokenised text: pattern matching, gates, modality, scoring.
// What the matches mean (action, stage, people, actors, evidence) is worked out in facts.ts.
import { TOPICS, type Classification, type TopicId } from '../core/types.js';
import { has, type Match } from './analysis.js';
import { addPhraseContext, addWordContext } from './context-classes.js';
import { describe } from './facts.js';
import type { Gazetteer } from './gazetteer.js';
import { detectLanguage, primaryTag, SAMPLE_CHARS } from './language.js';
import { Lexicon } from './lexicon.js';
import { viewOf } from './item-view.js';
import { featuresOf, type TopicScorer } from './model.js';
import { formerCaptiveInTitle, looksBack, releaseGate } from './release-gates.js';
import { RuleFilter } from './rule-filter.js';
import { RULES, type Rule } from './rules.js';
import { attributiveParticiple, bareSanctionWordRejected, sanctionsGate } from './sanctions-gates.js';
import { MODEL_GATES, MODEL_NEEDS, MODEL_TITLE_GATES, withModelTopics } from './second-opinion.js';
import { tokenize, type Part, type Token } from './text.js';
import { WORDS } from './words.js';

type Element = { gap: number } | { anyOf: string[] };

interface CompiledRule {
  rule: Rule;
  elements: Element[];
  notPrecededBy?: string[];
  notFollowedBy?: string[];
}

const FIRST_CLASS = new Set(['en', 'ru', 'uk']);
const EMPTY_CLASSES: Set<string> = new Set();

/** The token indexes in any of the lists, ascending, each once. */
function mergedPositions(lists: readonly number[][], tokenCount: number): number[] {
  const at = new Uint8Array(tokenCount);
  for (const list of lists) for (const i of list) at[i] = 1;
  const out: number[] = [];
  for (let i = 0; i < tokenCount; i += 1) if (at[i] === 1) out.push(i);
  return out;
}

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
  const compiled: CompiledRule[] = RULES.map((rule) => {
    const elements: Element[] = rule.pattern.map((e) => (e.startsWith('..') ? { gap: Number(e.slice(2)) } : { anyOf: compileElement(e, lexicon) }));
    return {
      rule,
      elements,
      ...(rule.notPrecededBy ? { notPrecededBy: compileElement(rule.notPrecededBy, lexicon) } : {}),
      ...(rule.notFollowedBy ? { notFollowedBy: compileElement(rule.notFollowedBy, lexicon) } : {}),
    };
  });
  const ruleFilter = new RuleFilter(
    compiled.map(({ rule, elements }) => ({
      required: elements.flatMap((el) => ('anyOf' in el ? [el.anyOf] : [])),
      blockInItem: rule.blockInItem,
      blockInTitle: rule.blockInTitle,
      needsInItem: rule.needsInItem,
    })),
  );

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
    const language = primaryTag(declaredLanguage) ?? detectLanguage(`${title} ${summary}`, wordsInSample(tokens, title.length + 1));
    const countryMatches = gazetteer.match(tokens, { title, summary }, { foreign: !FIRST_CLASS.has(language) });
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
      const view = viewOf(tokens, sources);
      const { itemClasses, titleClasses } = view;
      const commentaryTitle = COMMENTARY_LEAD.test(sources.title) || FINDING.test(sources.title);

      // Where a class occurs, so that a rule only starts at tokens of its first element's classes.
      // Found on demand: most rules never get past the item check, so most classes are never asked for.
      const positions = new Map<string, number[]>();
      const positionsOf = (cls: string): number[] => {
        let at = positions.get(cls);
        if (at === undefined) {
          at = [];
          for (let i = 0; i < tokens.length; i += 1) if (tokens[i]?.classes.has(cls)) at.push(i);
          positions.set(cls, at);
        }
        return at;
      };
      const matches: Match[] = [];
      /** Topics whose trigger the rules saw, whether or not a gate then turned it down. */
      const triggered = new Set<TopicId>();
      // An explainer or a commentary piece ("Explainer: how the price cap works", "Analysis: …") reports no event.
      const noEvent = titleClasses.has('explainerCue') || commentaryTitle;
      for (const r of noEvent ? [] : ruleFilter.passing(itemClasses, titleClasses)) {
        const cr = compiled[r] as CompiledRule;
        const { rule } = cr;
        const first = cr.elements[0];
        if (first === undefined || !('anyOf' in first)) continue;
        const starts = first.anyOf.length === 1 ? positionsOf(first.anyOf[0] as string) : mergedPositions(first.anyOf.map(positionsOf), tokens.length);
        let from = 0;
        for (const i of starts) {
          const t = tokens[i];
          if (t === undefined || i < from) continue;
          const end = matchFrom(cr, tokens, 0, i, t.sentence);
          if (end < 0) continue;
          triggered.add(rule.topic);
          if (rule.needsInSentence && !view.inSentence(t.sentence, rule.needsInSentence)) continue;
          if (rule.blockInSentence && view.inSentence(t.sentence, rule.blockInSentence)) continue;
          if (rule.blockInClause && view.inClause(i, end, rule.blockInClause) && !namesLivingCaptives(tokens, i, end, rule.blockInClause)) continue;
          if (rule.blockBefore && view.before(i, i + 1, rule.blockBefore) >= 0) continue;
          if (cr.notPrecededBy && view.before(i, 2, cr.notPrecededBy) >= 0) continue;
          if (rule.blockAfter && view.after(end - 1, 6, rule.blockAfter) >= 0) continue;
          // "exchange of fire", "freed the village": the word after "of" or an article counts as following.
          const following = SKIPPED_BEFORE_OBJECT.has(tokens[end]?.norm ?? '') ? tokens[end + 1] : tokens[end];
          if (cr.notFollowedBy && has(following, cr.notFollowedBy) && following?.sentence === t.sentence) continue;
          if (rule.bareSanctionWord && bareSanctionWordRejected(view, i, t)) continue;
          if (rule.modality === 'sanctions' && attributiveParticiple(view, i, t)) continue;
          const found: Match = { rule, start: i, end, weight: rule.weight * (t.part === 'title' ? 1 : 0.92), action: rule.action, conditional: false };
          const m = rule.modality === 'release' ? releaseGate(view, found) : rule.modality === 'sanctions' ? sanctionsGate(view, found) : found;
          if (m === undefined) continue;
          matches.push(m);
          from = end;
        }
      }

      const lookingBack = looksBack(view);
      const pastRelease = lookingBack || formerCaptiveInTitle(view);
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

/** "swapped 84 prisoners and returned 1,000 bodies": a match that names the captives, with none of the
 *  clause's vetoing words inside it or right after ("the bodies of 20 POWs", "hostage remains"), is
 *  about the living. */
function namesLivingCaptives(tokens: readonly Token[], start: number, end: number, vetoes: readonly string[]): boolean {
  const span = tokens.slice(start, end);
  const next = tokens[end];
  return span.some((t) => has(t, ['captive'])) && !span.some((t) => has(t, vetoes)) && !(next?.sentence === tokens[start]?.sentence && has(next, vetoes));
}

/** The tokens' words in the stretch of text the language detector samples (title, space, summary). */
function wordsInSample(tokens: readonly Token[], summaryOffset: number): Token[] {
  return tokens.filter((t) => (t.part === 'title' ? 0 : summaryOffset) + t.end <= SAMPLE_CHARS);
}

/** "…, IMF working paper finds", "Study shows sanctions…": a finding about the world, no event. */
const FINDING = /\b(?:paper|study|survey|research|analysis)\s+(?:finds|found|shows|suggests|estimates)\b/i;
// "Analysis: …", "Politologist: a new exchange is possible…": an opinion, not a report of an event.
const COMMENTARY_LEAD =
  /^\s*(?:analysis|opinion|comment|commentary|explainer|analysts?|experts?|economists?|аналитика|анализ|мнение|колонка|аналитики?|эксперты?|политологи?|экономисты?|аналітика|аналіз|думка|аналітики?|експерти?|політологи?|економісти?)\s*:/iu;
const SKIPPED_BEFORE_OBJECT = new Set(['of', 'the', 'a', 'an']);

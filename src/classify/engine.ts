// Runs the rule table over tokenised text: pattern matching, gates, modality, scoring.
import type { Action, Classification, TopicId } from '../core/types.js';
import type { Gazetteer } from './gazetteer.js';
import { Lexicon } from './lexicon.js';
import { RULES, type Rule } from './rules.js';
import { detectLanguage, primaryTag, tokenize, type Part, type Token } from './text.js';
import { SANCTION_ACTIONS, WORDS } from './words.js';

type Element = { gap: number } | { anyOf: string[] };

interface CompiledRule {
  rule: Rule;
  elements: Element[];
  notPrecededBy?: string[];
  notFollowedBy?: string[];
}

interface Match {
  rule: Rule;
  start: number;
  end: number;
  weight: number;
  action: Action;
  conditional: boolean;
  /** Token index of the word that named the action, to widen the evidence. */
  actionAt?: number;
}

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

function has(t: Token | undefined, classes: readonly string[]): boolean {
  if (t === undefined) return false;
  for (const c of classes) if (t.classes.has(c)) return true;
  return false;
}

export interface Engine {
  classify(title: string, summary: string, declaredLanguage: string | undefined): Classification;
}

export function createEngine(gazetteer: Gazetteer): Engine {
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

  return {
    classify(title, summary, declaredLanguage) {
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
      const countryMatches = gazetteer.match(tokens, `${title}\n${summary}`);

      const sentenceClasses = new Map<number, Set<string>>();
      const itemClasses = new Set<string>();
      for (const t of tokens) {
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
      /** Nearest token with one of the classes within `span` tokens before index i (same sentence). */
      const before = (i: number, span: number, classes: readonly string[]): number => {
        const sent = tokens[i]?.sentence;
        for (let j = i - 1; j >= 0 && j >= i - span; j -= 1) {
          const t = tokens[j];
          if (t === undefined || t.sentence !== sent) break;
          if (has(t, classes)) return j;
        }
        return -1;
      };
      const after = (i: number, span: number, classes: readonly string[]): number => {
        const sent = tokens[i]?.sentence;
        for (let j = i + 1; j < tokens.length && j <= i + span; j += 1) {
          const t = tokens[j];
          if (t === undefined || t.sentence !== sent) break;
          if (has(t, classes)) return j;
        }
        return -1;
      };

      const bareSanctionWordRejected = (i: number, t: Token): boolean => {
        if (inSentence(t.sentence, ['sportContext'])) return true;
        // "sanction" meaning approve: "council sanctions £120m plan", "federation sanctions tournament".
        if (t.script === 'latin' && (after(i, 3, ['approvalObject']) >= 0 || /^\d/.test(tokens[i + 1]?.norm ?? ''))) {
          if (t.norm !== 'sanctions' || before(i, 2, ['stateActor', 'country', 'demonym']) < 0) return true;
        }
        if (before(i, 4, ['courtAgent']) >= 0 || after(i, 3, ['legalProfession']) >= 0) return true;
        const next = tokens[i + 1];
        if (next?.norm === 'by' && after(i + 1, 3, ['courtAgent']) >= 0) return true;
        if (before(i, 2, ['backgroundCue']) >= 0 || has(tokens[i + 1], ['backgroundAfter'])) return true;
        if (t.norm === 'sanctioned' && next?.norm !== 'by') {
          const prev = tokens[i - 1];
          if (t.sentenceStart || prev === undefined || prev.sentence !== t.sentence || has(prev, ['attributiveLead'])) return true;
        }
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
          for (const a of SANCTION_ACTIONS) {
            if (!t.classes.has(`act_${a}`)) continue;
            if (best === undefined || dist < best.dist || (dist === best.dist && SANCTION_ACTIONS.indexOf(a) > SANCTION_ACTIONS.indexOf(best.action as (typeof SANCTION_ACTIONS)[number]))) {
              best = { at: j, action: a, dist };
            }
          }
        }
        return best ? { ...m, action: best.action, actionAt: best.at } : m;
      };

      const matches: Match[] = [];
      for (const cr of compiled) {
        const { rule } = cr;
        if (rule.blockInItem && rule.blockInItem.some((c) => itemClasses.has(c))) continue;
        const first = cr.elements[0];
        for (let i = 0; i < tokens.length; i += 1) {
          const t = tokens[i];
          if (t === undefined || (first && 'anyOf' in first && !has(t, first.anyOf))) continue;
          const end = matchFrom(cr, tokens, 0, i, t.sentence);
          if (end < 0) continue;
          if (rule.needsInSentence && !inSentence(t.sentence, rule.needsInSentence)) continue;
          if (rule.blockInSentence && inSentence(t.sentence, rule.blockInSentence)) continue;
          if (cr.notPrecededBy && before(i, 2, cr.notPrecededBy) >= 0) continue;
          if (cr.notFollowedBy && has(tokens[end], cr.notFollowedBy) && tokens[end]?.sentence === t.sentence) continue;
          if (rule.bareSanctionWord && bareSanctionWordRejected(i, t)) continue;
          let m: Match = { rule, start: i, end, weight: rule.weight * (t.part === 'title' ? 1 : 0.92), action: rule.action, conditional: false };
          if (rule.modality === 'release') {
            // Cues count before the match and inside it ("detainees could be freed").
            const last = end - 1;
            const span = end - i;
            if (before(last, WINDOW + span, ['demandCue', 'pendingCue']) >= 0 || before(last, 3 + span, ['negation']) >= 0) continue;
            // "releases the president's schedule": a possessive person is not the one released
            // (unless a relative follows: "frees the president's son").
            const possessive = /['’]s$/i.test(tokens[last]?.raw ?? '') && !has(tokens[end], ['relative']);
            if (possessive && rule.pattern[rule.pattern.length - 1]?.includes('@person')) continue;
            if (before(last, WINDOW + span, ['conditional', 'hypothetical']) >= 0) m.conditional = true;
          } else if (rule.modality === 'sanctions') {
            if (before(i, 5, ['demandCue']) >= 0) continue;
            m = sanctionAction(m);
            const threat = before(i, 5, ['threatCue', 'conditional']);
            if (threat >= 0) m = { ...m, action: 'threaten', actionAt: threat };
          }
          matches.push(m);
          i = end - 1;
        }
      }

      const language = primaryTag(declaredLanguage) ?? detectLanguage(`${title} ${summary}`);
      const countries = [...new Set(countryMatches.map((c) => c.code))].sort();
      const firm = new Set(matches.filter((m) => !m.conditional).map((m) => m.rule.topic));
      const kept = matches.filter((m) => !m.conditional || [...firm].some((topic) => topic !== m.rule.topic));
      for (const m of kept) if (m.conditional) m.weight *= 0.7;
      if (kept.length === 0) return { topics: [], countries, actors: { acting: [], targeted: [] }, confidence: 0, language, evidence: [] };

      kept.sort((a, b) => b.weight - a.weight || a.start - b.start);
      const topics: TopicId[] = [];
      let confidence = 0;
      for (const topic of ['prisoner_release', 'sanctions'] as const) {
        const own = kept.filter((m) => m.rule.topic === topic);
        if (own.length === 0) continue;
        topics.push(topic);
        const distinct = new Set(own.map((m) => m.rule.id)).size;
        confidence = Math.max(confidence, Math.min(0.97, (own[0]?.weight ?? 0) + 0.03 * (distinct - 1)));
      }
      const evidence: string[] = [];
      for (const m of kept) {
        const lo = Math.min(m.start, m.actionAt ?? m.start);
        const hi = Math.max(m.end - 1, m.actionAt ?? m.end - 1);
        const a = tokens[lo];
        const b = tokens[hi];
        if (a === undefined || b === undefined) continue;
        const phrase = sources[a.part].slice(a.start, b.end).replace(/\s+/g, ' ').slice(0, 120);
        if (!evidence.some((e) => e.includes(phrase))) evidence.push(phrase);
        if (evidence.length >= 6) break;
      }
      return { topics, countries, action: kept[0]?.action, actors: { acting: [], targeted: [] }, confidence: Math.round(confidence * 100) / 100, language, evidence };
    },
  };
}

const ACTION_CLASSES = [...SANCTION_ACTIONS.map((a) => `act_${a}`), 'threatCue'];

// What the engine found in one item, handed to the fact extractors (stage, people, actors).
import type { Action } from '../core/types.js';
import type { CountryMatch } from './gazetteer.js';
import type { Rule } from './rules.js';
import type { Part, Token } from './text.js';

export interface Match {
  rule: Rule;
  start: number;
  end: number;
  weight: number;
  action: Action;
  conditional: boolean;
  /** Token index of the word that named the action, to widen the evidence. */
  actionAt?: number;
  /** A threat or proposal cue before a sanctions trigger. */
  modal?: 'threat' | 'proposal';
  /** Token index of the cue that set `modal`, for the evidence. */
  modalAt?: number;
}

export interface Analysis {
  tokens: Token[];
  sources: Record<Part, string>;
  countries: CountryMatch[];
  /** Matches kept after modality, in rule order. */
  matches: Match[];
}

/** Words that make measures new: "new US sanctions hit…", "Japan's new sanctions". */
export const NEW_MEASURE: ReadonlySet<string> = new Set(['new', 'fresh', 'latest', 'further', 'additional', 'tougher']);

const RESPONSE = /^(?:response|answer|retaliation|ответ|ответа|ответом|відповід[ьі]|відповіддю)$/;
const RESPONSE_TO = new Set(['to', 'for', 'на']);

/** Token k opens "a response to…", «ответ на…»: what follows is what is being answered. */
export function answersAt(tokens: readonly Token[], k: number): boolean {
  return RESPONSE.test(tokens[k]?.norm ?? '') && RESPONSE_TO.has(tokens[k + 1]?.norm ?? '');
}

export function has(t: Token | undefined, classes: readonly string[]): boolean {
  if (t === undefined) return false;
  for (const c of classes) if (t.classes.has(c)) return true;
  return false;
}

/** Nearest token with one of the classes within `span` tokens before index i (same sentence). */
export function before(tokens: readonly Token[], i: number, span: number, classes: readonly string[]): number {
  const sent = tokens[i]?.sentence;
  for (let j = i - 1; j >= 0 && j >= i - span; j -= 1) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== sent) break;
    if (has(t, classes)) return j;
  }
  return -1;
}

export function after(tokens: readonly Token[], i: number, span: number, classes: readonly string[]): number {
  const sent = tokens[i]?.sentence;
  for (let j = i + 1; j < tokens.length && j <= i + span; j += 1) {
    const t = tokens[j];
    if (t === undefined || t.sentence !== sent) break;
    if (has(t, classes)) return j;
  }
  return -1;
}

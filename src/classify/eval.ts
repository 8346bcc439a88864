// Scores a classifier against labelled examples (the dev.jsonl format). Pure: no I/O.
import { z } from 'zod';
import { TOPICS, type Action, type Classification, type ClassifierInput, type Stage, type TopicId } from '../core/types.js';

const ACTIONS = ['pardon', 'swap', 'exchange', 'amnesty', 'release', 'handover', 'impose', 'designate', 'lift', 'ease', 'extend', 'waive', 'delist', 'threaten'] as const satisfies readonly Action[];
const STAGES = ['completed', 'announced', 'proposed', 'threatened'] as const satisfies readonly Stage[];

export const labelledExample = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  lang: z.string().optional(),
  title: z.string(),
  summary: z.string().default(''),
  topics: z.array(z.enum(TOPICS)),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  // Optional labels; null means "none expected" (no action / no number in the text).
  action: z.enum(ACTIONS).nullable().optional(),
  stage: z.enum(STAGES).nullable().optional(),
  people: z.number().int().positive().nullable().optional(),
});
export type LabelledExample = z.infer<typeof labelledExample>;

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  title: string;
  expectedTopics: TopicId[];
  gotTopics: TopicId[];
  missingCountries: string[];
  extraCountries: string[];
  /** "action: expected lift, got ease" for each labelled field that differs. */
  fieldMisses: string[];
  evidence: string[];
}

/** Share of the examples labelling a field that got it right. */
export interface FieldAccuracy {
  labelled: number;
  correct: number;
  accuracy: number;
}

export interface Evaluation {
  examples: number;
  topics: Scores;
  countries: Scores;
  /** Exact-set accuracy on topics, for a quick read. */
  topicExactMatch: number;
  action: FieldAccuracy;
  stage: FieldAccuracy;
  people: FieldAccuracy;
  misses: Miss[];
}

const FIELDS = ['action', 'stage', 'people'] as const;

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function accuracy(f: { labelled: number; correct: number }): FieldAccuracy {
  return { ...f, accuracy: f.labelled === 0 ? 1 : f.correct / f.labelled };
}

function compare<T>(expected: readonly T[], got: readonly T[]): { tp: number; missing: T[]; extra: T[] } {
  const e = new Set(expected);
  const g = new Set(got);
  return { tp: [...g].filter((x) => e.has(x)).length, missing: [...e].filter((x) => !g.has(x)), extra: [...g].filter((x) => !e.has(x)) };
}

export function evaluate(
  examples: readonly LabelledExample[],
  classifier: { classify(input: ClassifierInput): Classification },
): Evaluation {
  const t = { tp: 0, fp: 0, fn: 0 };
  const c = { tp: 0, fp: 0, fn: 0 };
  let exact = 0;
  const misses: Miss[] = [];
  const fields = { action: { labelled: 0, correct: 0 }, stage: { labelled: 0, correct: 0 }, people: { labelled: 0, correct: 0 } };
  for (const ex of examples) {
    const out = classifier.classify({ title: ex.title, summary: ex.summary, language: ex.lang });
    const topics = compare(ex.topics, out.topics);
    const countries = compare(ex.countries, out.countries);
    t.tp += topics.tp;
    t.fp += topics.extra.length;
    t.fn += topics.missing.length;
    c.tp += countries.tp;
    c.fp += countries.extra.length;
    c.fn += countries.missing.length;
    const topicsOk = topics.missing.length === 0 && topics.extra.length === 0;
    if (topicsOk) exact += 1;
    const fieldMisses: string[] = [];
    for (const f of FIELDS) {
      const expected = ex[f];
      if (expected === undefined) continue;
      fields[f].labelled += 1;
      const got = out[f];
      if ((expected ?? undefined) === got) fields[f].correct += 1;
      else fieldMisses.push(`${f}: expected ${expected ?? 'none'}, got ${got ?? 'none'}`);
    }
    if (!topicsOk || countries.missing.length > 0 || countries.extra.length > 0 || fieldMisses.length > 0) {
      misses.push({
        id: ex.id,
        title: ex.title,
        expectedTopics: ex.topics,
        gotTopics: out.topics,
        missingCountries: countries.missing,
        extraCountries: countries.extra,
        fieldMisses,
        evidence: out.evidence,
      });
    }
  }
  return {
    examples: examples.length,
    topics: scores(t.tp, t.fp, t.fn),
    countries: scores(c.tp, c.fp, c.fn),
    topicExactMatch: examples.length === 0 ? 1 : exact / examples.length,
    action: accuracy(fields.action),
    stage: accuracy(fields.stage),
    people: accuracy(fields.people),
    misses,
  };
}

/** Parses JSON Lines of labelled examples; throws an Error naming the first bad line. */
export function parseExamples(text: string): LabelledExample[] {
  const out: LabelledExample[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      throw new Error(`line ${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    const r = labelledExample.safeParse(json);
    if (!r.success) throw new Error(`line ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ')}`);
    out.push(r.data);
  });
  return out;
}

// Scores a classifier against labelled examples (the dev.jsonl format). Pure: no I/O.
import { z } from 'zod';
import { TOPICS, type Classification, type ClassifierInput, type TopicId } from '../core/types.js';

export const labelledExample = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  lang: z.string().optional(),
  title: z.string(),
  summary: z.string().default(''),
  topics: z.array(z.enum(TOPICS)),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
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
  evidence: string[];
}

export interface Evaluation {
  examples: number;
  topics: Scores;
  countries: Scores;
  /** Exact-set accuracy on topics, for a quick read. */
  topicExactMatch: number;
  misses: Miss[];
}

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
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
    if (!topicsOk || countries.missing.length > 0 || countries.extra.length > 0) {
      misses.push({
        id: ex.id,
        title: ex.title,
        expectedTopics: ex.topics,
        gotTopics: out.topics,
        missingCountries: countries.missing,
        extraCountries: countries.extra,
        evidence: out.evidence,
      });
    }
  }
  return {
    examples: examples.length,
    topics: scores(t.tp, t.fp, t.fn),
    countries: scores(c.tp, c.fp, c.fn),
    topicExactMatch: examples.length === 0 ? 1 : exact / examples.length,
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

// How story matching decides on labelled report pairs (npm run eval:stories -- PAIRS.jsonl).
// Each line: {"id","same":bool,"a":{lang,title,summary,published},"b":{…},"note"?}. The earlier
// report is the story, the later one the new report; the decision is the same one the poll makes
// (classifier → fingerprints → hard rules → TF-IDF cosine).
import { z } from 'zod';
import { createClassifier } from '../classify/index.js';
import { bestStory, conflict, factsOf, type ReportFacts, type StoryFacts } from './match.js';

const Report = z.object({ lang: z.string(), title: z.string(), summary: z.string(), published: z.string().datetime({ offset: true }) });
const Pair = z.object({ id: z.string(), same: z.boolean(), a: Report, b: Report, note: z.string().optional() });
export type Pair = z.infer<typeof Pair>;

export interface PairOutcome {
  id: string;
  same: boolean;
  /** Both reports have a topic: only then could the pair post twice or merge. */
  inScope: boolean;
  merged: boolean;
  similarity?: number;
  reason?: string;
  titles: [string, string];
}

export function decidePairs(pairs: readonly Pair[]): PairOutcome[] {
  const classifier = createClassifier();
  const facts = (r: z.infer<typeof Report>): ReportFacts => factsOf(r, classifier.classify({ title: r.title, summary: r.summary, language: r.lang }), new Date(r.published));
  return pairs.map((p) => {
    const [first, second] = new Date(p.a.published) <= new Date(p.b.published) ? [p.a, p.b] : [p.b, p.a];
    const s = facts(first);
    const story: StoryFacts = { ...s, id: p.id, firstReportAt: s.at, lastReportAt: s.at };
    const report = facts(second);
    const best = bestStory(report, [story]);
    const inScope = s.topics.length > 0 && report.topics.length > 0;
    const base = { id: p.id, same: p.same, inScope, titles: [first.title, second.title] as [string, string] };
    if (best) return { ...base, merged: true, similarity: best.similarity };
    return { ...base, merged: false, reason: conflict(report, story) ?? 'text too different' };
  });
}

/** Merge precision and recall over the pairs whose reports both have a topic. */
export function scorePairs(outcomes: readonly PairOutcome[]): { precision: number; recall: number; tp: number; fp: number; fn: number; tn: number } {
  const out = outcomes.filter((o) => o.inScope);
  const tp = out.filter((o) => o.same && o.merged).length;
  const fp = out.filter((o) => !o.same && o.merged).length;
  const fn = out.filter((o) => o.same && !o.merged).length;
  const tn = out.filter((o) => !o.same && !o.merged).length;
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), tp, fp, fn, tn };
}

export function parsePairs(text: string): Pair[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const r = Pair.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`line ${i + 1}: ${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}`);
      return r.data;
    });
}

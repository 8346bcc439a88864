import { readFileSync } from 'node:fs';
import { createClassifier } from '../src/classify/index.js';
import { fingerprintOf } from '../src/stories/fingerprint.js';
import { agreement, conflict, inverseDocumentFrequency, requiredSimilarity, similarityOf, type ReportFacts, type StoryFacts } from '../src/stories/match.js';
import { parsePairs } from '../src/stories/pairs-eval.js';
const classifier = createClassifier();
for (const file of process.argv.slice(2)) {
  for (const p of parsePairs(readFileSync(file, 'utf8'))) {
    const [a, b] = new Date(p.a.published) <= new Date(p.b.published) ? [p.a, p.b] : [p.b, p.a];
    const f = (r: typeof a): ReportFacts => { const c = classifier.classify({ title: r.title, summary: r.summary, language: r.lang }); return { topics: c.topics, countries: c.countries, action: c.action, people: c.people, actors: c.actors, language: c.language, at: new Date(r.published), fingerprint: fingerprintOf({ title: r.title, summary: r.summary }, c) }; };
    const s0 = f(a); const s: StoryFacts = { ...s0, id: p.id, firstReportAt: s0.at, lastReportAt: s0.at }; const r = f(b);
    if (s.topics.length === 0 || r.topics.length === 0) continue;
    const why = conflict(r, s);
    const idf = inverseDocumentFrequency([r.fingerprint, s.fingerprint]);
    const { similarity, crossLanguage } = similarityOf(r, s, idf);
    const ag = agreement(r, s);
    const need = requiredSimilarity(r, s, crossLanguage);
    const gapH = ((r.at.getTime() - s.at.getTime()) / 3.6e6).toFixed(1);
    const merged = !why && similarity + ag >= need;
    console.log([p.id, p.same ? 'SAME' : 'diff', merged ? 'M' : '-', why ?? '', `sim=${similarity.toFixed(2)}+${ag.toFixed(2)} need=${need.toFixed(2)} gap=${gapH}h x=${crossLanguage}`, `${s.countries.join(',')}|${r.countries.join(',')}`, `${s.action}/${r.action}`, `${s.people ?? ''}/${r.people ?? ''}`, `act ${s.actors.acting}>${s.actors.targeted} | ${r.actors.acting}>${r.actors.targeted}`].join('\t'));
  }
}

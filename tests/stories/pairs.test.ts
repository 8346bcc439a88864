// Story matching on labelled report pairs written blind to its code (tests/fixtures/stories/): one
// event told by different outlets and languages must merge, different events must not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decidePairs, parsePairs, scorePairs } from '../../src/stories/pairs-eval.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/stories');

describe('story matching on labelled pairs', () => {
  // Each set: the least number of same-event pairs in scope, and the recall floor (a regression guard
  // with a margin: classifier changes move these by a pair or two).
  const SETS = [
    { file: 'pairs-1.jsonl', inScope: 50, recall: 0.72 },
    { file: 'pairs-2.jsonl', inScope: 40, recall: 0.64 },
    { file: 'pairs-3.jsonl', inScope: 45, recall: 0.85 }, // same-day traps
    { file: 'pairs-4.jsonl', inScope: 40, recall: 0.76 },
    { file: 'pairs-5.jsonl', inScope: 42, recall: 0.64 },
    { file: 'pairs-6.jsonl', inScope: 45, recall: 0.87 },
    { file: 'pairs-7.jsonl', inScope: 44, recall: 0.72 },
    { file: 'pairs-8.jsonl', inScope: 45, recall: 0.7 },
    { file: 'pairs-9.jsonl', inScope: 45, recall: 0.87 },
    { file: 'pairs-10.jsonl', inScope: 42, recall: 0.86 },
    { file: 'pairs-11.jsonl', inScope: 45, recall: 0.9 },
    { file: 'pairs-12.jsonl', inScope: 45, recall: 0.8 },
    { file: 'pairs-13.jsonl', inScope: 40, recall: 0.75 }, // 60% sanctions
    { file: 'pairs-14.jsonl', inScope: 45, recall: 0.84 },
    { file: 'pairs-15.jsonl', inScope: 50, recall: 0.9 }, // 55% across languages, told from each side
    { file: 'pairs-16.jsonl', inScope: 50, recall: 0.9 }, // follow-ups over days
    { file: 'pairs-17.jsonl', inScope: 48, recall: 0.84 }, // 70% sanctions
    { file: 'pairs-18.jsonl', inScope: 50, recall: 0.9 }, // a desk's week
  ];
  for (const set of SETS) {
    it(`${set.file}: never merges two events, and merges most reports of one event`, () => {
      const outcomes = decidePairs(parsePairs(readFileSync(path.join(dir, set.file), 'utf8')));
      const s = scorePairs(outcomes);
      const wrong = outcomes.filter((o) => o.inScope && !o.same && o.merged).map((o) => `${o.id}: ${o.titles.join(' / ')}`);
      expect(wrong).toEqual([]);
      expect(s.tp + s.fn).toBeGreaterThanOrEqual(set.inScope);
      expect(s.recall, JSON.stringify(s)).toBeGreaterThanOrEqual(set.recall);
    });
  }

  it('refuses a malformed pair file with the line and field', () => {
    expect(() => parsePairs('{"id":"x","same":true,"a":{"lang":"en","title":"t","summary":"s","published":"yesterday"},"b":{}}')).toThrow(/line 1: a\.published/);
  });
});

// Story matching on labelled report pairs written blind to its code (tests/fixtures/stories/): one
// event told by different outlets and languages must merge, different events must not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decidePairs, parsePairs, scorePairs } from '../../src/stories/pairs-eval.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/stories');

describe('story matching on labelled pairs', () => {
  it('pairs-1: never merges two events, and merges most reports of one event', () => {
    const outcomes = decidePairs(parsePairs(readFileSync(path.join(dir, 'pairs-1.jsonl'), 'utf8')));
    const s = scorePairs(outcomes);
    const wrong = outcomes.filter((o) => o.inScope && !o.same && o.merged).map((o) => `${o.id}: ${o.titles.join(' / ')}`);
    expect(wrong).toEqual([]);
    expect(s.tp + s.fn).toBeGreaterThanOrEqual(50);
    expect(s.recall, JSON.stringify(s)).toBeGreaterThanOrEqual(0.7);
  });

  it('pairs-2: never merges two events, and merges most reports of one event', () => {
    const outcomes = decidePairs(parsePairs(readFileSync(path.join(dir, 'pairs-2.jsonl'), 'utf8')));
    const s = scorePairs(outcomes);
    expect(outcomes.filter((o) => o.inScope && !o.same && o.merged).map((o) => o.id)).toEqual([]);
    expect(s.tp + s.fn).toBeGreaterThanOrEqual(40);
    expect(s.recall, JSON.stringify(s)).toBeGreaterThanOrEqual(0.55);
  });

  it('pairs-3 (same-day traps): never merges two events, and merges most reports of one event', () => {
    const outcomes = decidePairs(parsePairs(readFileSync(path.join(dir, 'pairs-3.jsonl'), 'utf8')));
    const s = scorePairs(outcomes);
    expect(outcomes.filter((o) => o.inScope && !o.same && o.merged).map((o) => o.id)).toEqual([]);
    expect(s.tp + s.fn).toBeGreaterThanOrEqual(45);
    expect(s.recall, JSON.stringify(s)).toBeGreaterThanOrEqual(0.7);
  });

  it('pairs-4: never merges two events, and merges most reports of one event', () => {
    const outcomes = decidePairs(parsePairs(readFileSync(path.join(dir, 'pairs-4.jsonl'), 'utf8')));
    const s = scorePairs(outcomes);
    expect(outcomes.filter((o) => o.inScope && !o.same && o.merged).map((o) => o.id)).toEqual([]);
    expect(s.tp + s.fn).toBeGreaterThanOrEqual(40);
    expect(s.recall, JSON.stringify(s)).toBeGreaterThanOrEqual(0.7);
  });

  it('refuses a malformed pair file with the line and field', () => {
    expect(() => parsePairs('{"id":"x","same":true,"a":{"lang":"en","title":"t","summary":"s","published":"yesterday"},"b":{}}')).toThrow(/line 1: a\.published/);
  });
});

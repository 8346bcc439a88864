import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseExamples } from '../../src/classify/eval.js';
import type { Classification, ClassifierInput } from '../../src/core/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('evaluate', () => {
  const fixed = (out: Partial<Classification>) => ({
    classify: (_: ClassifierInput): Classification => ({ topics: [], countries: [], confidence: 0, language: 'en', evidence: [], ...out, actors: out.actors ?? { acting: [], targeted: [] } }),
  });
  const examples = parseExamples(
    [
      '{"id":"a","title":"t","summary":"s","topics":["sanctions"],"countries":["US","RU"]}',
      '{"id":"b","title":"t","summary":"s","topics":[],"countries":[]}',
    ].join('\n'),
  );

  it('computes micro precision / recall / F1 and lists misses', () => {
    const r = evaluate(examples, fixed({ topics: ['sanctions'], countries: ['US', 'FR'] }));
    expect(r.topics).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(r.countries).toMatchObject({ tp: 1, fp: 3, fn: 1 });
    expect(r.misses.map((m) => m.id)).toEqual(['a', 'b']);
    expect(r.misses[0]).toMatchObject({ missingCountries: ['RU'], extraCountries: ['FR'] });
  });

  it('scores a perfect run as 1', () => {
    const r = evaluate(examples.slice(1), fixed({}));
    expect(r.topics.f1).toBe(1);
    expect(r.misses).toEqual([]);
  });

  it('scores action, stage and people only where the file labels them (null = none expected)', () => {
    const labelled = parseExamples(
      [
        '{"id":"a","title":"t","topics":["sanctions"],"countries":[],"action":"lift","stage":"completed"}',
        '{"id":"b","title":"t","topics":["sanctions"],"countries":[],"action":"ease","people":null}',
        '{"id":"c","title":"t","topics":["sanctions"],"countries":[]}',
      ].join('\n'),
    );
    const r = evaluate(labelled, fixed({ topics: ['sanctions'], action: 'lift', stage: 'completed' }));
    expect(r.action).toEqual({ labelled: 2, correct: 1, accuracy: 0.5 });
    expect(r.stage).toEqual({ labelled: 1, correct: 1, accuracy: 1 });
    expect(r.people).toEqual({ labelled: 1, correct: 1, accuracy: 1 });
    expect(r.misses.map((m) => [m.id, m.fieldMisses])).toEqual([['b', ['action: expected ease, got lift']]]);
    expect(() => parseExamples('{"id":"a","title":"t","topics":[],"countries":[],"stage":"done"}')).toThrow(/line 1: stage/);
  });

  it('names the bad line', () => {
    expect(() => parseExamples('{"id":"a","title":"t","topics":[],"countries":[]}\nnot json')).toThrow(/line 2/);
    expect(() => parseExamples('{"id":"a","title":"t","topics":["weather"],"countries":[]}')).toThrow(/line 1/);
  });
});

describe('eval-cli', () => {
  const cli = (file: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/classify/eval-cli.ts'), file], { encoding: 'utf8' });

  it('prints metrics for a good file', () => {
    const r = cli(path.join(repoRoot, 'tests/fixtures/classifier/extra.jsonl'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/topics\s+P [\d.]+\s+R [\d.]+\s+F1/);
  });

  it('prints action/stage/people accuracy for a file that labels them', () => {
    const r = cli(path.join(repoRoot, 'tests/fixtures/classifier/own-actions.jsonl'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/accuracy where labelled: action [\d.]+% \(\d+\/\d+\), stage [\d.]+% \(\d+\/\d+\), people [\d.]+%/);
  });

  it('exits 2 on a missing or malformed file', () => {
    expect(cli('/nonexistent/file.jsonl').status).toBe(2);
    const dir = mkdtempSync(path.join(tmpdir(), 'eval-cli-'));
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":1}\n');
    const r = cli(bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/line 1/);
  });
});

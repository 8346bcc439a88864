// `npm run demo` replays the bundled samples; its briefs must match the samples' labels.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../src/demo.js';
import { REPO_ROOT, run } from './helpers/spawn.js';

interface Label {
  id: string;
  title: string;
  topics: string[];
  countries: string[];
}

const labels: Label[] = readFileSync(`${REPO_ROOT}tests/fixtures/classifier/samples.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

interface Printed {
  type: 'brief' | 'update';
  id: string;
  headline: string;
  topics: string[];
  countries: string[];
  sources: Array<{ title: string }>;
}

describe('demo', () => {
  it('briefs the relevant sample items and none of the look-alikes', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += d));
    const result = await runDemo(out);
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Printed);
    const briefs = lines.filter((l) => l.type === 'brief');

    expect(result.items).toBe(labels.length);
    expect(result.briefs).toBe(briefs.length);
    const relevant = labels.filter((l) => l.topics.length > 0);
    const lookalikes = labels.filter((l) => l.topics.length === 0);
    expect(relevant.length).toBeGreaterThanOrEqual(20);
    expect(lookalikes.length).toBeGreaterThanOrEqual(12);

    // Reports of one event are one story: its brief (or the update printed when it grew) lists them all.
    const reported = new Set(lines.flatMap((l) => [l.headline, ...l.sources.map((s) => s.title)]));
    // No look-alike (UEFA 'sanctions', album 'release', turkey 'pardon', sentencing …) becomes a brief.
    expect(lookalikes.filter((l) => reported.has(l.title)).map((l) => l.title)).toEqual([]);
    // Every real release and sanctions item does, with its labelled topics.
    expect(relevant.filter((l) => !reported.has(l.title)).map((l) => l.title)).toEqual([]);
    for (const b of briefs) {
      const label = labels.find((l) => l.title === b.headline)!;
      expect(b.topics.length, b.headline).toBeGreaterThan(0);
      expect(b.topics.every((t) => label.topics.includes(t)), b.headline).toBe(true);
    }
    // The Belarus–Ukraine pardon, reported in English, Russian and Ukrainian, is one story naming all three countries.
    const pardons = lines.filter((b) => /31/.test(b.headline) && b.countries.includes('BY'));
    expect(new Set(pardons.map((p) => p.id)).size).toBe(1);
    expect(pardons.at(-1)!.sources).toHaveLength(3);
    for (const p of pardons) expect(p.countries).toEqual(expect.arrayContaining(['BY', 'UA']));
  }, 60_000);

  it('runs as `npm run demo` does and exits 0', async () => {
    const p = run('src/demo.ts', [], { LOG_LEVEL: 'warn' });
    expect(await p.exit).toBe(0);
    expect(p.stderr()).toMatch(/demo: 4 sample feeds, \d+ items, \d+ briefs; polling again found 0 new items/);
  }, 60_000);
});

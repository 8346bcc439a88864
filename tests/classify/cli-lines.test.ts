// The classify CLI's line loop: an item the classifier fails on is reported by line and skipped, the
// rest are answered (a rule bug must neither stop the run nor pass as "no topic").
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/cli/classify.js';
import type { Classification } from '../../src/core/types.js';

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('utf8');
}

describe('classifyLines', () => {
  it('reports a classifier failure by line number and goes on', async () => {
    const input = Readable.from([['{"id":1,"title":"fine"}', '{"id":2,"title":"boom"}', '{"id":3,"title":"fine too"}'].join('\n')]);
    const out = new PassThrough();
    const err = new PassThrough();
    const stdout = collect(out);
    const stderr = collect(err);
    const answer: Classification = { topics: [], countries: [], actors: { acting: [], targeted: [] }, confidence: 0, language: 'en', evidence: [] };
    const result = await classifyLines(input, out, err, (i) => {
      if (i.title === 'boom') throw new Error('rule exploded');
      return answer;
    });
    expect(result).toEqual({ ok: 2, bad: 1 });
    expect(stdout().trim().split('\n').map((l) => (JSON.parse(l) as { id: number }).id)).toEqual([1, 3]);
    expect(stderr()).toBe('line 2: the classifier failed (rule exploded)\n');
  });
});

// The classify CLI's line loop: an item the classifier fails on is reported by line and skipped, the
// rest are answered (a rule bug must neither stop the run nor pass as "no topic").
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
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

  it('stops quietly, exit 0, when the reader closes the pipe (`… | head`)', async () => {
    const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli.ts'), 'classify'], { cwd: repoRoot });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    // Far more answers than a pipe buffers, so the writer is still writing when the reader goes.
    child.stdin.on('error', () => {}); // the child may exit before it has read all its input: that is the point
    child.stdin.end(`${JSON.stringify({ id: 1, title: 'Belarus pardons 31 Ukrainians', summary: '' })}\n`.repeat(20_000));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 30_000);
});

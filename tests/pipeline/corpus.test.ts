// Robustness over the shared real-world corpus (~2,700 feed inputs from four feed-parser
// projects' test suites, many deliberately broken): parseFeed may only ever throw
// FeedParseError, must be quick on every file, and must keep finding items in at least as many
// files per folder as it did when the floors below were measured.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../src/core/errors.js';
import { parseFeed } from '../../src/pipeline/parse.js';
import { corpusGroup, corpusInputs } from '../../src/pipeline/corpus-files.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = path.resolve(repoRoot, '../shared/corpus');

/**
 * Files yielding ≥ 1 item per folder, measured with parse.ts (bench/README.md has the other
 * parsers' numbers). Raise a floor when the parser gets better; never lower one to pass.
 * FLOORS counts items as parseFeed returns them; RAW_FLOORS counts entries found including
 * those with no title, summary, link or id (which parseFeed drops), so a structural
 * regression shows up even on the many upstream test files whose entries are empty.
 */
const RAW_FLOORS: Record<string, number> = {
  'feedparser/encoding': 14,
  'feedparser/entities': 3,
  'feedparser/illformed': 12,
  'feedparser/json': 1,
  'feedparser/wellformed': 1161,
  'gofeed/extensions': 4,
  'gofeed/parser': 215,
  'gofeed/translator': 46,
  'node-feedparser': 28,
  'rss-parser': 30,
};
const FLOORS: Record<string, number> = {
  'feedparser/encoding': 10,
  'feedparser/entities': 3,
  'feedparser/illformed': 9,
  'feedparser/json': 1,
  'feedparser/wellformed': 453,
  'gofeed/extensions': 4,
  'gofeed/parser': 92,
  'gofeed/translator': 26,
  'node-feedparser': 28,
  'rss-parser': 29,
};

/** Per-file bound; the slowest corpus file takes a few ms, so this only catches hangs/blow-ups. */
const MAX_MS_PER_FILE = 2000;

describe('parseFeed over the shared corpus', () => {
  it('throws only FeedParseError, stays fast, and keeps its per-folder yield', { timeout: 60_000 }, () => {
    const files = corpusInputs(CORPUS);
    expect(files.length).toBeGreaterThan(2500);

    const stats = new Map<string, { files: number; withItems: number; withEntries: number; rejected: number }>();
    const wrongErrors: string[] = [];
    const slow: string[] = [];
    let slowest = { ms: 0, file: '' };
    // (each file is parsed twice: as returned, and keeping empty entries; the time bound is for both)
    const t0 = performance.now();
    for (const file of files) {
      const body = new Uint8Array(readFileSync(file));
      const group = corpusGroup(CORPUS, file);
      const s = stats.get(group) ?? { files: 0, withItems: 0, withEntries: 0, rejected: 0 };
      stats.set(group, s);
      s.files++;
      const start = performance.now();
      try {
        const feed = parseFeed(body);
        if (feed.items.length > 0) s.withItems++;
        if (parseFeed(body, undefined, { keepEmptyItems: true }).items.length > 0) s.withEntries++;
        for (const item of feed.items) {
          // Shape checks that would break the pipeline further on.
          if (typeof item.title !== 'string' || typeof item.summary !== 'string') wrongErrors.push(`${file}: bad item shape`);
          if (item.publishedAt && Number.isNaN(item.publishedAt.getTime())) wrongErrors.push(`${file}: invalid date`);
          if (item.summary.length > 4000) wrongErrors.push(`${file}: summary not capped`);
        }
      } catch (err) {
        if (err instanceof FeedParseError) s.rejected++;
        else wrongErrors.push(`${path.relative(CORPUS, file)}: ${String(err)}`);
      }
      const ms = performance.now() - start;
      if (ms > slowest.ms) slowest = { ms, file };
      if (ms > MAX_MS_PER_FILE) slow.push(`${path.relative(CORPUS, file)} (${ms.toFixed(0)} ms)`);
    }
    const totalMs = performance.now() - t0;

    const rows = [...stats].sort(([a], [b]) => a.localeCompare(b));
    console.log(
      [
        `corpus: ${files.length} files in ${totalMs.toFixed(0)} ms; slowest ${slowest.ms.toFixed(1)} ms (${path.relative(CORPUS, slowest.file)})`,
        ...rows.map(
          ([g, s]) =>
            `  ${g.padEnd(22)} ${String(s.files).padStart(5)} files  ${String(s.withItems).padStart(5)} with items (floor ${FLOORS[g] ?? '—'})` +
            `  ${String(s.withEntries).padStart(5)} with entries incl. empty (floor ${RAW_FLOORS[g] ?? '—'})  ${s.rejected} rejected`,
        ),
      ].join('\n'),
    );

    expect(wrongErrors).toEqual([]);
    expect(slow).toEqual([]);
    for (const [group, s] of rows) {
      expect(FLOORS, `no floor measured for new folder ${group}`).toHaveProperty([group]);
      expect(s.withItems, `files with items in ${group}`).toBeGreaterThanOrEqual(FLOORS[group] ?? Infinity);
      expect(s.withEntries, `files with entries in ${group}`).toBeGreaterThanOrEqual(RAW_FLOORS[group] ?? Infinity);
    }
  });
});

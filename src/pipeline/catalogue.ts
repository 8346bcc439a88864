// The feed catalogue file (YAML; JSON is read by the same parser) → validated FeedDefinitions.
// Every problem is reported at once, each naming the file, the place in it and its line, so a
// typo in one entry never hides another and never silently drops a key.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { scrubSecrets } from '../core/secrets.js';
import type { FeedDefinition } from '../core/types.js';

/**
 * feeds/catalogue.yaml of this checkout, found from this module's location (so it does not depend
 * on the working directory): the nearest ancestor folder holding feeds/catalogue.yaml, which is
 * two levels up from src/pipeline/ and three from a build under dist/src/pipeline/.
 */
export const DEFAULT_CATALOGUE_PATH: string = findUp(
  dirname(fileURLToPath(import.meta.url)),
  join('feeds', 'catalogue.yaml'),
) ?? fileURLToPath(new URL('../../feeds/catalogue.yaml', import.meta.url));

function findUp(from: string, relative: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

const KEYS = ['id', 'name', 'url', 'language', 'tags', 'interval_seconds'] as const;
/** Common slips, answered with a "did you mean" hint. */
const ALIASES: Record<string, (typeof KEYS)[number]> = {
  link: 'url',
  href: 'url',
  feed: 'url',
  feed_url: 'url',
  title: 'name',
  lang: 'language',
  tag: 'tags',
  interval: 'interval_seconds',
  poll_interval: 'interval_seconds',
  poll_interval_seconds: 'interval_seconds',
};
const MAX_INTERVAL_SECONDS = 7 * 24 * 3600;

const text = (what: string) =>
  z.string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be ${what}`) }).trim();

const httpUrl = text('an http(s) URL').superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: `must be an http(s) URL, got ${quote(scrubSecrets(value))}` });
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    ctx.addIssue({ code: 'custom', message: `must be an http(s) URL, not ${url.protocol}` });
  } else if (url.username || url.password) {
    ctx.addIssue({ code: 'custom', message: 'must not contain a user name or password (user:pass@)' });
  } else if (!url.hostname) {
    ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL with a host name' });
  }
});

const intervalMessage = 'must be a positive integer (seconds between polls)';

const feedSchema = z.strictObject({
  id: text('text').pipe(
    z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug of lower-case letters, digits and hyphens, e.g. 'bbc-world'")
      .max(64, 'must be at most 64 characters'),
  ),
  name: text('text').pipe(z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters')),
  url: httpUrl,
  language: text('text')
    .toLowerCase()
    .pipe(z.string().regex(/^[a-z]{2,3}$/, 'must be a 2–3 letter language code such as en, ru, uk, be'))
    .optional(),
  tags: z
    .array(text('text').pipe(z.string().min(1, 'must not be empty')), {
      error: (iss) => (iss.code === 'invalid_type' ? 'must be a list, e.g. [world, sanctions]' : undefined),
    })
    .default([]),
  interval_seconds: z
    .number({ error: intervalMessage })
    .int({ error: intervalMessage })
    .positive({ error: intervalMessage })
    .max(MAX_INTERVAL_SECONDS, `must be at most ${MAX_INTERVAL_SECONDS} (one week)`)
    .optional(),
});

type Path = Array<string | number>;

/**
 * Reads and validates a feed catalogue. The file holds `feeds:` with a list of entries (or just
 * the list); keys are snake_case (`interval_seconds`). Throws ConfigError listing every problem.
 */
export async function loadCatalogue(filePath: string): Promise<FeedDefinition[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code ? `${e.code}: ${e.message.split(',')[0]?.replace(/^\w+: /, '') ?? ''}` : e.message;
    throw new ConfigError([`cannot read feeds file ${filePath}: ${why}`]);
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigError([`${filePath}: is not valid UTF-8 text`]);
  }
  return parseCatalogue(source, filePath);
}

/** Validates catalogue text; `label` names the source in problems (usually the file path). */
export function parseCatalogue(source: string, label: string): FeedDefinition[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => {
        const at = e.linePos?.[0];
        const what = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
        return `${label}: YAML syntax error${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${what}`;
      }),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new ConfigError([`${label}: ${err instanceof Error ? err.message : String(err)}`]);
  }

  const found: Array<{ line: number; text: string }> = [];
  const report = (path: Path, message: string, key?: string) => {
    const line = lineOf(doc, lineCounter, path, key);
    const where = path.length > 0 ? `${formatPath(path)}: ` : '';
    found.push({ line: line ?? 0, text: `${label}: ${where}${message}${line !== undefined ? ` (line ${line})` : ''}` });
  };
  // In file order, so the list reads top to bottom like the file.
  const problems = () => [...found].sort((a, b) => a.line - b.line).map((p) => p.text);

  let entries: unknown[];
  let base: Path;
  if (Array.isArray(data)) {
    entries = data;
    base = [];
  } else if (isPlainObject(data)) {
    for (const key of Object.keys(data)) {
      if (key === 'feeds') continue;
      const hint = editDistance(key.toLowerCase(), 'feeds') <= 2 ? " — did you mean 'feeds'?" : '';
      report([], `unknown top-level key ${quote(key)}${hint}; only 'feeds' is allowed`, key);
    }
    if (!('feeds' in data)) {
      report([], "missing the 'feeds:' list of feeds (each with id, name and url)");
    } else if (!Array.isArray(data.feeds)) {
      report(['feeds'], `must be a list of feeds (each with id, name and url); found ${describe(data.feeds)}`);
    }
    if (!Array.isArray(data.feeds)) throw new ConfigError(problems());
    entries = data.feeds;
    base = ['feeds'];
  } else {
    const what = data === null || data === undefined ? 'the file is empty' : `found ${describe(data)}`;
    report([], `expected a 'feeds:' list of feeds (each with id, name and url); ${what}`);
    throw new ConfigError(problems());
  }

  const feeds: FeedDefinition[] = [];
  const firstById = new Map<string, number>();
  const firstByUrl = new Map<string, number>();
  entries.forEach((entry, index) => {
    const at: Path = [...base, index];
    if (!isPlainObject(entry)) {
      report(at, `must be a mapping with id, name and url; found ${describe(entry)}`);
      return;
    }
    const parsed = feedSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path: Path = [...at, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) report(path, unknownKeyMessage(key), key);
        } else {
          report(path, issue.message);
        }
      }
    }
    // Cross-entry checks use the raw values so a duplicate is found even in an otherwise bad entry.
    const id = typeof entry.id === 'string' ? entry.id.trim() : undefined;
    if (id) {
      const first = firstById.get(id);
      if (first === undefined) firstById.set(id, index);
      else report([...at, 'id'], `duplicate id ${quote(id)} (also ${formatPath([...base, first])})`);
    }
    const url = typeof entry.url === 'string' ? canonicalUrl(entry.url) : undefined;
    if (url) {
      const first = firstByUrl.get(url);
      if (first === undefined) firstByUrl.set(url, index);
      else report([...at, 'url'], `same URL as ${formatPath([...base, first])}; each feed is polled once`);
    }
    if (parsed.success) {
      const f = parsed.data;
      feeds.push({
        id: f.id,
        name: f.name,
        url: f.url,
        ...(f.language !== undefined && { language: f.language }),
        tags: [...new Set(f.tags)],
        ...(f.interval_seconds !== undefined && { intervalSeconds: f.interval_seconds }),
      });
    }
  });

  if (found.length > 0) throw new ConfigError(problems());
  return feeds;
}

function unknownKeyMessage(key: string): string {
  const snake = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/-/g, '_');
  const close = (k: string) => editDistance(k, snake) <= Math.min(2, Math.floor(k.length / 3));
  const guess =
    (KEYS as readonly string[]).find((k) => k === snake) ??
    ALIASES[snake] ??
    KEYS.find(close) ??
    Object.entries(ALIASES).find(([alias]) => close(alias))?.[1];
  const known = `known keys: ${KEYS.join(', ')}`;
  return `unknown key ${quote(key)}${guess ? ` — did you mean '${guess}'?` : ''} (${known})`;
}

/** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

function canonicalUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** ['feeds', 3, 'url'] → "feeds[3].url"; [3, 'url'] → "[3].url". */
function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** 1-based line of the node at `path` (or of `key` inside it), falling back to the nearest existing parent. */
function lineOf(doc: Document, counter: LineCounter, path: Path, key?: string): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (!isNode(node) || !node.range) continue;
    if (key !== undefined && n === path.length && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (pair && isNode(pair.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
    }
    return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${quote(String(value))}`;
}

function quote(value: string): string {
  const short = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return `'${short}'`;
}

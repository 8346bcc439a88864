import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { DEFAULT_CATALOGUE_PATH, loadCatalogue } from '../../src/pipeline/catalogue.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/catalogue/', import.meta.url));
const SAMPLES = join(ROOT, 'feeds', 'samples');

/** Loads a catalogue that must fail and returns its problems. */
async function problemsOf(file: string): Promise<string[]> {
  const err: unknown = await loadCatalogue(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  return (err as ConfigError).problems;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-catalogue-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a throw-away catalogue file and returns its path. */
async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const entry = (extra = '') =>
  `feeds:\n  - id: bbc-world\n    name: BBC News — World\n    url: https://feeds.bbci.co.uk/news/world/rss.xml\n${extra}`;

describe('the shipped catalogue', () => {
  it('is found from the module location, whatever the working directory', () => {
    expect(isAbsolute(DEFAULT_CATALOGUE_PATH)).toBe(true);
    expect(DEFAULT_CATALOGUE_PATH).toBe(join(ROOT, 'feeds', 'catalogue.yaml'));
    // The same from a process started elsewhere.
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const module = pathToFileURL(join(ROOT, 'src/pipeline/catalogue.ts')).href;
    const printed = execFileSync(
      process.execPath,
      ['--import', tsx, '--input-type=module', '-e', `import { DEFAULT_CATALOGUE_PATH as p } from '${module}'; console.log(p);`],
      { cwd: tmpdir(), encoding: 'utf8' },
    );
    expect(printed.trim()).toBe(DEFAULT_CATALOGUE_PATH);
  });

  it('loads, is valid and covers the desk languages', async () => {
    const feeds = await loadCatalogue(DEFAULT_CATALOGUE_PATH);
    expect(feeds.length).toBeGreaterThanOrEqual(20);
    expect(new Set(feeds.map((f) => f.id)).size).toBe(feeds.length);
    expect(new Set(feeds.map((f) => f.url)).size).toBe(feeds.length);
    const languages = new Set(feeds.map((f) => f.language));
    for (const lang of ['en', 'ru', 'uk']) expect(languages).toContain(lang);
    for (const f of feeds) {
      expect(f.url).toMatch(/^https:\/\//);
      expect(f.language).toMatch(/^[a-z]{2,3}$/);
      expect(f.tags.length).toBeGreaterThan(0);
    }
    // Official sanctions sources are part of the default set.
    expect(feeds.filter((f) => f.tags.includes('sanctions') && f.tags.includes('official')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the sample catalogue', () => {
  it('lists the sample files under /samples/ on 127.0.0.1, one feed per file', async () => {
    const feeds = await loadCatalogue(join(SAMPLES, 'feeds.yaml'));
    expect(feeds.length).toBeGreaterThanOrEqual(4);
    for (const f of feeds) {
      const url = new URL(f.url);
      expect(url.hostname).toBe('127.0.0.1');
      expect(url.pathname).toMatch(/^\/samples\/[^/]+$/);
      expect(existsSync(join(SAMPLES, basename(url.pathname)))).toBe(true);
    }
  });

  it('has a label in tests/fixtures/classifier/samples.jsonl for every sample item, and nothing else', () => {
    const labels = readFileSync(join(ROOT, 'tests/fixtures/classifier/samples.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; lang: string; topics: string[]; countries: string[] });
    const ids: string[] = [];
    const rss = (name: string, encoding = 'utf-8') =>
      new TextDecoder(encoding).decode(readFileSync(join(SAMPLES, name)));
    for (const text of [rss('wire-world.xml'), rss('ru-vestnik.xml', 'windows-1251')]) {
      ids.push(...[...text.matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1] ?? ''));
    }
    ids.push(...[...rss('sanctions-notices.atom').matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1] ?? ''));
    const json = JSON.parse(rss('ua-dyplomat.json')) as { items: Array<{ id: string }> };
    ids.push(...json.items.map((i) => i.id));

    expect(ids.length).toBeGreaterThanOrEqual(36);
    expect(labels.map((l) => l.id).sort()).toEqual([...ids].sort());
    for (const l of labels) {
      expect(['en', 'ru', 'uk']).toContain(l.lang);
      for (const t of l.topics) expect(['prisoner_release', 'sanctions']).toContain(t);
      for (const c of l.countries) expect(c).toMatch(/^[A-Z]{2}$/);
    }
  });
});

describe('loadCatalogue: valid files', () => {
  it('maps snake_case to FeedDefinition and applies defaults', async () => {
    const feeds = await loadCatalogue(join(FIXTURES, 'valid.yaml'));
    expect(feeds).toEqual([
      {
        id: 'bbc-world',
        name: 'BBC News — World',
        url: 'https://feeds.bbci.co.uk/news/world/rss.xml',
        language: 'en',
        tags: ['world', 'sanctions'],
        intervalSeconds: 600,
      },
      { id: 'meduza', name: 'Медуза', url: 'https://meduza.io/rss/all', tags: [] },
    ]);
    expect(feeds[1]).not.toHaveProperty('intervalSeconds');
    expect(feeds[1]).not.toHaveProperty('language');
  });

  it('accepts a bare list at the top level', async () => {
    const feeds = await loadCatalogue(join(FIXTURES, 'bare-list.yaml'));
    expect(feeds.map((f) => [f.id, f.language])).toEqual([
      ['un-news-en', 'en'],
      ['un-news-ru', 'ru'],
    ]);
  });

  it('reads a JSON file with the same parser (tab indentation included)', async () => {
    const feeds = await loadCatalogue(join(FIXTURES, 'valid.json'));
    expect(feeds).toEqual([
      {
        id: 'radiosvoboda-uk',
        name: 'Радіо Свобода',
        url: 'https://www.radiosvoboda.org/api/zrqiteuuir',
        language: 'uk',
        tags: ['rferl', 'ukraine'],
        intervalSeconds: 900,
      },
      {
        id: 'ofac-recent-actions',
        name: 'OFAC — Recent Actions',
        url: 'https://ofac.treasury.gov/system/files/126/ofac.xml',
        tags: [],
      },
    ]);
  });

  it('accepts an empty feeds list and a byte-order mark', async () => {
    expect(await loadCatalogue(await file('empty-list.yaml', 'feeds: []\n'))).toEqual([]);
    expect(await loadCatalogue(await file('bom.yaml', `\uFEFF${entry()}`))).toHaveLength(1);
  });
});

describe('loadCatalogue: every problem names the file and the place', () => {
  it('an unreadable file', async () => {
    const missing = join(dir, 'nope.yaml');
    expect(await problemsOf(missing)).toEqual([`cannot read feeds file ${missing}: ENOENT: no such file or directory`]);
    expect((await problemsOf(dir))[0]).toMatch(/^cannot read feeds file .*: EISDIR/);
  });

  it('a file that is not UTF-8', async () => {
    const path = join(dir, 'latin1.yaml');
    await writeFile(path, Buffer.from([...Buffer.from(entry()), 0xe9, 0x0a]));
    expect(await problemsOf(path)).toEqual([`${path}: is not valid UTF-8 text`]);
  });

  it('a YAML syntax error, with its line and column', async () => {
    const path = join(FIXTURES, 'syntax-error.yaml');
    const problems = await problemsOf(path);
    expect(problems.length).toBeGreaterThanOrEqual(1);
    expect(problems[0]).toMatch(new RegExp(`^${escapeRe(path)}: YAML syntax error at line \\d+, column \\d+: \\S`));
  });

  it('a duplicate key is a syntax error, not a silent overwrite', async () => {
    const path = await file('dup-key.yaml', entry('    url: https://example.org/other.xml\n'));
    expect(await problemsOf(path)).toEqual([`${path}: YAML syntax error at line 5, column 5: Map keys must be unique`]);
  });

  it('a URL that is not http(s), not a URL, or carries credentials (never echoed)', async () => {
    const path = await file(
      'urls.yaml',
      [
        'feeds:',
        '  - { id: a, name: A, url: "ftp://example.org/feed.xml" }',
        '  - { id: b, name: B, url: "not a url" }',
        '  - { id: c, name: C, url: "https://editor:hunter2@example.org/feed.xml" }',
        '  - { id: d, name: D, url: "javascript:alert(1)" }',
        '',
      ].join('\n'),
    );
    const problems = await problemsOf(path);
    expect(problems).toEqual([
      `${path}: feeds[0].url: must be an http(s) URL, not ftp: (line 2)`,
      `${path}: feeds[1].url: must be an http(s) URL, got 'not a url' (line 3)`,
      `${path}: feeds[2].url: must not contain a user name or password (user:pass@) (line 4)`,
      `${path}: feeds[3].url: must be an http(s) URL, not javascript: (line 5)`,
    ]);
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('a duplicate id names both entries', async () => {
    const path = await file(
      'dup-id.yaml',
      `${entry()}  - id: meduza\n    name: Meduza\n    url: https://meduza.io/rss/all\n  - id: bbc-world\n    name: BBC again\n    url: https://feeds.bbci.co.uk/russian/rss.xml\n`,
    );
    expect(await problemsOf(path)).toEqual([`${path}: feeds[2].id: duplicate id 'bbc-world' (also feeds[0]) (line 8)`]);
  });

  it('the same URL twice', async () => {
    const path = await file('dup-url.yaml', `${entry()}  - id: bbc-again\n    name: Again\n    url: https://feeds.bbci.co.uk/news/world/rss.xml\n`);
    expect(await problemsOf(path)).toEqual([`${path}: feeds[1].url: same URL as feeds[0]; each feed is polled once (line 7)`]);
  });

  it.each([['0'], ['-5'], ['1.5'], ['"300"'], ['five minutes']])('interval_seconds: %s', async (value) => {
    const path = await file('interval.yaml', entry(`    interval_seconds: ${value}\n`));
    expect(await problemsOf(path)).toEqual([
      `${path}: feeds[0].interval_seconds: must be a positive integer (seconds between polls) (line 5)`,
    ]);
  });

  it('an unknown key, with a suggestion when it looks like a typo', async () => {
    const path = await file('unknown.yaml', entry('    intervalSeconds: 300\n    lang: en\n    colour: red\n'));
    const problems = await problemsOf(path);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      `${path}: feeds[0]: unknown key 'intervalSeconds' — did you mean 'interval_seconds'? (known keys: id, name, url, language, tags, interval_seconds) (line 5)`,
    );
    expect(problems[1]).toContain("feeds[0]: unknown key 'lang' — did you mean 'language'?");
    expect(problems[1]).toMatch(/\(line 6\)$/);
    expect(problems[2]).toContain("feeds[0]: unknown key 'colour' (known keys:");
  });

  it('an unknown top-level key', async () => {
    const path = await file('top.yaml', `${entry()}feed:\n  - id: x\n`);
    expect(await problemsOf(path)).toEqual([
      `${path}: unknown top-level key 'feed' — did you mean 'feeds'?; only 'feeds' is allowed (line 5)`,
    ]);
  });

  it('missing and malformed fields', async () => {
    const path = await file(
      'fields.yaml',
      [
        'feeds:',
        '  - name: ""',
        '    language: english',
        '    tags: world',
        '  - id: Bad_Id',
        '    name: 42',
        '    url: https://example.org/feed.xml',
        '    tags: [ok, 7]',
        '  - just a string',
        '',
      ].join('\n'),
    );
    expect(await problemsOf(path)).toEqual([
      `${path}: feeds[0].id: is required (line 2)`,
      `${path}: feeds[0].name: must not be empty (line 2)`,
      `${path}: feeds[0].url: is required (line 2)`,
      `${path}: feeds[0].language: must be a 2–3 letter language code such as en, ru, uk, be (line 3)`,
      `${path}: feeds[0].tags: must be a list, e.g. [world, sanctions] (line 4)`,
      `${path}: feeds[1].id: must be a slug of lower-case letters, digits and hyphens, e.g. 'bbc-world' (line 5)`,
      `${path}: feeds[1].name: must be text (line 6)`,
      `${path}: feeds[1].tags[1]: must be text (line 8)`,
      `${path}: feeds[2]: must be a mapping with id, name and url; found string 'just a string' (line 9)`,
    ]);
  });

  it.each([
    ['an empty file', '', "expected a 'feeds:' list of feeds (each with id, name and url); the file is empty"],
    ['a scalar', 'hello\n', "expected a 'feeds:' list of feeds (each with id, name and url); found string 'hello' (line 1)"],
    ['feeds that is not a list', 'feeds: bbc\n', "feeds: must be a list of feeds (each with id, name and url); found string 'bbc' (line 1)"],
    ['feeds left empty', 'feeds:\n', 'feeds: must be a list of feeds (each with id, name and url); found nothing'],
    ['no feeds key', 'sources: []\n', "missing the 'feeds:' list of feeds"],
  ])('the wrong shape: %s', async (_what, text, expected) => {
    const path = await file('shape.yaml', text);
    const problems = await problemsOf(path);
    expect(problems.some((p) => p.startsWith(`${path}: `) && p.includes(expected))).toBe(true);
  });

  it('reports all problems at once, in file order', async () => {
    const path = join(FIXTURES, 'many-problems.yaml');
    const err = await loadCatalogue(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems;
    expect(problems).toEqual([
      `${path}: feeds[1].url: must be an http(s) URL, not ftp: (line 7)`,
      `${path}: feeds[1]: unknown key 'intervalSeconds' — did you mean 'interval_seconds'? (known keys: id, name, url, language, tags, interval_seconds) (line 8)`,
      `${path}: feeds[2].interval_seconds: must be a positive integer (seconds between polls) (line 12)`,
      `${path}: feeds[3].id: duplicate id 'bbc-world' (also feeds[0]) (line 13)`,
      `${path}: feeds[3].language: must be a 2–3 letter language code such as en, ru, uk, be (line 16)`,
      `${path}: feeds[4].id: is required (line 17)`,
      `${path}: feeds[4].url: is required (line 17)`,
    ]);
    // The error message shows every problem too, one per line.
    for (const p of problems) expect((err as Error).message).toContain(p);
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

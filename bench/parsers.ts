// Feed-parser benchmark: speed and real-world robustness of the candidate parsers and of our
// own src/pipeline/parse.ts, over the shared corpus and synthetic feeds.
//
//   npx tsx bench/parsers.ts            (full run, ~1-2 minutes on 2 cores)
//   BENCH_QUICK=1 npx tsx bench/parsers.ts   (fewer repetitions)
//
// Every parser gets the same decoded string (our decodeFeedBytes; not timed), except parse.ts,
// which takes the bytes and so also pays for decoding. rss-parser's parseString is async and is
// awaited per call. Times are medians of interleaved rounds in one process, so drift in a noisy
// machine hits every parser alike; ratios are to rss-parser.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseFeed as rowanParse } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { parseFeed as feedsmithParse } from 'feedsmith';
import { parseFeed as htmlparser2Parse } from 'htmlparser2';
import RssParser from 'rss-parser';
import { decodeFeedBytes } from '../src/pipeline/decode.js';
import { parseFeed as attacheParse } from '../src/pipeline/parse.js';
import { corpusGroup, corpusInputs } from '../src/pipeline/corpus-files.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.resolve(here, '../../shared/corpus');
const QUICK = process.env.BENCH_QUICK === '1';

// ---- Corpus ----------------------------------------------------------------------------------

// ---- Candidates ------------------------------------------------------------------------------

interface Candidate {
  name: string;
  /** Items found; may throw. */
  run: (text: string, bytes: Uint8Array) => number | Promise<number>;
}

const rss = new RssParser();
const fxp = new XMLParser({
  ignoreAttributes: false,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'entry',
});

type Obj = Record<string, unknown>;
function fxpCount(text: string): number {
  if (/^\s*[{[]/.test(text)) {
    const items = (JSON.parse(text) as Obj).items;
    return Array.isArray(items) ? items.length : 0;
  }
  const doc = fxp.parse(text) as Obj;
  const rssRoot = (doc.rss ?? doc['rdf:RDF'] ?? doc.RDF) as Obj | undefined;
  const channel = rssRoot?.channel as Obj | undefined;
  const items = [...((rssRoot?.item as unknown[]) ?? []), ...((channel?.item as unknown[]) ?? [])];
  const feed = doc.feed as Obj | undefined;
  return items.length + ((feed?.entry as unknown[]) ?? []).length;
}

const candidates: Candidate[] = [
  { name: 'rss-parser', run: async (t) => (await rss.parseString(t)).items.length },
  {
    name: 'feedsmith',
    run: (t) => {
      const { feed } = feedsmithParse(t) as { feed: { items?: unknown[]; entries?: unknown[] } };
      return (feed.items ?? feed.entries ?? []).length;
    },
  },
  { name: 'fast-xml-parser', run: (t) => fxpCount(t) },
  { name: 'htmlparser2 parseFeed', run: (t) => htmlparser2Parse(t)?.items.length ?? 0 },
  { name: '@rowanmanning/feed-parser', run: (t) => rowanParse(t).items.length },
  { name: 'attache parse.ts', run: (_t, b) => attacheParse(b).items.length },
  { name: 'attache, strict-first', run: (_t, b) => attacheParse(b, undefined, { strategy: 'strict-first' }).items.length },
  { name: 'attache, keep empty items', run: (_t, b) => attacheParse(b, undefined, { keepEmptyItems: true }).items.length },
];

// ---- Synthetic feeds -------------------------------------------------------------------------

function syntheticFeed(items: number): string {
  const body = (i: number) =>
    `&lt;p&gt;Officials said on Tuesday that ${i} detainees were released in an exchange brokered ` +
    `by third-country mediators, after months of talks. &lt;a href="https://example.org/a/${i}"&gt;Read more&lt;/a&gt;` +
    ` The agreement, which also covers the lifting of some sanctions on banks and exporters, ` +
    `was welcomed by the foreign ministry. &lt;/p&gt;&lt;p&gt;Further details were not immediately available; ` +
    `the statement said the process would continue &amp;amp; be monitored by observers.&lt;/p&gt;` +
    `&lt;p&gt;Diplomats from both sides described the talks as difficult but constructive, and said a ` +
    `further round was planned for next month in a neutral capital.&lt;/p&gt;`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '<channel><title>Synthetic wire</title><link>https://example.org/</link><language>en</language>',
    '<description>Synthetic benchmark feed</description>',
  ];
  for (let i = 0; i < items; i++) {
    const d = new Date(Date.UTC(2026, 0, 1, 0, i)).toUTCString();
    out.push(
      `<item><title>Prisoner exchange number ${i} agreed between capitals</title>` +
        `<link>https://example.org/news/${i}?utm_source=rss&amp;utm_medium=feed</link>` +
        `<guid isPermaLink="false">urn:example:${i}</guid><pubDate>${d}</pubDate>` +
        `<dc:creator>Desk ${i % 7}</dc:creator><category>World</category><category>Diplomacy</category>` +
        `<comments>https://example.org/news/${i}#comments</comments>` +
        `<description>${body(i)}</description></item>`,
    );
  }
  out.push('</channel></rss>');
  return out.join('\n');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>lol</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;

// ---- Measuring -------------------------------------------------------------------------------

const enc = new TextEncoder();

interface Input {
  text: string;
  bytes: Uint8Array;
}
function input(text: string): Input {
  return { text, bytes: enc.encode(text) };
}

async function timeOnce(c: Candidate, i: Input): Promise<number> {
  const t0 = performance.now();
  try {
    await c.run(i.text, i.bytes);
  } catch {
    // failures are counted elsewhere; a throwing parse still costs time
  }
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

/** Median time per candidate over interleaved rounds. */
async function race(inputs: Input[], rounds: number, warmup: number): Promise<Map<string, number>> {
  const samples = new Map<string, number[]>(candidates.map((c) => [c.name, []]));
  for (let r = 0; r < warmup + rounds; r++) {
    for (const c of candidates) {
      let total = 0;
      for (const i of inputs) total += await timeOnce(c, i);
      if (r >= warmup) samples.get(c.name)?.push(total);
    }
  }
  return new Map([...samples].map(([k, v]) => [k, median(v)]));
}

async function outcome(c: Candidate, i: Input): Promise<{ items: number; error?: string; ms: number }> {
  const t0 = performance.now();
  try {
    const items = await c.run(i.text, i.bytes);
    return { items, ms: performance.now() - t0 };
  } catch (err) {
    const e = err as Error;
    return { items: 0, error: `${e?.constructor?.name ?? typeof err}: ${String(e?.message ?? err).slice(0, 80)}`, ms: performance.now() - t0 };
  }
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

async function main(): Promise<void> {
  const files = corpusInputs(CORPUS);
  const corpus = files.map((f) => {
    const bytes = new Uint8Array(readFileSync(f));
    return { file: f, group: corpusGroup(CORPUS, f), bytes, text: decodeFeedBytes(bytes) };
  });
  const groups = [...new Set(corpus.map((c) => c.group))].sort();
  console.log(`corpus: ${corpus.length} input files in ${groups.length} folders (${CORPUS})`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);

  // Yield, failures and slow files, one pass per candidate.
  const yieldBy = new Map<string, Map<string, number>>();
  const failures = new Map<string, { throws: number; typeErrors: number; slow: string[]; examples: string[] }>();
  for (const c of candidates) {
    const perGroup = new Map<string, number>(groups.map((g) => [g, 0]));
    const f = { throws: 0, typeErrors: 0, slow: [] as string[], examples: [] as string[] };
    for (const item of corpus) {
      const o = await outcome(c, item);
      if (o.items > 0) perGroup.set(item.group, (perGroup.get(item.group) ?? 0) + 1);
      if (o.error) {
        f.throws++;
        if (/^(TypeError|RangeError|ReferenceError)/.test(o.error)) {
          f.typeErrors++;
          if (f.examples.length < 3) f.examples.push(`${path.relative(CORPUS, item.file)} → ${o.error}`);
        }
      }
      if (o.ms > 1000) f.slow.push(`${path.relative(CORPUS, item.file)} (${fmt(o.ms)} ms)`);
    }
    yieldBy.set(c.name, perGroup);
    failures.set(c.name, f);
  }

  // Robustness probes on synthetic input.
  const synthetic50 = syntheticFeed(50);
  const bareAmp = synthetic50.replace('Prisoner exchange number 3 ', 'Prisoner exchange number 3 & swap ');
  const cut = synthetic50.slice(0, Math.floor(synthetic50.length * 0.6));
  const probes: [string, Input][] = [
    ['bare &', input(bareAmp)],
    ['cut at 60%', input(cut)],
    ['billion laughs', input(BILLION_LAUGHS)],
  ];
  const probeResults = new Map<string, string[]>();
  for (const c of candidates) {
    const cells: string[] = [];
    for (const [, p] of probes) {
      const o = await outcome(c, p);
      cells.push(o.error ? `throws (${fmt(o.ms)} ms)` : `${o.items} items (${fmt(o.ms)} ms)`);
    }
    probeResults.set(c.name, cells);
  }

  // Speed.
  const s50 = input(synthetic50);
  const t50 = await race([s50], QUICK ? 15 : 60, QUICK ? 5 : 20);
  const s2000 = input(syntheticFeed(2000));
  const t2000 = await race([s2000], QUICK ? 3 : 7, 1);
  const tCorpus = await race(corpus, QUICK ? 1 : 3, 1);

  const base50 = t50.get('rss-parser') ?? NaN;
  const base2000 = t2000.get('rss-parser') ?? NaN;
  const baseCorpus = tCorpus.get('rss-parser') ?? NaN;

  console.log(`\n### Speed (median of interleaved rounds; ratio to rss-parser, lower is faster)\n`);
  console.log(`synthetic 50 items = ${(s50.bytes.length / 1024).toFixed(0)} KB; 2,000 items = ${(s2000.bytes.length / 1024 / 1024).toFixed(1)} MB; corpus pass = all ${corpus.length} files\n`);
  console.log('| parser | 50 items (ms) | ratio | 2,000 items (ms) | ratio | corpus pass (ms) | ratio |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const c of candidates) {
    const a = t50.get(c.name) ?? NaN;
    const b = t2000.get(c.name) ?? NaN;
    const d = tCorpus.get(c.name) ?? NaN;
    console.log(`| ${c.name} | ${fmt(a)} | ${(a / base50).toFixed(2)} | ${fmt(b)} | ${(b / base2000).toFixed(2)} | ${fmt(d)} | ${(d / baseCorpus).toFixed(2)} |`);
  }

  console.log(`\n### Corpus files yielding ≥ 1 item, per folder\n`);
  const counts = new Map(groups.map((g) => [g, corpus.filter((c) => c.group === g).length]));
  console.log(`| folder (files) | ${candidates.map((c) => c.name).join(' | ')} |`);
  console.log(`|---|${candidates.map(() => '---:').join('|')}|`);
  for (const g of groups) {
    console.log(`| ${g} (${counts.get(g)}) | ${candidates.map((c) => yieldBy.get(c.name)?.get(g) ?? 0).join(' | ')} |`);
  }
  const totals = candidates.map((c) => [...(yieldBy.get(c.name)?.values() ?? [])].reduce((x, y) => x + y, 0));
  console.log(`| **total (${corpus.length})** | ${totals.map((t) => `**${t}**`).join(' | ')} |`);

  console.log(`\n### Failures on the corpus\n`);
  console.log('| parser | throws | of which TypeError/RangeError (bugs) | files > 1 s |');
  console.log('|---|---:|---:|---|');
  for (const c of candidates) {
    const f = failures.get(c.name);
    if (!f) continue;
    console.log(`| ${c.name} | ${f.throws} | ${f.typeErrors} | ${f.slow.length ? f.slow.join(', ') : 'none'} |`);
  }
  for (const c of candidates) {
    const f = failures.get(c.name);
    if (f?.examples.length) console.log(`  ${c.name} e.g.: ${f.examples.join('; ')}`);
  }

  console.log(`\n### Probes (synthetic 50-item feed)\n`);
  console.log(`| parser | ${probes.map(([n]) => n).join(' | ')} |`);
  console.log(`|---|${probes.map(() => '---').join('|')}|`);
  for (const c of candidates) console.log(`| ${c.name} | ${(probeResults.get(c.name) ?? []).join(' | ')} |`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}

// Classifier throughput on one core, against rules-1 and a naive keyword-regex baseline in the same run.
// Usage: npm run bench:classifier [-- [rounds] [--against REV]]   (default 7 rounds over each mix;
// --against times the classifier of another git revision beside this one, e.g. before a speed change)
//
// Two mixes, each pass in a fixed shuffled order (see `mixes` below): "desk", a feed list as a
// diplomacy desk sees it (one text in six from the labelled sets, the rest titles and descriptions
// from the shared feed corpus, mostly not about releases or sanctions), and "labelled", every
// labelled fixture text (dev, extra, samples, own-*, blind-*), the slow on-topic kind. Timed rounds
// of the contenders are interleaved (every other round reversed); items/s is each one's median pass,
// and its speed ratio the median of the per-round ratios.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { CLASSIFIER_VERSION, createClassifier } from '../src/classify/index.js';
import { evaluate, parseExamples, type LabelledExample } from '../src/classify/eval.js';
import type { Classification, ClassifierInput } from '../src/core/types.js';
import { corpusInputs } from '../src/pipeline/corpus-files.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const againstAt = args.indexOf('--against');
/** Another revision to time side by side (`--against REV`), e.g. the commit before a speed change. */
const against = againstAt >= 0 ? args.splice(againstAt, 2)[1] : undefined;
if (againstAt >= 0 && !against) throw new Error('--against needs a git revision');
const rounds = Number(args[0] ?? 7);
const fixtureDir = path.join(repoRoot, 'tests/fixtures/classifier');
const fixtureFiles = [
  path.resolve(repoRoot, '../shared/classifier/dev.jsonl'),
  ...readdirSync(fixtureDir)
    .filter((f) => /^(extra|samples|own-.*|blind-.*)\.jsonl$/.test(f))
    .map((f) => path.join(fixtureDir, f)),
];
const labelled: LabelledExample[] = fixtureFiles.flatMap((f) => parseExamples(readFileSync(f, 'utf8')));

/** Titles and descriptions from the corpus feeds; a regex is enough to harvest bench text. */
function corpusTexts(limit: number): ClassifierInput[] {
  const root = path.resolve(repoRoot, '../shared/corpus');
  const out: ClassifierInput[] = [];
  let files: string[] = [];
  try {
    files = corpusInputs(root).filter((f) => /\.(xml|rss|atom|rdf)$/i.test(f) && statSync(f).size < 2_000_000);
  } catch {
    return out; // corpus not present: fixtures only
  }
  const strip = (s: string): string => s.replace(/<!\[CDATA\[|\]\]>/g, '').replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim();
  for (const f of files) {
    const xml = readFileSync(f, 'latin1');
    const titles = [...xml.matchAll(/<title[^>]*>([\s\S]{8,300}?)<\/title>/gi)].map((m) => strip(m[1] ?? ''));
    const bodies = [...xml.matchAll(/<(?:description|summary|content)[^>]*>([\s\S]{20,2000}?)<\/(?:description|summary|content)>/gi)].map((m) => strip(m[1] ?? ''));
    titles.forEach((title, i) => {
      if (title.length >= 8) out.push({ title, summary: bodies[i] ?? '' });
    });
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}

type Contender = { classify(i: ClassifierInput): Classification };

/** The baseline: keyword regexes for the topics and a single alternation of country names (en/ru/uk). */
function createNaive(): Contender {
  const release = /\b(free[sd]?|freeing|releas\w*|pardon\w*|swap\w*|exchang\w*|amnest\w*)\b|освобод|помилов|помилув|обмен|обмін|звільн|амнист|амніст/i;
  const sanctions = /\bsanction\w*|санкц|embargo|эмбарго|ембарго|blacklist/i;
  const names = new Map<string, string>();
  for (const lang of ['en', 'ru', 'uk']) {
    countries.registerLocale(JSON.parse(readFileSync(path.join(repoRoot, `node_modules/i18n-iso-countries/langs/${lang}.json`), 'utf8')) as countries.LocaleData);
    for (const [code, list] of Object.entries(countries.getNames(lang, { select: 'all' }) as Record<string, string[]>)) {
      for (const n of list) if (n.length > 3) names.set(n.toLowerCase(), code);
    }
  }
  const escaped = [...names.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const countryRe = new RegExp(`(?<![\\p{L}])(${escaped.join('|')})`, 'giu');
  return {
    classify({ title, summary }) {
      const text = `${title} ${summary}`;
      const topics: Classification['topics'] = [];
      if (release.test(text)) topics.push('prisoner_release');
      if (sanctions.test(text)) topics.push('sanctions');
      const found = new Set<string>();
      for (const m of text.matchAll(countryRe)) {
        const code = names.get((m[1] ?? '').toLowerCase());
        if (code) found.add(code);
      }
      return { topics, countries: [...found].sort(), actors: { acting: [], targeted: [] }, confidence: topics.length > 0 ? 0.5 : 0, language: 'und', evidence: [] };
    },
  };
}

const git = (args: string[]): Buffer => execFileSync('git', args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });

/** The classifier as it was at a git revision: its src/ extracted into a temp folder and imported. */
async function loadRevision(rev: string): Promise<Contender> {
  // Inside the repo so that its packages resolve; removed again right after loading.
  const dir = mkdtempSync(path.join(repoRoot, 'bench', '.rev-'));
  try {
    execFileSync('tar', ['-x', '-C', dir], { input: git(['archive', '--format=tar', rev, 'src']) });
    const mod = (await import(path.join(dir, 'src/classify/index.ts'))) as { createClassifier(): Contender };
    return mod.createClassifier();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The last commit of rules-1 (undefined when git has no such commit, e.g. a shallow clone). */
function rules1Revision(): string | undefined {
  const has = (rev: string): boolean => {
    try {
      return git(['show', `${rev}:src/classify/index.ts`]).toString('utf8').includes("CLASSIFIER_VERSION = 'rules-1'");
    } catch {
      return false;
    }
  };
  try {
    for (const c of git(['log', '--format=%H', '-S', "CLASSIFIER_VERSION = 'rules-1'", '--', 'src/classify/index.ts']).toString('utf8').split('\n').filter(Boolean)) {
      const rev = has(c) ? c : has(`${c}^`) ? `${c}^` : undefined;
      if (rev) return rev;
    }
  } catch {
    /* no git history */
  }
  return undefined;
}

const fixtures: ClassifierInput[] = labelled.map((e) => ({ title: e.title, summary: e.summary, language: e.lang }));
const corpus = corpusTexts(4000);

function shuffled(items: ClassifierInput[]): ClassifierInput[] {
  const out = [...items];
  let seed = 42;
  for (let i = out.length - 1; i > 0; i -= 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as ClassifierInput, out[i] as ClassifierInput];
  }
  return out;
}

// Two mixes. "desk": what a diplomacy desk's feed list looks like, one text in six from the labelled
// sets (an evenly spaced sample; about half of them are on topic) and the rest real feed text that
// is mostly not about releases or sanctions. "labelled": every labelled text, nearly all of them on
// topic or close to it, the slow kind that goes through the gates, facts and actors: the worst case.
const deskShare = Math.min(fixtures.length, Math.round(corpus.length / 5));
const mixes: { name: string; about: string; items: ClassifierInput[] }[] = [
  {
    name: 'desk',
    about: `${deskShare} of the labelled texts (1 in 6 of the mix) + ${corpus.length} corpus texts`,
    items: shuffled([...fixtures.filter((_, i) => Math.floor((i * deskShare) / fixtures.length) !== Math.floor(((i + 1) * deskShare) / fixtures.length)), ...corpus]),
  },
  { name: 'labelled', about: `all ${fixtures.length} labelled texts`, items: shuffled(fixtures) },
];

let t = performance.now();
const classifier = createClassifier();
const setupMs = performance.now() - t;
t = performance.now();
const naive = createNaive();
const naiveSetupMs = performance.now() - t;

const rules1 = rules1Revision();
const contenders: { name: string; c: Contender }[] = [
  { name: `attache ${CLASSIFIER_VERSION}`, c: classifier },
  ...(against ? [{ name: `attache at ${against}`, c: await loadRevision(against) }] : []),
  ...(rules1 ? [{ name: 'attache rules-1 (git)', c: await loadRevision(rules1) }] : []),
  { name: 'naive keyword regex', c: naive },
];
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
let sink = 0;
console.log(`${rounds} interleaved rounds per mix; Node ${process.version}; setup: attache ${setupMs.toFixed(0)} ms, naive ${naiveSetupMs.toFixed(0)} ms`);
for (const mix of mixes) {
  for (const x of contenders) for (const item of mix.items.slice(0, 500)) x.c.classify(item); // warm-up (JIT, word caches)
  const times = contenders.map((): number[] => []);
  for (let r = 0; r < rounds; r += 1) {
    // Every other round in reverse order, so that no contender always runs right after another's garbage.
    const order = contenders.map((_, k) => k);
    if (r % 2 === 1) order.reverse();
    for (const k of order) {
      const { c } = contenders[k] as (typeof contenders)[number];
      const start = performance.now();
      for (const item of mix.items) sink += c.classify(item).topics.length;
      times[k]?.push(performance.now() - start);
    }
  }
  console.log(`mix "${mix.name}": ${mix.items.length} items (${mix.about})`);
  contenders.forEach((x, k) => {
    const ms = median(times[k] ?? []);
    // The ratio is the median of each round's ratio: the machine's speed drifts within a run, and the
    // passes of one round are the closest together in time.
    const ratio = median((times[0] ?? []).map((base, r) => base / (times[k]?.[r] ?? base)));
    console.log(`  ${x.name.padEnd(24)} ${Math.round((mix.items.length / ms) * 1000).toString().padStart(7)} items/s  (median ${ms.toFixed(0)} ms per pass; speed ×${ratio.toFixed(2)} of ${CLASSIFIER_VERSION})`);
  });
}
console.log(`quality on the ${labelled.length} labelled:`);
for (const x of contenders) {
  const q = evaluate(labelled, x.c);
  console.log(`  ${x.name.padEnd(24)} topic F1 ${q.topics.f1.toFixed(3)}, country F1 ${q.countries.f1.toFixed(3)}`);
}
if (sink < 0) console.log(sink);

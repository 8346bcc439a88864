// The shared real-world corpus (../shared/corpus): which files are feed inputs, and how they are grouped.
// Used by bench/parsers.ts, tests/pipeline/corpus.test.ts and the classifier's training (real off-topic news).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUT_EXT = /\.(xml|rss|atom|rdf|json|html?)$/i;

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
}

/** Feed inputs: XML/JSON/HTML files, minus the upstream projects' expected-output JSON. */
export function corpusInputs(root: string): string[] {
  const all: string[] = [];
  walk(root, all);
  const present = new Set(all);
  return all
    .filter((f) => INPUT_EXT.test(f))
    .filter((f) => {
      const rel = path.relative(root, f).split(path.sep).join('/');
      if (rel.startsWith('rss-parser/test/output/')) return false;
      if (!f.toLowerCase().endsWith('.json')) return true;
      if (/_expected\.json$/i.test(f)) return false;
      const stem = f.slice(0, -'.json'.length);
      // gofeed keeps the expected output next to its input: foo.xml + foo.json.
      return !['.xml', '.rss', '.atom'].some((ext) => present.has(stem + ext));
    })
    .sort();
}

/** The folder a file is reported under: project + the upstream's test category. */
export function corpusGroup(root: string, file: string): string {
  const parts = path.relative(root, file).split(path.sep);
  const [project] = parts;
  if (project === 'feedparser') return `feedparser/${parts[2] ?? ''}`;
  if (project === 'gofeed') return `gofeed/${parts[2] ?? ''}`;
  return project ?? '?';
}

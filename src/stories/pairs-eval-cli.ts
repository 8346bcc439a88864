// Usage: npm run eval:stories -- PAIRS.jsonl — merge precision/recall of story matching on labelled
// report pairs, the same-event pairs it split by reason, and each miss. Exit 2 when the file cannot
// be read or parsed.
import { readFileSync } from 'node:fs';
import { decidePairs, parsePairs, scorePairs, type Pair } from './pairs-eval.js';

function main(argv: string[]): number {
  const file = argv[0];
  if (file === undefined || argv.length > 1) {
    console.error('usage: pairs-eval PAIRS.jsonl');
    return 2;
  }
  let pairs: Pair[];
  try {
    pairs = parsePairs(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`cannot evaluate ${file}: ${(e as Error).message}`);
    return 2;
  }
  const all = decidePairs(pairs);
  const out = all.filter((o) => o.inScope);
  const s = scorePairs(all);
  console.log(`story matching on ${file}: ${all.length} pairs (${all.filter((o) => o.same).length} same event, ${all.filter((o) => !o.same).length} different)`);
  console.log(`a report without a topic (no brief, so nothing to merge or post twice): ${all.length - out.length} pairs`);
  console.log(
    `merge precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (merged same ${s.tp}, merged different ${s.fp}, split same ${s.fn} = posted twice, split different ${s.tn})`,
  );
  const reasons = new Map<string, number>();
  for (const o of out.filter((x) => x.same && !x.merged)) {
    const key = (o.reason ?? '').replace(/\(.*\)/, '').trim();
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  if (reasons.size > 0) console.log(`why same-event pairs were split: ${[...reasons].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const o of out.filter((x) => x.same !== x.merged)) {
    const how = o.merged ? `MERGED different events (similarity ${o.similarity?.toFixed(2)})` : `SPLIT one event: ${o.reason}`;
    console.log(`${o.id}: ${how}\n  ${o.titles[0]}\n  ${o.titles[1]}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));

// Classifier throughput: the shared dev set repeated, on one core.
// Usage: npx tsx bench/classifier.ts [rounds]   (default 200 rounds of 70 items)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClassifier } from '../src/classify/index.js';
import type { ClassifierInput } from '../src/core/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const devFile = path.resolve(repoRoot, '../shared/classifier/dev.jsonl');
const rounds = Number(process.argv[2] ?? 200);

const items: ClassifierInput[] = readFileSync(devFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const j = JSON.parse(l) as { title: string; summary: string };
    return { title: j.title, summary: j.summary };
  });

let t = performance.now();
const classifier = createClassifier();
const setupMs = performance.now() - t;

for (const item of items) classifier.classify(item); // warm-up (JIT, stem cache)
let topics = 0;
t = performance.now();
for (let r = 0; r < rounds; r += 1) for (const item of items) topics += classifier.classify(item).topics.length;
const ms = performance.now() - t;
const n = rounds * items.length;
console.log(`setup ${setupMs.toFixed(0)} ms; ${n} items in ${ms.toFixed(0)} ms → ${Math.round((n / ms) * 1000)} items/s (${topics} topic hits)`);

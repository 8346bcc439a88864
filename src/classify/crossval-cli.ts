// Usage: npm run crossval:classifier [-- FILE.jsonl …] — for each labelled set (default: all the
// training sets), trains the model on the others and scores that set with the rules alone and with
// rules + model. The closest thing to first contact once a set has become training data; the rules
// themselves were still tuned on every set, so read it as an upper bound for unseen text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parseExamples, type Scores } from './eval.js';
import { createClassifier } from './index.js';
import { corpusNegatives, trainForRepository, trainingFiles } from './training.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const all = trainingFiles(root);
const chosen = process.argv.length > 2 ? process.argv.slice(2).map((f) => path.resolve(f)) : all;
const fmt = (s: Scores): string => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
const rulesOnly = createClassifier({ model: null });
const negatives = corpusNegatives(root);
console.log('set (topics)'.padEnd(26), 'rules alone'.padEnd(28), 'rules + model trained without the set');
for (const file of chosen) {
  const examples = parseExamples(readFileSync(file, 'utf8'));
  const model = trainForRepository(root, { leaveOut: file, negatives });
  const withModel = createClassifier({ model });
  console.log(path.basename(file).padEnd(26), fmt(evaluate(examples, rulesOnly).topics).padEnd(28), fmt(evaluate(examples, withModel).topics));
}

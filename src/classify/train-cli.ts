// Usage: npm run train:classifier — trains the topic model on the labelled sets and writes
// src/classify/model-weights.json. Run it after changing a labelled set or the model's features;
// the test suite fails while the committed weights differ from what the data trains.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusNegatives, serialiseModel, trainForRepository, trainingFiles, WEIGHTS_FILE } from './training.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const files = trainingFiles(root);
const negatives = corpusNegatives(root);
const model = trainForRepository(root, { negatives });
writeFileSync(path.join(root, WEIGHTS_FILE), serialiseModel(model));
const weights = Object.values(model.topics).reduce((n, t) => n + Object.keys(t.weights).length, 0);
console.log(`trained on ${model.examples} examples (${files.length} labelled files, ${negatives.length} off-topic corpus items); ${weights} weights → ${WEIGHTS_FILE}`);

// The labelled sets the topic model is trained on: the shared development set and every labelled
// set of the project (tests/fixtures/classifier). Read at build time only (npm run train:classifier
// and the test that checks the committed weights), never by the running bot.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine } from './engine.js';
import { parseExamples } from './eval.js';
import { createGazetteer } from './gazetteer.js';
import { featuresOf, trainModel, type ModelFile, type TrainingExample } from './model.js';

export const WEIGHTS_FILE = 'src/classify/model-weights.json';

/** The training files, relative to the repository root, in a fixed order. */
export function trainingFiles(root: string): string[] {
  const fixtures = path.join(root, 'tests/fixtures/classifier');
  return [path.resolve(root, '../shared/classifier/dev.jsonl'), ...readdirSync(fixtures).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(fixtures, f))];
}

export function trainFromFiles(files: readonly string[]): ModelFile {
  const engine = createEngine(createGazetteer());
  const examples: TrainingExample[] = files.flatMap((file) =>
    parseExamples(readFileSync(file, 'utf8')).map((e) => ({
      features: featuresOf(engine.tokens(e.title, e.summary, e.lang).tokens),
      topics: e.topics,
    })),
  );
  return trainModel(examples);
}

/** The weights file as written: one line per weight, so a retrain reads as a diff. */
export function serialiseModel(model: ModelFile): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

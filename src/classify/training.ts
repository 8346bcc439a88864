// What the topic model is trained on: the shared development set, every labelled set of the project
// (tests/fixtures/classifier), and real off-topic news from the shared feed corpus. Read at build
// time only (npm run train:classifier and the test that checks the committed weights), never by the
// running bot.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusInputs } from '../pipeline/corpus-files.js';
import { parseFeed } from '../pipeline/parse.js';
import { createEngine, type Engine } from './engine.js';
import { parseExamples } from './eval.js';
import { createGazetteer } from './gazetteer.js';
import { featuresOf, trainModel, type ModelFile, type TrainingExample } from './model.js';

export const WEIGHTS_FILE = 'src/classify/model-weights.json';

/**
 * Corpus items that are on topic after all (read one by one): kept out of the negatives. The rest
 * of the corpus (blogs, tech and general news, the feed parsers' test files) has none.
 */
const ON_TOPIC_IN_CORPUS = new Set(['Trump Admin Releases Lengthy List Of Strict Rules For Americans Visiting Cuba']);

/** The training files, relative to the repository root, in a fixed order. */
export function trainingFiles(root: string): string[] {
  const fixtures = path.join(root, 'tests/fixtures/classifier');
  return [path.resolve(root, '../shared/classifier/dev.jsonl'), ...readdirSync(fixtures).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(fixtures, f))];
}

/**
 * Real news that is neither topic: every item of the shared corpus with a headline of four words or
 * more, once per headline, that no rule flags. The labelled sets are about half on topic; real feeds
 * are almost all off topic, and a model that never saw them flagged podcasts and resignations.
 */
export function corpusNegatives(root: string, engine: Engine = createEngine(createGazetteer())): Array<{ title: string; summary: string }> {
  const dir = path.resolve(root, '../shared/corpus');
  if (!existsSync(dir)) throw new Error(`the shared corpus is missing at ${dir}: the model is trained on its off-topic news`);
  const seen = new Map<string, string>();
  for (const file of corpusInputs(dir)) {
    let items;
    try {
      items = parseFeed(readFileSync(file)).items;
    } catch {
      continue; // the corpus holds broken feeds on purpose
    }
    for (const it of items) {
      const title = it.title.trim();
      if (title.split(/\s+/).length < 4 || seen.has(title) || ON_TOPIC_IN_CORPUS.has(title)) continue;
      seen.set(title, it.summary.slice(0, 600));
    }
  }
  return [...seen].map(([title, summary]) => ({ title, summary })).filter((x) => engine.classify(x.title, x.summary, undefined).topics.length === 0);
}

export function trainFromFiles(files: readonly string[], negatives: ReadonlyArray<{ title: string; summary: string }> = []): ModelFile {
  const engine = createEngine(createGazetteer());
  const examples: TrainingExample[] = files.flatMap((file) =>
    parseExamples(readFileSync(file, 'utf8')).map((e) => ({
      features: featuresOf(engine.tokens(e.title, e.summary, e.lang).tokens),
      topics: e.topics,
    })),
  );
  for (const n of negatives) examples.push({ features: featuresOf(engine.tokens(n.title, n.summary, undefined).tokens), topics: [] });
  return trainModel(examples);
}

/** The committed model: every labelled set (but `leaveOut`, for cross-validation) and the corpus negatives. */
export function trainForRepository(root: string, opts: { leaveOut?: string; negatives?: ReadonlyArray<{ title: string; summary: string }> } = {}): ModelFile {
  const files = trainingFiles(root).filter((f) => opts.leaveOut === undefined || path.resolve(f) !== path.resolve(opts.leaveOut));
  return trainFromFiles(files, opts.negatives ?? corpusNegatives(root));
}

/** The weights file as written: one line per weight, so a retrain reads as a diff. */
export function serialiseModel(model: ModelFile): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

// Classifier v2: an event coder over words, stems and prefixes (en/ru/uk) plus a country gazetteer
// built from data packages. See rules.ts (release-rules.ts, sanctions-rules.ts) for the topic rules and gazetteer.ts for countries.
import { readFileSync } from 'node:fs';
import type { Classification, ClassifierInput } from '../core/types.js';
import { createEngine } from './engine.js';
import { createGazetteer } from './gazetteer.js';
import { detectLanguage, primaryTag } from './language.js';
import { createScorer, type ModelFile } from './model.js';

/** The committed weights (npm run train:classifier), beside this file in src/ and in dist/. */
function loadWeights(): ModelFile {
  return JSON.parse(readFileSync(new URL('./model-weights.json', import.meta.url), 'utf8')) as ModelFile;
}

export const CLASSIFIER_VERSION = 'rules-2+lr-1';

export interface Classifier {
  classify(input: ClassifierInput): Classification;
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export interface ClassifierOptions {
  /** Other weights (cross-validation), or null for the rules alone; the committed weights by default. */
  model?: ModelFile | null;
  /**
   * Told of a rule bug on one item, which then counts as "no topic" so the pipeline goes on. By
   * default the error is thrown: the eval and training tools must not score a crash as a negative.
   */
  onError?: (err: unknown, input: ClassifierInput) => void;
}

export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const model = options.model === undefined ? loadWeights() : options.model;
  const engine = createEngine(createGazetteer(), model === null ? undefined : createScorer(model));
  return {
    classify(input) {
      const title = asText(input?.title);
      const summary = asText(input?.summary);
      const declared = typeof input?.language === 'string' ? input.language : undefined;
      try {
        return engine.classify(title, summary, declared);
      } catch (err) {
        if (!options.onError) throw err;
        options.onError(err, input);
        let language = 'und';
        try {
          language = primaryTag(declared) ?? detectLanguage(`${title} ${summary}`);
        } catch {
          /* keep 'und' */
        }
        return { topics: [], countries: [], actors: { acting: [], targeted: [] }, confidence: 0, language, evidence: [] };
      }
    },
  };
}

// The topic model: its committed weights are what the labelled data trains, and it only adds a
// topic where the rules saw no trigger of it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/classify/engine.js';
import { createGazetteer } from '../../src/classify/gazetteer.js';
import { createScorer, FEATURE_VERSION, featuresOf, trainModel, type ModelFile } from '../../src/classify/model.js';
import { serialiseModel, trainForRepository, WEIGHTS_FILE } from '../../src/classify/training.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('topic model', () => {
  it('the committed weights are what the labelled sets train (run npm run train:classifier after changing them)', () => {
    const committed = readFileSync(path.join(root, WEIGHTS_FILE), 'utf8');
    expect(serialiseModel(trainForRepository(root)) === committed).toBe(true);
    // Training on ~4,600 labelled items takes about 14 s alone on this 2-core machine, and more beside
    // the rest of the suite: the default 20 s timed out once.
  }, 120_000);

  it('learns a word that separates the topics, and refuses weights of other features', () => {
    const ex = (features: string[], release: boolean) => ({ features, topics: release ? (['prisoner_release'] as const) : ([] as const) });
    const model = trainModel([ex(['w:freed', 'w:today'], true), ex(['w:freed', 'w:five'], true), ex(['w:album', 'w:today'], false), ex(['w:album', 'w:five'], false)]);
    const score = createScorer(model);
    expect(score(['w:freed']).prisoner_release).toBeGreaterThan(0.6);
    expect(score(['w:album']).prisoner_release).toBeLessThan(0.4);
    expect(() => createScorer({ ...model, featureVersion: FEATURE_VERSION + 1 } as ModelFile)).toThrow(/train:classifier/);
  });

  it('adds a topic only where no rule of it triggered, with its evidence; a gated trigger keeps it out', () => {
    const sure = () => ({ prisoner_release: 0.9, sanctions: 0.1 });
    const engine = createEngine(createGazetteer(), sure);
    const quiet = engine.classify('Ukrainian sailors reunited with their families in Odesa', 'The crew had spent two years in Yemen.', 'en');
    expect(quiet.topics).toEqual(['prisoner_release']);
    expect(quiet.evidence).toContain('statistical model: prisoner release (p 0.90)');
    expect(quiet.confidence).toBe(0.9);
    // "demand … release": the rules' trigger matched and the demand gate turned it down.
    const demand = engine.classify('Families demand release of prisoners held in Russia', 'Relatives rallied outside parliament.', 'en');
    expect(demand.topics).toEqual([]);
    // The rules' own finding is left as it is.
    const pardon = engine.classify('Belarus pardons 31 Ukrainians', '', 'en');
    expect(pardon.evidence.some((e) => e.startsWith('statistical model'))).toBe(false);
  });

  it('reads word classes and stems in all three languages', () => {
    const engine = createEngine(createGazetteer());
    const f = (t: string) => featuresOf(engine.tokens(t, '', undefined).tokens);
    expect(f('Belarus pardons prisoners')).toEqual(expect.arrayContaining(['c:pardonVerb', 'w:pardon', 'c:country']));
    expect(f('Лукашенко помиловал заключённых')).toEqual(expect.arrayContaining(['c:pardonVerb', 'w:помилова']));
    expect(f('Білорусь помилувала полонених')).toEqual(expect.arrayContaining(['w:білор', 'c:pardonVerb']));
  });
});

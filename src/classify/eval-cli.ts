// Usage: npx tsx src/classify/eval-cli.ts FILE.jsonl — prints topic/country scores, action/stage/people
// accuracy where the file labels them, and the misses.
// Exit 0 on success, 2 when the file cannot be read or is not labelled JSON Lines.
import { readFileSync } from 'node:fs';
import { parseExamples, evaluate, type FieldAccuracy, type LabelledExample, type Scores } from './eval.js';
import { exitQuietlyWhenStdoutCloses } from '../cli/closed-pipe.js';
import { CLASSIFIER_VERSION, createClassifier } from './index.js';

function fmt(name: string, s: Scores): string {
  const p = (x: number): string => x.toFixed(3);
  return `${name.padEnd(9)} P ${p(s.precision)}  R ${p(s.recall)}  F1 ${p(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

function main(argv: string[]): number {
  const file = argv[0];
  if (file === undefined || argv.length > 1) {
    console.error('usage: eval-cli FILE.jsonl');
    return 2;
  }
  let examples: LabelledExample[];
  try {
    examples = parseExamples(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`cannot evaluate ${file}: ${(e as Error).message}`);
    return 2;
  }
  if (examples.length === 0) {
    console.error(`cannot evaluate ${file}: no examples`);
    return 2;
  }
  const result = evaluate(examples, createClassifier());
  console.log(`classifier ${CLASSIFIER_VERSION} on ${file}: ${result.examples} examples`);
  console.log(fmt('topics', result.topics));
  console.log(fmt('countries', result.countries));
  console.log(`topic sets exactly right: ${(result.topicExactMatch * 100).toFixed(1)}%`);
  const acc = (name: string, f: FieldAccuracy): string => `${name} ${(f.accuracy * 100).toFixed(1)}% (${f.correct}/${f.labelled})`;
  const labelled = (['action', 'stage', 'people'] as const).filter((f) => result[f].labelled > 0);
  if (labelled.length > 0) console.log(`accuracy where labelled: ${labelled.map((f) => acc(f, result[f])).join(', ')}`);
  for (const m of result.misses) {
    const parts = [`${m.id}: ${m.title}`];
    if (m.expectedTopics.join() !== m.gotTopics.join()) parts.push(`  topics expected [${m.expectedTopics.join(', ')}] got [${m.gotTopics.join(', ')}]`);
    if (m.missingCountries.length > 0) parts.push(`  missing countries ${m.missingCountries.join(' ')}`);
    if (m.extraCountries.length > 0) parts.push(`  extra countries ${m.extraCountries.join(' ')}`);
    for (const f of m.fieldMisses) parts.push(`  ${f}`);
    if (m.evidence.length > 0) parts.push(`  evidence: ${m.evidence.join(' | ')}`);
    console.log(parts.join('\n'));
  }
  return 0;
}

exitQuietlyWhenStdoutCloses();
process.exitCode = main(process.argv.slice(2));

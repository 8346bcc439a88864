// The classifier's topic vocabulary as a word test, for story matching: words that say "release"
// or "sanctions" (in en/ru/uk) are shared by every report of a topic, so they cannot tell one event
// from another and stay out of a report's fingerprint.
import { Lexicon } from './lexicon.js';
import { normaliseWord, scriptOf } from './text.js';
import { WORDS } from './words.js';

const TOPIC_CLASSES = [
  'freeVerb', 'freedParticiple', 'pardonVerb', 'swapWord', 'amnestyWord', 'handOver', 'handoverCyr', 'returnWord', 'captive',
  'captivity', 'detentionWord', 'detainedAdj', 'convictWord', 'deal', 'sanctionWord', 'sanctionFollower', 'assetNoun', 'freezeWord',
  'embargoWord', 'blacklistWord', 'designateWord', 'banWord', 'travelWord', 'restrictionNoun', 'restrictiveWord', 'measures',
  'listWord', 'licenceNoun', 'act_impose', 'act_lift', 'act_ease', 'act_extend', 'act_waive', 'act_delist', 'act_designate',
] as const;

let lexicon: Lexicon | undefined;

export function isTopicWord(word: string): boolean {
  lexicon ??= new Lexicon(Object.fromEntries(TOPIC_CLASSES.map((c) => [c, WORDS[c] ?? []])));
  const script = scriptOf(word);
  return lexicon.classify({ norm: normaliseWord(word, script), script }) !== undefined;
}

// How many people were (or are to be) freed: "31 Ukrainians" → 31. In an exchange both sides count
// ("390 prisoners each" → 780, "84 на 84" → 168, "10 Americans in swap for Maduro ally" → 11), a
// breakdown of a number already counted does not ("270 soldiers and 120 civilians"), and collective
// nouns give no number ("сотни заключенных").
import { has, type Analysis, type Match } from './analysis.js';
import { readNumber } from './numbers.js';
import type { Token } from './text.js';

const PERSON = ['person', 'captive', 'demonym'];
/** "over 200 convicts": the noun (the word lists read "convicts" as the verb too). */
const CONVICTS = new Set(['convicts', 'convict']);
const RELEASE_WORDS = ['freeVerb', 'freedParticiple', 'swapWord', 'pardonVerb', 'amnestyWord', 'captive'];
const EACH = new Set(['each', 'apiece', 'каждая', 'каждой', 'кожна', 'кожної', 'кожен', 'кожного', 'обе', 'обидві']);
const FORMULA_JOIN = new Set(['на', 'for']);
const AND = new Set(['and', 'и', 'і', 'та', 'й']);
/** "154, including three journalists", «среди них двое журналистов»: a part of a number already given. */
const INCLUDING = new Set(['including', 'includes', 'include', 'включая', 'зокрема']);
/** «среди них», «серед них», «в том числе», «у тому числі» (not "among 123 prisoners released": the whole). */
function partOf(tokens: readonly Token[], k: number): boolean {
  const [a, b] = [tokens[k - 2]?.norm ?? '', tokens[k - 1]?.norm ?? ''];
  return INCLUDING.has(b) || ((a === 'среди' || a === 'серед') && b === 'них') || ((a === 'том' || a === 'тому') && (b === 'числе' || b === 'числі'));
}
/** "pardons 154, including…": a count straight after the verb. */
const RELEASE_VERBS = ['freeVerb', 'pardonVerb'];
/** A sentence about who is still held is not about the release: "1,100 political prisoners remain". */
const STILL_HELD = /\b(remain|remains|still|остаются|остается|залишаються|залишається|досі|до сих пор)\b/i;

interface Group {
  value: number;
  start: number;
  end: number;
  sentence: number;
  /** Country of the people when a demonym names them: five Americans and five Iranians are two groups. */
  nationality?: string;
}

function groupsIn(a: Analysis, sentences: Set<number>): Group[] {
  const { tokens } = a;
  const source = (t: Token): string => a.sources[t.part];
  const out: Group[] = [];
  let partSentence = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (!sentences.has(t.sentence)) continue;
    const n = readNumber(tokens, i, source);
    if (n === undefined) continue;
    i = n.end - 1;
    if (n.value <= 0 || n.value > 100_000) continue;
    // "including 15 Saudis and four Sudanese": the whole list after "including" is a part.
    if (partOf(tokens, n.start) || (t.sentence === partSentence && AND.has(tokens[n.start - 1]?.norm ?? ''))) {
      partSentence = t.sentence;
      continue;
    }
    // "Bodies of 1,000 soldiers returned as … swap 84 prisoners", «тела 500 погибших»: the dead are not freed.
    if (has(tokens[n.start - 1], ['bodies']) || (tokens[n.start - 1]?.norm === 'of' && has(tokens[n.start - 2], ['bodies']))) continue;
    // "84 на 84", "1,000-for-1,000": a formula counts both sides, then the people noun may follow.
    const join = tokens[n.end];
    const other = join && FORMULA_JOIN.has(join.norm) ? readNumber(tokens, n.end + 1, source) : undefined;
    if (other !== undefined && tokens[other.start]?.sentence === t.sentence) {
      // "…in the first stage of a 1,000-for-1,000 deal": the whole deal, not this release.
      // "390 return in the first stage of a 1,000-for-1,000 exchange": the formula names the whole deal.
      // «Обмін «1000 на 1000», домовленість про який…», «этап договорённости «1000 на 1000»»: the agreement's name.
      const ofDeal = [0, 1].some((k) => has(tokens[other.end + k], ['agreementNoun'])) || [1, 2].some((k) => tokens[n.start - k]?.norm === 'of' || has(tokens[n.start - k], ['agreementNoun']));
      if (!ofDeal) out.push({ value: n.value + other.value, start: n.start, end: other.end, sentence: t.sentence });
      i = other.end - 1;
      continue;
    }
    // "Aliyev pardons 154, including three journalists": the count straight after the verb ends the clause.
    const verb = tokens[n.start - 1];
    const clauseEnd = /^(?:[,.;:]|including\b|$)/.test(source(t).slice(tokens[n.end - 1]?.end ?? 0).trimStart());
    if (verb !== undefined && has(verb, RELEASE_VERBS) && verb.script === 'latin' && verb.sentence === t.sentence && source(t).slice(verb.end, t.start) === ' ' && clauseEnd) {
      out.push({ value: n.value, start: n.start, end: n.end, sentence: t.sentence });
      continue;
    }
    for (let j = n.end; j < n.end + 3; j += 1) {
      const u = tokens[j];
      if (u === undefined || u.sentence !== t.sentence || has(u, ['unitWord', 'bodies']) || readNumber(tokens, j, source)) break;
      // "80 detained … go home", "among 18 released": the participle right after the number names the people.
      if (!has(u, PERSON) && !CONVICTS.has(u.norm) && !(j === n.end && has(u, ['detainedAdj', 'freedParticiple']))) continue;
      // "по 84 человека", "390 prisoners each": both sides of an exchange.
      const each = tokens[n.start - 1]?.norm === 'по' || [1, 2, 3].some((k) => EACH.has(tokens[j + k]?.norm ?? '') && tokens[j + k]?.sentence === t.sentence);
      // "two Belarusians and a Russian": one more person of the same side.
      const oneMore = AND.has(tokens[j + 1]?.norm ?? '') && /^(a|an|one)$/.test(tokens[j + 2]?.norm ?? '') && has(tokens[j + 3], PERSON) ? 1 : 0;
      const nationality = a.countries.find((c) => c.start >= n.end && c.start <= j)?.code;
      out.push({ value: (each ? n.value * 2 : n.value) + oneMore, start: n.start, end: j + 1, sentence: t.sentence, ...(nationality ? { nationality } : {}) });
      break;
    }
  }
  return out;
}

/**
 * Single people on either side of a trade: "two Americans in swap for Afghan" (+1), "звільнив
 * науковицю в обмін на трьох іранців" (+1 for the scientist). Only the first trade counts: the
 * summary usually retells the same one.
 */
function singleCounterparts(a: Analysis, trade: Match | undefined, groups: readonly Group[]): number {
  if (trade === undefined) return 0;
  const sentence = a.tokens[trade.start]?.sentence;
  const same = groups.filter((g) => g.sentence === sentence);
  const freedSide = same.some((g) => g.end <= trade.start);
  const otherSide = same.some((g) => g.end > trade.start);
  const last = a.tokens[trade.end - 1];
  let n = 0;
  if (!otherSide && last !== undefined) {
    const plural = last.script === 'latin' ? /s$/.test(last.norm) && !last.classes.has('name') : /(ы|и|ів|їв|ов|ев|ей|ах|ям|ами|их|ых)$/.test(last.norm);
    if (!plural) n += 1;
  }
  if (!freedSide && otherSide) n += 1;
  return n;
}

export function peopleOf(a: Analysis, release: readonly Match[], exchange: boolean): number | undefined {
  const { tokens } = a;
  const sentences = new Set(release.map((m) => tokens[m.start]?.sentence).filter((s): s is number => s !== undefined));
  for (const t of tokens) if (has(t, RELEASE_WORDS)) sentences.add(t.sentence);
  let groups = groupsIn(a, sentences);
  if (groups.length === 0) {
    // "Самолёт с шестью гражданами США приземлился": the number may stand in the next sentence.
    const words = new Map<number, string[]>();
    for (const t of tokens) if (!sentences.has(t.sentence)) (words.get(t.sentence) ?? words.set(t.sentence, []).get(t.sentence))?.push(t.norm);
    const rest = new Set([...words].filter(([, w]) => !STILL_HELD.test(w.join(' '))).map(([sentence]) => sentence));
    groups = groupsIn(a, rest).slice(0, 1);
  }
  const trades = release.filter((m) => m.rule.id === 'in-exchange-for' || m.rule.id === 'exchanged-for');
  const first = groups[0];
  if (first === undefined) return undefined;
  // "84 soldiers and two civilians": the parts of one release add up.
  const second = groups[1];
  const parts = second !== undefined && second.sentence === first.sentence && second.start - first.end <= 2 && AND.has(tokens[first.end]?.norm ?? '');
  if (!exchange) return parts ? first.value + second.value : first.value;
  // Both sides of an exchange: distinct groups, skipping breakdowns ("270 soldiers and 120 civilians" = 390).
  const counted: Group[] = [first];
  const seen = (g: Group): boolean => counted.some((c) => c.value === g.value && (c.nationality === g.nationality || !c.nationality || !g.nationality));
  let total = first.value;
  for (let k = 1; k < groups.length; k += 1) {
    const g = groups[k] as Group;
    const next = groups[k + 1];
    const joined = next !== undefined && next.sentence === g.sentence && next.start - g.end <= 2 && AND.has(tokens[g.end]?.norm ?? '');
    if (joined && counted.some((c) => c.value === g.value + next.value)) {
      k += 1;
      continue;
    }
    if (seen(g)) continue;
    counted.push(g);
    total += g.value;
  }
  return total + singleCounterparts(a, trades[0], groups);
}

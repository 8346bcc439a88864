// Cardinal numbers written as digits or words in English, Russian and Ukrainian, in any case form
// ("thirty-one", "тридцать одного", "двох", "п'ятдесяти"). Collective nouns ("hundreds", "сотни",
// "десятки", "dozens") give no number on purpose. The npm packages for number words go the other
// way (number → words) or know English only, hence this table.
import type { Token } from './text.js';

type NumberWord = { value: number } | { multiplier: number };

const WORDS = new Map<string, NumberWord>();
const set = (forms: string, value: number): void => {
  for (const f of forms.split(' ')) WORDS.set(f, { value });
};
const mult = (forms: string, multiplier: number): void => {
  for (const f of forms.split(' ')) WORDS.set(f, { multiplier });
};

// English
'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ').forEach((w, i) => set(w, i + 1));
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, i) => set(w, (i + 2) * 10));
set('dozen', 12);
mult('hundred', 100);
mult('thousand', 1000);

// Russian (ё is normalised to е, apostrophes dropped, before lookup)
set('один одна одно одного одной одному одним одну', 1);
set('два две двух двум двумя', 2);
set('три трех трем тремя трое троих', 3);
set('четыре четырех четырем четырьмя четверо четверых', 4);
set('пятеро пятерых', 5);
set('шестеро шестерых', 6);
set('семеро семерых', 7);
set('восьмеро восьмерых', 8);
set('девятеро девятерых', 9);
set('десятеро десятерых', 10);
set('сорок сорока', 40);
set('девяносто девяноста', 90);
set('сто ста', 100);
set('двести двухсот двумстам', 200);
set('триста трехсот', 300);
set('четыреста четырехсот', 400);
mult('тысяча тысячи тысяч тысячу', 1000);

// Ukrainian
set('одне одної одній', 1);
set('дві двох двом двома двоє', 2);
set('трьох трьом трьома троє', 3);
set('чотири чотирьох чотирьом чотирма четверо', 4);
set('сорокох', 40);
set('двісті двохсот', 200);
set('трьохсот', 300);
set('чотириста чотирьохсот', 400);
mult('тисяча тисячі тисяч тисячу', 1000);
// The abbreviation news writes: «4 тыс. заключённых».
mult('тыс тис', 1000);

/** Stems that take the soft-sign declension: пять/пяти/пятью, пʼять/пʼяти/пʼятьох… */
const SOFT_STEMS: readonly [string[], number][] = [
  [['пят'], 5], [['шест', 'шіст'], 6], [['сем', 'сім'], 7], [['восем', 'восьм', 'вісім', 'вісьм'], 8], [['девят'], 9],
  [['десят'], 10], [['одиннадцат', 'одинадцят'], 11], [['двенадцат', 'дванадцят'], 12], [['тринадцат', 'тринадцят'], 13],
  [['четырнадцат', 'чотирнадцят'], 14], [['пятнадцат', 'пятнадцят'], 15], [['шестнадцат', 'шістнадцят'], 16],
  [['семнадцат', 'сімнадцят'], 17], [['восемнадцат', 'вісімнадцят'], 18], [['девятнадцат', 'девятнадцят'], 19],
  [['двадцат', 'двадцят'], 20], [['тридцат', 'тридцят'], 30],
  [['пятьдесят', 'пятидесят', 'пятдесят'], 50], [['шестьдесят', 'шестидесят', 'шістдесят'], 60],
  [['семьдесят', 'семидесят', 'сімдесят'], 70], [['восемьдесят', 'восьмидесят', 'вісімдесят'], 80],
  [['пятьсот', 'пятисот', 'пятсот'], 500], [['шестьсот', 'шестисот', 'шістсот'], 600], [['семьсот', 'семисот', 'сімсот'], 700],
  [['восемьсот', 'восьмисот', 'вісімсот'], 800], [['девятьсот', 'девятисот', 'девятсот'], 900],
];
const SOFT_ENDINGS = ['', 'ь', 'и', 'ью', 'ьох', 'ьом', 'ома', 'ох', 'ом', 'ма', 'ам', 'ах', 'ями'];
for (const [stems, value] of SOFT_STEMS) {
  for (const stem of stems) for (const e of SOFT_ENDINGS) if (!WORDS.has(stem + e)) WORDS.set(stem + e, { value });
}
const DIGITS = /^\d+$/;
const THOUSANDS_GAP = /^[,\s\u00a0\u202f]$/;
const DECIMAL_MARK = /^[.,]$/;

export interface FoundNumber {
  value: number;
  /** Index of the first and one past the last token of the number. */
  start: number;
  end: number;
}

/** Reads the number that starts at token i (digits with thousands separators, or number words). */
export function readNumber(tokens: readonly Token[], i: number, source: (t: Token) => string): FoundNumber | undefined {
  const first = tokens[i];
  if (first === undefined) return undefined;
  if (DIGITS.test(first.norm)) {
    if (first.norm.length > 7) return undefined;
    // «9,6 тыс.», "2.5 thousand": the digits after the decimal mark belong to the number before.
    const prevDigits = tokens[i - 1];
    if (prevDigits && DIGITS.test(prevDigits.norm) && prevDigits.part === first.part && DECIMAL_MARK.test(source(first).slice(prevDigits.end, first.start))) return undefined;
    const fraction = tokens[i + 1];
    const scale = WORDS.get(tokens[i + 2]?.norm ?? '');
    if (fraction && /^\d{1,2}$/.test(fraction.norm) && fraction.part === first.part && DECIMAL_MARK.test(source(first).slice(first.end, fraction.start)) && scale && 'multiplier' in scale) {
      return { value: Math.round(Number(`${first.norm}.${fraction.norm}`) * scale.multiplier), start: i, end: i + 3 };
    }
    let value = Number(first.norm);
    let end = i + 1;
    // "1,000" and "1 000" come out of the tokenizer as two tokens.
    for (let next = tokens[end]; next && next.sentence === first.sentence && /^\d{3}$/.test(next.norm); next = tokens[end]) {
      const prev = tokens[end - 1] as Token;
      const gap = source(prev).slice(prev.end, next.start);
      if (next.part !== prev.part || !THOUSANDS_GAP.test(gap)) break;
      value = value * 1000 + Number(next.norm);
      end += 1;
    }
    const after = WORDS.get(tokens[end]?.norm ?? '');
    if (after && 'multiplier' in after) return { value: value * after.multiplier, start: i, end: end + 1 };
    return { value, start: i, end };
  }
  let total = 0;
  let current = 0;
  let end = i;
  let any = false;
  for (let j = i; j < tokens.length; j += 1) {
    const t = tokens[j] as Token;
    if (t.sentence !== first.sentence) break;
    if (any && (t.norm === 'and' || t.norm === 'і' || t.norm === 'и')) {
      const peek = WORDS.get(tokens[j + 1]?.norm ?? '');
      if (peek && 'value' in peek && peek.value < 100) continue;
      break;
    }
    const w = WORDS.get(t.norm);
    if (w === undefined) break;
    if ('multiplier' in w) {
      if (w.multiplier === 1000) {
        total += (current || 1) * 1000;
        current = 0;
      } else current = (current || 1) * w.multiplier;
    } else {
      // "twenty one" adds; "one two" (a list) stops at the second word.
      if (current % 10 !== 0 && w.value < 10) break;
      if (current !== 0 && current < w.value) break;
      current += w.value;
    }
    any = true;
    end = j + 1;
  }
  if (!any) return undefined;
  // "a hundred" / "hundred" alone still means 100; "hundreds" is not in the table.
  return { value: total + current, start: i, end };
}

/** A token that starts or continues a number: digits or a number word. */
export function isNumberToken(t: Token): boolean {
  return DIGITS.test(t.norm) || WORDS.has(t.norm);
}

// Ordinals, for telling sanctions packages apart: "20th package", «двадцатый пакет», «20-й пакет».
const ORDINALS = new Map<string, number>();
'second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
  .split(' ').forEach((w, i) => ORDINALS.set(w, i + 2));
ORDINALS.set('thirtieth', 30);
const ORDINAL_ENDINGS = ['ый', 'ий', 'ой', 'ого', 'ому', 'ом', 'ым', 'им', 'ая', 'ої', 'ій', 'ую', 'ое', 'е', 'а', 'у', 'ою'];
const ORDINAL_STEMS: readonly [string[], number][] = [
  [['втор', 'друг'], 2], [['трет'], 3], [['четверт'], 4], [['шост'], 6], [['сьом', 'седьм'], 7], [['восьм'], 8],
  ...SOFT_STEMS.filter(([, v]) => v === 5 || (v >= 9 && v <= 30)),
];
for (const [stems, value] of ORDINAL_STEMS) for (const stem of stems) for (const e of ORDINAL_ENDINGS) ORDINALS.set(stem + e, value);
// «второй»/«другий» also mean "other"; «друга» "friend": no ordinal without a number context, so 2 is left out.
for (const [k, v] of [...ORDINALS]) if (v === 2) ORDINALS.delete(k);
const DIGIT_ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)$/;
const DURATION = /^(years?|months?|weeks?|days?|hours?|decades?|год|года|годам|годами|лет|годы|рок|роки|років|рокам|месяц|мес|місяц|недел|тиждн|тижн|дн|дня|дней|часов|годин)/;

/**
 * Numbers a text writes in words, and ordinals in words or digits ("20th", «20-й»), for comparing
 * reports: "fifteen outlets" and «пятнадцать организаций» share 15. Values below 2 are left out
 * ("one of them"). Digits alone are read by the caller.
 */
export function wordNumbersIn(tokens: readonly Token[], source: (t: Token) => string): number[] {
  const found = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    const ordinal = ORDINALS.get(t.norm) ?? Number(DIGIT_ORDINAL.exec(t.norm)?.[1] ?? NaN);
    const next = tokens[i + 1];
    // «20-й»: digits, a hyphen, then the ending as a token of its own.
    const hyphenated = DIGITS.test(t.norm) && next !== undefined && /^(й|я|е|го|му|м|ий|ого)$/.test(next.norm) && source(t).slice(t.end, next.start) === '-';
    if (!Number.isNaN(ordinal)) {
      if (ordinal >= 2) found.add(ordinal);
      continue;
    }
    if (hyphenated) {
      found.add(Number(t.norm));
      i += 1;
      continue;
    }
    // «9,6 тыс.»: the digits before a multiplier were read by the caller.
    if (DIGITS.test(t.norm) || !WORDS.has(t.norm) || DIGITS.test(tokens[i - 1]?.norm ?? '')) continue;
    const n = readNumber(tokens, i, source);
    if (n === undefined) continue;
    i = n.end - 1;
    // "after three years", «к пяти годам»: a duration, not a count of anything in the event.
    if (n.value >= 2 && !DURATION.test(tokens[n.end]?.norm ?? '')) found.add(n.value);
  }
  return [...found];
}

// "What's next": forward-looking sentences found in the reports (en/ru/uk): scheduled talks,
// deadlines, plans, expectations and conditions. Only sentences the reports contain are used.
import { distinct, overlap, sentences, shorten } from './text.js';
import type { StoryReport } from './writer.js';

/** Each says the sentence is about the future (or a condition on it); one is needed. */
const FUTURE: RegExp[] = [
  /\b(will|won't|shall)\b/i,
  /\b(is|are|was|were)\s+(expected|due|set|scheduled|slated|likely|poised|going)\s+to\b/i,
  /\b(scheduled|planned|upcoming|forthcoming|deadline|expected)\b/i,
  /\bnext\s+(week|month|year|round|step|steps|stage|phase|meeting|talks)\b/i,
  /\b(plans?|intends?|aims?|hopes?)\s+to\b/i,
  /\bby the end of\b|\bwithin (the next )?\d+ days\b/i,
  /\b(if|unless|provided that|on condition that|in exchange for)\b/i,
  /\b(talks|negotiations)\s+(are|were)\s+(under way|underway|continuing|ongoing)\b|\bfurther (talks|releases|steps|negotiations)\b/i,
  // Russian
  /(^|[^\p{L}])(будет|будут|состоится|состоятся|предстоит|планиру\p{L}*|запланир\p{L}*|ожида\p{L}*|намерен\p{L}*|продолж(ат|ит)ся|возобнов\p{L}*)/iu,
  /на следующей неделе|в следующем (месяце|году)|в ближайш\p{L}*|до конца|(^|[^\p{L}])(если|при условии)([^\p{L}]|$)/iu,
  // Ukrainian
  /(^|[^\p{L}])(буде|будуть|відбудеться|відбудуться|планує\p{L}*|планують|заплановано|запланован\p{L}*|очіку\p{L}*|має намір|мають намір|продовж(ать|иться)ся|продовжаться|продовжиться|відновл\p{L}*)/iu,
  /наступного (тижня|місяця|року)|найближч\p{L}*|до кінця|(^|[^\p{L}])(якщо|за умови)([^\p{L}]|$)/iu,
];

/** Make a forward-looking sentence more worth showing: talks, meetings, dates. */
const BOOST: RegExp[] = [
  /\b(talks|negotiations|meeting|summit|visit|round|deadline|vote|decision)\b/i,
  /переговор|встреч|визит|раунд|саммит|переговори|зустріч|візит|засідан/iu,
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
  /(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)\p{L}*/iu,
];

const BOILERPLATE = /appeared first on|read more|continue reading|subscribe|click here|newsletter|sign up|подпис|читайте также|читати також/i;
const MAX_SENTENCES = 2;
const MAX_CHARS = 300;

/** Up to two forward-looking sentences with their source, the most specific first, newer reports before older ones. */
export function forwardLooking(reports: StoryReport[], headline = ''): string[] {
  const found: Array<{ text: string; source: string; score: number; order: number }> = [];
  let order = 0;
  // Newest report first: it knows the latest plans.
  for (const r of [...reports].reverse()) {
    for (const s of [r.item.title, ...sentences(r.item.summary)]) {
      order += 1;
      const text = s.trim();
      if (text.length < 25 || BOILERPLATE.test(text) || overlap(text, headline) >= 0.8) continue;
      const future = FUTURE.filter((p) => p.test(text)).length;
      if (future === 0) continue;
      const english = (r.classification.language || r.item.language) === 'en' ? 1 : 0;
      const score = future + 2 * BOOST.filter((p) => p.test(text)).length + english;
      found.push({ text: shorten(text, MAX_CHARS), source: r.feed.name, score, order });
    }
  }
  found.sort((a, b) => b.score - a.score || a.order - b.order);
  const kept = distinct(found.map((f) => f.text), 0.75).slice(0, MAX_SENTENCES);
  // Attributed: "next week" is the source's week, and an editor wants to know who said it.
  return kept.map((text) => text.replace(/([.!?…]?)$/, (end) => ` (${found.find((f) => f.text === text)!.source})${end || '.'}`));
}

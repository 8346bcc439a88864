// Sentence and word helpers shared by the brief writer's extraction steps.

/**
 * Abbreviations after which Intl.Segmenter (ICU, without its suppression lists in Node) wrongly ends
 * a sentence: "U.S. President…", "Mr. Smith", "Dec. 5", initials "А. Лукашенко", "т.е.". ICU has no
 * other switch for this, and the npm splitters tried (sbd, cldr-segmentation) split "U.S." the same way.
 */
const ABBREVIATION =
  /(?:^|[\s(«"“])(?:\p{Lu}(?:\.\p{Lu})*|\p{L}\.\p{L}|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|т\.е|т\.к|т\.н|г|гг|им|ул|см|ст|пер|ін|тис|млн|млрд)\.\s*$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Collapses whitespace and drops control characters (feed text is untrusted). */
export function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The sentences of a text, trimmed, with false breaks after abbreviations joined back. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(clean(text))) {
    pending += segment;
    if (ABBREVIATION.test(pending)) continue;
    if (pending.trim()) out.push(pending.trim());
    pending = '';
  }
  if (pending.trim()) out.push(pending.trim());
  return out;
}

/** Lower-case words of at least two letters (any script). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
}

/** Share of the smaller word set found in the other: 1 means one sentence repeats the other. */
export function overlap(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / Math.min(wa.size, wb.size);
}

/** Drops near-duplicates, keeping the first of each. */
export function distinct(texts: string[], threshold = 0.7): string[] {
  const kept: string[] = [];
  for (const t of texts) if (!kept.some((k) => overlap(k, t) >= threshold)) kept.push(t);
  return kept;
}

/** Cuts at a word boundary near `max`, ending in "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** "1st", "2nd", "3rd", "4th", "11th", "21st". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "3 November 2025". */
export function formatDay(d: Date): string {
  return DAY.format(d);
}

/** "June 2025". */
export function formatMonth(d: Date): string {
  return MONTH.format(d);
}

/** "and"-joined list: "A", "A and B", "A, B and C". */
export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

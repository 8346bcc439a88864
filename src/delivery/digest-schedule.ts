// When digests are due: the latest DIGEST_CRON run at or before a moment, read in DIGEST_TIMEZONE,
// and the period it opens. A period is named by the local date of its run ("day:2025-06-10"; weekly:
// the Monday, "week:2025-06-09"), so a second run on the same day, or a change of the cron's time,
// never makes a second digest for that day.
import type { ScheduledTask } from 'node-cron';
import type { DigestSchedule } from '../core/types.js';

export interface DigestSlot {
  /** The period's name, unique per subscription: what makes a digest go out once. */
  key: string;
  /** The scheduled run that opened the period; the digest covers the day or week before it. */
  firedAt: Date;
}

/** How far back a run is looked for: a cron that runs less than weekly gives no digest (see README). */
const LOOKBACK_MINUTES = 8 * 24 * 60;
const MINUTE = 60_000;

export function createDigestCalendar(task: Pick<ScheduledTask, 'match'>, timeZone: string) {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' });
  function localDay(d: Date): { date: string; monday: boolean } {
    const parts = format.formatToParts(d);
    const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return { date: `${get('year')}-${get('month')}-${get('day')}`, monday: get('weekday') === 'Mon' };
  }

  // Scanning a week of minutes costs tens of milliseconds; runs within one minute share the answer.
  const cache = new Map<string, DigestSlot | undefined>();

  /** The latest run at or before `at` (weekly: the latest Monday run), or undefined in the last eight days. */
  function slot(kind: DigestSchedule, at: Date): DigestSlot | undefined {
    const start = Math.floor(at.getTime() / MINUTE) * MINUTE;
    if (!Number.isFinite(start)) return undefined;
    const cacheKey = `${kind}:${start}`;
    if (cache.has(cacheKey)) return cache.get(cacheKey);
    let found: DigestSlot | undefined;
    for (let i = 0; i <= LOOKBACK_MINUTES && !found; i++) {
      const candidate = new Date(start - i * MINUTE);
      if (!task.match(candidate)) continue;
      const day = localDay(candidate);
      if (kind === 'daily') found = { key: `day:${day.date}`, firedAt: candidate };
      else if (day.monday) found = { key: `week:${day.date}`, firedAt: candidate };
    }
    if (cache.size > 16) cache.clear();
    cache.set(cacheKey, found);
    return found;
  }

  return { slot };
}

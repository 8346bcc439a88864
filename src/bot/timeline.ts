// Plain text for /brief status (a country's state in one sentence, then its timeline) and the
// labels /brief search shares with it. Adapters escape and style it.
import type { Action, Brief, TopicId } from '../core/types.js';
import { countryName } from './countries.js';
import { plural } from './format.js';

// Hand-written rather than Intl: the en-GB short month for September is "Sept" or "Sep" depending
// on the ICU version Node was built with, and answers should read the same everywhere.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Sep 2025" (UTC). */
export function formatDay(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** What happened, as a timeline shows it. */
const ACTION_LABELS: Record<Action, string> = {
  pardon: 'pardon',
  swap: 'prisoner swap',
  exchange: 'prisoner exchange',
  amnesty: 'amnesty',
  release: 'release',
  handover: 'handover',
  impose: 'sanctions imposed',
  designate: 'sanctions designations',
  lift: 'sanctions lifted',
  ease: 'sanctions eased',
  extend: 'sanctions extended',
  waive: 'sanctions waiver',
  delist: 'sanctions delisting',
  threaten: 'sanctions threatened',
};

/** "sanctions eased …" in the state line. */
const SANCTIONS_PAST: Partial<Record<Action, string>> = {
  impose: 'imposed',
  designate: 'widened',
  lift: 'lifted',
  ease: 'eased',
  extend: 'extended',
  waive: 'waived',
  delist: 'eased (delisting)',
  threaten: 'threatened',
};

/** "easing of sanctions proposed …" when the action is not done yet. */
const SANCTIONS_PLANNED: Partial<Record<Action, string>> = {
  impose: 'new sanctions',
  designate: 'new designations',
  lift: 'lifting of sanctions',
  ease: 'easing of sanctions',
  extend: 'extension of sanctions',
  waive: 'sanctions waiver',
  delist: 'delisting',
};

const TOPIC_WORDS: Record<TopicId, string> = { prisoner_release: 'prisoner release', sanctions: 'sanctions' };

function isDone(brief: Brief): boolean {
  return brief.stage === undefined || brief.stage === 'completed';
}

/** "sanctions eased", "prisoner swap (proposed)"; the topics when there is no action. */
export function actionLabel(brief: Brief): string {
  const what = brief.action ? ACTION_LABELS[brief.action] : brief.topics.map((t) => TOPIC_WORDS[t]).join(' + ') || 'brief';
  return isDone(brief) ? what : `${what} (${brief.stage})`;
}

/** A country code as a name ("US" → "United States"); other parties as written. */
function partyName(party: string): string {
  return /^[A-Z]{2}$/.test(party) ? countryName(party) : party;
}

/** The story's other countries and parties: everyone named except `country`. */
export function counterparts(brief: Brief, country: string): string[] {
  const code = country.toUpperCase();
  const parties = [...brief.countries, ...(brief.actors?.acting ?? []), ...(brief.actors?.targeted ?? [])];
  return [...new Set(parties.filter((p) => p.toUpperCase() !== code).map(partyName))];
}

/** "Reuters, BBC +2": the reporting feeds, each once. */
export function sourceNames(brief: Brief, shown = 3): string {
  const names = [...new Set(brief.sources.map((s) => s.feedName).filter((n) => n !== ''))];
  const more = names.length > shown ? ` +${names.length - shown}` : '';
  return names.slice(0, shown).join(', ') + more;
}

/** The first source link of a brief. */
export function firstLink(brief: Brief): string | undefined {
  return brief.sources.find((s) => s.url !== undefined && s.url !== '')?.url;
}

/** "12 Sep 2025 · pardon · 52 people · with United States · Reuters, BBC — Belarus pardons 52", linked to its first source. */
export function timelineEntry(brief: Brief, country: string): { text: string; url?: string } {
  const others = counterparts(brief, country);
  const text = [
    formatDay(brief.createdAt),
    actionLabel(brief),
    brief.people !== undefined ? plural(brief.people, 'person', 'people') : '',
    others.length > 0 ? `with ${others.join(', ')}` : '',
    sourceNames(brief),
  ]
    .filter((s) => s !== '')
    .join(' · ');
  const url = firstLink(brief);
  return { text: `${text} — ${brief.headline}`, ...(url ? { url } : {}) };
}

function releasePart(brief: Brief, country: string): string {
  const others = counterparts(brief, country);
  const named = brief.action && brief.action !== 'release' ? ACTION_LABELS[brief.action] : undefined;
  const details = (withAction: boolean) =>
    [withAction ? named : undefined, brief.people !== undefined ? plural(brief.people, 'person', 'people') : undefined, others.length > 0 ? `with ${others.join(', ')}` : undefined].filter(
      (s): s is string => s !== undefined,
    );
  if (isDone(brief)) {
    const d = details(true);
    return `last release ${formatDay(brief.createdAt)}${d.length > 0 ? ` (${d.join(', ')})` : ''}`;
  }
  const d = details(false);
  return `${named ?? 'release'} ${brief.stage} ${formatDay(brief.createdAt)}${d.length > 0 ? ` (${d.join(', ')})` : ''}`;
}

function sanctionsPart(brief: Brief): string {
  const acting = (brief.actors?.acting ?? []).map(partyName);
  const by = acting.length > 0 ? ` by ${acting.join(', ')}` : '';
  const on = ` on ${formatDay(brief.createdAt)}`;
  const action = brief.action;
  if (action !== undefined && !isDone(brief) && action !== 'threaten' && SANCTIONS_PLANNED[action]) {
    return `${SANCTIONS_PLANNED[action]} ${brief.stage}${by}${on}`;
  }
  const past = action !== undefined ? SANCTIONS_PAST[action] : undefined;
  return past ? `sanctions ${past}${by}${on}` : `latest sanctions news${on}`;
}

/**
 * The current state in one sentence, from the newest brief of each topic:
 * "Belarus: last release 12 Sep 2025 (52 people, with United States); sanctions eased by United States on 11 Sep 2025."
 */
export function stateLine(country: string, latest: Partial<Record<TopicId, Brief>>): string {
  const name = countryName(country);
  const parts = [
    latest.prisoner_release ? releasePart(latest.prisoner_release, country) : undefined,
    latest.sanctions ? sanctionsPart(latest.sanctions) : undefined,
  ].filter((s): s is string => s !== undefined);
  if (parts.length === 0) return `${name}: nothing about prisoner releases or sanctions yet.`;
  if (!latest.prisoner_release) parts.push('no prisoner release seen');
  if (!latest.sanctions) parts.push('no sanctions action seen');
  return `${name}: ${parts.join('; ')}.`;
}

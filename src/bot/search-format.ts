// Plain text for /brief search results (adapters escape and style it).
import type { SearchHit } from '../store/store.js';
import { actionLabel, firstLink, formatDay, sourceNames } from './timeline.js';

/**
 * A story: "12 Sep 2025 · story · sanctions eased · BY, US · Reuters, BBC — US eases sanctions on Belavia",
 * linked to its first source. An item: "11 Sep 2025 · Reuters — Title", linked to the item.
 */
export function searchHitItem(hit: SearchHit): { text: string; url?: string } {
  if (hit.kind === 'item') {
    const text = `${formatDay(hit.date)} · ${hit.feedName} — ${hit.title}`;
    return hit.link ? { text, url: hit.link } : { text };
  }
  const { brief } = hit;
  const updated = brief.updatedAt && formatDay(brief.updatedAt) !== formatDay(brief.createdAt) ? `updated ${formatDay(brief.updatedAt)}` : '';
  const text = [formatDay(brief.createdAt), updated, 'story', actionLabel(brief), brief.countries.join(', '), sourceNames(brief)]
    .filter((s) => s !== '')
    .join(' · ');
  const url = firstLink(brief);
  return { text: `${text} — ${brief.headline}`, ...(url ? { url } : {}) };
}

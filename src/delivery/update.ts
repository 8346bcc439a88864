// Rewrites an already delivered brief in every channel it reached (story grew: more sources, better numbers).
import { scrubSecrets } from '../core/secrets.js';
import type { Brief, Platform } from '../core/types.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import type { DeliveryAdapter } from './adapter.js';

export interface UpdateResult {
  updated: number;
  failed: number;
}

export function createBriefUpdater(opts: { store: Store; adapters: DeliveryAdapter[]; logger: Logger }) {
  const adapters = new Map<Platform, DeliveryAdapter>(opts.adapters.map((a) => [a.platform, a]));
  const log = opts.logger.child({ component: 'update' });
  return async function updateDelivered(brief: Brief): Promise<UpdateResult> {
    const result: UpdateResult = { updated: 0, failed: 0 };
    for (const entry of await opts.store.deliveriesOf(brief.id)) {
      const adapter = adapters.get(entry.platform);
      if (!adapter?.update || !entry.externalId) continue; // e.g. the console: a printed line cannot change
      try {
        await adapter.update(entry.channel, entry.externalId, brief);
        result.updated += 1;
      } catch (err) {
        result.failed += 1;
        const message = scrubSecrets(err instanceof Error ? err.message : String(err));
        log.warn({ outboxId: entry.id, platform: entry.platform, channel: entry.channel }, `could not update brief in place: ${message}`);
      }
    }
    return result;
  };
}

// Prometheus metrics on a registry of our own (no global default registry).
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  polls: Counter<'outcome'>;
  itemsNew: Counter;
  briefs: Counter;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'attache_' });
  return {
    registry,
    polls: new Counter({ name: 'attache_feed_polls_total', help: 'Feed polls by outcome', labelNames: ['outcome'], registers: [registry] }),
    itemsNew: new Counter({ name: 'attache_items_new_total', help: 'New feed items stored', registers: [registry] }),
    briefs: new Counter({ name: 'attache_briefs_total', help: 'Briefs written', registers: [registry] }),
  };
}

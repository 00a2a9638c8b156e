import type { MetricsRegistry } from '@salw/observability';
import type { Gauge } from 'prom-client';

/**
 * What the registry exports. `salw_registry_active_activation` is read from the store at every
 * scrape; an alert compares it with the screeners' `salw_screener_snapshot_activation`.
 */
export class RegistryMetrics {
  readonly activeActivation: Gauge;

  constructor(registry: MetricsRegistry, readActivation: () => Promise<number | undefined>) {
    this.activeActivation = registry.gauge({
      name: 'salw_registry_active_activation',
      help: 'The active activation number in the store (0 before the first activation)',
      collect: async () => {
        this.activeActivation.set((await readActivation()) ?? 0);
      },
    });
  }
}

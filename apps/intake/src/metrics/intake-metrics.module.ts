import { Global, Module } from '@nestjs/common';
import { createMetricsRegistry, METRICS_REGISTRY } from '@salw/observability';
import { IntakeMetrics } from './intake.metrics';

/**
 * The metrics registry without `MetricsModule`'s bearer-token `/metrics`: here a scrape
 * needs an API key with the `metrics` role, so the app declares the shared controller under its own guard.
 */
@Global()
@Module({
  providers: [
    { provide: METRICS_REGISTRY, useFactory: () => createMetricsRegistry({ service: 'intake' }) },
    IntakeMetrics,
  ],
  exports: [METRICS_REGISTRY, IntakeMetrics],
})
export class IntakeMetricsModule {}

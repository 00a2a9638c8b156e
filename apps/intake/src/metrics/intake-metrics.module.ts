import { Global, Module } from '@nestjs/common';
import { createMetricsRegistry, METRICS_REGISTRY } from '@salw/observability';
import { IntakeMetrics } from './intake.metrics';

/**
 * The metrics registry without the observability library's open `/metrics` route: here a scrape
 * needs an API key with the `metrics` role, so the app serves its own guarded `MetricsController`.
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

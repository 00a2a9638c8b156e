import { Module, type DynamicModule } from '@nestjs/common';
import { METRICS_ACCESS, METRICS_REGISTRY } from './metrics.constants';
import { MetricsAccessGuard, type MetricsAccess } from './metrics-access.guard';
import { metricsControllerGuardedBy } from './metrics.controller';
import { createMetricsRegistry, type MetricsRegistryOptions } from './metrics-registry';

/**
 * Provides the `MetricsRegistry` globally (`METRICS_REGISTRY`) and serves it on `GET /metrics` to
 * scrapers holding one of the accepted bearer tokens.
 */
@Module({})
export class MetricsModule {
  static forRoot(options: MetricsRegistryOptions & { readonly access: MetricsAccess }): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      controllers: [metricsControllerGuardedBy(MetricsAccessGuard)],
      providers: [
        { provide: METRICS_REGISTRY, useFactory: () => createMetricsRegistry(options) },
        { provide: METRICS_ACCESS, useValue: options.access },
        MetricsAccessGuard,
      ],
      exports: [METRICS_REGISTRY],
    };
  }
}

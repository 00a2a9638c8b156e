import { Module, type DynamicModule } from '@nestjs/common';
import { METRICS_ACCESS, METRICS_REGISTRY } from './metrics.constants';
import { MetricsAccessGuard, type MetricsAccess } from './metrics-access.guard';
import { metricsControllerGuardedBy } from './metrics.controller';
import { createMetricsRegistry, type MetricsRegistryOptions } from './metrics-registry';

/** `GET /metrics` for scrapers holding an accepted bearer token; exported so an app-wide sign-in guard can exempt it. */
export const BearerMetricsController = metricsControllerGuardedBy(MetricsAccessGuard);

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
      controllers: [BearerMetricsController],
      providers: [
        { provide: METRICS_REGISTRY, useFactory: () => createMetricsRegistry(options) },
        { provide: METRICS_ACCESS, useValue: options.access },
        MetricsAccessGuard,
      ],
      exports: [METRICS_REGISTRY],
    };
  }
}

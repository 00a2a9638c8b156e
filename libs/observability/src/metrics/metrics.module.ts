import { Module, type DynamicModule } from '@nestjs/common';
import { METRICS_REGISTRY } from './metrics.constants';
import { MetricsController } from './metrics.controller';
import { createMetricsRegistry, type MetricsRegistryOptions } from './metrics-registry';

/** Provides the `MetricsRegistry` globally (`METRICS_REGISTRY`) and serves it on `GET /metrics`. */
@Module({})
export class MetricsModule {
  static forRoot(options: MetricsRegistryOptions): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      controllers: [MetricsController],
      providers: [{ provide: METRICS_REGISTRY, useFactory: () => createMetricsRegistry(options) }],
      exports: [METRICS_REGISTRY],
    };
  }
}

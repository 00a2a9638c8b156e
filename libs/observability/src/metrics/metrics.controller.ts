import {
  Controller,
  Get,
  Header,
  Inject,
  StreamableFile,
  UseGuards,
  type CanActivate,
  type Type,
} from '@nestjs/common';
import { METRICS_REGISTRY } from './metrics.constants';
import type { MetricsRegistry } from './metrics-registry';

/**
 * The `GET /metrics` controller of every app, guarded by what that app authenticates scrapers with:
 * bearer-token hashes (`MetricsAccessGuard`, as `MetricsModule.forRoot` wires it) or the app's own
 * keys (the intake's `ApiKeyGuard` with its `metrics` role, passed as a class decorator). The guard is
 * a parameter, not an option, so there is no way to declare an open `/metrics`.
 */
export function metricsControllerGuardedBy(
  guard: Type<CanActivate>,
  ...decorators: ClassDecorator[]
): Type<unknown> {
  @Controller()
  @UseGuards(guard)
  class MetricsController {
    constructor(@Inject(METRICS_REGISTRY) private readonly metrics: MetricsRegistry) {}

    /**
     * Prometheus text exposition format. Sent as a file body so the content type goes out exactly as
     * prom-client names it; a string body would have Express rewrite the header's parameters.
     */
    @Get('metrics')
    @Header('Cache-Control', 'no-store')
    async scrape(): Promise<StreamableFile> {
      const text = await this.metrics.metrics();
      return new StreamableFile(Buffer.from(text, 'utf8'), { type: this.metrics.contentType });
    }
  }
  for (const decorate of decorators) decorate(MetricsController);
  return MetricsController;
}

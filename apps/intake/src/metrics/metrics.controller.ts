import { Controller, Get, Header, Inject, Res, UseGuards } from '@nestjs/common';
import { METRICS_REGISTRY, type MetricsRegistry } from '@salw/observability';
import type { ServerResponse } from 'node:http';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { Roles } from '../auth/roles.decorator';

@Controller()
@UseGuards(ApiKeyGuard)
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly metrics: MetricsRegistry) {}

  /** Prometheus text exposition; scrapers authenticate like any client, with a `metrics` key. */
  @Get('metrics')
  @Roles('metrics')
  @Header('Cache-Control', 'no-store')
  async scrape(@Res({ passthrough: true }) response: ServerResponse): Promise<string> {
    response.setHeader('Content-Type', this.metrics.contentType);
    return this.metrics.metrics();
  }
}

import { Controller, Get, Inject, StreamableFile, UseGuards } from '@nestjs/common';
import { MetricsAccessGuard } from './metrics-access.guard';
import { METRICS_REGISTRY } from './metrics.constants';
import type { MetricsRegistry } from './metrics-registry';

@Controller()
@UseGuards(MetricsAccessGuard)
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly metrics: MetricsRegistry) {}

  /**
   * Prometheus text exposition format. Sent as a file body so the content type goes out exactly as
   * prom-client names it; a string body would have Express rewrite the header's parameters.
   */
  @Get('metrics')
  async scrape(): Promise<StreamableFile> {
    const text = await this.metrics.metrics();
    return new StreamableFile(Buffer.from(text, 'utf8'), { type: this.metrics.contentType });
  }
}

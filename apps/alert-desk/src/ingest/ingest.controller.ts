import { Controller, Inject, UseFilters } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { TOPICS } from '@salw/contracts';
import { ErrorsToTransportFilter, type BatchReply, type InboundBatch } from '@salw/messaging';
import { AlertIngestProcessor } from './alert-ingest.processor';

/** The desk's two Kafka handlers; the transports map the (possibly prefixed) topics to these patterns. */
@Controller()
@UseFilters(ErrorsToTransportFilter)
export class IngestController {
  constructor(@Inject(AlertIngestProcessor) private readonly processor: AlertIngestProcessor) {}

  @MessagePattern(TOPICS.alerts)
  async alerts(batch: InboundBatch): Promise<BatchReply> {
    return { outcomes: await this.processor.alerts(batch) };
  }

  @MessagePattern(TOPICS.declarations)
  async declarations(batch: InboundBatch): Promise<BatchReply> {
    return { outcomes: await this.processor.declarations(batch) };
  }
}

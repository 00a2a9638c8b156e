import { Controller, Inject } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { TOPICS } from '@salw/contracts';
import type { InboundBatch, RecordOutcome } from '@salw/messaging';
import { AlertIngestProcessor } from './alert-ingest.processor';

/** The desk's two Kafka handlers; the transports map the (possibly prefixed) topics to these patterns. */
@Controller()
export class IngestController {
  constructor(@Inject(AlertIngestProcessor) private readonly processor: AlertIngestProcessor) {}

  @MessagePattern(TOPICS.alerts)
  alerts(batch: InboundBatch): Promise<readonly RecordOutcome[]> {
    return this.processor.alerts(batch);
  }

  @MessagePattern(TOPICS.declarations)
  declarations(batch: InboundBatch): Promise<readonly RecordOutcome[]> {
    return this.processor.declarations(batch);
  }
}

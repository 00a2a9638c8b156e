import { Controller, Inject } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { TOPICS } from '@salw/contracts';
import type { InboundBatch, RecordOutcome } from '@salw/messaging';
import { BATCH_PROCESSOR, type BatchProcessorLike } from './screening.constants';

/**
 * The screener's one handler: a batch of the declarations topic in, one outcome per record out.
 * The pattern is matched on the role name; the transport maps the (possibly prefixed) topic to it.
 */
@Controller()
export class ScreeningController {
  constructor(@Inject(BATCH_PROCESSOR) private readonly processor: BatchProcessorLike) {}

  @MessagePattern(TOPICS.declarations)
  handle(batch: InboundBatch): Promise<readonly RecordOutcome[]> {
    return this.processor.process(batch);
  }
}

import { Controller, Inject, UseFilters } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { KAFKA_CONFIG, type KafkaConfig } from '@salw/config';
import {
  declarationValidator,
  describeRejection,
  TOPICS,
  topicNames,
  type TopicNames,
} from '@salw/contracts';
import {
  ErrorsToTransportFilter,
  type BatchReply,
  type InboundBatch,
  type RecordOutcome,
} from '@salw/messaging';

/**
 * Benchmark baseline (`SCREENER_MODE=pass-through`), served instead of the screening handler:
 * validates each record and publishes a minimal acknowledgement through the same transactional path,
 * without ledger, history or scoring. The ratio of screening to pass-through throughput shows what
 * screening costs. Never for production: it publishes no ScreeningResult.
 */
@Controller()
@UseFilters(ErrorsToTransportFilter)
export class PassThroughController {
  private readonly topics: TopicNames;

  constructor(@Inject(KAFKA_CONFIG) kafka: Pick<KafkaConfig, 'topicPrefix'>) {
    this.topics = topicNames(kafka.topicPrefix);
  }

  @MessagePattern(TOPICS.declarations)
  async acknowledge(batch: InboundBatch): Promise<BatchReply> {
    const outcomes = batch.records.map((record): RecordOutcome => {
      const parsed = declarationValidator.parse(record.value ?? Buffer.alloc(0));
      if (!parsed.ok)
        return { kind: 'dead-letter', reason: parsed.reason, detail: describeRejection(parsed) };
      const { declarationId, version } = parsed.value;
      return {
        kind: 'publish',
        messages: [
          {
            topic: this.topics.screeningResults,
            message: {
              key: declarationId,
              value: JSON.stringify({ declarationId, version, passThrough: true }),
            },
          },
        ],
      };
    });
    return { outcomes };
  }
}

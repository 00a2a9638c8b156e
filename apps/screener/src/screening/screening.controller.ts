import { Controller, Inject, UseFilters } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { KAFKA_CONFIG, type KafkaConfig } from '@salw/config';
import { TOPICS, topicNames, type Declaration, type TopicNames } from '@salw/contracts';
import {
  ErrorsToTransportFilter,
  type BatchReply,
  type InboundBatch,
  type InboundRecord,
  type OutboundMessage,
  type RecordOutcome,
} from '@salw/messaging';
import { LOGGER } from '@salw/observability';
import {
  ActiveSnapshotPort,
  BatchTraderHistoryPort,
  ScreeningLedgerPort,
  SnapshotNotLoadedError,
  screenBatch,
  type ScreeningOutcome,
} from '@salw/screening';
import type { Logger } from 'pino';
import type { ScreenerBatchReport } from './screener-batch.report';
import { ExemptionsHolder } from '../exemptions/exemptions-holder';

type Screened = ScreenerBatchReport['screened'][number];

/**
 * The screener's one handler: a batch of the declarations topic in, through the screening core,
 * one outcome per record out (a result and maybe an alert to publish, a dead letter, or nothing for
 * a replay). The pattern is matched on the role name; the transport maps the (possibly prefixed)
 * topic to it. What it throws (Redis down, no snapshot yet) reaches the transport unchanged, which
 * retries the whole batch.
 */
@Controller()
@UseFilters(ErrorsToTransportFilter)
export class ScreeningController {
  private readonly topics: TopicNames;
  private readonly logger: Logger;

  constructor(
    @Inject(ActiveSnapshotPort) private readonly snapshots: ActiveSnapshotPort,
    @Inject(ScreeningLedgerPort) private readonly ledger: ScreeningLedgerPort,
    @Inject(BatchTraderHistoryPort) private readonly history: BatchTraderHistoryPort,
    @Inject(ExemptionsHolder) private readonly exemptions: ExemptionsHolder,
    @Inject(KAFKA_CONFIG) kafka: Pick<KafkaConfig, 'topicPrefix'>,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.topics = topicNames(kafka.topicPrefix);
    this.logger = logger.child({ component: 'screening' });
  }

  @MessagePattern(TOPICS.declarations)
  async screen(batch: InboundBatch): Promise<BatchReply<ScreenerBatchReport>> {
    const snapshot = this.snapshots.current();
    if (!snapshot) throw new SnapshotNotLoadedError();
    const { outcomes } = await screenBatch(
      batch.records.map((record) => ({
        value: record.value,
        key: record.key,
        position: { partition: record.partition, offset: record.offset },
      })),
      { ledger: this.ledger, history: this.history },
      {
        snapshot,
        now: new Date(),
        exemptions: this.exemptions.current(),
        onScoringFailure: (declaration, error) =>
          this.logger.error(
            { err: error, declarationId: declaration.declarationId, version: declaration.version },
            'scoring failed; dead-lettering the declaration',
          ),
      },
    );
    const screened: Screened[] = [];
    const deadLetters: string[] = [];
    let replays = 0;
    const recordOutcomes = outcomes.map((outcome, index): RecordOutcome => {
      const record = batch.records[index];
      switch (outcome.kind) {
        case 'screened':
          screened.push(summaryOf(outcome, record));
          return { kind: 'publish', messages: this.messagesOf(outcome, record) };
        case 'replay':
          replays++;
          return {
            kind: 'ignore',
            why: `version ${outcome.version} of ${outcome.declarationId} replayed; version ${outcome.screenedVersion} already screened`,
          };
        case 'refused':
          deadLetters.push(outcome.reason);
          return { kind: 'dead-letter', reason: outcome.reason, detail: outcome.detail };
      }
    });
    return { outcomes: recordOutcomes, report: { screened, replays, deadLetters } };
  }

  private messagesOf(
    { declaration, result, alert }: Extract<ScreeningOutcome, { kind: 'screened' }>,
    record: InboundRecord,
  ): OutboundMessage[] {
    const messages = [
      {
        topic: this.topics.screeningResults,
        message: message(record, declaration, JSON.stringify(result), result.trigger),
      },
    ];
    if (alert)
      messages.push({
        topic: this.topics.alerts,
        message: message(record, declaration, JSON.stringify(alert), result.trigger),
      });
    return messages;
  }
}

function message(record: InboundRecord, declaration: Declaration, value: string, trigger: string) {
  return {
    key: declaration.declarationId,
    value,
    headers: {
      'content-type': 'application/json',
      'x-salw-declaration-version': String(declaration.version),
      'x-salw-trigger': trigger,
      'x-salw-source': `${record.topic}/${record.partition}/${record.offset}`,
    },
  };
}

function summaryOf(
  { declaration, result }: Extract<ScreeningOutcome, { kind: 'screened' }>,
  record: InboundRecord,
): Screened {
  return {
    trigger: result.trigger,
    severity: result.severity,
    alert: result.alert,
    indicators: result.hits.map((h) => h.indicator),
    exempted: result.hits.filter((h) => h.evidence.exempted === true).map((h) => h.indicator),
    submittedAt: declaration.submittedAt,
    producedAt: record.timestamp,
  };
}

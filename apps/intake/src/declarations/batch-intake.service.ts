import { Inject, Injectable } from '@nestjs/common';
import { declarationValidator, type ContractViolation } from '@salw/contracts';
import { LOGGER } from '@salw/observability';
import type { Logger } from 'pino';
import { INTAKE_CONFIG, type IntakeConfig } from '../config/intake.config';
import { IntakeMetrics } from '../metrics/intake.metrics';
import { DeclarationOwnership, OwnershipUnavailableError } from '../ownership/declaration-ownership';
import {
  DeclarationPublisher,
  PublishFailedError,
  RecordTooLargeError,
  type DeclarationRecord,
} from '../publishing/declaration-publisher';
import { declarationRecord, type SubmissionContext } from '../publishing/declaration-record';
import type { BatchReport, BatchStop } from './batch-report';
import { NdjsonLineSplitter, type NdjsonLine } from './ndjson-line-splitter';
import { ViolationBudget } from './violation-budget';

interface LineEntry {
  line: number;
  status: 'accepted' | 'rejected';
  declarationId?: string;
  version?: number;
  reason?: string;
  violations?: readonly ContractViolation[];
}

/**
 * Bytes of declarations per send at most (besides the line count): a line is at most 1 MiB and the
 * declarations topic takes 2 MiB, so one send never makes a record batch the broker refuses.
 */
const PRODUCE_CHUNK_BYTES = 512 * 1024;

interface PendingLine {
  readonly entry: LineEntry;
  readonly record: DeclarationRecord;
}

/**
 * Reads an NDJSON body chunk by chunk, validates each line as it completes and produces valid lines
 * in sends of `produceChunkSize` (each confirmed with acks=all before more of the body is read, so
 * a slow broker slows the upload instead of filling memory). Past `maxBatchLines` declarations, or
 * `maxBatchBodyBytes`, or after a send the broker did not confirm, it stops reading and says from
 * which line on nothing was processed: lines already accepted stay accepted, so a 413 after the
 * fact would misreport them.
 */
@Injectable()
export class BatchIntakeService {
  constructor(
    @Inject(DeclarationPublisher) private readonly publisher: DeclarationPublisher,
    @Inject(IntakeMetrics) private readonly metrics: IntakeMetrics,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(DeclarationOwnership) private readonly ownership: DeclarationOwnership,
  ) {}

  /** Stops pulling from `chunks` early when a limit is reached; the caller drains the rest of the body. */
  async process(chunks: AsyncIterable<Buffer>, context: SubmissionContext): Promise<BatchReport> {
    const { maxBodyBytes, maxBatchLines, maxBatchBodyBytes, produceChunkSize } = this.config;
    const splitter = new NdjsonLineSplitter(maxBodyBytes);
    const entries: LineEntry[] = [];
    let pending: PendingLine[] = [];
    let pendingBytes = 0;
    let declarations = 0;
    let bodyBytes = 0;
    let stop: BatchStop | undefined;
    const budget = new ViolationBudget(() => bodyBytes);

    const flush = async (): Promise<void> => {
      let sending = pending;
      pending = [];
      pendingBytes = 0;
      if (sending.length === 0) return;
      try {
        const owners = await this.ownership.claim(
          sending.map((p) => ({ declarationId: p.entry.declarationId ?? '', client: context.client })),
        );
        sending = sending.filter(({ entry }, i) => {
          if (owners[i] === undefined) return true;
          entry.status = 'rejected';
          entry.reason = 'NOT_DECLARATION_OWNER';
          entry.violations = [
            { path: 'declarationId', rule: 'owner', message: 'submitted first by another API client' },
          ];
          return false;
        });
      } catch (error) {
        if (!(error instanceof OwnershipUnavailableError)) throw error;
        this.logger.warn({ requestId: context.requestId, err: error }, 'declaration owners not checked');
        for (const { entry } of sending) {
          entry.status = 'rejected';
          entry.reason = 'STORE_UNAVAILABLE';
          entry.violations = [
            { path: '(root)', rule: 'owner', message: 'the owners store did not answer; resubmit this line' },
          ];
        }
        stop = {
          fromLine: sending[sending.length - 1].entry.line + 1,
          reason: 'STORE_UNAVAILABLE',
          message:
            'the declaration owners store did not answer; reading stopped. Resubmit the rejected and unprocessed lines later.',
        };
        return;
      }
      if (sending.length === 0) return;
      try {
        await this.publishEach(sending);
      } catch (error) {
        if (!(error instanceof PublishFailedError)) throw error;
        this.logger.warn(
          { requestId: context.requestId, err: error, lines: sending.length },
          'batch chunk not confirmed by Kafka',
        );
        for (const { entry } of sending) {
          entry.status = 'rejected';
          entry.reason = 'BROKER_UNAVAILABLE';
          entry.violations = [
            { path: '(root)', rule: 'publish', message: 'Kafka did not confirm this line; resubmit it' },
          ];
        }
        const fromLine = sending[sending.length - 1].entry.line + 1;
        stop = {
          fromLine,
          reason: 'BROKER_UNAVAILABLE',
          message:
            'Kafka did not confirm a send; reading stopped. Resubmit the rejected and unprocessed lines later.',
        };
      }
    };

    const handle = async (lines: readonly NdjsonLine[]): Promise<void> => {
      for (const line of lines) {
        if (declarations >= maxBatchLines) {
          stop = {
            fromLine: line.line,
            reason: 'BATCH_LINE_LIMIT',
            message: `a batch holds at most ${maxBatchLines} declarations; send the lines from ${line.line} on in another request`,
          };
          return;
        }
        declarations++;
        const entry = this.check(line, maxBodyBytes);
        if (entry.violations) entry.violations = budget.take(entry.violations);
        entries.push(entry);
        if (entry.status === 'accepted' && 'bytes' in line) {
          pending.push({
            entry,
            record: declarationRecord(entry.declarationId ?? '', line.bytes, 'ndjson', context),
          });
          pendingBytes += line.bytes.length;
          if (pending.length >= produceChunkSize || pendingBytes >= PRODUCE_CHUNK_BYTES) await flush();
          if (stop) return;
        }
      }
    };

    for await (const chunk of chunks) {
      bodyBytes += chunk.length;
      if (bodyBytes > maxBatchBodyBytes) {
        const fromLine = splitter.nextLineNumber;
        stop = {
          fromLine,
          reason: 'BATCH_TOO_LARGE',
          message: `the batch body passed ${maxBatchBodyBytes} bytes within line ${fromLine}; send the lines from ${fromLine} on in another request`,
        };
        break;
      }
      await handle(splitter.push(chunk));
      if (stop) break;
    }
    if (!stop) await handle(splitter.end());
    if (stop?.reason !== 'BROKER_UNAVAILABLE' && stop?.reason !== 'STORE_UNAVAILABLE') await flush();

    return this.report(entries, declarations, stop);
  }

  /**
   * One send for the chunk; when Kafka refuses it as too large, line by line, so the line that is too
   * large for the topic gets its own error and the others are published: a refusal of size is the
   * line's fault, not an outage to retry.
   */
  private async publishEach(sending: readonly PendingLine[]): Promise<void> {
    try {
      await this.publisher.publishAll(sending.map((p) => p.record));
      return;
    } catch (error) {
      if (!(error instanceof RecordTooLargeError)) throw error;
    }
    for (const { entry, record } of sending) {
      try {
        await this.publisher.publish(record);
      } catch (error) {
        if (!(error instanceof RecordTooLargeError)) throw error;
        entry.status = 'rejected';
        entry.reason = 'TOO_LARGE';
        entry.violations = [
          {
            path: '(root)',
            rule: 'maxBytes',
            message: `${record.value.length} bytes, refused by the declarations topic`,
          },
        ];
      }
    }
  }

  private check(line: NdjsonLine, maxLineBytes: number): LineEntry {
    if ('tooLongBytes' in line) {
      const message = `line is ${line.tooLongBytes} bytes, over the ${maxLineBytes}-byte limit of one declaration`;
      return {
        line: line.line,
        status: 'rejected',
        reason: 'TOO_LARGE',
        violations: [{ path: '(root)', rule: 'maxBytes', message }],
      };
    }
    const checked = declarationValidator.parse(line.bytes);
    if (!checked.ok)
      return { line: line.line, status: 'rejected', reason: checked.reason, violations: checked.violations };
    return {
      line: line.line,
      status: 'accepted',
      declarationId: checked.value.declarationId,
      version: checked.value.version,
    };
  }

  private report(
    entries: readonly LineEntry[],
    declarations: number,
    stop: BatchStop | undefined,
  ): BatchReport {
    let accepted = 0;
    for (const entry of entries) {
      if (entry.status === 'accepted') accepted++;
      else this.metrics.rejected('ndjson', entry.reason ?? 'UNKNOWN');
    }
    if (accepted > 0) this.metrics.accepted('ndjson', accepted);
    this.metrics.batchLines.observe(declarations);
    const lines = entries.map((entry) => ({ ...entry }));
    return stop
      ? { accepted, rejected: entries.length - accepted, lines, unprocessed: stop }
      : { accepted, rejected: entries.length - accepted, lines };
  }
}

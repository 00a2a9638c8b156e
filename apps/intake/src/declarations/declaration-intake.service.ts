import { Inject, Injectable } from '@nestjs/common';
import {
  declarationValidator,
  describeRejection,
  type ContractViolation,
  type Declaration,
  type Rejected,
} from '@salw/contracts';
import { describeMappingProblems, mapDecDmsToDeclaration, type MappingProblem } from '@salw/contracts/wco-dm';
import { LOGGER } from '@salw/observability';
import { isUtf8 } from 'node:buffer';
import type { Logger } from 'pino';
import { brokerUnavailable } from '../http/broker-unavailable.error';
import { IntakeHttpError } from '../http/intake-http.error';
import { notDeclarationOwner } from '../http/not-declaration-owner.error';
import { ownershipUnavailable } from '../http/ownership-unavailable.error';
import { DeclarationOwnership, OwnershipUnavailableError } from '../ownership/declaration-ownership';
import { IntakeMetrics, type SubmissionFormat } from '../metrics/intake.metrics';
import {
  DeclarationPublisher,
  PublishFailedError,
  RecordTooLargeError,
} from '../publishing/declaration-publisher';
import { declarationRecord, type SubmissionContext } from '../publishing/declaration-record';

/** The 202 answer: where the declaration now sits in Kafka. */
export interface SubmissionReceipt {
  readonly declarationId: string;
  readonly version: number;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  /** What the WCO-DM mapping had to substitute or leave out (XML only), each naming its element. */
  readonly warnings?: readonly ContractViolation[];
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Validates one declaration (JSON bytes or DEC-DMS XML) and publishes it; refusals are thrown as HTTP errors. */
@Injectable()
export class DeclarationIntakeService {
  constructor(
    @Inject(DeclarationPublisher) private readonly publisher: DeclarationPublisher,
    @Inject(IntakeMetrics) private readonly metrics: IntakeMetrics,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(DeclarationOwnership) private readonly ownership: DeclarationOwnership,
  ) {}

  /** The raw bytes go to the contract validator as they came (size, UTF-8, depth, prototype keys, schema). */
  async submitJson(body: Buffer, context: SubmissionContext): Promise<SubmissionReceipt> {
    const checked = declarationValidator.parse(body);
    if (!checked.ok) throw this.refuse('json', checked);
    return this.publish(checked.value, body, 'json', context);
  }

  async submitXml(body: Buffer, context: SubmissionContext): Promise<SubmissionReceipt> {
    if (!isUtf8(body)) {
      this.metrics.rejected('wco-dm-xml', 'INVALID_UTF8');
      throw new IntakeHttpError(
        400,
        'INVALID_UTF8',
        'the XML document is not valid UTF-8; send it encoded in UTF-8',
        [{ path: '(root)', rule: 'utf8', message: 'the XML document is not valid UTF-8' }],
      );
    }
    const text = (body.subarray(0, 3).equals(UTF8_BOM) ? body.subarray(3) : body).toString('utf8');
    const mapped = mapDecDmsToDeclaration(text, { receivedAt: context.receivedAt.toISOString() });
    if (!mapped.ok) {
      const reason = mapped.errors[0]?.code ?? 'NOT_MAPPABLE';
      this.metrics.rejected('wco-dm-xml', reason);
      throw new IntakeHttpError(
        400,
        reason,
        describeMappingProblems(mapped.errors),
        mapped.errors.map(toViolation),
      );
    }
    // The mapping checks its result already; validating the exact bytes we produce keeps the topic's
    // guarantee (every record passes `declarationValidator.parse`) independent of the mapping's code.
    const value = Buffer.from(JSON.stringify(mapped.declaration), 'utf8');
    const checked = declarationValidator.parse(value);
    if (!checked.ok) throw this.refuse('wco-dm-xml', checked);
    const receipt = await this.publish(checked.value, value, 'wco-dm-xml', context);
    return { ...receipt, warnings: mapped.warnings.map(toViolation) };
  }

  private async publish(
    declaration: Declaration,
    value: Buffer,
    format: SubmissionFormat,
    context: SubmissionContext,
  ): Promise<SubmissionReceipt> {
    const { declarationId, version } = declaration;
    await this.claim(declarationId, format, context);
    try {
      const stored = await this.publisher.publish(declarationRecord(declarationId, value, format, context));
      this.metrics.accepted(format);
      return { declarationId, version, ...stored };
    } catch (error) {
      if (error instanceof RecordTooLargeError) {
        this.metrics.rejected(format, 'TOO_LARGE');
        throw new IntakeHttpError(
          413,
          'TOO_LARGE',
          'Kafka refused this declaration as larger than its topic takes',
          [
            {
              path: '(root)',
              rule: 'maxBytes',
              message: `${value.length} bytes, refused by the declarations topic`,
            },
          ],
        );
      }
      if (!(error instanceof PublishFailedError)) throw error;
      this.metrics.rejected(format, 'BROKER_UNAVAILABLE');
      this.logger.warn({ requestId: context.requestId, err: error }, 'declaration not confirmed by Kafka');
      throw brokerUnavailable();
    }
  }

  /** Binds the id to the caller on first submission; refuses a declaration another client lodged. */
  private async claim(
    declarationId: string,
    format: SubmissionFormat,
    context: SubmissionContext,
  ): Promise<void> {
    let owner: string | undefined;
    try {
      [owner] = await this.ownership.claim([{ declarationId, client: context.client }]);
    } catch (error) {
      if (!(error instanceof OwnershipUnavailableError)) throw error;
      this.metrics.rejected(format, 'STORE_UNAVAILABLE');
      this.logger.warn({ requestId: context.requestId, err: error }, 'declaration owner not checked');
      throw ownershipUnavailable();
    }
    if (owner === undefined) return;
    this.metrics.rejected(format, 'NOT_DECLARATION_OWNER');
    this.logger.warn(
      { requestId: context.requestId, declarationId, client: context.client, owner },
      'declaration submitted by a client that does not own it',
    );
    throw notDeclarationOwner(declarationId);
  }

  private refuse(format: SubmissionFormat, rejected: Rejected): IntakeHttpError {
    this.metrics.rejected(format, rejected.reason);
    return new IntakeHttpError(400, rejected.reason, describeRejection(rejected), rejected.violations);
  }
}

function toViolation(problem: MappingProblem): ContractViolation {
  const where = problem.line !== undefined ? ` (line ${problem.line}, column ${problem.column ?? '?'})` : '';
  return { path: problem.element, rule: problem.code, message: `${problem.message}${where}` };
}

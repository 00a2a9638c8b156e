import { Controller, HttpCode, Inject, Post, Req, UseGuards } from '@nestjs/common';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { Roles } from '../auth/roles.decorator';
import { INTAKE_CONFIG, type IntakeConfig } from '../config/intake.config';
import { brokerUnavailable } from '../http/broker-unavailable.error';
import { IntakeHttpError } from '../http/intake-http.error';
import type { IntakeRequest } from '../http/intake-request';
import { parseMediaType } from '../http/media-type';
import { readBodyWithin } from '../http/read-body-within';
import type { SubmissionContext } from '../publishing/declaration-record';
import { BatchIntakeService } from './batch-intake.service';
import type { BatchReport } from './batch-report';
import { DeclarationIntakeService, type SubmissionReceipt } from './declaration-intake.service';

const SINGLE_TYPES = ['application/json', 'application/xml', 'text/xml'];
const BATCH_TYPES = ['application/x-ndjson'];

/**
 * Bodies are read here from the raw request stream (the app runs without Nest's body parser), after
 * the guard has authenticated the caller: the contract validator sees the original bytes, and the
 * size limit is enforced while reading.
 */
@Controller('v1/declarations')
@UseGuards(ApiKeyGuard)
export class DeclarationsController {
  constructor(
    @Inject(DeclarationIntakeService) private readonly single: DeclarationIntakeService,
    @Inject(BatchIntakeService) private readonly batch: BatchIntakeService,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  @Post()
  @HttpCode(202)
  @Roles('submitter')
  async submit(@Req() request: IntakeRequest): Promise<SubmissionReceipt> {
    const type = acceptedMediaType(request, SINGLE_TYPES);
    refuseDeclaredLengthOver(request, this.config.maxBodyBytes);
    const read = await readBodyWithin(request, this.config.maxBodyBytes);
    if (!read.ok)
      throw tooLarge(`the body passed the ${this.config.maxBodyBytes}-byte limit of one declaration`);
    const context = submissionContext(request);
    return type === 'application/json'
      ? this.single.submitJson(read.body, context)
      : this.single.submitXml(read.body, context);
  }

  @Post('batch')
  @HttpCode(200)
  @Roles('submitter')
  async submitBatch(@Req() request: IntakeRequest): Promise<BatchReport> {
    acceptedMediaType(request, BATCH_TYPES);
    refuseDeclaredLengthOver(request, this.config.maxBatchBodyBytes);
    const report = await this.batch
      .process(request.iterator({ destroyOnReturn: false }), submissionContext(request))
      .finally(() => request.resume());
    if (report.lines.length === 0 && !report.unprocessed) {
      throw new IntakeHttpError(400, 'EMPTY_MESSAGE', 'the batch holds no declaration: every line is blank', [
        { path: '(root)', rule: 'nonEmpty', message: 'the batch holds no declaration' },
      ]);
    }
    // Nothing accepted and the broker failed: the whole batch can be retried, which a 503 says best.
    if (report.accepted === 0 && report.unprocessed?.reason === 'BROKER_UNAVAILABLE')
      throw brokerUnavailable();
    return { ...report, requestId: request.requestId };
  }
}

function acceptedMediaType(request: IntakeRequest, accepted: readonly string[]): string {
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') {
    throw unsupported(`Content-Encoding "${encoding}" is not accepted; send the body uncompressed`, accepted);
  }
  const media = parseMediaType(request.headers['content-type']);
  if (!media || !accepted.includes(media.type)) {
    const got =
      request.headers['content-type'] === undefined
        ? 'no Content-Type'
        : `Content-Type "${request.headers['content-type']}"`;
    throw unsupported(`${got} is not accepted here; use ${accepted.join(', ')}`, accepted);
  }
  if (media.charset !== undefined && media.charset !== 'utf-8' && media.charset !== 'utf8') {
    throw unsupported(`charset "${media.charset}" is not accepted; send UTF-8`, accepted);
  }
  return media.type;
}

/** A declared length over the limit is refused before one byte is read. */
function refuseDeclaredLengthOver(request: IntakeRequest, limit: number): void {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    throw tooLarge(`Content-Length ${declared} is over the ${limit}-byte limit`);
  }
}

/** The middleware and the guard attach these before any handler runs; their absence is a wiring fault. */
function submissionContext(request: IntakeRequest): SubmissionContext {
  const { requestId, receivedAt, apiClient } = request;
  if (requestId === undefined || receivedAt === undefined || apiClient === undefined) {
    throw new Error(
      'request context missing: RequestContextMiddleware and ApiKeyGuard must run before the handler',
    );
  }
  return { requestId, receivedAt, client: apiClient.name };
}

/** `Accept-Post` (RFC 7694) tells the client which types this route takes. */
function unsupported(message: string, accepted: readonly string[]): IntakeHttpError {
  return new IntakeHttpError(415, 'UNSUPPORTED_MEDIA_TYPE', message, [], {
    'Accept-Post': accepted.join(', '),
  });
}

function tooLarge(message: string): IntakeHttpError {
  return new IntakeHttpError(413, 'TOO_LARGE', message, [{ path: '(root)', rule: 'maxBytes', message }]);
}

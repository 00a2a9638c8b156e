import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { LOGGER } from '@salw/observability';
import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { IntakeHttpError, type IntakeErrorBody } from './intake-http.error';
import type { IntakeRequest } from './intake-request';

/**
 * Writes every refusal as `{ error, reason, violations, requestId }`. Nest's own HTTP exceptions keep
 * their status (and terminus' health bodies stay as they are); anything unexpected becomes a bare 500
 * whose details go to the log only, under the request id the client is given.
 */
@Catch()
export class IntakeExceptionFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<IntakeRequest>();
    const response = http.getResponse<ServerResponse>();
    const requestId = request.requestId;
    if (response.headersSent || response.destroyed) return;

    if (exception instanceof IntakeHttpError) {
      for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
      const body: IntakeErrorBody = {
        error: exception.error,
        reason: exception.reason,
        violations: exception.violations,
        requestId,
      };
      return send(response, exception.status, body);
    }
    if (exception instanceof HttpException) {
      const answer = exception.getResponse();
      if (typeof answer === 'object' && answer !== null && 'status' in answer && 'details' in answer) {
        return send(response, exception.getStatus(), answer);
      }
      const body: IntakeErrorBody = {
        error: exception.message,
        reason: `HTTP_${exception.getStatus()}`,
        violations: [],
        requestId,
      };
      return send(response, exception.getStatus(), body);
    }
    this.logger.error({ err: exception, requestId }, 'request failed unexpectedly');
    const body: IntakeErrorBody = {
      error: 'internal error; quote the request id to the operators',
      reason: 'INTERNAL',
      violations: [],
      requestId,
    };
    send(response, 500, body);
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.end(text);
}

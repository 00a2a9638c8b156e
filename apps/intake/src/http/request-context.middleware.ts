import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { LOGGER } from '@salw/observability';
import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { Clock } from '../clock';
import { IntakeMetrics } from '../metrics/intake.metrics';
import type { IntakeRequest } from './intake-request';
import { requestIdFrom } from './request-id';

/**
 * Gives every request its id (echoed as `X-Request-Id`) and receive time, and once the response is
 * done counts it, times it and writes one access log line: ids, route, status, client name. Never
 * headers or bodies, which carry keys and declarations.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  constructor(
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IntakeMetrics) private readonly metrics: IntakeMetrics,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  use(request: IntakeRequest, response: ServerResponse, next: () => void): void {
    const started = process.hrtime.bigint();
    request.requestId = requestIdFrom(request.headers['x-request-id']);
    request.receivedAt = this.clock.now();
    response.setHeader('X-Request-Id', request.requestId);

    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // Nest answers unknown paths through a catch-all `*path` route; label those as one bounded value.
      const matched = request.route?.path;
      const route = matched !== undefined && !matched.includes('*') ? matched : 'unmatched';
      // A client that hung up before the answer was written shows as 499, as nginx logs it.
      const status = response.writableFinished ? String(response.statusCode) : '499';
      this.metrics.requests.inc({ route, status });
      this.metrics.requestDuration.observe({ route, status }, seconds);
      this.logger.info(
        {
          requestId: request.requestId,
          method: request.method,
          route,
          status: Number(status),
          durationSeconds: Number(seconds.toFixed(6)),
          client: request.apiClient?.name,
        },
        'request',
      );
    };
    response.once('finish', record);
    response.once('close', record);
    next();
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { METRICS_REGISTRY, type MetricsRegistry } from '@salw/observability';
import type { Counter, Histogram } from 'prom-client';

/** How a declaration arrived: one JSON body, one NDJSON batch line, or one WCO-DM DEC-DMS XML document. */
export type SubmissionFormat = 'json' | 'ndjson' | 'wco-dm-xml';

/** The intake's metrics; label values are bounded (route templates, status codes, reason codes). */
@Injectable()
export class IntakeMetrics {
  readonly requests: Counter<'route' | 'status'>;
  readonly requestDuration: Histogram<'route' | 'status'>;
  readonly declarations: Counter<'format' | 'outcome' | 'reason'>;
  readonly batchLines: Histogram;
  readonly produceDuration: Histogram<'outcome'>;

  constructor(@Inject(METRICS_REGISTRY) registry: MetricsRegistry) {
    this.requests = registry.counter({
      name: 'salw_intake_requests_total',
      help: 'HTTP requests answered, by route template (or "unmatched") and status code',
      labelNames: ['route', 'status'],
    });
    this.requestDuration = registry.histogram({
      name: 'salw_intake_request_duration_seconds',
      help: 'Time from receiving a request to finishing its response',
      labelNames: ['route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    });
    this.declarations = registry.counter({
      name: 'salw_intake_declarations_total',
      help: 'Declarations received, by format and outcome; reason is the refusal code, "none" when accepted',
      labelNames: ['format', 'outcome', 'reason'],
    });
    this.batchLines = registry.histogram({
      name: 'salw_intake_batch_lines',
      help: 'Non-blank lines read from one NDJSON batch request',
      buckets: [1, 10, 50, 100, 500, 1000, 2500, 5000, 10000],
    });
    this.produceDuration = registry.histogram({
      name: 'salw_intake_produce_duration_seconds',
      help: 'Time one Kafka send (one declaration or one chunk of a batch) took until acks=all, or until it failed',
      labelNames: ['outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    });
  }

  accepted(format: SubmissionFormat, count = 1): void {
    this.declarations.inc({ format, outcome: 'accepted', reason: 'none' }, count);
  }

  rejected(format: SubmissionFormat, reason: string, count = 1): void {
    this.declarations.inc({ format, outcome: 'rejected', reason }, count);
  }
}

import { IntakeHttpError } from './intake-http.error';

/** 503 without internals: the broker's own error goes to the log, under the request id. */
export function brokerUnavailable(): IntakeHttpError {
  return new IntakeHttpError(
    503,
    'BROKER_UNAVAILABLE',
    'Kafka did not confirm the write; the declaration may or may not be recorded. Resubmit it later: ' +
      'a resubmitted version is recognised downstream as a replay.',
    [],
    { 'Retry-After': '5' },
  );
}

import { IntakeHttpError } from './intake-http.error';

/** 503 without internals: whether the caller may submit this declaration cannot be checked right now. */
export function ownershipUnavailable(): IntakeHttpError {
  return new IntakeHttpError(
    503,
    'STORE_UNAVAILABLE',
    'the declaration owners store did not answer; nothing was recorded. Resubmit the declaration later.',
    [],
    { 'Retry-After': '5' },
  );
}

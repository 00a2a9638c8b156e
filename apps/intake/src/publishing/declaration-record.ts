import type { SubmissionFormat } from '../metrics/intake.metrics';
import type { DeclarationRecord } from './declaration-publisher';

/** Who sent a declaration, when and through which request; becomes the record's provenance headers. */
export interface SubmissionContext {
  readonly requestId: string;
  readonly receivedAt: Date;
  /** Name of the API client (from INTAKE_API_KEYS), never the key. */
  readonly client: string;
}

/**
 * The record for a declaration that passed the contract. `value` is the exact JSON bytes that were
 * validated, so what the screener reads is byte for byte what the intake checked.
 */
export function declarationRecord(
  declarationId: string,
  value: Buffer,
  format: SubmissionFormat,
  context: SubmissionContext,
): DeclarationRecord {
  return {
    key: declarationId,
    value,
    headers: {
      'content-type': 'application/json',
      'x-salw-received-at': context.receivedAt.toISOString(),
      'x-salw-source': 'intake',
      'x-salw-source-format': format,
      'x-salw-client': context.client,
      'x-request-id': context.requestId,
    },
  };
}

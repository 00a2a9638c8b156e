import type { ContractViolation } from '@salw/contracts';

/** Stable codes of refusals that are not about the declaration's content. */
export type IntakeErrorReason =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'UNSUPPORTED_MEDIA_TYPE' | 'TOO_LARGE' | 'BROKER_UNAVAILABLE';

/** What every refusal body carries; `requestId` ties it to the server's log lines. */
export interface IntakeErrorBody {
  readonly error: string;
  readonly reason: string;
  readonly violations: readonly ContractViolation[];
  readonly requestId?: string;
}

/** A refusal with its HTTP status; the exception filter writes it as an {@link IntakeErrorBody}. */
export class IntakeHttpError extends Error {
  override readonly name = 'IntakeHttpError';

  constructor(
    readonly status: number,
    readonly reason: string,
    readonly error: string,
    readonly violations: readonly ContractViolation[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${status} ${reason}: ${error}`);
  }
}

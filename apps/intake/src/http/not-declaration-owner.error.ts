import { IntakeHttpError } from './intake-http.error';

/** 403: the declaration id belongs to another API client. Its name is not told: it is not the caller's business. */
export function notDeclarationOwner(declarationId: string): IntakeHttpError {
  return new IntakeHttpError(
    403,
    'NOT_DECLARATION_OWNER',
    `declaration ${declarationId} was first submitted by another API client; only that client may submit its versions`,
    [{ path: 'declarationId', rule: 'owner', message: 'submitted first by another API client' }],
  );
}

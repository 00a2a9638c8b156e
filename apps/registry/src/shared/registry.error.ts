import { SnapshotStoreError } from '@salw/store';

/** Why the registry refused a request: bad input, something that does not exist, or a state that forbids it. */
export type RegistryErrorKind = 'invalid' | 'not-found' | 'conflict';

/** A refusal a person can act on; REST maps the kind to 400 / 404 / 409, the CLI prints the message. */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';

  constructor(
    readonly kind: RegistryErrorKind,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** What `action` returns, with a refusal of the store (`SnapshotStoreError`) turned into a RegistryError of `kind`. */
export async function storeRefusalAs<T>(kind: RegistryErrorKind, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof SnapshotStoreError) throw new RegistryError(kind, error.message);
    throw error;
  }
}

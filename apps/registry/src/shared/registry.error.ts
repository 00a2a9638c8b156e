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
